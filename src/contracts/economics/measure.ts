import { z } from 'zod';
import { ZDate, ZId, ZText, ZVersion } from '../common.ts';
import { ZChoice, ZNote } from '../norms/index.ts';
import { MEASURE_KINDS, MEASURE_KIND_NAMES, MEASURE_STATUSES, type MeasureKind, type ParamSpec } from '../../domain/economics/index.ts';
import { formatInt } from '../../domain/format/index.ts';

const MAX_ORE = 100_000_000_000_00; // 100 billion kroner: more than any municipality's budget

function paramSchema(spec: ParamSpec): z.ZodType {
  const num = z.number({ error: 'Må være et tall' }).min(0, 'Kan ikke være negativt');
  const base = (() => {
    switch (spec.unit) {
      case 'ore':
        return num.int('Oppgis i hele øre').max(MAX_ORE, 'For stort beløp');
      case 'count':
        return num.int('Må være et heltall').max(spec.max ?? 1_000_000, `Høyst ${formatInt(spec.max ?? 1_000_000)}`);
      case 'share':
      case 'number':
        return num.max(spec.max ?? 1_000_000, `Høyst ${formatInt(spec.max ?? 1_000_000)}`);
      case 'bool':
        return z.boolean({ error: 'Må være ja eller nei' });
    }
  })();
  return spec.nullable ? base.nullable() : base;
}

/** The parameters of each measure kind, checked against the kind's spec (unknown keys refused). */
export const MEASURE_PARAM_SCHEMAS = Object.fromEntries(
  MEASURE_KIND_NAMES.map((kind) => [kind, z.strictObject(Object.fromEntries(MEASURE_KINDS[kind].params.map((p: ParamSpec) => [p.key, paramSchema(p)])))]),
) as unknown as Record<MeasureKind, z.ZodType<Record<string, number | boolean | null>>>;

/** Body of POST/PUT /api/registry/measure-packages: a named package of measures with its start date. */
export const ZMeasurePackageInput = z.strictObject({
  name: ZText(200),
  startDate: ZDate,
  description: ZNote(2000),
});
export const ZMeasurePackage = ZMeasurePackageInput.extend({ id: ZId, version: ZVersion });

/** Body of POST/PUT /api/registry/measures: a measure of a typed kind with its parameters (money in øre). */
export const ZMeasureInput = z
  .strictObject({
    packageId: ZId,
    name: ZText(200),
    kind: ZChoice(MEASURE_KIND_NAMES as [MeasureKind, ...MeasureKind[]], 'Velg en type tiltak'),
    params: z.record(z.string(), z.unknown(), { error: 'Parametrene må være et objekt' }),
    startDate: ZDate.nullable(),
    endDate: ZDate.nullable(),
    status: ZChoice(MEASURE_STATUSES, 'Velg status: anbefalt, vedtatt, senere eller forkastet'),
    reason: ZNote(2000),
    sortOrder: z.number({ error: 'Må være et tall' }).int('Må være et heltall').min(0, 'Kan ikke være negativ').max(10_000, 'Høyst 10 000'),
  })
  .superRefine((m, ctx) => {
    const parsed = MEASURE_PARAM_SCHEMAS[m.kind].safeParse(m.params);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        const spec = MEASURE_KINDS[m.kind].params.find((p: ParamSpec) => p.key === key);
        const message = issue.code === 'unrecognized_keys' ? `Ukjente parametre for ${MEASURE_KINDS[m.kind].label}: ${issue.keys.join(', ')}` : `${spec?.label ?? key}: ${issue.message}`;
        ctx.addIssue({ code: 'custom', path: ['params', ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message });
      }
    }
    if (m.kind === 'basis_top_up' && parsed.success) {
      const p = parsed.data;
      if ([p.percent, p.amountPerPatient, p.amountPerPositionMonth].filter((v) => v !== null && v !== undefined).length !== 1) {
        ctx.addIssue({ code: 'custom', path: ['params', 'percent'], message: 'Oppgi nøyaktig én av: prosent, kr per innbygger eller kr per hjemmel per måned' });
      }
    }
    if (m.startDate !== null && m.endDate !== null && m.endDate < m.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Sluttdatoen kan ikke være før startdatoen' });
    }
  });

/** Body of POST /api/economics/measures/from-preset: another municipality's model as a new measure in a package. */
export const ZMeasureFromPresetRequest = z.strictObject({
  packageId: ZId,
  preset: z.string({ error: 'Oppgi et forhåndsvalg' }).max(100, 'Høyst 100 tegn'),
});

export type TMeasurePackageInput = z.infer<typeof ZMeasurePackageInput>;
export type TMeasurePackage = z.infer<typeof ZMeasurePackage>;
export type TMeasureInput = z.infer<typeof ZMeasureInput>;
export type TMeasure = TMeasureInput & { id: number; version: number };
export type TMeasureFromPresetRequest = z.infer<typeof ZMeasureFromPresetRequest>;
