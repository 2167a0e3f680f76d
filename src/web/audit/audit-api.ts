import type { TAuditEntry } from '../../contracts/audit/list-audit.ts';
import { api } from '../api.ts';

export type { TAuditAction, TAuditEntry } from '../../contracts/audit/list-audit.ts';

/** GET /api/audit for one record: its trail, newest first. */
export async function fetchAudit(entity: string, entityId: number): Promise<TAuditEntry[]> {
  return (await api.get<{ items: TAuditEntry[] }>('/api/audit', { entity, entityId })).items;
}
