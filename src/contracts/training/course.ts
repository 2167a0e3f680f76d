import { z } from 'zod';
import { ZDate, ZId, ZText } from '../common.ts';
import { ZChoice } from '../norms/index.ts';
import { COURSE_KINDS, type CourseKind } from '../../domain/training/index.ts';

export const COURSE_LABELS: Record<CourseKind, string> = {
  basic: 'Grunnkurs',
  acute_medicine: 'Akuttmedisin',
  violence_abuse: 'Vold og overgrepshåndtering',
  expert_witness: 'Sakkyndighetsarbeid',
  other: 'Annet kurs',
};

/** Body of POST/PUT /api/registry/doctor-courses: a course with a deadline, a completion date, or both. */
export const ZCourseInput = z
  .strictObject({
    doctorId: ZId,
    course: ZChoice(COURSE_KINDS, 'Velg kurstype'),
    title: ZText(200),
    dueDate: ZDate.nullable(),
    completedDate: ZDate.nullable(),
  })
  .refine((c) => c.dueDate !== null || c.completedDate !== null, { path: ['dueDate'], message: 'Oppgi frist, gjennomført dato eller begge' });
export type TCourseInput = z.infer<typeof ZCourseInput>;
export type TCourse = TCourseInput & { id: number; version: number };
