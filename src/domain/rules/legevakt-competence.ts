/**
 * Competence to be on legevakt duty alone (akuttmedisinforskriften §7, in force from 1 January 2020; DOMAIN.md §3):
 * specialist in general practice, or ≥ 30 months' clinical service after authorisation and (≥ 40 legevakt shifts
 * or one year as GP in the municipal service); plus courses in acute medicine (renewed every 5 years) and in
 * violence and abuse (from 1 May 2021). A dated rule set, so a roster shows which rule it used.
 */
export type CompetenceCourse = 'acute-medicine' | 'violence-abuse';

export interface LegevaktCompetenceRule {
  validFrom: string; // YYYY-MM-DD
  source: string;
  minClinicalMonths: number;
  minLegevaktShifts: number;
  minMunicipalGpMonths: number;
  requiredCourses: readonly CompetenceCourse[];
  /** Years a course stays valid (null: once is enough). */
  courseValidityYears: Record<CompetenceCourse, number | null>;
}

// Sandefjord's plan (§4, "Kompetansekrav") dates the courses later than the rest: the alone-on-duty requirements
// by 1 January 2020, the two courses by 1 May 2021 (DOMAIN.md §3 puts both at 1.1.2020; the document wins).
const BASE = {
  minClinicalMonths: 30,
  minLegevaktShifts: 40,
  minMunicipalGpMonths: 12,
  courseValidityYears: { 'acute-medicine': 5, 'violence-abuse': null },
} as const;

export const LEGEVAKT_COMPETENCE_RULES: readonly LegevaktCompetenceRule[] = [
  { validFrom: '2020-01-01', source: 'Akuttmedisinforskriften § 7 (FOR-2015-03-20-231), krav fra 1.1.2020', ...BASE, requiredCourses: [] },
  { validFrom: '2021-05-01', source: 'Akuttmedisinforskriften § 7, kurs i akuttmedisin og i vold og overgrep fra 1.5.2021', ...BASE, requiredCourses: ['acute-medicine', 'violence-abuse'] },
];
