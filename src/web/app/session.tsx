import { createContext, useContext } from 'react';
import { WRITE_ROLES, type TSessionResponse } from '../../contracts/auth/login.ts';

export interface SessionValue {
  session: TSessionResponse;
  /** Admins and planners may change data; readers and doctors only look. */
  canWrite: boolean;
  /** Only admins manage the municipality's user accounts. */
  isAdmin: boolean;
  /** The audit log names other people's changes: not for the doctor role (the API refuses it too). */
  canSeeAudit: boolean;
  /** Planning figures built on other doctors' personal data (Dimensjonering): not for the doctor role (the API refuses it). */
  canPlan: boolean;
  /** The account is a doctor's own (it has shifts, swaps and a calendar feed): Mine vakter. */
  isDoctor: boolean;
  logout: () => Promise<void>;
  /** Takes the session the API answered after rotating it (password change, second factor set up). */
  replaceSession: (session: TSessionResponse) => void;
}

export const SessionContext = createContext<SessionValue | null>(null);

/** Derives what the signed-in user may do from the session. */
export function sessionValue(session: TSessionResponse, logout: () => Promise<void>, replaceSession: (session: TSessionResponse) => void): SessionValue {
  return {
    session,
    canWrite: WRITE_ROLES.includes(session.user.role),
    isAdmin: session.user.role === 'admin',
    canSeeAudit: session.user.role !== 'doctor',
    canPlan: session.user.role !== 'doctor',
    isDoctor: session.user.doctorId !== null,
    logout,
    replaceSession,
  };
}

/** The signed-in session; only used below the App's session provider. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionContext');
  return value;
}
