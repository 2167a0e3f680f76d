import type { ActivityNormSummary } from './activity-norm.ts';

/** The norm's formulas in Norwegian with the norm's own numbers, for the UI, the PDF and the CLI to show. */
export interface NormFormula {
  clinicalHours: string;
  occupied: string;
  longTerm: string;
  shortTerm: string;
  gap: string;
}

const num = (x: number, digits = 2) => new Intl.NumberFormat('nb-NO', { maximumFractionDigits: digits }).format(x);
const pct = (x: number) => new Intl.NumberFormat('nb-NO', { style: 'percent', maximumFractionDigits: 1 }).format(x);

/** Writes the formulas of an activity norm with its figures filled in. */
export function normFormula(s: ActivityNormSummary): NormFormula {
  const p = s.position;
  const perFte = (hoursPerWeek: number) => (hoursPerWeek > 0 ? ` ≈ ${num(s.clinicalHoursPerWeek / hoursPerWeek, 1)} pasienter per årsverk` : '');
  return {
    clinicalHours:
      `Kliniske timer per årsverk = (${num(p.weeklyHours)} t − ${pct(p.nonClinicalShare)} ikke-klinisk) × ${num(p.workingWeeks)} arbeidsuker` +
      ` = ${num(s.clinicalHoursPerWeek)} t/uke × ${num(p.workingWeeks)} = ${num(s.clinicalHoursPerYear)} t/år`,
    occupied: 'Belagte plasser = plasser × belegg',
    longTerm:
      `Langtid: nødvendige årsverk = belagte plasser × ${num(s.longTermHoursPerPatientYear)} t per pasient per år ÷ ${num(s.clinicalHoursPerYear)} t` +
      ` (${num(s.longTermHoursPerPatientWeek, 3)} t per pasient per arbeidsuke;${perFte(s.longTermHoursPerPatientWeek)})`,
    shortTerm:
      `Korttid: timer per pasientuke = ${num(s.shortTermHoursPerWeek)} t per uke + ${num(s.shortTermHoursPerStay)} t per opphold ÷ liggetid i uker;` +
      ` nødvendige årsverk = belagte plasser × timer per pasientuke ÷ ${num(s.clinicalHoursPerWeek)} t klinisk tid per arbeidsuke.` +
      ` Pasientuker regnes over arbeidsukene slik Nfas-tabellen gjør, fordi årsverket også dekker ferie og kurs.`,
    gap: 'Gap = nødvendige årsverk − årsverk i stilling (positivt: for få årsverk)',
  };
}

/** One row's arithmetic in words: "15,3 belagte × 2,58 t/uke ÷ 26,25 t = 1,5 årsverk". */
export function explainRow(row: { occupied: number; hoursPerPatientWeek: number | null; requiredFte: number }, clinicalPerWeek: number): string {
  if (row.hoursPerPatientWeek === null) return `${num(row.occupied)} belagte plasser = 0 årsverk`;
  return `${num(row.occupied)} belagte × ${num(row.hoursPerPatientWeek, 3)} t/uke ÷ ${num(clinicalPerWeek)} t = ${num(row.requiredFte, 3)} årsverk`;
}
