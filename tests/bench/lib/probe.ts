/**
 * The latency probes. The page-side one stamps every `input` event (capture phase, before any page
 * code) with the event's own time stamp — when the browser received the keystroke — on the shared
 * wall clock (`timeOrigin + timeStamp`). The sidebar-side one runs inside the sidebar document (an
 * extension page in another process, which the EHR page cannot see into): `__waitFor(minutes)`
 * resolves with the wall-clock moment the ledger showing `<minutes> min` for 97110 was painted —
 * the MutationObserver sees the DOM change, then the next animation frame runs and a task after it
 * (that frame's paint is done by then). The delay is the difference. The edits the benches type make the new total reachable only from the
 * final text (prefixes of "… 1 min" leave the total unchanged), so the delay is from the last
 * keystroke, debounce included. Strings, because tsx's keepNames would inject a `__name` helper
 * into functions sent to a page.
 */
export const PROBE = `
  if (!window.__tcProbe) {
    window.__tcProbe = true;
    window.__lastInput = 0;
    document.addEventListener('input', (e) => { window.__lastInput = performance.timeOrigin + e.timeStamp; }, true);
  }
  0
`;

/** Installed into the sidebar document (idempotent; its own flag, since init scripts reach that frame too). */
export const SIDEBAR_PROBE = `
  if (!window.__tcSidebarProbe) {
    window.__tcSidebarProbe = true;
    window.__minutesCell = () =>
      document.querySelector('[data-testid="code-row"][data-code="97110"] [data-testid="code-minutes"]') ?? null;
    window.__minutes97110 = () => {
      const m = /^(\\d+) min/.exec(window.__minutesCell()?.textContent ?? '');
      return m ? Number(m[1]) : 0;
    };
    window.__waitFor = (minutes, timeoutMs) => new Promise((resolve) => {
      const timer = setTimeout(() => { observer.disconnect(); resolve(NaN); }, timeoutMs);
      const observer = new MutationObserver(() => {
        if (window.__minutes97110() === minutes) {
          observer.disconnect();
          clearTimeout(timer);
          // shown = painted: after the next frame's rendering, not at the DOM write
          requestAnimationFrame(() => setTimeout(() => resolve(performance.timeOrigin + performance.now()), 0));
        }
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true });
    });
  }
  0
`;

/** How long one edit may take before it counts as a miss (NaN sample). */
export const EDIT_TIMEOUT_MS = 5000;
