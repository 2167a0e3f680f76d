export * from './labels.ts';
export * from './measure.ts';
export * from './goal.ts';
export * from './rates.ts';
export * from './queries.ts';
export * from './responses.ts';
