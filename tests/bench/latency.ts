/**
 * Keystroke-to-sidebar latency in real Chromium with the built extension (design §5: p95 < 150 ms,
 * debounce included). Each edit types one line that adds a minute to 97110; the page stamps its last
 * `input` event and a MutationObserver on the sidebar's open shadow root stamps the moment the
 * ledger shows the new total. Run `npx wxt build` first, then `npm run bench:latency`.
 */
import path from 'node:path';
import { launchWithExtension } from '../../lib/launch/chromium';
import { serveStatic } from '../../lib/launch/static-server';

const EDITS = Number(process.env.EDITS ?? 40);

/** The q-th percentile (0..1) of sorted numbers, nearest rank. */
function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * Installed in the page: stamp inputs; `__waitFor(n)` resolves with the delay once the 97110 row
 * reads `<n> min`. A string, because tsx's keepNames would inject a `__name` helper into functions.
 */
const PROBE = `
  window.__lastInput = 0;
  document.addEventListener('input', () => { window.__lastInput = performance.now(); }, true);
  window.__waitFor = (minutes) => new Promise((resolve) => {
    const root = document.querySelector('theracode-sidebar')?.shadowRoot;
    if (!root) return resolve(NaN);
    const observer = new MutationObserver(() => {
      const cell = root.querySelector('[data-testid="code-row"][data-code="97110"] [data-testid="code-minutes"]');
      if (cell && cell.textContent.startsWith(minutes + ' min')) {
        observer.disconnect();
        resolve(performance.now() - window.__lastInput);
      }
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
  });
`;

async function main(): Promise<void> {
  const server = await serveStatic({ '/': path.resolve('tests/e2e/pages') });
  const context = await launchWithExtension({ headless: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/textarea.html`);
    await page.locator('#note').click();
    await page.keyboard.type('Ther ex for quad strength 1 min');
    await page.locator('theracode-sidebar').waitFor({ state: 'attached' });
    await page
      .locator('[data-testid="code-row"][data-code="97110"] [data-testid="code-minutes"]')
      .filter({ hasText: /^1 min/ })
      .waitFor({ timeout: 15_000 });
    await page.evaluate(PROBE);
    const samples: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const minutes = i + 2;
      // the trailing `0` keeps evaluate from awaiting the promise now
      await page.evaluate(`window.__pending = window.__waitFor(${minutes}); 0`);
      await page.keyboard.press('Enter');
      await page.keyboard.type('Ther ex for quad strength 1 min');
      const ms = (await page.evaluate('window.__pending')) as number;
      samples.push(ms);
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const fmt = (n: number) => `${n.toFixed(1)} ms`;
    process.stdout.write(
      `keystroke → sidebar latency over ${samples.length} edits (debounce included):\n` +
        `  p50 ${fmt(percentile(sorted, 0.5))}  p95 ${fmt(percentile(sorted, 0.95))}  ` +
        `min ${fmt(sorted[0] ?? Number.NaN)}  max ${fmt(sorted[sorted.length - 1] ?? Number.NaN)}\n` +
        `  budget p95 < 150 ms: ${percentile(sorted, 0.95) < 150 ? 'OK' : 'OVER'}\n`,
    );
  } finally {
    await context.close();
    await server.close();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
