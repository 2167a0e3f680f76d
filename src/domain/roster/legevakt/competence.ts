/** Competence to be on duty alone, computed from a doctor's facts under the rule in force on a date. */
import { LEGEVAKT_COMPETENCE_RULES, ruleInForce, type CompetenceCourse, type LegevaktCompetenceRule } from '../../rules/index.ts';
import { monthsBetween } from './dates.ts';

/** The same calendar date `years` later (the day a course expires). */
const yearsLater = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

export interface CompetenceFacts {
  specialistGeneralPractice: boolean;
  /** Start of clinical service after authorisation (YYYY-MM-DD), null if none. */
  clinicalServiceFrom: string | null;
  /** Legevakt shifts done before the period. */
  legevaktShifts: number;
  /** Months as GP in the municipal service. */
  municipalGpMonths: number;
  courses: { kind: CompetenceCourse; date: string }[];
}

export interface CompetenceResult {
  competent: boolean;
  /** What is missing, in Norwegian (empty when competent). */
  missing: string[];
  rule: LegevaktCompetenceRule;
}

const COURSE_LABEL: Record<CompetenceCourse, string> = { 'acute-medicine': 'kurs i akuttmedisin', 'violence-abuse': 'kurs i vold og overgrep' };

/** Is the doctor competent to work alone on `date`, and if not, why not. */
export function competenceOn(facts: CompetenceFacts, date: string, rules: readonly LegevaktCompetenceRule[] = LEGEVAKT_COMPETENCE_RULES): CompetenceResult {
  const rule = ruleInForce(rules, date);
  const missing: string[] = [];
  if (!facts.specialistGeneralPractice) {
    const months = facts.clinicalServiceFrom ? monthsBetween(facts.clinicalServiceFrom, date) : 0;
    if (months < rule.minClinicalMonths) missing.push(`${rule.minClinicalMonths} måneders klinisk tjeneste (har ${Math.max(0, months)})`);
    if (facts.legevaktShifts < rule.minLegevaktShifts && facts.municipalGpMonths < rule.minMunicipalGpMonths) {
      missing.push(`${rule.minLegevaktShifts} legevakter (har ${facts.legevaktShifts}) eller ett år som fastlege i kommunen`);
    }
  }
  for (const kind of rule.requiredCourses) {
    const years = rule.courseValidityYears[kind];
    const valid = facts.courses.some((c) => c.kind === kind && c.date <= date && (years === null || date < yearsLater(c.date, years)));
    if (!valid) missing.push(facts.courses.some((c) => c.kind === kind) ? `gyldig ${COURSE_LABEL[kind]} (må fornyes hvert ${years} år)` : COURSE_LABEL[kind]);
  }
  return { competent: missing.length === 0, missing, rule };
}
