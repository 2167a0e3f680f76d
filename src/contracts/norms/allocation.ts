import { z } from 'zod';
import { ZId, ZVersion } from '../common.ts';
import { MUNICIPAL_TASK_AREAS, type CoveredBy, type MunicipalTaskArea, type NeedBasis } from '../../domain/norms/index.ts';
import { ZChoice, ZNote, ZNumber } from './fields.ts';

export const MUNICIPAL_TASK_AREA_LABELS: Record<MunicipalTaskArea, string> = {
  legevakt: 'Legevakt',
  lis1_supervision: 'Veiledning av LIS1',
  alis_supervision: 'Veiledning av ALIS (LIS3)',
  alis_coordination: 'Koordinator for ALIS (LIS3)',
  child_health: 'Helsestasjon og skolehelsetjeneste',
  nursing_homes: 'Sykehjem og ØHD',
  leadership: 'Ledelse',
  community_medicine: 'Samfunnsmedisin',
  other: 'Annet',
};
export const NEED_BASES = ['not_assessed', 'manual', 'nursing_home_norm', 'alis_supervision_rule'] as const satisfies readonly NeedBasis[];
export const NEED_BASIS_LABELS: Record<NeedBasis, string> = {
  not_assessed: 'Ikke vurdert',
  manual: 'Satt av kommunen',
  nursing_home_norm: 'Fra bemanningsnormen for sykehjem',
  alis_supervision_rule: 'Antall ALIS × veiledningsårsverk per ALIS',
};
export const COVERED_BY = ['municipal_employees', 'gps'] as const satisfies readonly CoveredBy[];
export const COVERED_BY_LABELS: Record<CoveredBy, string> = { municipal_employees: 'Kommunalt ansatte leger', gps: 'Fastleger' };

const ZFte = ZNumber({ min: 0, max: 100, decimals: 3, maxMessage: 'Høyst 100 årsverk' });

/** Body of POST/PUT /api/registry/doctor-allocations: municipal doctor FTE in one area, and how its need is found. */
export const ZAllocationInput = z
  .strictObject({
    area: ZChoice(MUNICIPAL_TASK_AREAS, 'Velg område'),
    note: ZNote(1000),
    fte: ZFte,
    coveredBy: ZChoice(COVERED_BY, 'Velg hvem som dekker oppgaven'),
    needBasis: ZChoice(NEED_BASES, 'Velg hvordan behovet finnes'),
    needFte: ZFte.nullable(),
  })
  .superRefine((a, ctx) => {
    if (a.needBasis === 'manual' && a.needFte === null) ctx.addIssue({ code: 'custom', path: ['needFte'], message: 'Oppgi behovet i årsverk' });
    if (a.needBasis !== 'manual' && a.needFte !== null) ctx.addIssue({ code: 'custom', path: ['needFte'], message: 'Fylles bare ut når behovet settes av kommunen' });
    if (a.needBasis === 'nursing_home_norm' && a.area !== 'nursing_homes')
      ctx.addIssue({ code: 'custom', path: ['needBasis'], message: 'Bemanningsnormen gjelder bare området sykehjem og ØHD' });
    if (a.needBasis === 'alis_supervision_rule' && a.area !== 'alis_supervision')
      ctx.addIssue({ code: 'custom', path: ['needBasis'], message: 'ALIS-regelen gjelder bare veiledning av ALIS' });
  });
export const ZAllocation = z.object({
  id: ZId,
  version: ZVersion,
  area: z.enum(MUNICIPAL_TASK_AREAS),
  note: z.string(),
  fte: z.number(),
  coveredBy: z.enum(COVERED_BY),
  needBasis: z.enum(NEED_BASES),
  needFte: z.number().nullable(),
});

export type TAllocationInput = z.infer<typeof ZAllocationInput>;
export type TAllocation = z.infer<typeof ZAllocation>;
