/**
 * Hostile pages (issue #8): a page that deletes the sidebar, note text full of markup and invisible
 * characters, CSS aimed at everything, and built-ins overridden in the page's world. The sidebar
 * stays correct, shows text as text, keeps its own look and leaves the page's look alone.
 */
import type { Page } from '@playwright/test';
import { REMOUNT_LIMIT } from '../../lib/overlay/remount';
import {
  collectPageErrors,
  expect,
  expectMissing,
  expectSidebarCode,
  extensionErrors,
  sidebar,
  THER_EX_NOTE,
  test,
  typeLikeAPerson,
} from './fixtures';

const TA_NOTE = '. TA 20 min: box lift 10# x8 to simulate lifting groceries at home.';

test('the page deletes the sidebar: it comes back once, quietly, and follows the note', async ({ page, server }) => {
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, THER_EX_NOTE);
  await expectSidebarCode(page, '97110', 15);
  await page.evaluate(() => document.querySelector('theracode-sidebar')?.remove());
  await expect(page.locator('theracode-sidebar')).toHaveCount(1);
  await expectSidebarCode(page, '97110', 15); // same content, from the same state
  await typeLikeAPerson(page, TA_NOTE);
  await expect((await sidebar(page)).locator('[data-testid="code-row"][data-code="97530"]')).toContainText('20 min');
  await expect(page.locator('theracode-sidebar')).toHaveCount(1);
  // the whole body replaced, as an SPA shell re-render does: the sidebar is put back as well
  await page.evaluate(() => {
    const note = document.querySelector('#note');
    const body = document.createElement('body');
    if (note) body.append(note);
    document.body.replaceWith(body);
  });
  await expect(page.locator('theracode-sidebar')).toHaveCount(1);
  await expect((await sidebar(page)).locator('[data-testid="code-row"][data-code="97530"]')).toContainText('20 min');
  await expect(page.locator('#note')).toHaveValue(`${THER_EX_NOTE}${TA_NOTE}`);
  expect(extensionErrors(errors)).toEqual([]);
});

test('a page that keeps deleting the sidebar is not fought in a loop', async ({ page, server }) => {
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  await typeLikeAPerson(page, THER_EX_NOTE);
  await expectSidebarCode(page, '97110', 15);
  // from now on the page deletes the element the moment it appears, and counts how often it had to
  await page.evaluate(() => {
    const w = window as unknown as { removals: number };
    w.removals = 0;
    const kill = () => {
      const el = document.querySelector('theracode-sidebar');
      if (el) {
        el.remove();
        w.removals++;
      }
    };
    new MutationObserver(kill).observe(document, { childList: true, subtree: true });
    kill();
  });
  // the next results (each one also asks for the sidebar back) must not start a tug of war
  await typeLikeAPerson(page, TA_NOTE);
  await page.locator('#note').press('End');
  await typeLikeAPerson(page, ' Pt tolerated well.');
  await page.waitForTimeout(1500);
  const removals = await page.evaluate(() => (window as unknown as { removals: number }).removals);
  // the first deletion plus at most REMOUNT_LIMIT re-mounts in the budget window, then the page wins
  expect(removals).toBeGreaterThan(1); // it did come back at least once…
  expect(removals).toBeLessThanOrEqual(1 + REMOUNT_LIMIT); // …and gave up within the budget
  await expect(page.locator('theracode-sidebar')).toHaveCount(0);
  await expect(page.locator('#note')).toHaveValue(`${THER_EX_NOTE}${TA_NOTE} Pt tolerated well.`);
  expect(extensionErrors(errors)).toEqual([]);
});

// short enough that the whole statement fits in one evidence snippet (180 characters)
const PAYLOAD = {
  img: `<img src=x onerror="pwned=1">`,
  script: '<script>pwned=2</script>',
  link: `<a href="javascript:pwned=3">x</a>`,
  rtl: '\u202Eevil\u202C',
  zw: 'zero\u200Bwidth\u200Djoin',
};

test('hostile note text is shown as text and runs nothing', async ({ page, server }) => {
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}/textarea.html`);
  await page.locator('#note').click();
  // typed like a person, then the rest pasted (insertText is how a paste lands)
  const typed = `Ther ex 15 min: LAQ 3x10 ${PAYLOAD.rtl} ${PAYLOAD.zw} ${PAYLOAD.img} for quad strength`;
  const pasted = ` ${PAYLOAD.script} ${PAYLOAD.link}.`;
  await typeLikeAPerson(page, typed, 2);
  await page.keyboard.insertText(pasted);
  await expectSidebarCode(page, '97110', 15);
  await expect(page.locator('#note')).toHaveValue(typed + pasted);
  const seen = await (await sidebar(page)).evaluate(() => {
    // what the sidebar rendered (the page's own module script tag is outside it)
    const root = document.getElementById('app') as HTMLElement;
    const snippets = [...root.querySelectorAll('.tc-snippet')].map((q) => q.textContent ?? '').join('\n');
    const active = root.querySelectorAll(
      'img, script, iframe, object, embed, svg, a[href^="javascript:" i], [onerror], [onload], [onclick]',
    ).length;
    return { snippets, active, html: root.innerHTML.length };
  });
  expect(seen.active).toBe(0);
  for (const literal of [PAYLOAD.img, PAYLOAD.script, PAYLOAD.link, PAYLOAD.rtl, PAYLOAD.zw])
    expect(seen.snippets).toContain(literal);
  // nothing the payload would have set, and nothing was inserted in the page either
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(await page.evaluate(() => document.querySelectorAll('img, a').length)).toBe(0);
  expect(extensionErrors(errors)).toEqual([]);
});

/** Computed styles of a few sidebar parts (inside the sidebar document). */
async function sidebarStyles(page: Page) {
  const sb = await sidebar(page);
  return sb.evaluate(() => {
    const root = document;
    const props = [
      'display',
      'visibility',
      'opacity',
      'position',
      'font-size',
      'font-family',
      'line-height',
      'letter-spacing',
      'color',
      'background-color',
      'padding-top',
      'margin-top',
      'outline-style',
      'transform',
      'width',
    ];
    const out: Record<string, Record<string, string>> = {};
    for (const sel of [
      '.tc-sidebar',
      '.tc-title',
      '[data-testid="suggested-code"]',
      '[data-testid="analysis-status"]',
    ]) {
      const el = root.querySelector(sel);
      if (!el) throw new Error(`no ${sel} in the sidebar`);
      const cs = getComputedStyle(el);
      out[sel] = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
      const before = getComputedStyle(el, '::before').getPropertyValue('content');
      out[sel].before = before;
    }
    const mark = root.querySelector('mark');
    if (mark) out.mark = { 'background-color': getComputedStyle(mark).backgroundColor };
    const box = root.querySelector('.tc-sidebar')?.getBoundingClientRect();
    out.box = { left: String(box?.left), width: String(box?.width), height: String(box?.height) };
    return out;
  });
}

/** Computed styles of the page's own elements. */
function pageStyles(page: Page) {
  return page.evaluate(() => {
    const props = [
      'display',
      'font-size',
      'font-family',
      'color',
      'background-color',
      'margin-top',
      'padding-left',
      'width',
      'height',
      'line-height',
      'box-sizing',
      'outline-style',
      'position',
      'overflow',
    ];
    const out: Record<string, Record<string, string>> = {};
    for (const sel of ['html', 'body', 'h1', 'label', '#note', '#save']) {
      const el = document.querySelector(sel);
      if (!el) continue;
      const cs = getComputedStyle(el);
      out[sel] = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    }
    out.scroll = { w: String(document.documentElement.scrollWidth), h: String(document.documentElement.scrollHeight) };
    return out;
  });
}

/** Open a page, read its styles, type the note, and read both again once the sidebar is up. */
async function styledSession(page: Page, url: string) {
  await page.goto(url);
  const pageBefore = await pageStyles(page);
  await page.locator('#note').click();
  await typeLikeAPerson(page, THER_EX_NOTE);
  await expectSidebarCode(page, '97110', 15);
  await expect((await sidebar(page)).locator('aside')).toBeVisible();
  await page.locator('#note').blur(); // compare like with like: the "before" styles had no focus ring
  const pageAfter = await pageStyles(page);
  return { pageBefore, pageAfter, sidebar: await sidebarStyles(page) };
}

test('CSS isolation both ways: aggressive page CSS does not reach the sidebar, the sidebar does not reach the page', async ({
  page,
  server,
}) => {
  const errors = collectPageErrors(page);
  const plain = await styledSession(page, `${server.url}/textarea.html`);
  const hostile = await styledSession(page, `${server.url}/hostile-css.html`);
  // the hostile page really is hostile to its own elements…
  expect(hostile.pageBefore.h1?.color).toBe('rgb(255, 0, 0)');
  expect(hostile.pageBefore.html?.['font-size']).toBe('40px');
  // …but the sidebar looks exactly as on a plain page
  expect(hostile.sidebar).toEqual(plain.sidebar);
  expect(plain.sidebar['.tc-sidebar']?.display).toBe('block');
  expect(plain.sidebar['.tc-sidebar']?.visibility).toBe('visible');
  expect(plain.sidebar['[data-testid="suggested-code"]']?.color).not.toBe('rgb(255, 0, 0)');
  expect(Number.parseFloat(plain.sidebar.box?.width ?? '0')).toBeGreaterThan(200);
  // and mounting the sidebar changed no computed style of the page's own elements, on either page
  expect(plain.pageAfter).toEqual(plain.pageBefore);
  expect(hostile.pageAfter).toEqual(hostile.pageBefore);
  expect(extensionErrors(errors)).toEqual([]);
});

test('a page that overrides attachShadow, appendChild, querySelector, JSON.parse, map and call', async ({
  page,
  server,
}) => {
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}/overrides.html`);
  // the sabotage is live in the page's own world
  await expect(page.locator('html')).toHaveAttribute('data-probe', 'sabotaged');
  await page.locator('#note').click();
  await typeLikeAPerson(page, THER_EX_NOTE);
  await expectSidebarCode(page, '97110', 15);
  await expectMissing(page, '97110', 'response');
  await expect((await sidebar(page)).locator('[data-testid="code-row"]')).toHaveCount(1);
  await typeLikeAPerson(page, TA_NOTE);
  await expect((await sidebar(page)).locator('[data-testid="code-row"][data-code="97530"]')).toContainText('20 min');
  await expect(page.locator('#note')).toHaveValue(THER_EX_NOTE + TA_NOTE);
  // the extension never went through the page's versions (the sidebar host got its shadow root elsewhere)
  const hits = JSON.parse((await page.locator('html').getAttribute('data-hits')) ?? '{}');
  expect(hits).toMatchObject({ attachShadow: 0, appendChild: 0, append: 0 });
  expect(extensionErrors(errors)).toEqual([]);
});
