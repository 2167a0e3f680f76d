import { ZCreateKommuneRequest, type TCreateKommuneRequest } from '../contracts/admin/create-kommune.ts';
import type { Db } from '../db/connection.ts';
import { createKommune } from '../app/setup/kommune.ts';
import type { Args } from './args.ts';
import { parseFlags, type Io } from './io.ts';

/** Reads `kommune create --nummer <nr> --navn <navn>` with the same contract the data is stored by. */
export function parseKommuneCreateFlags(flags: Args['flags']): TCreateKommuneRequest {
  const text = (v: string | true | undefined) => (typeof v === 'string' ? v : undefined);
  return parseFlags(ZCreateKommuneRequest, { nr: text(flags.nummer), name: text(flags.navn) }, { nr: '--nummer', name: '--navn' });
}

/** `legeplan kommune create`: adds a municipality to a (new) installation. */
export async function kommuneCreateCommand(db: Db, io: Io, input: TCreateKommuneRequest, now: Date): Promise<void> {
  const k = await createKommune(db, input, now.toISOString());
  io.out.write(
    `Opprettet kommune ${k.nr} ${k.name}.\nOpprett den første administratoren: npx legeplan admin create --kommune ${k.nr} --username <brukernavn>\n`,
  );
}
