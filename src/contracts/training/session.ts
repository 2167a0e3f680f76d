import { z } from 'zod';
import { ZDate, ZId, ZText } from '../common.ts';
import { ZChoice } from '../norms/index.ts';
import { SESSION_KINDS, type SessionKind } from '../../domain/training/index.ts';

export const SESSION_KIND_LABELS: Record<SessionKind, string> = { individual: 'Individuell veiledning', group: 'Gruppeveiledning' };

/** Minutes of one session: whole, positive, at most a working day. */
export const ZMinutes = z
  .number({ error: 'Må være et tall' })
  .int('Må være hele minutter')
  .superRefine((m, ctx) => {
    if (m < 0) ctx.addIssue({ code: 'custom', message: 'Kan ikke være negativt' });
    else if (m === 0) ctx.addIssue({ code: 'custom', message: 'Minst 1 minutt' });
    else if (m > 600) ctx.addIssue({ code: 'custom', message: 'Høyst 600 minutter (10 timer) per økt' });
  });

// An 11-digit number is most likely a national identity number: the log must hold no patient data.
const NO_ID_NUMBER = /\d{6}\s?\d{5}/;

/**
 * Body of POST /api/training/sessions (the doctor's own log) and POST/PUT /api/registry/supervision-sessions: date,
 * minutes and topic, no patient data. A date in the future is refused when saved (it needs today's date).
 */
export const ZSessionInput = z.strictObject({
  agreementId: ZId,
  sessionDate: ZDate,
  minutes: ZMinutes,
  sessionKind: ZChoice(SESSION_KINDS, 'Velg individuell veiledning eller gruppeveiledning'),
  topic: ZText(200).refine((t) => !NO_ID_NUMBER.test(t), 'Emnet ser ut til å inneholde et fødselsnummer: skriv ingen pasientopplysninger'),
});
export type TSessionInput = z.infer<typeof ZSessionInput>;
/** A logged session; `confirmedAt` is set by the supervisor and cleared when the session is edited. */
export type TSession = TSessionInput & { id: number; version: number; confirmedAt: string | null; confirmedBy: number | null };
