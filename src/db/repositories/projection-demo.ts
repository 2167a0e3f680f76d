import { defaultAssumptions, parsePopulationFile, scenarioPresets } from '../../domain/projection/index.ts';
import type { Db } from '../connection.ts';
import type { Scope } from '../scope.ts';
import { savePopulationImport } from './population.ts';
import { loadKommuneReference, readSsbSample, SAMPLE_PROJECTION_FILE } from './population-reference.ts';
import { SCENARIO_ENTITY } from './projection-entities.ts';
import { loadProjectionFacts } from './projection-facts.ts';
import { createRow } from './registry.ts';

/**
 * Gives a demo municipality the sample SSB projection (data/ssb, synthetic) and the four standard scenarios, the way a
 * planner would: through the same importer and scenario repository. Municipalities not in the sample file are left as they are.
 */
export async function seedDemoProjection(db: Db, kommuneId: number, now: string): Promise<void> {
  const [kommune] = await db.query<{ nr: string; name: string }>(`SELECT nr, name FROM kommune WHERE id = $1`, [kommuneId]);
  const ref = await loadKommuneReference();
  const imp = parsePopulationFile(await readSsbSample(SAMPLE_PROJECTION_FILE), ref, kommune!);
  const scope: Scope = { kommuneId, userId: null, ownDoctorId: null };
  await savePopulationImport({ db, scope, now }, SAMPLE_PROJECTION_FILE, imp);
  const facts = await loadProjectionFacts(db, kommuneId);
  for (const preset of scenarioPresets(facts, defaultAssumptions(facts))) {
    await createRow({ db, scope, now }, SCENARIO_ENTITY, { name: preset.name, description: preset.description, assumptions: preset.assumptions });
  }
}
