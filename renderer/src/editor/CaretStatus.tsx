import { useSyncExternalStore } from 'react';

/** Where the caret is: 1-based paragraph (or headline line) and the characters before it. */
export type CaretPlace = { block: number; offset: number; point: string } | null;

/**
 * A small store for the caret's place, so that moving the caret re-renders
 * the status line alone, never the editor around it.
 */
export function createCaretStore() {
  let place: CaretPlace = null;
  const listeners = new Set<() => void>();
  return {
    report(next: CaretPlace) {
      if (next?.point === place?.point) return;
      place = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => place,
  };
}

/** The caret's place in the status line (第 3 段第 12 字), as colleagues and the proofreader cite places. */
export function CaretStatus({ store }: { store: ReturnType<typeof createCaretStore> }) {
  const place = useSyncExternalStore(store.subscribe, store.get);
  return (
    <span className="status" data-testid="caret" data-point={place?.point ?? ''} aria-live="off">
      {place ? `第 ${place.block} 段第 ${place.offset} 字` : ''}
    </span>
  );
}
