/** Playwright fixtures: Chromium with the built extension, a loopback server for fixture pages. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, test as base, type Frame, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_PATH, EXTENSION_DIR, launchWithExtension } from '../../lib/launch/chromium';
import { currentSidebar, isSidebarUrl } from '../../lib/launch/sidebar-frame';
import { type Routes, type StaticServer, serveStatic } from '../../lib/launch/static-server';

export const PAGES_DIR = path.resolve('tests/e2e/pages');
export const DEMO_DIR = path.resolve('assets/demo');

/** Bundle a fixture editor (ProseMirror, Lexical, Slate + React) in memory with esbuild (no checked-in build output). */
async function editorBundle(entry: string): Promise<string> {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [path.join(PAGES_DIR, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}

/** Editor bundles served by the fixture server: URL path → entry file in tests/e2e/pages. */
const BUNDLES: Record<string, string> = {
  '/prosemirror.bundle.js': 'prosemirror-entry.js',
  '/lexical.bundle.js': 'lexical-entry.js',
  '/slate.bundle.js': 'slate-entry.js',
};

/** Pages that need headers or generated bodies: a strict-CSP page, the editor bundles. */
function fixtureRoutes(): Routes {
  const built = new Map<string, Promise<string>>();
  const routes: Routes = {
    '/csp.html': (_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'self'",
      });
      res.end(readFileSync(path.join(PAGES_DIR, 'csp.html')));
    },
  };
  for (const [url, entry] of Object.entries(BUNDLES)) {
    routes[url] = (_req, res) => {
      const js = built.get(url) ?? editorBundle(entry);
      built.set(url, js);
      js.then(
        (body) => res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(body),
        () => res.writeHead(500).end('bundle failed'),
      );
    };
  }
  return routes;
}

interface Fixtures {
  context: BrowserContext;
  page: Page;
  sw: Worker;
  extensionId: string;
}

interface WorkerFixtures {
  server: StaticServer;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await serveStatic(
        {
          '/demo/': DEMO_DIR,
          '/node_modules/': path.resolve('node_modules'),
          '/': PAGES_DIR,
        },
        fixtureRoutes(),
      );
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    test.skip(
      !existsSync(CHROMIUM_PATH),
      `no Chromium at ${CHROMIUM_PATH}: apt-get install chromium, or set CHROMIUM_PATH`,
    );
    test.skip(!existsSync(path.join(EXTENSION_DIR, 'manifest.json')), 'no build: run npm run build first');
    const context = await launchWithExtension({ headless: true });
    await use(context);
    await context.close();
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
  sw: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ sw }, use) => {
    await use(new URL(sw.url()).host);
  },
});

export const expect = test.expect;

/** Type like a person: real key events with a small delay. */
export async function typeLikeAPerson(page: Page, text: string, delay = 5): Promise<void> {
  await page.keyboard.type(text, { delay });
}

export { currentSidebar, isSidebarUrl };

/**
 * The sidebar document (design.md §3.3): the frame whose URL is the extension's /sidebar.html,
 * framed by the one `<theracode-sidebar>` of the top document. Waits for it to appear; call it
 * again after anything that re-mounts the sidebar (a re-mounted frame is a new document).
 */
export async function sidebar(page: Page, timeout = 20_000): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(
      async () => {
        found = currentSidebar(page);
        if (!found) return false;
        await found.waitForLoadState('domcontentloaded').catch(() => undefined);
        return !found.isDetached();
      },
      { timeout, message: 'the sidebar frame (extension /sidebar.html) did not appear' },
    )
    .toBe(true);
  await expect(page.locator('theracode-sidebar')).toHaveCount(1);
  return found as Frame;
}

/** Assert the sidebar shows `code` as suggested and a ledger row for it with `minutes`. */
export async function expectSidebarCode(page: Page, code: string, minutes: number): Promise<void> {
  const sb = await sidebar(page);
  await expect(sb.getByTestId('suggested-code')).toContainText(code);
  await expect(sb.locator(`[data-testid="code-row"][data-code="${code}"]`)).toContainText(`${minutes} min`);
  await expect(sb.getByTestId('analysis-status')).toHaveText(/ready/i);
}

/** Assert the sidebar lists one missing documentation element for a code. */
export async function expectMissing(page: Page, code: string, element: string): Promise<void> {
  await expect(
    (await sidebar(page)).locator(`[data-testid="missing-element"][data-element="${element}"][data-code="${code}"]`),
  ).toHaveCount(1);
}

/** Collect the page's console errors and uncaught errors (to check none come from the extension). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} @ ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(`${e.message}\n${e.stack ?? ''}`));
  return errors;
}

/** Errors that mention the extension (its URL scheme or name). */
export function extensionErrors(errors: readonly string[]): string[] {
  return errors.filter((e) => /chrome-extension:|theracode/i.test(e));
}

/** The note every editor test types: therapeutic exercise, 15 minutes. */
export const THER_EX_NOTE = 'Ther ex 15 min: LAQ 3x10 for quad strength';

/**
 * Run axe-core inside the sidebar document. AxeBuilder cannot reach it: its frame sits in a closed
 * shadow root, which axe's frame discovery (like the page) cannot see into.
 */
export async function axeSidebar(page: Page): Promise<string[]> {
  const sb = await sidebar(page);
  const source = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  await sb.evaluate(source);
  const violations = await sb.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (ctx: Document) => Promise<{ violations: { id: string; help: string }[] }> };
      }
    ).axe;
    return (await axe.run(document)).violations.map((v) => `${v.id}: ${v.help}`);
  });
  return violations;
}

/**
 * The box of an element inside the sidebar host's closed shadow root, found the way only a
 * debugger can (DevTools' DOM domain pierces closed roots); null when absent or hidden.
 */
export async function closedShadowBox(
  page: Page,
  className: string,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type Node = { nodeId: number; nodeName: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
    const find = (n: Node): Node | null => {
      const attrs = n.attributes ?? [];
      const cls = attrs[attrs.indexOf('class') + 1];
      if (attrs.includes('class') && cls === className && !attrs.includes('hidden')) return n;
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
        const hit = find(c);
        if (hit) return hit;
      }
      return null;
    };
    const node = find(root as Node);
    if (!node) return null;
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId }).catch(() => ({ model: null }));
    if (!model) return null;
    const [x, y] = model.border as number[];
    return { x: x as number, y: y as number, width: model.width, height: model.height };
  } finally {
    await cdp.detach();
  }
}
