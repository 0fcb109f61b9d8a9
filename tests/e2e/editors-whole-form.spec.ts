/**
 * Whole-form reading (issue #14) on the bundled demo EHR page: the note typed across its Subjective,
 * Objective, flowsheet grid, Assessment and Plan fields codes exactly like the same note in one box;
 * the sidebar stays right while the therapist moves between fields; a highlight lands in the field
 * that holds the intervention. And a flowsheet grid of contenteditable cells on its own.
 */
import type { Page } from '@playwright/test';
import { closedShadowBox, expect, expectMissing, expectSidebarCode, sidebar, test, typeLikeAPerson } from './fixtures';

const S = 'Pt reports R knee pain 3/10, stairs at home getting easier.';
const O =
  'TA (12 min): sit to stand from low chair x10 to simulate toilet transfers, min A, VC for anterior weight shift.';
const ROWS = [
  ['Ther ex', 'LAQ 3x10 3# for quad strength', '15'],
  ['NMR', 'Tandem stance on foam 4x30 sec for balance, CGA, pt steadier by last set', '10'],
];
const A = 'Tolerated well, improved control with STS.';
const P = 'Continue POC, progress to step-ups next visit.';

/** The same note in one box, as a therapist would type it into a single note field. */
const ONE_BOX = [
  `S: ${S}`,
  `O: ${O}`,
  'Intervention | Parameters | Minutes',
  ...ROWS.map((r) => r.join(' | ')),
  `A: ${A}`,
  `P: ${P}`,
].join('\n');

/** What the sidebar's ledger says: every code row and the totals, as text. */
async function ledger(page: Page): Promise<string[]> {
  const rows = (await sidebar(page)).locator('[data-testid="code-row"], [data-testid="totals-row"]');
  return (await rows.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** Click into a field and type like a person. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await typeLikeAPerson(page, text, 2);
}

async function expectDemoCoding(page: Page): Promise<void> {
  await expectSidebarCode(page, '97110', 15);
  const sb = await sidebar(page);
  await expect(sb.locator('[data-testid="code-row"][data-code="97530"]')).toContainText('12 min');
  await expect(sb.locator('[data-testid="code-row"][data-code="97112"]')).toContainText('10 min');
}

test('the note spread over S/O/A/P and the flowsheet grid codes like the same note in one box; the sidebar stays right between fields', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/demo/ehr.html`);
  await typeInto(page, '#objective', ONE_BOX);
  await expectDemoCoding(page);
  const oneBox = await ledger(page);
  expect(oneBox.length).toBe(4); // three codes and the totals

  await page.goto(`${server.url}/demo/ehr.html`);
  await typeInto(page, '#subjective', S);
  await typeInto(page, '#objective', O);
  await expectSidebarCode(page, '97530', 12);
  for (const [i, row] of ROWS.entries()) {
    await typeInto(page, `[aria-label="Intervention ${i + 1}"]`, row[0] as string);
    await typeInto(page, `[aria-label="Parameters ${i + 1}"]`, row[1] as string);
    await typeInto(page, `[aria-label="Minutes ${i + 1}"]`, row[2] as string);
  }
  await expectDemoCoding(page);
  // moving to Assessment and to the still-empty Plan keeps the coding (it used to drop to "—")
  await page.locator('#assessment').click();
  await page.waitForTimeout(300);
  await expectDemoCoding(page);
  await typeLikeAPerson(page, A, 2);
  await page.locator('#plan').click();
  await page.waitForTimeout(300);
  await expectDemoCoding(page);
  await typeLikeAPerson(page, P, 2);
  await expectDemoCoding(page);
  expect(await ledger(page)).toEqual(oneBox);
  // the read-only vitals are context, and the page's fields hold exactly what was typed
  await expect(page.locator('#objective')).toHaveValue(O);
  await expect(page.locator('#plan')).toHaveValue(P);
  await expect(page.locator('[aria-label="Parameters 2"]')).toHaveValue(ROWS[1]?.[1] as string);

  // a highlight of the 97530 intervention lands in the Objective box, not in Subjective above it
  await (await sidebar(page)).locator('[data-testid="intervention"][data-code="97530"] button').click();
  await expect.poll(() => closedShadowBox(page, 'mark')).not.toBeNull();
  const m = await closedShadowBox(page, 'mark');
  const box = await page.locator('#objective').boundingBox();
  expect(m && box).toBeTruthy();
  if (m && box) {
    expect(m.y).toBeGreaterThanOrEqual(box.y - 1);
    expect(m.y + m.height).toBeLessThanOrEqual(box.y + box.height + 1);
  }
});

test('flowsheet grid of contenteditable cells: one line per row under its column headers; a highlight lands in the row', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/flowsheet.html`);
  const cell = (row: number, col: number) => page.locator(`#grid tbody tr:nth-child(${row}) td:nth-child(${col})`);
  const typed: [number, number, string][] = [
    [1, 1, 'Ther ex'],
    [1, 2, 'Bridges 2x15 for glute strength, VC for neutral spine'],
    [1, 3, '13'],
    [2, 1, 'Gait training'],
    [2, 2, 'with RW 150 ft x2 for safe household ambulation, CGA'],
    [2, 3, '9'],
  ];
  for (const [r, c, text] of typed) {
    await cell(r, c).click();
    await typeLikeAPerson(page, text, 2);
  }
  await expectSidebarCode(page, '97110', 13);
  const sb = await sidebar(page);
  await expect(sb.locator('[data-testid="code-row"][data-code="97116"]')).toContainText('9 min');
  await expectMissing(page, '97110', 'response');
  await sb.locator('[data-testid="intervention"][data-code="97116"] button').click();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const h = CSS.highlights.get('theracode');
        const r = h ? ([...h][0] as Range | undefined) : undefined;
        const td = r?.startContainer.parentElement?.closest('td') as HTMLTableCellElement | null | undefined;
        const tr = td?.parentElement as HTMLTableRowElement | undefined;
        return r ? `${tr?.rowIndex}:${td?.cellIndex}:${r.toString()}` : null;
      }),
    )
    .toBe('2:0:Gait training'); // second body row (row 0 is the header), first cell
  for (const [r, c, text] of typed) await expect(cell(r, c)).toHaveText(text);
});
