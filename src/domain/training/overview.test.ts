import { describe, expect, it } from 'vitest';
import { trainingOverview } from './overview.ts';
import { agreement, ALIS, facts, SUPERVISOR } from './test-facts.ts';

describe('trainingOverview', () => {
  it('needs 0.035 supervisor FTE per active ALIS: 12 ALIS → 0.42 (S §3.0)', () => {
    const doctors = [SUPERVISOR, ...Array.from({ length: 13 }, (_, i) => ({ ...ALIS, id: 100 + i, name: `ALIS ${i}` }))];
    const agreements = doctors.slice(1).map((d, i) => agreement({ id: i + 1, doctorId: d.id, leftDate: i === 12 ? '2024-12-31' : null }));
    const o = trainingOverview(facts({ doctors, agreements, periods: [] }), { date: '2025-06-30' });
    expect(o.supervisors).toMatchObject({ activeAlis: 12, requiredFte: 0.42, ftePerAlis: 0.035, eligibleSpecialists: 1 });
    expect(o.supervisors.supervisors).toEqual([{ doctorId: 1, name: SUPERVISOR.name, candidates: 12, eligible: true }]);
    expect(o.counts.active).toBe(12);
  });

  it('lists what falls due in the next 60 days, soonest first, including specialists’ acute-medicine course', () => {
    const f = facts({
      courses: [
        { id: 1, doctorId: ALIS.id, course: 'expert_witness', title: 'Sakkyndighet', dueDate: '2025-08-20', completedDate: null },
        { id: 2, doctorId: SUPERVISOR.id, course: 'acute_medicine', title: 'Akuttmedisin', dueDate: null, completedDate: '2020-08-01' },
        { id: 3, doctorId: ALIS.id, course: 'basic', title: 'Grunnkurs', dueDate: '2025-12-01', completedDate: null },
      ],
      intakes: [{ id: 1, startDate: '2025-02-15', positions: 5, goalPositions: 6 }],
      placements: [{ id: 1, intakeId: 1, name: 'LIS1 A (syntetisk)', supervisorId: 1, startDate: '2025-02-15', endDate: '2025-08-14', confirmed: false }],
    });
    const o = trainingOverview(f, { date: '2025-06-30' });
    expect(o.due.map((d) => [d.date, d.what])).toEqual([
      ['2025-08-01', 'Kurs i akuttmedisin går ut'],
      ['2025-08-14', 'LIS1 slutter: leder bekrefter gjennomført tjeneste'],
      ['2025-08-20', 'Frist for kurs «Sakkyndighet»'],
    ]);
    expect(o.specialists[0]).toMatchObject({ rag: 'amber', nextRecertification: '2030-05-01' });
    expect(o.lis1.intakes[0]).toMatchObject({ placed: 1, belowGoal: 1 });
  });
});
