import { formatDate } from '../format/index.ts';
import { addDays } from './dates.ts';
import type { Lis1IntakeFacts, Lis1PlacementFacts, Rag, TrainingDoctor } from './types.ts';

export interface Lis1IntakeStatus extends Lis1IntakeFacts {
  placed: number;
  /** Positions short of the municipality's goal (0 when met or no goal). */
  belowGoal: number;
}

export interface Lis1Status {
  id: number;
  intakeId: number;
  name: string;
  supervisorId: number;
  supervisorName: string;
  startDate: string;
  endDate: string;
  confirmed: boolean;
  rag: Rag;
  reason: string;
}

/** Each LIS1 intake with how many were placed, and each placement: running, ended awaiting the leader's confirmation, or confirmed. */
export function lis1Overview(input: {
  intakes: readonly Lis1IntakeFacts[];
  placements: readonly Lis1PlacementFacts[];
  doctors: readonly TrainingDoctor[];
  asOf: string;
}): { intakes: Lis1IntakeStatus[]; placements: Lis1Status[] } {
  const intakes = input.intakes.map((i) => ({
    ...i,
    placed: input.placements.filter((p) => p.intakeId === i.id).length,
    belowGoal: i.goalPositions === null ? 0 : Math.max(0, i.goalPositions - i.positions),
  }));
  const placements = input.placements.map((p): Lis1Status => {
    const supervisorName = input.doctors.find((d) => d.id === p.supervisorId)?.name ?? `Lege ${p.supervisorId}`;
    const [rag, reason]: [Rag, string] =
      p.confirmed ? ['green', 'Gjennomført tjeneste er bekreftet']
      : p.endDate < input.asOf ? ['red', `Tjenesten sluttet ${formatDate(p.endDate)}: bekreftelse fra leder mangler`]
      : p.startDate > input.asOf ? ['green', `Starter ${formatDate(p.startDate)}`]
      : ['green', `I tjeneste til ${formatDate(p.endDate)}`];
    return { id: p.id, intakeId: p.intakeId, name: p.name, supervisorId: p.supervisorId, supervisorName, startDate: p.startDate, endDate: p.endDate, confirmed: p.confirmed, rag, reason };
  });
  return { intakes, placements };
}

/** A LIS1 whose service ends within the window needs the leader's confirmation then. */
export function lis1Due(placements: readonly Lis1Status[], asOf: string, withinDays: number): { date: string; name: string; what: string }[] {
  const until = addDays(asOf, withinDays);
  return placements.filter((p) => !p.confirmed && p.endDate >= asOf && p.endDate <= until).map((p) => ({ date: p.endDate, name: p.name, what: 'LIS1 slutter: leder bekrefter gjennomført tjeneste' }));
}
