import { useMemo } from 'react';
import { ROLE_LABELS } from '../../contracts/auth/login.ts';
import type { TUser } from '../../contracts/auth/users.ts';
import { valueFilter, type Column } from '../components/DataTable.tsx';
import { byId, doctorOptionLabel, optionsOf } from '../data/lookups.ts';
import { loaded } from '../data/loaded.ts';
import { useRegistry } from '../data/use-records.ts';
import { optionsFrom } from '../forms/field-spec.ts';
import { RecordPage } from '../records/RecordPage.tsx';
import { SsoSettings } from './SsoSettings.tsx';
import { userDef } from './user-def.ts';

const INTRO =
  'Brukerkontoene i kommunen med rolle og tilknyttet lege. En bruker med rollen lege ser bare sine egne hjemler og opplysninger, og må kobles til legen.';

const filters = [valueFilter<TUser>({ id: 'role', label: 'Rolle', options: optionsFrom(ROLE_LABELS), value: (u) => u.role })];

/** Brukere (admins only): the municipality's accounts with their role and linked doctor; create and change them; single sign-on. */
export function UsersPage() {
  const doctors = useRegistry('doctors');
  const doctorOptions = useMemo(() => optionsOf(doctors.rows, doctorOptionLabel), [doctors.rows]);
  const def = useMemo(() => userDef(doctorOptions), [doctorOptions]);
  const columns = useMemo((): Column<TUser>[] => {
    const doctorById = byId(doctors.rows);
    const doctor = (u: TUser) => (u.doctorId === null ? null : (doctorById.get(u.doctorId)?.name ?? `Lege ${u.doctorId}`));
    return [
      { id: 'username', header: 'Brukernavn', text: (u) => u.username },
      { id: 'displayName', header: 'Navn', text: (u) => u.displayName },
      { id: 'role', header: 'Rolle', text: (u) => ROLE_LABELS[u.role] },
      { id: 'doctor', header: 'Lege', text: (u) => doctor(u) ?? '–', sortValue: doctor },
    ];
  }, [doctors.rows]);
  return (
    <>
      <RecordPage def={def} title="Brukere" intro={INTRO} columns={columns} filters={filters} ready={loaded(doctors)} />
      <SsoSettings />
    </>
  );
}
