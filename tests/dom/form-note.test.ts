// @vitest-environment happy-dom
/** Whole-form reading: the note is the form around the edited field, headed, with flowsheet rows and read-only context. */
import { describe, expect, test } from 'vitest';
import { composeRegion } from '../../lib/editors/form-note';
import { locate } from '../../lib/editors/note-text';
import { noteRegion } from '../../lib/editors/region';
import { parsePolicy } from '../../lib/settings/policy';
import { regionSelectorFor } from '../../lib/settings/site-gate';

function mount(markup: string): void {
  document.body.innerHTML = markup; // test fixture only; the extension never uses innerHTML
}
const $ = <T extends Element = HTMLInputElement>(sel: string) => document.querySelector(sel) as T;
function fill(values: Record<string, string>): void {
  for (const [sel, v] of Object.entries(values)) ($(sel) as HTMLInputElement).value = v;
}

// The demo EHR's structure (assets/demo/ehr.html), smaller.
const DEMO = `<form>
  <fieldset><legend>Subjective</legend><label for="s">Patient report</label><textarea id="s"></textarea></fieldset>
  <fieldset><legend>Objective — interventions</legend><label for="o">Treatment performed</label><textarea id="o"></textarea></fieldset>
  <fieldset><legend>Flowsheet</legend>
    <table><thead><tr><th>Intervention</th><th>Parameters</th><th>Minutes</th></tr></thead><tbody>
      <tr><td><input id="i1"></td><td><input id="p1"></td><td><input id="m1"></td></tr>
      <tr><td><input id="i2"></td><td><input id="p2"></td><td><input id="m2"></td></tr>
      <tr><td><input id="i3"></td><td><input id="p3"></td><td><input id="m3"></td></tr>
    </tbody></table>
    <label for="v">Vitals (from intake)</label><textarea id="v" readonly>BP 132/84
HR 78</textarea>
  </fieldset>
  <fieldset><legend>Assessment &amp; Plan</legend>
    <label for="a">Assessment</label><textarea id="a"></textarea>
    <label for="p">Plan</label><textarea id="p"></textarea>
  </fieldset>
  <input type="checkbox" id="cosign"> <input type="hidden" value="token">
</form>`;

describe('composeRegion on the demo form', () => {
  test('every field under its legend and label, the grid one line per row, read-only vitals last as history', () => {
    mount(DEMO);
    fill({
      '#s': 'Pt reports 3/10 knee pain.',
      '#o': 'TA (12 min): sit to stand x10 to simulate toilet transfers, min A.',
      '#i1': 'Ther ex',
      '#p1': 'LAQ 3x10 3# for quad strength',
      '#m1': '15',
      '#i2': 'NMR',
      '#p2': 'Tandem stance on foam',
      '#m2': '10 min',
      '#p': 'Continue POC.',
    });
    const note = composeRegion(noteRegion($('#o')));
    expect(note.text).toBe(
      [
        'Subjective:\nPatient report:\nPt reports 3/10 knee pain.',
        'Objective — interventions:\nTreatment performed:\nTA (12 min): sit to stand x10 to simulate toilet transfers, min A.',
        'Flowsheet:\nIntervention | Parameters | Minutes\nTher ex | LAQ 3x10 3# for quad strength | 15 min\nNMR | Tandem stance on foam | 10 min',
        'Assessment & Plan:\nPlan:\nContinue POC.',
        'History (read-only) — Vitals (from intake): BP 132/84 HR 78',
      ].join('\n\n'),
    );
  });

  test('an empty form is an empty note, even with read-only vitals in it', () => {
    mount(DEMO);
    expect(composeRegion(noteRegion($('#o')))).toEqual({ text: '', parts: [] });
  });

  test('offsets map back to the field that holds them, with the field’s own offsets', () => {
    mount(DEMO);
    fill({ '#s': 'Pt reports pain.', '#o': 'Line one\nTA (12 min): STS x10', '#i1': 'Ther ex', '#p1': 'LAQ 3x10' });
    const note = composeRegion(noteRegion($('#s')));
    const at = note.text.indexOf('TA (12 min)');
    expect(locate(note, at, at + 11)).toEqual({ el: $('#o'), start: 9, end: 20 });
    const row = note.text.indexOf('Ther ex |');
    // a row's span starts in its first cell: that cell is the field shown
    expect(locate(note, row, row + 18)).toEqual({ el: $('#i1'), start: 0, end: 7 });
    const laq = note.text.indexOf('LAQ');
    expect(locate(note, laq, laq + 3)).toEqual({ el: $('#p1'), start: 0, end: 3 });
    expect(locate(note, 0, 3)).toEqual({ el: $('#s'), start: 0, end: 0 }); // on the heading: snaps into the next field
  });

  test('every field of the form gives the same note id, whichever is being edited', () => {
    mount(DEMO);
    expect(noteRegion($('#s')).key).toBe($('form'));
    expect(noteRegion($('#m2')).key).toBe($('form'));
  });
});

describe('flowsheet grids', () => {
  test('selects, static cells and number inputs; empty rows are left out', () => {
    mount(`<div role="form"><table>
      <tr><th>Code</th><th>Exercise</th><th>Sets/reps</th><th>Time (min)</th></tr>
      <tr><td><select id="c1"><option>97110</option><option selected>97530</option></select></td><td>Step-ups</td><td><input id="r1"></td><td><input id="t1" type="number"></td></tr>
      <tr><td><select><option>97110</option></select></td><td>Bridges</td><td><input></td><td><input type="number"></td></tr>
      <tr><td><select><option>97112</option></select></td><td>Tandem walk</td><td><div contenteditable="true" id="r3"></div></td><td><input id="t3"></td></tr>
    </table></div>`);
    fill({ '#r1': '2x10 to simulate curb', '#t1': '12', '#t3': '8' });
    ($('#r3') as HTMLElement).textContent = 'x4 laps, CGA';
    expect(composeRegion(noteRegion($('#r1'))).text).toBe(
      'Code | Exercise | Sets/reps | Time (min)\n97530 | Step-ups | 2x10 to simulate curb | 12 min\n97112 | Tandem walk | x4 laps, CGA | 8 min',
    );
  });

  test('contenteditable cells are the fields themselves', () => {
    mount(`<div role="form"><table><thead><tr><th>Intervention</th><th>Minutes</th></tr></thead><tbody>
      <tr><td contenteditable="true" id="a">Ther ex</td><td contenteditable="true" id="b">13</td></tr>
      <tr><td contenteditable="true"></td><td contenteditable="true"></td></tr></tbody></table></div>`);
    const note = composeRegion(noteRegion($('#b')));
    expect(note.text).toBe('Intervention | Minutes\nTher ex | 13 min');
    expect(locate(note, 23, 30)).toEqual({ el: $('#a'), start: 0, end: 7 });
  });

  test('a layout table (one field per row) is read field by field under its row headers', () => {
    mount(`<form><table>
      <tr><td>Subjective</td><td><textarea id="s"></textarea></td></tr>
      <tr><td>Objective</td><td><textarea id="o"></textarea></td></tr>
    </table></form>`);
    fill({ '#s': 'Pt reports less pain.', '#o': 'Ther ex 15 min\nLAQ 3x10' });
    expect(composeRegion(noteRegion($('#o'))).text).toBe(
      'Subjective:\nPt reports less pain.\n\nObjective:\nTher ex 15 min\nLAQ 3x10',
    );
  });
});

describe('the note region', () => {
  test('a form with one note field: the note is that field, as typed', () => {
    mount('<form><label for="n">Note</label><textarea id="n"></textarea><input type="checkbox"></form>');
    fill({ '#n': 'Ther ex 15 min' });
    const region = noteRegion($('#n'));
    expect(region.key).toBe($('#n'));
    expect(composeRegion(region).text).toBe('Ther ex 15 min');
  });

  test('no form: the outermost fieldset; no fieldset either: the field alone', () => {
    mount(`<div><fieldset id="outer"><fieldset><textarea id="a"></textarea></fieldset><textarea id="b"></textarea></fieldset></div>
      <textarea id="c"></textarea>`);
    expect(noteRegion($('#a')).key).toBe($('#outer'));
    expect(noteRegion($('#c')).key).toBe($('#c'));
  });

  test('a policy selector pins the region: all its matches form the note; a field outside is read alone', () => {
    mount(`<form><div class="soap" id="s1"><textarea id="s"></textarea></div><textarea id="search"></textarea>
      <div class="soap"><textarea id="o"></textarea></div></form>`);
    fill({ '#s': 'Pt reports pain.', '#o': 'Ther ex 15 min', '#search': 'Jordan' });
    const pinned = noteRegion($('#o'), '.soap');
    expect(pinned.key).toBe($('#s1'));
    expect(composeRegion(pinned).text).toBe('Pt reports pain.\n\nTher ex 15 min');
    expect(noteRegion($('#search'), '.soap').key).toBe($('#search'));
    // an invalid selector never breaks reading: the form heuristic applies
    expect(noteRegion($('#o'), '!!bad').key).toBe($('form'));
  });

  test('contenteditable fields are read through their adapters, with their labels', () => {
    mount(`<form><div aria-label="Subjective" contenteditable="true" id="s"><p>Pt reports pain.</p></div>
      <div aria-label="Objective" class="ql-editor" contenteditable="true" id="o"><p>Ther ex 15 min</p><p>LAQ 3x10</p></div></form>`);
    const note = composeRegion(noteRegion($('#o p')));
    expect(note.text).toBe('Subjective:\nPt reports pain.\n\nObjective:\nTher ex 15 min\nLAQ 3x10');
    const at = note.text.indexOf('LAQ');
    expect(locate(note, at, at + 3)).toEqual({ el: $('#o'), start: 15, end: 18 });
  });
});

describe('noteRegions policy', () => {
  test('the first entry whose host pattern matches gives the selector', () => {
    const regions = [
      { host: '*.emr-vendor.example', selector: '#soap' },
      { host: 'ehr.clinic.example', selector: '.note' },
    ];
    expect(regionSelectorFor(regions, 'tenant1.emr-vendor.example')).toBe('#soap');
    expect(regionSelectorFor(regions, 'ehr.clinic.example')).toBe('.note');
    expect(regionSelectorFor(regions, 'other.example')).toBeUndefined();
  });
  test('policy parsing keeps valid entries and rejects a bad host pattern with a warning', () => {
    expect(parsePolicy({ noteRegions: [{ host: 'ehr.clinic.example', selector: '#soap' }] }).policy).toEqual({
      noteRegions: [{ host: 'ehr.clinic.example', selector: '#soap' }],
    });
    const bad = parsePolicy({ noteRegions: [{ host: 'https://ehr.clinic.example/x', selector: '#soap' }] });
    expect(bad.policy).toEqual({});
    expect(bad.warnings[0]).toMatch(/noteRegions/);
  });
});
