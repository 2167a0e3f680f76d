// A shared, refetch-on-write cache of record lists: pages that show the same table (or look names up in it)
// share one request, and a save anywhere refreshes every view of that table.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { ApiError } from '../api.ts';
import type { RecordStore, StoredRow } from './record-store.ts';
import { registryStore, type EntityName, type RegistryRows } from './registry-api.ts';

export interface ListState<T> {
  rows: T[] | undefined;
  error: ApiError | undefined;
  loading: boolean;
}

interface Entry {
  state: ListState<unknown>;
  listeners: Set<() => void>;
  /** Increases with each fetch, so a slow older answer never overwrites a newer one. */
  generation: number;
  /** The store the list was first asked for; invalidate() refetches through it. */
  store: RecordStore | null;
}

const entries = new Map<string, Entry>();

function entry(entity: string): Entry {
  let e = entries.get(entity);
  if (!e) {
    e = { state: { rows: undefined, error: undefined, loading: false }, listeners: new Set(), generation: 0, store: null };
    entries.set(entity, e);
  }
  return e;
}

function setState(e: Entry, state: ListState<unknown>): void {
  e.state = state;
  for (const l of e.listeners) l();
}

async function load(store: RecordStore): Promise<void> {
  const e = entry(store.entity);
  e.store = store;
  const generation = ++e.generation;
  setState(e, { ...e.state, loading: true });
  try {
    const rows = await store.list();
    if (generation === e.generation) setState(e, { rows, error: undefined, loading: false });
  } catch (err) {
    if (generation === e.generation) setState(e, { ...e.state, error: err as ApiError, loading: false });
  }
}

/** Refetches lists after a change (by their store's entity name); views that show them update themselves. */
export function invalidate(...entities: string[]): void {
  for (const entity of entities) {
    const store = entries.get(entity)?.store;
    if (store) void load(store);
  }
}

/** Forgets every cached list (on logout: the next user may be of another municipality, or not an admin). */
export function clearRecordCache(): void {
  entries.clear();
}

/** The rows of one store's list, loaded once and shared. */
export function useRecords<R extends StoredRow>(store: RecordStore<R>): ListState<R> & { reload: () => void } {
  const subscribe = useCallback(
    (listener: () => void) => {
      const en = entry(store.entity);
      en.listeners.add(listener);
      return () => en.listeners.delete(listener);
    },
    [store],
  );
  const state = useSyncExternalStore(subscribe, () => entry(store.entity).state) as ListState<R>;
  useEffect(() => {
    if (!entry(store.entity).store) void load(store);
  }, [store]);
  const reload = useCallback(() => void load(store), [store]);
  return { ...state, reload };
}

/** The rows of one registry table, loaded once and shared. */
export function useRegistry<N extends EntityName>(name: N): ListState<RegistryRows[N]> & { reload: () => void } {
  return useRecords(registryStore(name));
}
