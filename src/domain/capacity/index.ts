export * from './month-figures.ts';
export * from './overview.ts';
