import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp, TEST_PASSWORD, type Client } from '../helpers/app.ts';
import { buildSmallRegistry, type SmallRegistry } from '../helpers/fixtures.ts';
import { dbFingerprint } from '../helpers/fingerprint.ts';
import { xlsxCells } from '../helpers/norms-fixtures.ts';
import { agreementBody, buildSmallTraining, type SmallTraining } from '../helpers/training-fixtures.ts';
import { seedDemoIfEmpty } from '../../src/db/demo.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import { trainingCommand } from '../../src/cli/training.ts';
import type { TTrainingOverviewResponse } from '../../src/contracts/training/index.ts';

// One database per kind for both suites: the golden figures load the demo first, the API tests make their own municipality.
describeOnBothDatabases('doctors in training (ALIS, LIS1)', (getDb) => {
  // Sandefjord demo (data/demo/training/3907.json) on the test clock, 2026-11-23: 12 ALIS, each supervised at 0.035 FTE
  // → 0.42 FTE (S §3.0: "0,035 årsverk pr. LIS-3. Tilsvarer 0,42 årsverk"), and one LIS1 intake of 5, goal 6 (S §5).
  describe('golden figures (Sandefjord demo)', () => {
    let app: FastifyInstance;
    let c: Client;
    let o: TTrainingOverviewResponse;
    beforeAll(async () => {
      await seedDemoIfEmpty(getDb(), hashPassword);
      app = await testApp(getDb());
      c = await login(app, 'sandefjord-planlegger', 'legeplan-demo');
      o = (await c.get('/api/training/overview')).json();
    }, 120_000);
    afterAll(async () => {
      await app.close();
    });

    it('12 ALIS need 12 × 0.035 = 0.42 supervisor FTE; 5 LIS1 in the autumn intake, one short of the goal of 6', () => {
      expect(o.date).toBe('2026-11-23');
      expect(o.supervisors).toMatchObject({ activeAlis: 12, ftePerAlis: 0.035, requiredFte: 0.42 });
      expect(o.supervisors.supervisors).toHaveLength(7);
      expect(o.lis1.placements).toHaveLength(5);
      expect(o.lis1.intakes).toEqual([expect.objectContaining({ startDate: '2026-09-01', positions: 5, goalPositions: 6, placed: 5, belowGoal: 1 })]);
    });

    it('supervision against 4 h/month × 10.5 = 42 h/year, pro rata part-time; red/amber/green with the reason', () => {
      const full = o.candidates.find((x) => x.fte === 1 && Math.abs(x.supervision.requiredHours - 42) < 1e-9)!;
      expect(full.supervision.rules).toEqual([expect.objectContaining({ validFrom: '2024-01-01', hoursPerMonth: 4, monthsPerYear: 10.5 })]);
      const part = o.candidates.find((x) => x.fte === 0.6)!;
      expect(part.supervision.requiredHours).toBeCloseTo(42 * 0.6, 10);
      expect(o.counts).toEqual({ active: 12, red: 3, amber: 5, green: 4 });
      expect(o.candidates.filter((x) => x.rag === 'red').map((x) => x.reason)).toEqual([
        'Kurs «Kurs i sakkyndighetsarbeid» skulle vært tatt innen 01.03.2026',
        'Kurs «Kurs i vold og overgrepshåndtering» skulle vært tatt innen 15.10.2026',
        'Veiledning 2026: 22 av 37,7 t forventet hittil (42 t i året)',
      ]);
    });

    it('the state grant: 300 000 kr per ALIS a year, the municipality pays 20 %', () => {
      // Every demo agreement draws the grant through all of 2026 (starts 2022-03 to 2025-09, 5 years each).
      const year = o.grants.find((g) => g.year === 2026)!;
      expect(year).toEqual({ year: 2026, totalOre: 12 * 300_000_00, stateOre: 12 * 240_000_00, municipalOre: 12 * 60_000_00 });
    });

    it('the CLI prints the same figures from the same function', async () => {
      let out = '';
      await trainingCommand(getDb(), { env: {}, out: { write: (s: string) => (out += s) }, err: process.stderr }, { kommune: '3907', date: '2026-11-23', json: true });
      const { kommune, ...cli } = JSON.parse(out);
      expect(kommune).toEqual({ nr: '3907', name: 'Sandefjord (demo)' });
      expect(cli).toEqual(o);
      let text = '';
      await trainingCommand(getDb(), { env: {}, out: { write: (s: string) => (text += s) }, err: process.stderr }, { kommune: '3907', date: '2026-11-23', json: false });
      expect(text).toContain('ALIS i avtale: 12 (rød 3, gul 5, grønn 4); veiledertid 0,42 årsverk (0,035 per ALIS)');
    });

    it('the demo doctor (an ALIS) sees their own status only', async () => {
      const d = await login(app, 'sandefjord-lege', 'legeplan-demo');
      const mine: TTrainingOverviewResponse = (await d.get('/api/training/overview')).json();
      expect(mine.candidates.map((x) => x.name)).toEqual(['Lege SF-07 (syntetisk)']);
      expect(mine.supervisors.requiredFte).toBe(0.42);
    });
  });

  describe('through the API', () => {
    let app: FastifyInstance;
    let admin: Client;
    let reg: SmallRegistry;
    let t: SmallTraining;
    let supervisor: Client;
    let alis: Client;
    beforeAll(async () => {
      app = await testApp(getDb());
      const k = await makeKommune(getDb());
      admin = await login(app, k.users.admin);
      reg = await buildSmallRegistry(admin);
      t = await buildSmallTraining(admin, (u) => login(app, u), reg);
      supervisor = await login(app, t.supervisorUser);
      expect((await admin.post('/api/users', { username: `alis-${k.nr}`, displayName: 'ALIS', role: 'doctor', doctorId: reg.doctorIds[3], password: TEST_PASSWORD })).statusCode).toBe(201);
      alis = await login(app, `alis-${k.nr}`);
    }, 60_000);
    afterAll(async () => {
      await app.close();
    });

    /** Sends a request that must be refused with 400 and a field message, and checks that nothing changed. */
    async function refused(send: () => Promise<{ statusCode: number; json(): unknown }>, path: string, message: string) {
      const before = await dbFingerprint(getDb());
      const res = await send();
      expect(res.statusCode).toBe(400);
      const { error } = res.json() as { error: { fields: { path: string; message: string }[] } };
      expect(error.fields).toContainEqual({ path, message });
      expect(await dbFingerprint(getDb())).toBe(before);
    }

    it('refuses a supervisor who is not a specialist unless an exemption is valid on the date', async () => {
      const alis2 = reg.doctorIds[4]!;
      const nonSpec = (
        await admin.post('/api/registry/doctors', {
          name: 'Ikke-spesialist (syntetisk)', birthYear: 1980, sex: 'F', specialistGp: false, specialistSince: null, authorisedDate: '2006-06-01', inSpecialisation: false,
        })
      ).json() as { id: number };
      const res = await admin.post('/api/registry/alis-agreements', agreementBody(alis2, nonSpec.id));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0].path).toBe('supervisorId');
      expect(res.json().error.fields[0].message).toBe(
        'Veilederen må være spesialist i allmennmedisin eller ha gyldig fritak: Ikke-spesialist (syntetisk) er ikke spesialist i allmennmedisin 01.01.2025 og har ikke fritak',
      );
      const expired = await admin.post('/api/registry/alis-agreements', agreementBody(alis2, nonSpec.id, { supervisorExemptionUntil: '2024-12-31' }));
      expect(expired.json().error.fields[0].message).toMatch(/fritaket gikk ut 31.12.2024$/);
      const ok = await admin.post('/api/registry/alis-agreements', agreementBody(alis2, nonSpec.id, { supervisorExemptionUntil: '2025-06-30' }));
      expect(ok.statusCode, ok.body).toBe(201);
      expect((await admin.delete(`/api/registry/alis-agreements/${ok.json().id}?version=1`)).statusCode).toBe(200);
    });

    it('refuses a plan whose arenas exceed 5 years, with a Norwegian message, and changes nothing', async () => {
      await refused(
        () => admin.post('/api/registry/alis-agreements', agreementBody(reg.doctorIds[4]!, reg.doctorIds[0]!, { planOpenMonths: 40, planInstitutionMonths: 12, planOtherMonths: 18 })),
        'planOtherMonths',
        'Plan: annen allmennmedisinsk tjeneste (måneder): Planen har 70 måneder i arenaene, men utdanningen er 5 år (60 måneder)',
      );
    });

    it('the doctor logs supervision on their own agreement; future dates and negative minutes are refused', async () => {
      const session = { agreementId: t.agreementId, sessionDate: '2026-11-20', minutes: 75, sessionKind: 'individual', topic: 'Multimorbiditet' };
      await refused(() => alis.post('/api/training/sessions', { ...session, sessionDate: '2026-11-24' }), 'sessionDate', 'Veiledning kan ikke registreres fram i tid');
      await refused(() => alis.post('/api/training/sessions', { ...session, minutes: -30 }), 'minutes', 'Minutter: Kan ikke være negativt');
      await refused(
        () => alis.post('/api/training/sessions', { ...session, topic: 'Pasient 01017012345' }),
        'topic',
        'Tema: Emnet ser ut til å inneholde et fødselsnummer: skriv ingen pasientopplysninger',
      );
      const res = await alis.post('/api/training/sessions', session);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ ...session, confirmedAt: null });
      // The supervisor may not log on their candidate's behalf; a reader may not log at all.
      expect((await supervisor.post('/api/training/sessions', session)).json().error.code).toBe('invalid_reference');
    });

    it('only the supervisor confirms a session; the confirmation is audited', async () => {
      expect((await alis.post(`/api/training/sessions/${t.sessionId}/confirm`, { version: 1 })).statusCode).toBe(403);
      expect((await admin.post(`/api/training/sessions/${t.sessionId}/confirm`, { version: 1 })).statusCode).toBe(403);
      const res = await supervisor.post(`/api/training/sessions/${t.sessionId}/confirm`, { version: 1 });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ version: 2, confirmedAt: '2026-11-23T12:00:00.000Z' });
      expect((await supervisor.post(`/api/training/sessions/${t.sessionId}/confirm`, { version: 1 })).statusCode).toBe(409);
      const audit = (await admin.get(`/api/audit?entity=supervision-sessions&entityId=${t.sessionId}`)).json().items as { action: string }[];
      expect(audit.map((a) => a.action)).toEqual(['update', 'create']);
    });

    it('a supervisor sees only their own candidates; the ALIS sees their own plan and log', async () => {
      const other = await admin.post('/api/registry/alis-agreements', agreementBody(reg.doctorIds[4]!, reg.doctorIds[1]!));
      expect(other.statusCode, other.body).toBe(201);
      const ids = async (c: Client) => ((await c.get('/api/registry/alis-agreements')).json().items as { id: number }[]).map((a) => a.id);
      expect(await ids(supervisor)).toEqual([t.agreementId]);
      expect(await ids(alis)).toEqual([t.agreementId]);
      expect((await ids(admin)).sort()).toEqual([t.agreementId, other.json().id].sort());
      const o: TTrainingOverviewResponse = (await supervisor.get('/api/training/overview')).json();
      expect(o.candidates.map((c) => c.agreementId)).toEqual([t.agreementId]);
      expect(o.supervisors.activeAlis).toBe(2);
      expect((await supervisor.get(`/api/registry/supervision-sessions`)).json().items.every((s: { agreementId: number }) => s.agreementId === t.agreementId)).toBe(true);
      expect((await supervisor.get(`/api/training/agreements/${other.json().id}/assessments`)).statusCode).toBe(404);
    });

    it('the supervisor assesses learning goals, the leader approves only what was assessed as achieved; both audited', async () => {
      const imported = await admin.post('/api/training/learning-goals/import', { fileName: 'mal.csv', content: 'kode;gruppe;tittel\nALM-01;allmennmedisin;Kommunikasjon\nFELL-01;felles;Etikk\nALM-99;allmennmedisin;Finnes fra før\n' });
      expect(imported.json()).toEqual({ created: 2, unchanged: 1 });
      const bad = await admin.post('/api/training/learning-goals/import', { fileName: 'mal.csv', content: 'ALM-02;ukjent;Noe' });
      expect(bad.json().error.fields[0].message).toBe('Linje 1: gruppen må være «allmennmedisin» eller «felles», ikke «ukjent»');
      const goals = (await admin.get('/api/registry/learning-goals')).json().items as { id: number; code: string }[];
      const fell = goals.find((g) => g.code === 'FELL-01')!;
      const notYet = await supervisor.post(`/api/training/agreements/${t.agreementId}/assessments`, { goalId: fell.id, assessedDate: '2026-11-20', achieved: false });
      expect(notYet.statusCode, notYet.body).toBe(200);
      expect((await admin.post(`/api/training/assessments/${notYet.json().id}/approve`, { version: 1 })).json().error.message).toBe('Veilederen har ikke vurdert læringsmålet som oppnådd');
      expect((await alis.post(`/api/training/agreements/${t.agreementId}/assessments`, { goalId: fell.id, assessedDate: '2026-11-20', achieved: true })).statusCode).toBe(403);
      expect((await supervisor.post(`/api/training/assessments/${t.assessmentId}/approve`, { version: 1 })).statusCode).toBe(403);
      const approved = await admin.post(`/api/training/assessments/${t.assessmentId}/approve`, { version: 1 });
      expect(approved.json()).toMatchObject({ achieved: true, approvedAt: '2026-11-23T12:00:00.000Z', version: 2 });
      expect((await supervisor.post(`/api/training/agreements/${t.agreementId}/assessments`, { goalId: t.goalId, assessedDate: '2026-11-20', achieved: false })).json().error.message).toBe(
        'Læringsmålet er allerede godkjent av leder',
      );
      const audit = (await admin.get('/api/audit?entity=goal-assessments')).json().items as { action: string }[];
      expect(audit.map((a) => a.action)).toEqual(['update', 'create', 'create']);
      const o: TTrainingOverviewResponse = (await admin.get('/api/training/overview')).json();
      expect(o.candidates.find((c) => c.agreementId === t.agreementId)!.goals).toEqual({ total: 3, assessed: 2, approved: 1, awaitingApproval: 0 });
    });

    it('the leader confirms a LIS1’s completed service only once it has ended', async () => {
      expect((await admin.post(`/api/training/lis1-placements/${t.placementId}/confirm`, { version: 1 })).json().error.message).toBe('Tjenesten er ikke avsluttet ennå (slutter 2027-02-28)');
      const intake = (await admin.post('/api/registry/lis1-intakes', { startDate: '2026-03-01', positions: 5, goalPositions: 6, note: '' })).json();
      const done = await admin.post('/api/registry/lis1-placements', {
        intakeId: intake.id, name: 'LIS1 vår (syntetisk)', officeId: reg.officeId, supervisorId: reg.doctorIds[1], healthStationDays: 0.5, startDate: '2026-03-01', endDate: '2026-08-31', learningActivities: 'Helsestasjon',
      });
      const confirmed = await admin.post(`/api/training/lis1-placements/${done.json().id}/confirm`, { version: 1 });
      expect(confirmed.json()).toMatchObject({ confirmedAt: '2026-11-23T12:00:00.000Z' });
      const o: TTrainingOverviewResponse = (await admin.get('/api/training/overview')).json();
      expect(o.lis1.placements.map((p) => [p.name, p.rag])).toEqual([['LIS1 vår (syntetisk)', 'green'], ['Test LIS1 (syntetisk)', 'green']]);
      expect(o.due.some((d) => d.what.startsWith('LIS1'))).toBe(false);
    });

    it('exports the candidates’ status to Excel', async () => {
      const res = await admin.get('/api/training/overview.xlsx');
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const cells = await xlsxCells(res.rawPayload);
      expect(cells[0]).toContain('Begrunnelse');
      expect(cells.length).toBeGreaterThan(1);
    });
  });
});
