/** Each recognised intervention: code, confidence, evidence in the note, and why not the runner-up. */
import type { Analysis, Segment } from '../../contracts/analysis';
import { CODE_NAMES } from '../../contracts/codes';
import type { AnalysisView } from '../../contracts/sidebar-port';
import { useCapped } from './capped';
import { Snippet } from './Snippet';

/**
 * Whether a segment's code is shown as uncertain under the threshold in prefs (a percentage). It
 * compares the "% sure" the sidebar prints, so "60% sure" is never uncertain below 60.
 */
export function isUncertain(seg: Segment, uncertainBelow: number): boolean {
  return seg.code !== null && Math.round(seg.confidence * 100) < uncertainBelow;
}

function Item({
  seg,
  index,
  text,
  uncertainBelow,
  onShow,
}: {
  seg: Segment;
  index: number;
  text: string;
  uncertainBelow: number;
  onShow: (seg: Segment) => void;
}) {
  const code = seg.code;
  if (!code) return null;
  const runnerUp = seg.alternatives[0];
  const uncertain = isUncertain(seg, uncertainBelow);
  const pct = Math.round(seg.confidence * 100);
  return (
    <li class={uncertain ? 'tc-seg tc-uncertain' : 'tc-seg'} data-testid="intervention" data-code={code}>
      {/* one line at a glance: code, minutes, certainty, then the note's words cut to one line */}
      <button type="button" class="tc-seg-btn" onClick={() => onShow(seg)} aria-describedby={`tc-seg-${index}`}>
        <span class="tc-seg-code" title={CODE_NAMES[code]}>
          {code}
        </span>
        <span class="tc-seg-meta">
          {seg.minutes === null ? 'no minutes' : `${seg.minutes} min`} · {pct}% sure
        </span>
        <span id={`tc-seg-${index}`} class="tc-seg-body">
          <Snippet text={text} segment={seg} />
        </span>
      </button>
      {uncertain && (
        <p class="tc-uncertain-note" data-testid="uncertain">
          Uncertain: {code}
          {runnerUp ? ` or ${runnerUp.code} ${CODE_NAMES[runnerUp.code]}` : ''} — check the stated purpose.
        </p>
      )}
      {/* the reasons are one click away: a glance needs the code, minutes and words, not the scoring */}
      <details class="tc-why-box">
        <summary>
          Why
          <span class="tc-visually-hidden">
            {' '}
            {code} {CODE_NAMES[code]}
          </span>
        </summary>
        <p class="tc-why">{seg.why}</p>
        {runnerUp && (
          <p class="tc-why-not" data-testid="why-not">
            Why not {runnerUp.code}: it scored {Math.round(runnerUp.score * 100)}% against {pct}% for {code}.
          </p>
        )}
      </details>
    </li>
  );
}

/**
 * The list of interventions (the section heading is the caller's); clicking one shows it in the note.
 * A long note's view holds only the first ones: "Show all" asks for the whole analysis (`full`).
 */
export function Interventions({
  analysis,
  full,
  onAll,
  text,
  uncertainBelow,
  onShow,
}: {
  analysis: AnalysisView;
  full?: Analysis | null;
  onAll?: () => void;
  text: string;
  uncertainBelow: number;
  onShow: (seg: Segment) => void;
}) {
  const items = (full ?? analysis).segments.map((seg, i) => ({ seg, i })).filter(({ seg }) => seg.code !== null);
  const { shown, more } = useCapped(items, 'interventions', analysis.partial?.coded ?? items.length, onAll);
  if (items.length === 0) return null;
  return (
    <>
      <ol class="tc-list">
        {shown.map(({ seg, i }) => (
          <Item key={i} seg={seg} index={i} text={text} uncertainBelow={uncertainBelow} onShow={onShow} />
        ))}
      </ol>
      {more}
    </>
  );
}
