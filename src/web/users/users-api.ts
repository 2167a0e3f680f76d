// The admin's user API (/api/users, not under /api/registry) as a record store, typed from its contract.
import type { TCreateUserRequest, TUpdateUserRequest, TUser } from '../../contracts/auth/users.ts';
import { api } from '../api.ts';
import type { RecordStore } from '../data/record-store.ts';

/** The body of POST /api/users, or of PUT without its `version` (the store adds it). */
export type TUserInput = TCreateUserRequest | Omit<TUpdateUserRequest, 'version'>;

/** The municipality's accounts: list, create, update. The API deletes no accounts and has no export. */
export const userStore: RecordStore<TUser, TUserInput> = {
  entity: 'users',
  list: async () => (await api.get<{ items: TUser[] }>('/api/users')).items,
  create: (input) => api.post<TUser>('/api/users', input),
  update: (id, version, input) => api.put<TUser>(`/api/users/${id}`, { ...input, version }),
};
