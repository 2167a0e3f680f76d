export * from './month-figures.ts';
export * from './overview.ts';
export * from './positions-needed.ts';
export * from './timeline.ts';
export * from './alerts.ts';
export * from './complete-month.ts';
