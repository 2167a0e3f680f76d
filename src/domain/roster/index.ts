/** Legevakt duty roster: model, rule catalogue, evaluator, solver, and the Curtois & Qu benchmark reader. */
export * from './model.ts';
export * from './calendar.ts';
export * from './errors.ts';
export * from './evaluate.ts';
export * from './search.ts';
export { exactModelOf, improveWithMip, MIP_MAX_CELLS, type IncrementalLp, type LpFactory, type MipSolver } from './lns.ts';
export { priceAndDive, sweepWindows } from './colgen.ts';
export { rowOptimizerOf } from './rowdp.ts';
export * from './rules/index.ts';
export * from './curtois/reader.ts';
export * from './curtois/mip.ts';
export { gridFromMip, relaxMip, type Neighbourhood } from './lp.ts';
export * from './legevakt/index.ts';
