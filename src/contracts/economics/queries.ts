import { z } from 'zod';
import { ZIdText, ZMonth } from '../common.ts';

/** GET /api/economics/basistilskudd?from=YYYY-MM-01&to=YYYY-MM-01 (default: the 12 months up to the latest list count). */
export const ZSubsidyQuery = z
  .strictObject({ from: ZMonth.optional(), to: ZMonth.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'Til-måneden kan ikke være før fra-måneden' })
  .refine((q) => !q.from || !q.to || Number(q.to.slice(0, 4)) - Number(q.from.slice(0, 4)) <= 10, { path: ['to'], message: 'Høyst ti år om gangen' });

/** GET /api/economics/costs?packageId=&years=&agencyShare=&agencyPricePerMonth= */
export const ZCostsQuery = z.strictObject({
  packageId: ZIdText.optional(),
  years: z.coerce.number({ error: 'Må være et tall' }).int('Må være et heltall').min(1, 'Minst 1').max(10, 'Høyst 10').optional(),
  agencyShare: z.coerce.number({ error: 'Må være et tall' }).min(0, 'Kan ikke være negativ').max(1, 'Høyst 100 %').optional(),
  agencyPricePerMonth: z.coerce.number({ error: 'Må være et tall' }).int('Oppgis i hele øre').min(0, 'Kan ikke være negativ').max(100_000_000_00, 'For stort beløp').optional(),
});

export const PLAN_CHAPTERS = ['key_figures', 'capacity', 'institutions', 'legevakt', 'training', 'economics', 'goals'] as const;
export type PlanChapter = (typeof PLAN_CHAPTERS)[number];
export const PLAN_CHAPTER_LABELS: Record<PlanChapter, string> = {
  key_figures: 'Nøkkeltall',
  capacity: 'Fastlegeordningen: kapasitet og framskriving',
  institutions: 'Sykehjem og legedekning mot norm',
  legevakt: 'Legevakt',
  training: 'Leger i spesialisering',
  economics: 'Økonomi: basistilskudd og tiltak',
  goals: 'Mål og tiltak',
};

/** GET /api/economics/plan.docx|plan.pdf?chapters=a,b,c (default: all). */
export const ZPlanQuery = z.strictObject({
  chapters: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined || s === '') return [...PLAN_CHAPTERS];
      const list = s.split(',');
      const unknown = list.filter((c) => !(PLAN_CHAPTERS as readonly string[]).includes(c));
      if (unknown.length > 0) {
        ctx.addIssue({ code: 'custom', message: `Ukjente kapitler: ${unknown.join(', ')}` });
        return z.NEVER;
      }
      return PLAN_CHAPTERS.filter((c) => list.includes(c));
    }),
});
