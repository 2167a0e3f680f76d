import { MEASURE_KINDS, type MeasureKind, type ParamSpec } from '../../domain/economics/index.ts';
import type { FieldSpec, FormState } from '../forms/field-spec.ts';
import { toFormValue, toInputValue } from '../forms/field-spec.ts';

/** A measure parameter as a form field: money typed in kroner (stored as øre), shares as percentages. */
export function paramField(p: ParamSpec): FieldSpec {
  const nullable = p.nullable === true;
  switch (p.unit) {
    case 'ore':
      return { kind: 'money', name: p.key, label: p.label, nullable };
    case 'share':
      return { kind: 'percent', name: p.key, label: p.label, nullable };
    case 'count':
      return { kind: 'integer', name: p.key, label: p.label, nullable };
    case 'number':
      return { kind: 'decimal', name: p.key, label: p.label, nullable };
    case 'bool':
      return { kind: 'boolean', name: p.key, label: p.label };
  }
}

const specsOf = (kind: MeasureKind): readonly ParamSpec[] => MEASURE_KINDS[kind].params;

/** Stored parameters (money in øre) as form text (kroner). */
export function paramsToForm(kind: MeasureKind, params: Record<string, unknown>): FormState {
  return Object.fromEntries(specsOf(kind).map((p) => [p.key, toFormValue(paramField(p), params[p.key])]));
}

/** Form text as parameters, kroner turned into whole øre; what cannot be read is passed on for the contract to refuse. */
export function paramsFromForm(kind: MeasureKind, state: FormState): Record<string, unknown> {
  return Object.fromEntries(specsOf(kind).map((p) => [p.key, toInputValue(paramField(p), state[p.key] ?? '')]));
}
