export * from './scenario.ts';
export * from './posting.ts';
export * from './population-import.ts';
export * from './run-projection.ts';
