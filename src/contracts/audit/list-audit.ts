import { z } from 'zod';
import { ZIdText } from '../common.ts';

/** Query of GET /api/audit: one record's trail (entity + entityId), one entity kind's, or all. */
export const ZListAuditQuery = z.strictObject({
  entity: z.string().max(40).optional(),
  entityId: ZIdText.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'import', 'login', 'logout'] as const;

/** One change: who, when, what before and after (the record as the API shows it). */
export const ZAuditEntry = z.object({
  id: z.number(),
  at: z.string(),
  entity: z.string(),
  entityId: z.number().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  /** Display name of who made the change; null for a system change (e.g. demo data). */
  user: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;
export type TAuditAction = (typeof AUDIT_ACTIONS)[number];
