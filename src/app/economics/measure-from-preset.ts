import { ZMeasureInput, type TMeasureFromPresetRequest } from '../../contracts/economics/index.ts';
import { presetById } from '../../domain/economics/index.ts';
import { ECONOMICS_ENTITIES } from '../../db/repositories/economics-entities.ts';
import { createRow, type Row } from '../../db/repositories/registry.ts';
import type { UseCaseContext } from '../context.ts';

/** Adds another municipality's measure (a preset) to a package, as recommended, with the preset's source as the reason. */
export async function createMeasureFromPreset(ctx: UseCaseContext, req: TMeasureFromPresetRequest): Promise<Row> {
  const preset = presetById(req.preset);
  const input = ZMeasureInput.parse({
    packageId: req.packageId,
    name: preset.name,
    kind: preset.model.kind,
    params: preset.model.params,
    startDate: preset.startDate,
    endDate: preset.endDate,
    status: 'recommended',
    reason: preset.source.slice(0, 2000),
    sortOrder: 0,
  });
  return createRow(ctx, ECONOMICS_ENTITIES.measures, input as Record<string, unknown>);
}
