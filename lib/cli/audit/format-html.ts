/**
 * HTML format: ONE self-contained file a coder can open, mail or print. Inline CSS and inline SVG
 * charts only — no scripts, fonts, images or URLs — and every note-derived string is escaped.
 */
import { CODE_NAMES } from '../../contracts/codes';
import { type AuditReport, LOOK_SCORE_RULE, missingText, type NoteReport } from './report';
import { esc, svgBars } from './svg-bars';
import { worklistHtml } from './worklist-html';

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d1d1f;margin:24px auto;max-width:1100px;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:2px solid #d8e2ea;padding-bottom:4px}
.meta{color:#555}.charts{display:flex;flex-wrap:wrap;gap:24px}.charts figure{margin:0}
figcaption{font-weight:600;margin-bottom:4px}table{border-collapse:collapse;width:100%;margin:6px 0}
th,td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid #e3e3e3}
th{background:#f3f6f9;font-weight:600}th.n,td.n{text-align:right;font-variant-numeric:tabular-nums}
.warning{color:#9a3412;font-weight:600}.info{color:#555}.bad{color:#b91c1c;font-weight:600}.ok{color:#15803d}
.note{border:1px solid #dde3ea;border-radius:6px;padding:8px 12px;margin:12px 0;break-inside:avoid}
.note h3{font-size:15px;margin:2px 0 6px}.score{float:right;color:#555;font-weight:normal}
ul{margin:4px 0;padding-left:20px}code{font-family:ui-monospace,monospace}
@media print{body{margin:0;max-width:none;font-size:11px}h2{break-after:avoid}.note{border-color:#999}
th{background:none}svg{max-width:100%;height:auto}}
`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function noteSection(n: NoteReport, i: number): string {
  const a = n.analysis;
  const rows = a.codes
    .map(
      (c) =>
        `<tr><td><code>${esc(c.code)}</code> ${esc(CODE_NAMES[c.code])}</td><td class="n">${esc(c.minutes ?? '—')}</td>` +
        `<td class="n">${esc(c.units.cms)}</td><td class="n">${esc(c.units.ama)}</td></tr>`,
    )
    .join('');
  const t = a.totals;
  const total = `<tr><th>Total timed</th><th class="n">${esc(t.timedMinutes)}</th><th class="n">${esc(t.units.cms)}</th><th class="n">${esc(t.units.ama)}</th></tr>`;
  const missing = a.missing.map(
    (m) => `<li><code>${esc(m.code)}</code> ${esc(m.element)}: ${esc(missingText(m))}</li>`,
  );
  const flags = a.flags.map(
    (f) => `<li class="${f.severity === 'warning' ? 'warning' : 'info'}">${esc(f.message)}</li>`,
  );
  const billed = n.billedCheck
    ? `<p><strong>Billed:</strong> ${esc(n.billedCheck.billed)}</p><ul>${[
        ...n.billedCheck.errors.map((e) => `<li class="bad">unreadable: ${esc(e.message)}</li>`),
        ...n.billedCheck.results.map(
          (r) => `<li class="${r.status === 'ok' ? 'ok' : 'bad'}">${esc(r.status)}: ${esc(r.message)}</li>`,
        ),
      ].join('')}</ul>`
    : '';
  return (
    `<section class="note" id="note-${i}"><h3>${esc(n.file)} <span class="score">look score ${esc(n.score)}</span></h3>` +
    (n.date || n.therapist
      ? `<p class="meta">${esc([n.date && `Date of service ${n.date}`, n.therapist].filter(Boolean).join(' · '))}</p>`
      : '') +
    `<p>Suggested: <strong>${esc(a.suggested ?? '—')}</strong></p>` +
    (a.codes.length
      ? `<table><tr><th>Code</th><th class="n">Minutes</th><th class="n">CMS units</th><th class="n">AMA units</th></tr>${rows}${total}</table>`
      : '<p>No billable intervention recognised.</p>') +
    (missing.length ? `<p><strong>Missing</strong></p><ul>${missing.join('')}</ul>` : '') +
    (flags.length ? `<p><strong>Flags</strong></p><ul>${flags.join('')}</ul>` : '') +
    billed +
    '</section>'
  );
}

/** The whole report as one HTML document. */
export function formatAuditHtml(r: AuditReport): string {
  const s = r.summary;
  const mix = svgBars(
    'Code mix by notes',
    s.codeMix.map((c) => ({
      label: `${c.code} ${CODE_NAMES[c.code]}`,
      value: c.notes,
      note: `${plural(c.notes, 'note')} · ${c.minutes} min`,
    })),
  );
  const missing = svgBars(
    'Most frequent missing elements',
    s.missing.map((m) => ({ label: `${m.code} ${m.element}`, value: m.count, note: plural(m.count, 'note') })),
    '#b45309',
  );
  const anchor = new Map(r.notes.map((n, i) => [n.file, `#note-${i}`]));
  const link = (file: string) => `<a href="${esc(anchor.get(file) ?? '#')}">${esc(file)}</a>`;
  const look = s.needsLook.length
    ? `<p class="meta">Ranked by look score: ${esc(LOOK_SCORE_RULE)}.</p><table><tr><th class="n">#</th><th class="n">Score</th><th>Note</th><th>Why</th></tr>${s.needsLook
        .map(
          (l, i) =>
            `<tr><td class="n">${i + 1}</td><td class="n">${esc(l.score)}</td><td>${link(l.file)}</td><td>${esc(l.reasons.join(', '))}</td></tr>`,
        )
        .join('')}</table>`
    : '<p>No note needs a look.</p>';
  const copies = s.copyForward.length
    ? `<table><tr><th class="n">Similarity</th><th>Note</th><th>Repeats</th><th>Patient</th></tr>${s.copyForward
        .map(
          (p) =>
            `<tr><td class="n">${esc(Math.round(p.similarity * 100))}%</td><td>${link(p.later)}</td><td>${link(p.earlier)}</td><td>${esc(p.patient)}</td></tr>`,
        )
        .join('')}</table>`
    : '<p>None found.</p>';
  const skipped = r.skipped.length
    ? `<table><tr><th>File</th><th>Why skipped</th></tr>${r.skipped
        .map((k) => `<tr><td>${esc(k.file)}</td><td>${esc(k.reason)}</td></tr>`)
        .join('')}</table>`
    : '<p>None.</p>';
  const orphan = s.billedWithoutNote.length
    ? `<p class="warning">billed.csv rows with no analysed note: ${esc(s.billedWithoutNote.join(', '))}</p>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>TheraCode audit report</title><style>${CSS}</style></head><body>
<h1>TheraCode audit report</h1>
<p class="meta">${esc(s.notes)} note(s) analysed · ${esc(s.skipped)} skipped · unit rule ${esc(s.rule.toUpperCase())} · ruleset ${esc(s.rulesetVersion ?? '—')}</p>
<h2>Summary</h2>
<div class="charts"><figure><figcaption>Code mix (notes · minutes)</figcaption>${mix}</figure>
<figure><figcaption>Most frequent missing elements</figcaption>${missing}</figure></div>
<h2>Worklist: notes that most need a look</h2>${look}${orphan}
<h2>Copy-forward (same patient, nearly identical interventions)</h2>${copies}
<h2>Totals</h2>${worklistHtml(s)}
<h2>Notes</h2>${r.notes.map(noteSection).join('\n')}
<h2>Skipped files</h2>${skipped}
</body></html>
`;
}
