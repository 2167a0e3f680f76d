import { z } from 'zod';
import { ZCount, ZId, ZVersion } from '../common.ts';
import { SNAPSHOT_LIMITS } from '../../domain/registry/index.ts';

export const POSITION_ORG_FORMS = ['self_employed', 'fixed_salary', 'section_8_2', 'municipal'] as const;
export const POSITION_ORG_FORM_LABELS: Record<(typeof POSITION_ORG_FORMS)[number], string> = {
  self_employed: 'Selvstendig næringsdrivende',
  fixed_salary: 'Fastlønn',
  section_8_2: '§ 8.2-avtale',
  municipal: 'Kommunalt ansatt',
};
export const POSITION_STATUSES = ['active', 'vacant', 'advertised', 'substitute'] as const;
export const POSITION_STATUS_LABELS: Record<(typeof POSITION_STATUSES)[number], string> = {
  active: 'Aktiv',
  vacant: 'Ledig',
  advertised: 'Utlyst',
  substitute: 'Betjent av vikar',
};

/** Body of POST /api/registry/positions and (with version) PUT /api/registry/positions/:id. */
export const ZPositionInput = z.strictObject({
  officeId: ZId,
  code: z.string().trim().min(1, 'Må fylles ut').max(40, 'Høyst 40 tegn'),
  orgForm: z.enum(POSITION_ORG_FORMS),
  listCap: ZCount(SNAPSHOT_LIMITS.listCap),
  status: z.enum(POSITION_STATUSES),
  sharedList: z.boolean(),
});
export const ZPosition = ZPositionInput.extend({ id: ZId, version: ZVersion });
export type TPositionInput = z.infer<typeof ZPositionInput>;
export type TPosition = z.infer<typeof ZPosition>;
