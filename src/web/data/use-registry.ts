// A shared, refetch-on-write cache of registry lists: pages that show the same table (or look names up in it)
// share one request, and a save anywhere refreshes every view of that table.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { ApiError } from '../api.ts';
import { registryApi, type EntityName, type RegistryRows } from './registry-api.ts';

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
  started: boolean;
}

const entries = new Map<EntityName, Entry>();

function entry(name: EntityName): Entry {
  let e = entries.get(name);
  if (!e) {
    e = { state: { rows: undefined, error: undefined, loading: false }, listeners: new Set(), generation: 0, started: false };
    entries.set(name, e);
  }
  return e;
}

function setState(e: Entry, state: ListState<unknown>): void {
  e.state = state;
  for (const l of e.listeners) l();
}

async function load(name: EntityName): Promise<void> {
  const e = entry(name);
  e.started = true;
  const generation = ++e.generation;
  setState(e, { ...e.state, loading: true });
  try {
    const rows = await registryApi.list(name);
    if (generation === e.generation) setState(e, { rows, error: undefined, loading: false });
  } catch (err) {
    if (generation === e.generation) setState(e, { ...e.state, error: err as ApiError, loading: false });
  }
}

/** Refetches a table after a change; views that show it update themselves. */
export function invalidate(...names: EntityName[]): void {
  for (const name of names) if (entry(name).started) void load(name);
}

/** Forgets every cached table (on logout: the next user may be of another municipality). */
export function clearRegistryCache(): void {
  entries.clear();
}

/** The rows of one registry table, loaded once and shared. */
export function useRegistry<N extends EntityName>(name: N): ListState<RegistryRows[N]> & { reload: () => void } {
  const subscribe = useCallback(
    (listener: () => void) => {
      const en = entry(name);
      en.listeners.add(listener);
      return () => en.listeners.delete(listener);
    },
    [name],
  );
  const state = useSyncExternalStore(subscribe, () => entry(name).state) as ListState<RegistryRows[N]>;
  useEffect(() => {
    if (!entry(name).started) void load(name);
  }, [name]);
  const reload = useCallback(() => void load(name), [name]);
  return { ...state, reload };
}
