/** A foldable sidebar section: its heading is a button; whether it is open is the site's layout (remembered). */
import type { ComponentChildren } from 'preact';
import type { SectionId } from '../../contracts/layout';

/** One section; `open` comes from the layout, `onToggle` asks to store the change. */
export function Section({
  id,
  title,
  count,
  open,
  onToggle,
  children,
}: {
  id: SectionId;
  title: string;
  /** Shown beside the title so a folded section still says how much it holds. */
  count?: number;
  open: boolean;
  onToggle: (id: SectionId, open: boolean) => void;
  children: ComponentChildren;
}) {
  return (
    <section aria-labelledby={`tc-${id}-h`} class="tc-section" data-section={id}>
      <h2 id={`tc-${id}-h`} class="tc-section-h">
        <button
          type="button"
          class="tc-fold"
          data-testid="section-toggle"
          data-section={id}
          aria-expanded={open}
          aria-controls={`tc-${id}-body`}
          onClick={() => onToggle(id, !open)}
        >
          <span aria-hidden="true" class="tc-chevron">
            {open ? '▾' : '▸'}
          </span>{' '}
          {title}
          {count === undefined ? '' : ` (${count})`}
        </button>
      </h2>
      {/* kept mounted when folded: the billed-lines box keeps what the coder typed */}
      <div id={`tc-${id}-body`} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
