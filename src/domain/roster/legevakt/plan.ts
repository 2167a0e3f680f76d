/** A legevakt plan as the app stores it (and as `legeplan roster solve --input` reads it): facts only. */
import type { FairnessWeights, History } from '../model.ts';
import type { CompetenceFacts } from './competence.ts';
import type { HolidayWeights } from './holidays.ts';

export type ShiftKind = 'day' | 'evening' | 'night' | 'on-call' | 'backup';

/** Every kind of shift, in the order tables list them. */
export const SHIFT_KINDS = ['day', 'evening', 'night', 'on-call', 'backup'] as const satisfies readonly ShiftKind[];
/** Norwegian names of the kinds of shift, as forms, reports and exports show them. */
export const SHIFT_KIND_LABELS: Record<ShiftKind, string> = { day: 'Dagvakt', evening: 'Kveldsvakt', night: 'Nattevakt', 'on-call': 'Tilkallingsvakt', backup: 'Bakvakt' };

/** On which days a template runs: Monday–Friday except public holidays, Saturday–Sunday and public holidays, or every day. */
export type TemplateDays = 'weekdays' | 'weekends-and-holidays' | 'all';

export interface ShiftTemplate {
  id: string;
  name: string;
  /** The duty district it serves, when the municipality has more than one. */
  district?: string;
  kind: ShiftKind;
  /** Local time in Europe/Oslo, "HH:MM"; an end at or before the start is on the next day. */
  start: string;
  end: string;
  days: TemplateDays;
  doctors: number;
  /** Whoever takes it must be competent to work alone, or have a backup that day. */
  alone: boolean;
  /** Weight in the load fairness spreads (default 1; a backup typically less). */
  load?: number;
}

export type DoctorRole = 'gp' | 'employed' | 'substitute' | 'lis1' | 'alis';

export interface Exemption {
  kinds: ShiftKind[];
  reason: 'age' | 'health' | 'social' | 'other';
  decidedBy: string;
  decidedOn: string;
  from: string;
  /** Last day (inclusive), null = until further notice. */
  to: string | null;
}

export interface Wish {
  date: string;
  kind: 'want' | 'avoid';
  /** A template id, or null for any shift. */
  template: string | null;
  weight?: number;
}

export interface PlanDoctor {
  id: string;
  name: string;
  role: DoctorRole;
  /** Share of the load (list size ÷ 1000, position percentage ÷ 100, …). */
  share: number;
  competence: CompetenceFacts;
  unavailable: string[];
  wishes: Wish[];
  exemptions: Exemption[];
  history?: History;
  maxPerWeek?: number;
  maxPerMonth?: number;
}

export interface LegevaktPlan {
  name: string;
  /** First day (YYYY-MM-DD) and number of days of the period. */
  start: string;
  days: number;
  templates: ShiftTemplate[];
  doctors: PlanDoctor[];
  rest?: { minRestHours?: number; freeBeforeNight?: boolean };
  fairness?: Partial<FairnessWeights>;
  holidayWeights?: HolidayWeights;
}
