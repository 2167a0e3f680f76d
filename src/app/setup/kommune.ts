import type { TCreateKommuneRequest } from '../../contracts/admin/create-kommune.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Db } from '../../db/connection.ts';
import { writeAudit } from '../../db/repositories/audit.ts';
import { insertKommune, type Kommune } from '../../db/repositories/kommune.ts';
import { wholeMunicipality } from '../context.ts';

/** Adds a municipality to an installation (its number is unique); audited in the same transaction. */
export async function createKommune(db: Db, input: TCreateKommuneRequest, now: string): Promise<Kommune> {
  return db.transaction(async (tx) => {
    const k = await insertKommune(tx, input);
    if (!k) throw new DomainError('duplicate', `Kommune ${input.nr} finnes allerede`, { fields: [{ path: 'nr', message: 'Kommunenummer: finnes allerede' }] });
    await writeAudit(tx, wholeMunicipality(k.id), { at: now, entity: 'kommune', entityId: k.id, action: 'create', before: null, after: k });
    return k;
  });
}
