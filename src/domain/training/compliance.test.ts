import { describe, expect, it } from 'vitest';
import { candidateStatus } from './compliance.ts';
import { courseStatus } from './courses.ts';
import { TRAINING_RULES } from './rules.ts';
import { agreement, ALIS, facts, SUPERVISOR } from './test-facts.ts';
import type { SupervisionSessionFacts } from './types.ts';

// 42 h/year today = 3.5 h a month: by 30 June 21 h are expected.
const monthly = (minutes: number): SupervisionSessionFacts[] =>
  [1, 2, 3, 4, 5, 6].map((m) => ({ id: m, agreementId: 10, sessionDate: `2025-0${m}-15`, minutes, sessionKind: 'individual', confirmed: true }));

describe('candidateStatus', () => {
  it('is green when supervision keeps pace with the rule and nothing else is due', () => {
    const c = candidateStatus(facts({ sessions: monthly(210) }), agreement(), '2025-06-30', TRAINING_RULES);
    expect(c.rag).toBe('green');
    expect(c.reason).toBe('Alt i rute');
    expect(c.supervision.expectedToDateHours).toBeCloseTo(21, 10);
  });

  it('is amber below the expected hours and red below 75 % of them, with the figures in the reason', () => {
    expect(candidateStatus(facts({ sessions: monthly(180) }), agreement(), '2025-06-30', TRAINING_RULES).rag).toBe('amber');
    const red = candidateStatus(facts({ sessions: monthly(120) }), agreement(), '2025-06-30', TRAINING_RULES);
    expect(red.rag).toBe('red');
    expect(red.reason).toBe('Veiledning 2025: 12 av 21 t forventet hittil (42 t i året)');
  });

  it('halves the expectation for a 50 % ALIS', () => {
    const c = candidateStatus(facts({ sessions: monthly(105) }), agreement({ fte: 0.5 }), '2025-06-30', TRAINING_RULES);
    expect(c.supervision.expectedToDateHours).toBeCloseTo(10.5, 10);
    expect(c.rag).toBe('green');
  });

  it('is red when the supervisor is not a specialist and the exemption has run out', () => {
    const nonSpecialist = { ...SUPERVISOR, specialistGp: false, specialistSince: null };
    const f = facts({ doctors: [nonSpecialist, ALIS], sessions: monthly(210) });
    expect(candidateStatus(f, agreement({ supervisorExemptionUntil: '2026-12-31' }), '2025-06-30', TRAINING_RULES).rag).toBe('green');
    const expired = candidateStatus(f, agreement({ supervisorExemptionUntil: '2025-05-31' }), '2025-06-30', TRAINING_RULES);
    expect(expired.rag).toBe('red');
    expect(expired.reason).toContain('fritaket gikk ut 31.05.2025');
  });

  it('flags an overdue course red and one due within 60 days amber', () => {
    const course = (dueDate: string) => ({ id: 1, doctorId: ALIS.id, course: 'violence_abuse' as const, title: 'Vold og overgrep', dueDate, completedDate: null });
    expect(candidateStatus(facts({ sessions: monthly(210), courses: [course('2025-06-01')] }), agreement(), '2025-06-30', TRAINING_RULES).reason).toBe('Kurs «Vold og overgrep» skulle vært tatt innen 01.06.2025');
    expect(candidateStatus(facts({ sessions: monthly(210), courses: [course('2025-08-01')] }), agreement(), '2025-06-30', TRAINING_RULES).rag).toBe('amber');
  });

  it('does not change its input', () => {
    const f = facts({ sessions: monthly(210) });
    const copy = structuredClone(f);
    candidateStatus(f, agreement(), '2025-06-30', TRAINING_RULES);
    expect(f).toEqual(copy);
  });
});

describe('courseStatus', () => {
  const acute = { id: 1, doctorId: 1, course: 'acute_medicine' as const, title: 'Akuttmedisin', dueDate: null, completedDate: '2020-09-01' };
  const opts = { withinDays: 60, acuteCourseYears: 5 };
  it('lets the acute-medicine course expire after 5 years, amber in the 60 days before', () => {
    expect(courseStatus(acute, '2025-06-01', opts)).toMatchObject({ state: 'done', expiresDate: '2025-09-01' });
    expect(courseStatus(acute, '2025-07-15', opts).state).toBe('expiring');
    expect(courseStatus(acute, '2025-09-02', opts).state).toBe('expired');
  });
  it('keeps other completed courses done for good', () => {
    expect(courseStatus({ ...acute, course: 'basic' }, '2040-01-01', opts)).toMatchObject({ state: 'done', expiresDate: null });
  });
});
