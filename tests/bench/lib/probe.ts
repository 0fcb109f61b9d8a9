/**
 * The page-side latency probe. It stamps every `input` event (capture phase, before any page code)
 * and `__waitFor(minutes)` resolves with the delay from the last input to the moment the sidebar's
 * ledger shows `<minutes> min` for 97110, seen by a MutationObserver on the open shadow root.
 * The edits the benches type make the new total reachable only from the final text (prefixes of
 * "… 1 min" leave the total unchanged), so the delay is from the last keystroke, debounce included.
 * A string, because tsx's keepNames would inject a `__name` helper into functions sent to the page.
 */
export const PROBE = `
  if (!window.__tcProbe) {
    window.__tcProbe = true;
    window.__lastInput = 0;
    document.addEventListener('input', () => { window.__lastInput = performance.now(); }, true);
    window.__minutesCell = () => document.querySelector('theracode-sidebar')?.shadowRoot
      ?.querySelector('[data-testid="code-row"][data-code="97110"] [data-testid="code-minutes"]') ?? null;
    window.__minutes97110 = () => {
      const m = /^(\\d+) min/.exec(window.__minutesCell()?.textContent ?? '');
      return m ? Number(m[1]) : 0;
    };
    window.__waitFor = (minutes, timeoutMs) => new Promise((resolve) => {
      const root = document.querySelector('theracode-sidebar')?.shadowRoot;
      if (!root) return resolve(NaN);
      const timer = setTimeout(() => { observer.disconnect(); resolve(NaN); }, timeoutMs);
      const observer = new MutationObserver(() => {
        if (window.__minutes97110() === minutes) {
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - window.__lastInput);
        }
      });
      observer.observe(root, { subtree: true, childList: true, characterData: true });
    });
  }
  0
`;

/** How long one edit may take before it counts as a miss (NaN sample). */
export const EDIT_TIMEOUT_MS = 5000;
