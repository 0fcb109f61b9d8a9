/**
 * Remembers the payer class picked in the sidebar, per site, in storage.local (like the sidebar
 * layout): a hostname-keyed class name, never note text. Storage is handed in so this stays testable.
 */
import type { KeyValueStorage } from '../overlay/layout';
import type { SidebarStore } from '../overlay/store';
import { parsePayer, payerKey } from './payer';
import { withPayer } from './prefs';

/**
 * Load this site's payer into the sidebar store and save every later pick. Returns the remover
 * (owned by the content-script context). A pick made before the stored value arrives wins.
 */
export function bindSitePayer(store: SidebarStore, storage: KeyValueStorage, hostname: string): () => void {
  const key = payerKey(hostname);
  let saved = store.get().prefs.payer;
  let picked = false;
  const off = store.subscribe((s) => {
    if (s.prefs.payer === saved) return;
    saved = s.prefs.payer;
    picked = true;
    void storage.set(key, saved).catch(() => undefined);
  });
  void storage
    .get(key)
    .catch(() => null)
    .then((raw) => {
      const payer = parsePayer(raw);
      if (picked || payer === saved) return;
      saved = payer; // set first, so the subscriber does not write the loaded value back
      store.set({ prefs: withPayer(store.get().prefs, payer) });
    });
  return () => {
    off();
  };
}
