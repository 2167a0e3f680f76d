import { addYears, daysBetween } from './dates.ts';
import type { CourseFacts } from './types.ts';

/** Where a course stands on a date. */
export type CourseState = 'done' | 'planned' | 'due_soon' | 'overdue' | 'expiring' | 'expired';

export interface CourseStatus {
  id: number;
  course: CourseFacts['course'];
  title: string;
  state: CourseState;
  dueDate: string | null;
  completedDate: string | null;
  /** For a course that must be repeated (acute medicine): when the completion runs out. */
  expiresDate: string | null;
}

/**
 * A course's state on `asOf`: overdue past its deadline, due soon within `withinDays`; once completed, a course that
 * must be repeated (acute medicine every `acuteCourseYears`) is expiring within the window and expired after it.
 */
export function courseStatus(c: CourseFacts, asOf: string, opts: { withinDays: number; acuteCourseYears: number }): CourseStatus {
  const base = { id: c.id, course: c.course, title: c.title, dueDate: c.dueDate, completedDate: c.completedDate };
  if (c.completedDate !== null && c.completedDate <= asOf) {
    const expiresDate = c.course === 'acute_medicine' ? addYears(c.completedDate, opts.acuteCourseYears) : null;
    const state: CourseState = expiresDate === null ? 'done' : expiresDate < asOf ? 'expired' : daysBetween(asOf, expiresDate) <= opts.withinDays ? 'expiring' : 'done';
    return { ...base, state, expiresDate };
  }
  if (c.dueDate === null) return { ...base, state: 'planned', expiresDate: null };
  const state: CourseState = c.dueDate < asOf ? 'overdue' : daysBetween(asOf, c.dueDate) <= opts.withinDays ? 'due_soon' : 'planned';
  return { ...base, state, expiresDate: null };
}

/** The latest completed course of a kind on a date, or null. */
export function latestCompleted(courses: readonly CourseFacts[], kind: CourseFacts['course'], asOf: string): CourseFacts | null {
  return courses.filter((c) => c.course === kind && c.completedDate !== null && c.completedDate <= asOf).sort((a, b) => (a.completedDate! < b.completedDate! ? 1 : -1))[0] ?? null;
}
