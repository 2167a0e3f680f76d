/**
 * Who is asking: every repository call carries this, and every query it makes is limited to the
 * scope's municipality — the one place tenancy is enforced. `ownDoctorId` is set for the doctor role,
 * which limits personal rows to the doctor's own.
 */
export interface Scope {
  kommuneId: number;
  userId: number | null;
  ownDoctorId: number | null;
}
