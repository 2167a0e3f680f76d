import { expect } from 'vitest';
import type { Client } from './app.ts';
import type { SmallRegistry } from './fixtures.ts';
import { TEST_PASSWORD } from './app.ts';
import { xlsxCells } from './norms-fixtures.ts';

/** The training rows of one municipality, made through the API. */
export interface SmallTraining {
  agreementId: number;
  periodId: number;
  sessionId: number;
  courseId: number;
  goalId: number;
  assessmentId: number;
  intakeId: number;
  placementId: number;
  /** Username of the supervisor's doctor-role account. */
  supervisorUser: string;
}

async function created<T = { id: number; version: number }>(res: Promise<{ statusCode: number; json(): unknown; body: string }>, status = 201): Promise<T> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
}

/** A valid ALIS agreement body: full time from 2025-01-01, plan 36 + 6 + 18 months. */
export const agreementBody = (doctorId: number, supervisorId: number, over: Record<string, unknown> = {}) => ({
  doctorId,
  agreementDate: '2024-12-01',
  startDate: '2025-01-01',
  fte: 1,
  supervisorId,
  supervisorFrom: '2025-01-01',
  supervisorExemptionUntil: null,
  supervisionGroup: 'Gruppe 1',
  planOpenMonths: 36,
  planInstitutionMonths: 6,
  planOtherMonths: 18,
  grantFrom: '2025-01-01',
  specialistDate: null,
  leftDate: null,
  note: '',
  ...over,
});

/**
 * A small training set-up through the API, by an admin: registry doctor 4 (in specialisation) is an ALIS supervised
 * by doctor 1 (specialist), who gets a doctor-role account (signed in with `loginAs`) and assesses one goal; one period, session and course,
 * a goal, a LIS1 intake and one LIS1 supervised by doctor 2. `marker` goes into names so a test can spot leaks.
 */
export async function buildSmallTraining(admin: Client, loginAs: (username: string) => Promise<Client>, reg: SmallRegistry, marker = 'Test'): Promise<SmallTraining> {
  const [supervisor, lis1Supervisor, , alis] = reg.doctorIds as [number, number, number, number];
  const agreement = await created(admin.post('/api/registry/alis-agreements', agreementBody(alis, supervisor, { supervisionGroup: `${marker} gruppe` })));
  const period = await created(admin.post('/api/registry/alis-periods', { agreementId: agreement.id, arena: 'open_practice', fromDate: '2025-01-01', toDate: null, place: `${marker} praksis` }));
  const session = await created(admin.post('/api/registry/supervision-sessions', { agreementId: agreement.id, sessionDate: '2026-11-02', minutes: 90, sessionKind: 'individual', topic: `${marker} tema` }));
  const course = await created(admin.post('/api/registry/doctor-courses', { doctorId: alis, course: 'acute_medicine', title: `${marker} akuttkurs`, dueDate: null, completedDate: '2025-03-01' }));
  const goal = await created(admin.post('/api/registry/learning-goals', { code: 'ALM-99', goalGroup: 'specialty', title: `${marker} læringsmål` }));
  const supervisorUser = `veileder-${marker.toLowerCase()}-${agreement.id}`;
  await created(admin.post('/api/users', { username: supervisorUser, displayName: `${marker} veileder`, role: 'doctor', doctorId: supervisor, password: TEST_PASSWORD }));
  const assessment = await created<{ id: number }>(
    (await loginAs(supervisorUser)).post(`/api/training/agreements/${agreement.id}/assessments`, { goalId: goal.id, assessedDate: '2026-11-01', achieved: true }),
    200,
  );
  const intake = await created(admin.post('/api/registry/lis1-intakes', { startDate: '2026-09-01', positions: 5, goalPositions: 6, note: `${marker} opptak` }));
  const placement = await created(
    admin.post('/api/registry/lis1-placements', {
      intakeId: intake.id,
      name: `${marker} LIS1 (syntetisk)`,
      officeId: reg.officeId,
      supervisorId: lis1Supervisor,
      healthStationDays: 1,
      startDate: '2026-09-01',
      endDate: '2027-02-28',
      learningActivities: '',
    }),
  );
  return { agreementId: agreement.id, periodId: period.id, sessionId: session.id, courseId: course.id, goalId: goal.id, assessmentId: assessment.id, intakeId: intake.id, placementId: placement.id, supervisorUser };
}

/** A's ids per registry entity of the training area (and the goal assessment, for the audit check). */
export function trainingIdsByEntity(t: SmallTraining): Record<string, number[]> {
  return {
    'alis-agreements': [t.agreementId],
    'alis-periods': [t.periodId],
    'supervision-sessions': [t.sessionId],
    'doctor-courses': [t.courseId],
    'learning-goals': [t.goalId],
    'goal-assessments': [t.assessmentId],
    'lis1-intakes': [t.intakeId],
    'lis1-placements': [t.placementId],
  };
}

/** Valid bodies for creating training rows in B that point at A's rows (each must be refused). */
export function trainingRefBodies(t: SmallTraining, reg: SmallRegistry): Record<string, unknown> {
  return {
    'alis-agreements': agreementBody(reg.doctorIds[4]!, reg.doctorIds[0]!),
    'alis-periods': { agreementId: t.agreementId, arena: 'institution', fromDate: '2025-01-01', toDate: null, place: '' },
    'supervision-sessions': { agreementId: t.agreementId, sessionDate: '2026-11-01', minutes: 60, sessionKind: 'individual', topic: 'B' },
    'doctor-courses': { doctorId: reg.doctorIds[0], course: 'basic', title: 'B', dueDate: '2027-01-01', completedDate: null },
    'lis1-placements': { intakeId: t.intakeId, name: 'B', officeId: reg.officeId, supervisorId: reg.doctorIds[1], healthStationDays: 1, startDate: '2026-09-01', endDate: '2027-02-28', learningActivities: '' },
  };
}

/** The tenancy case of each /api/training route: B sees nothing of A and cannot act on A's rows. Null when isolated. */
export async function trainingRouteLeak(pb: Client, route: { method: string; url: string }, a: SmallTraining, marker: string): Promise<string | null> {
  const url = (id: number) => route.url.replace(':id', String(id));
  const refused = (status: number, expected: number) => (status === expected ? null : `answered ${status}, expected ${expected}`);
  switch (`${route.method} ${route.url}`) {
    case 'GET /api/training/overview': {
      const res = await pb.get(route.url);
      return res.statusCode !== 200 ? `answered ${res.statusCode}` : res.body.includes(marker) ? 'showed A’s rows' : null;
    }
    case 'GET /api/training/overview.xlsx': {
      const res = await pb.get(route.url);
      return res.statusCode !== 200 ? `answered ${res.statusCode}` : JSON.stringify(await xlsxCells(res.rawPayload)).includes(marker) ? 'exported A’s rows' : null;
    }
    case 'POST /api/training/sessions': {
      const res = await pb.post(route.url, { agreementId: a.agreementId, sessionDate: '2026-11-01', minutes: 60, sessionKind: 'individual', topic: 'B' });
      return res.statusCode === 400 && res.json().error.code === 'invalid_reference' ? null : `answered ${res.statusCode} for A’s agreement`;
    }
    case 'POST /api/training/sessions/:id/confirm':
      return refused((await pb.post(url(a.sessionId), { version: 1 })).statusCode, 404);
    case 'GET /api/training/agreements/:id/assessments':
      return refused((await pb.get(url(a.agreementId))).statusCode, 404);
    case 'POST /api/training/agreements/:id/assessments':
      return refused((await pb.post(url(a.agreementId), { goalId: a.goalId, assessedDate: '2026-11-01', achieved: true })).statusCode, 404);
    case 'POST /api/training/assessments/:id/approve':
      return refused((await pb.post(url(a.assessmentId), { version: 1 })).statusCode, 404);
    case 'POST /api/training/lis1-placements/:id/confirm':
      return refused((await pb.post(url(a.placementId), { version: 1 })).statusCode, 404);
    case 'POST /api/training/learning-goals/import': {
      // A refused file must not tell B anything about A's catalogue (a real import is tested in training.int.test.ts).
      const res = await pb.post(route.url, { fileName: 'mal.csv', content: 'ALM-99;ukjent;B' });
      return res.statusCode !== 400 ? `answered ${res.statusCode}` : res.body.includes(marker) ? 'named A’s goal' : null;
    }
    default:
      return 'no tenancy case for this route';
  }
}
