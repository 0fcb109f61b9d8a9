/** The help texts of `theracode --help`, `theracode help analyze` and `theracode help audit`. */
import { RULESET_VERSION } from '../engine';

/** The package version; tests/cli/help.test.ts keeps it equal to package.json's. */
export const CLI_VERSION = '0.1.0';

/** `theracode --version`. */
export function versionText(): string {
  return `theracode ${CLI_VERSION} (ruleset ${RULESET_VERSION})\n`;
}

const INPUTS = `Inputs
  .txt .md .html .htm .rtf       one note per file (typed notes stay whole; the engine reads their visits)
  .docx .pdf                     text layer; an export with several "Daily Note — <date>" headings, or
                                 one dated visit per PDF page, is split into one note per visit;
                                 a scanned PDF (no text layer) is skipped with that reason
  .csv .tsv .xlsx                one note per row: --note-column (default: the column headed note,
                                 narrative, text or documentation), --id-column, --date-column,
                                 --therapist-column, --patient-column (header name or 1-based number)
  -                              standard input (analyze only)`;

const COMMON = `  --rule cms|ama                 units under the CMS 8-minute rule (default) or the AMA midpoint rule
  --discipline pt|ot             the notes' discipline (drives GP/GO modifier checks); default: read from the note
  --billed CLAIM|FILE            what was billed: "97530 x2, 97110 x1 GP", a file of such lines,
                                 or billed.csv (columns file,billed) matched to notes by name`;

/** `theracode --help`. */
export const MAIN_HELP = `theracode — CPT codes, units and missing documentation for PT/OT daily notes, offline.

  theracode analyze <file…|->    one note (or several): codes by stated intent, minute ledger with CMS and
                                 AMA units, missing documentation, flags
  theracode audit <folder|file…> a folder of notes or exports: per-note results, code mix, most frequent
                                 gaps, notes that most need a look, copy-forward pairs, a coder's worklist
  theracode help analyze|audit   options of one command
  theracode --version            version and ruleset version

Exit status: 0 done; 2 usage error or unreadable input (one line on stderr naming it).
Nothing leaves this machine: no network request is made.
`;

/** `theracode help analyze`. */
export const ANALYZE_HELP = `usage: theracode analyze [options] <file…|->

Prints a readable table per note: interventions with codes, the minute ledger (CMS and AMA units
side by side), missing documentation, flags and a summary line.

Options
  --json                         one Analysis object (JSON Lines with a "file" field when several notes)
${COMMON}
  -h, --help                     this text

${INPUTS}
`;

/** `theracode help audit`. */
export const AUDIT_HELP = `usage: theracode audit <folder|file…> [options]

Reads every note under the folders (recursively) and the files named, analyses them on all cores,
and writes one report. Files that cannot be analysed are listed with the reason and do not stop it.

Options
  --format table|csv|json|html|defense|xlsx
                                 table (default): readable text; csv: one row per note (opens in Excel);
                                 json; html: one self-contained page with a ranked worklist linking to each
                                 note; defense: the defense summary of every note; xlsx: sheets notes,
                                 codes, missing, flags, billed lines, copy-forward, worklist (needs --out)
  -o, --out FILE                 write the report there (atomically) instead of standard output
${COMMON}
  -j, --jobs N                   worker threads (default: one per core; 0 = this thread only)
  --time-limit SECONDS           per-file budget (default 20): a file taking longer is skipped, not waited on
  -h, --help                     this text

${INPUTS}

Worklist: date of service and therapist come from the note ("Date of service: …", "Therapist: …",
a signature with a credential) or the export's columns; totals per therapist and per week; units
billed vs supported across the batch when --billed is given.
Copy-forward: notes of the same patient (--patient-column, else the file name without its dates and
visit numbers, else the folder) whose intervention text is nearly identical are listed in pairs with
their similarity.
look_score = 3 × billed mismatches + 2 × warning flags + 1 × missing elements (higher: look first).
`;
