import type { TGoalImportResponse } from '../../contracts/training/index.ts';
import { DomainError } from '../../domain/errors.ts';
import { parseGoalCatalogue } from '../../domain/training/index.ts';
import { writeAudit } from '../../db/repositories/audit.ts';
import { insertLearningGoals, learningGoalCodes } from '../../db/repositories/training-actions.ts';
import { TRAINING_ENTITIES } from '../../db/repositories/training-entities.ts';
import type { UseCaseContext } from '../context.ts';

/** Imports a learning-goal catalogue file: new codes are added, known codes left as they are; one audit row. */
export async function importGoals(ctx: UseCaseContext, content: string): Promise<TGoalImportResponse> {
  const parsed = parseGoalCatalogue(content);
  if (parsed.errors.length > 0) {
    throw new DomainError('invalid_input', parsed.errors.slice(0, 5).join('; '), { fields: parsed.errors.slice(0, 20).map((message) => ({ path: 'content', message })) });
  }
  return ctx.db.transaction(async (tx) => {
    const known = await learningGoalCodes(tx, ctx.scope.kommuneId);
    const fresh = parsed.goals.filter((g) => !known.has(g.code.toUpperCase()));
    await insertLearningGoals(tx, ctx.scope.kommuneId, fresh);
    await writeAudit(tx, ctx.scope, { at: ctx.now, entity: TRAINING_ENTITIES['learning-goals'].name, entityId: null, action: 'import', before: null, after: { created: fresh.map((g) => g.code) } });
    return { created: fresh.length, unchanged: parsed.goals.length - fresh.length };
  });
}
