import { ruleInForce } from '../rules/capacity-target.ts';
import type { RecertificationRule } from '../rules/training-rules.ts';
import { addYears, daysBetween } from './dates.ts';
import { latestCompleted } from './courses.ts';
import type { CourseFacts, Rag, TrainingDoctor } from './types.ts';
import { formatDate } from '../format/index.ts';

/** A specialist's recertification and acute-medicine course dates: what the legevakt rules and the roster read. */
export interface RecertificationStatus {
  doctorId: number;
  name: string;
  specialistSince: string;
  /** The end of the current 5-year period: the date the next recertification is due. */
  nextRecertification: string;
  acuteCourseCompleted: string | null;
  acuteCourseExpires: string | null;
  rag: Rag;
  reason: string;
}

/**
 * For each specialist in general practice on the date: recertification every `years` from the specialist date, and
 * the acute-medicine course it requires (valid `acuteCourseYears`). Red when the course is missing or expired,
 * amber when it or the recertification falls due within `withinDays`.
 */
export function recertifications(input: {
  doctors: readonly TrainingDoctor[];
  courses: readonly CourseFacts[];
  asOf: string;
  rules: readonly RecertificationRule[];
  withinDays: number;
}): RecertificationStatus[] {
  const rule = ruleInForce(input.rules, input.asOf);
  return input.doctors
    .filter((d) => d.specialistGp && d.specialistSince !== null && d.specialistSince <= input.asOf)
    .map((d) => {
      const since = d.specialistSince!;
      let next = addYears(since, rule.years);
      while (next < input.asOf) next = addYears(next, rule.years);
      const course = latestCompleted(input.courses.filter((c) => c.doctorId === d.id), 'acute_medicine', input.asOf);
      const expires = course === null ? null : addYears(course.completedDate!, rule.acuteCourseYears);
      const soon = (date: string) => daysBetween(input.asOf, date) <= input.withinDays;
      const [rag, reason]: [Rag, string] =
        expires === null ? ['red', 'Mangler registrert kurs i akuttmedisin']
        : expires < input.asOf ? ['red', `Kurs i akuttmedisin gikk ut ${formatDate(expires)}`]
        : soon(expires) ? ['amber', `Kurs i akuttmedisin går ut ${formatDate(expires)}`]
        : soon(next) ? ['amber', `Resertifisering forfaller ${formatDate(next)}`]
        : ['green', `Neste resertifisering ${formatDate(next)}`];
      return { doctorId: d.id, name: d.name, specialistSince: since, nextRecertification: next, acuteCourseCompleted: course?.completedDate ?? null, acuteCourseExpires: expires, rag, reason };
    });
}
