import { randomBytes } from 'node:crypto';
import { ZCreateUserRequest } from '../contracts/auth/users.ts';
import { ZNewPassword as ZPassword } from '../contracts/auth/account.ts';
import type { Db } from '../db/connection.ts';
import { hashPassword } from '../db/password-hash.ts';
import { findKommuneByNr } from '../db/repositories/auth.ts';
import { createAccount } from '../app/users/accounts.ts';
import { wholeMunicipality } from '../app/context.ts';
import type { Args } from './args.ts';
import { CliError, parseFlags, type Io } from './io.ts';

export interface AdminCreateOptions {
  kommune: string;
  username: string;
  displayName: string;
  generate: boolean;
}

const FLAG_OF = { username: '--username', displayName: '--navn', password: 'Passordet' };

/** Reads `admin create --kommune <nr> --username <u> [--navn <visningsnavn>] [--generate]`. */
export function parseAdminCreateFlags(flags: Args['flags']): AdminCreateOptions {
  const { kommune, username, navn } = flags;
  if (typeof kommune !== 'string' || !/^\d{4}$/.test(kommune)) throw new CliError('Oppgi kommunenummer med --kommune, f.eks. --kommune 3907');
  if (typeof username !== 'string') throw new CliError('Oppgi brukernavnet med --username, f.eks. --username kari.nordmann');
  const u = parseFlags(ZCreateUserRequest.shape.username, username, { '': '--username' });
  return { kommune, username: u, displayName: typeof navn === 'string' ? navn : u, generate: flags.generate === true };
}

async function askPassword(io: Io): Promise<string> {
  if (!io.promptSecret) throw new CliError('Passordet skrives inn i en terminal. Uten terminal: bruk --generate, så lages et passord som vises én gang.');
  const password = await io.promptSecret('Passord (minst 12 tegn): ');
  parseFlags(ZPassword, password, { '': 'Passordet' });
  if ((await io.promptSecret('Gjenta passordet: ')) !== password) throw new CliError('Passordene er ikke like. Ingen bruker ble opprettet.');
  return password;
}

/** `legeplan admin create`: the municipality's first (or another) administrator, stored as the server stores accounts. */
export async function adminCreateCommand(db: Db, io: Io, opts: AdminCreateOptions, now: Date): Promise<void> {
  const kommune = await findKommuneByNr(db, opts.kommune);
  if (!kommune) throw new CliError(`Fant ingen kommune med nummer ${opts.kommune}. Opprett den med: npx legeplan kommune create --nummer ${opts.kommune} --navn "<navn>"`);
  // 18 random bytes: 24 characters of base64url, well past the policy's minimum.
  const password = opts.generate ? randomBytes(18).toString('base64url') : await askPassword(io);
  const { password: plain, ...input } = parseFlags(
    ZCreateUserRequest,
    { username: opts.username, displayName: opts.displayName, role: 'admin', doctorId: null, password },
    FLAG_OF,
  );
  const user = await createAccount({ db, scope: wholeMunicipality(kommune.id), now: now.toISOString() }, input, await hashPassword(plain));
  io.out.write(`Opprettet administrator ${user.username} i ${kommune.name} (${kommune.nr}).\n`);
  if (opts.generate) io.out.write(`Passord (vises bare nå, skriv det ned): ${plain}\n`);
}
