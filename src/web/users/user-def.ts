import { ROLE_LABELS } from '../../contracts/auth/login.ts';
import { ZCreateUserRequest, ZUpdateUserRequest, type TUser } from '../../contracts/auth/users.ts';
import { optionsFrom, type FieldSpec, type FormState, type Option } from '../forms/field-spec.ts';
import type { RecordDef } from '../records/record-def.ts';
import { userStore, type TUserInput } from './users-api.ts';

// Only the role Lege is linked to a doctor (the contract refuses a doctor for any other role).
const isDoctorRole = (state: FormState) => state.role === 'doctor';

/** A user account's form: on creation the username and a password; later the username is fixed and the password optional. */
export function userDef(doctors: readonly Option[]): RecordDef<TUser, TUserInput> {
  const displayName: FieldSpec = { kind: 'text', name: 'displayName', label: 'Navn', description: 'Vises i toppen av siden og i endringsloggen' };
  const role: FieldSpec = { kind: 'select', name: 'role', options: optionsFrom(ROLE_LABELS) };
  const doctor: FieldSpec = {
    kind: 'select',
    name: 'doctorId',
    options: doctors,
    numeric: true,
    shownWhen: isDoctorRole,
    description: 'Legen kontoen tilhører',
  };
  return {
    store: userStore,
    noun: 'bruker',
    newLabel: 'Ny bruker',
    schema: ZCreateUserRequest,
    fields: [
      { kind: 'text', name: 'username', description: 'Små bokstaver a–z, tall, punktum, bindestrek og understrek. Kan ikke endres senere.' },
      displayName,
      role,
      doctor,
      { kind: 'password', name: 'password', description: 'Minst 12 tegn' },
    ],
    edit: {
      schema: ZUpdateUserRequest,
      fields: [
        { kind: 'text', name: 'username', readOnly: true },
        displayName,
        role,
        doctor,
        { kind: 'password', name: 'password', label: 'Nytt passord', keepIfEmpty: true, description: 'La feltet stå tomt for å beholde passordet' },
        // PUT's contract includes the version; the store sends the one the user saw (or the conflict's, on overwrite).
        { kind: 'integer', name: 'version', hidden: true },
      ],
    },
    defaults: { role: 'readonly' },
    auditFields: [{ kind: 'boolean', name: 'passwordChanged', label: 'Nytt passord' }],
    // With the username, so the table's link (which shows it) is named by its own text too.
    title: (row) => `${row.displayName} (${row.username})`,
  };
}
