import { z } from 'zod';
import { ZId, ZText, ZVersion } from '../common.ts';

export const OFFICE_ORG_FORMS = ['private', 'municipal', 'section_8_2'] as const;
export const OFFICE_ORG_FORM_LABELS: Record<(typeof OFFICE_ORG_FORMS)[number], string> = {
  private: 'Privat legesenter',
  municipal: 'Kommunalt legekontor',
  section_8_2: '§ 8.2-avtale',
};

/** Body of POST /api/registry/offices and (with version) PUT /api/registry/offices/:id. */
export const ZOfficeInput = z.strictObject({
  name: ZText(200),
  address: ZText(300),
  orgForm: z.enum(OFFICE_ORG_FORMS),
});
export const ZOffice = ZOfficeInput.extend({ id: ZId, version: ZVersion });
export type TOfficeInput = z.infer<typeof ZOfficeInput>;
export type TOffice = z.infer<typeof ZOffice>;
