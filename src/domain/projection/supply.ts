import type { PositionOrgForm } from '../registry/index.ts';
import { ProjectionInputError } from './errors.ts';
import type { ListAssumptions, PlannedPositions, ProjectionPosition } from './types.ts';

/** The planned list of a position: the ALIS figure for an ALIS position (when set), else its organisation form's, else the planned average. */
export function plannedList(lists: ListAssumptions, orgForm: PositionOrgForm, alis: boolean): number {
  if (alis && lists.alis !== null) return lists.alis;
  return lists.byOrgForm[orgForm] ?? lists.plannedAverageList;
}

/** A position held only by GPs in specialisation (ALIS). */
export function isAlisPosition(p: ProjectionPosition): boolean {
  return p.gps.length > 0 && p.gps.every((g) => g.inSpecialisation);
}

/** Positions that exist on the base month: a snapshot with cap 0 and no patients is a position not yet created (data/demo/README). */
export function existingPositions(positions: readonly ProjectionPosition[]): ProjectionPosition[] {
  return positions.filter((p) => !(p.listCap === 0 && p.listLength === 0));
}

/** Σ list capacity of today's positions: their current caps, or each at its planned list. Refuses a position with no cap under current caps. */
export function existingCapacity(positions: readonly ProjectionPosition[], lists: ListAssumptions): number {
  let sum = 0;
  for (const p of positions) {
    switch (lists.existing) {
      case 'current-caps':
        if (p.listCap === null) {
          throw new ProjectionInputError(
            'lists.existing',
            `Hjemmel ${p.positionId} har ikke registrert listetak. Registrer listetaket, eller velg «planlagt liste» for dagens hjemler.`,
          );
        }
        sum += p.listCap;
        break;
      case 'planned':
        sum += plannedList(lists, p.orgForm, isAlisPosition(p));
        break;
    }
  }
  return sum;
}

/** Positions and list capacity held each year: today's positions, plus planned new positions from 1 January of their year. */
export function heldByYear(input: {
  years: readonly number[];
  existing: readonly ProjectionPosition[];
  lists: ListAssumptions;
  newPositions: readonly PlannedPositions[];
}): { held: number[]; capacity: number[]; plannedNew: number[] } {
  const base = existingCapacity(input.existing, input.lists);
  const held: number[] = [];
  const capacity: number[] = [];
  const plannedNew: number[] = [];
  for (const year of input.years) {
    const upTo = input.newPositions.filter((n) => n.year <= year);
    held.push(input.existing.length + upTo.reduce((s, n) => s + n.count, 0));
    capacity.push(base + upTo.reduce((s, n) => s + n.count * plannedList(input.lists, n.orgForm, n.alis), 0));
    plannedNew.push(input.newPositions.filter((n) => n.year === year).reduce((s, n) => s + n.count, 0));
  }
  return { held, capacity, plannedNew };
}
