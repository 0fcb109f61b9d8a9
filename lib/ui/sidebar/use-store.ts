/** Subscribe a component to one of the overlay's tiny stores. */
import { useEffect, useState } from 'preact/hooks';

/** What a store must offer to be watched. */
export interface Watchable<T> {
  get: () => T;
  subscribe: (fn: (s: T) => void) => () => unknown;
}

/** The store's current state, re-rendering on change. */
export function useStore<T>(store: Watchable<T>): T {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    const off = store.subscribe(setState);
    return () => {
      off();
    };
  }, [store]);
  return state;
}
