import { Select } from '@digdir/designsystemet-react';
import type { TCandidate, TRosterDoctor } from '../../contracts/roster/index.ts';
import { formatInt } from '../format.ts';

const softText = (delta: number) => (delta === 0 ? '' : ` (myke straffepoeng ${delta > 0 ? '+' : '−'}${formatInt(Math.abs(delta))})`);

/**
 * The doctors to choose for a shift: those who may take it first (best first), then those who would break a rule
 * (with the first reason), then the rest (they already work that day). Until the candidates have come, all doctors.
 */
export function DoctorOptions({ doctors, candidates }: { doctors: readonly TRosterDoctor[]; candidates: readonly TCandidate[] | undefined }) {
  const option = (id: number, label: string) => (
    <Select.Option key={id} value={String(id)}>
      {label}
    </Select.Option>
  );
  if (!candidates) return <>{doctors.map((d) => option(d.id, d.name))}</>;
  const listed = new Set(candidates.map((c) => c.doctorId));
  const allowed = candidates.filter((c) => c.allowed);
  const refused = candidates.filter((c) => !c.allowed);
  const rest = doctors.filter((d) => !listed.has(d.id));
  return (
    <>
      {allowed.length > 0 && <optgroup label="Kan ta vakten">{allowed.map((c) => option(c.doctorId, c.name + softText(c.softDelta)))}</optgroup>}
      {refused.length > 0 && <optgroup label="Bryter en regel">{refused.map((c) => option(c.doctorId, `${c.name}: ${c.reasons[0] ?? 'bryter en regel'}`))}</optgroup>}
      {rest.length > 0 && <optgroup label="Har vakt denne dagen">{rest.map((d) => option(d.id, d.name))}</optgroup>}
    </>
  );
}
