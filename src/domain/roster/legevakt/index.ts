/** Legevakt: plans (facts), holidays, competence, and building a roster problem from a plan. */
export * from './plan.ts';
export * from './dates.ts';
export * from './holidays.ts';
export * from './competence.ts';
export * from './build.ts';
export * from './generator.ts';
export * from './load.ts';
export * from './figures.ts';
export * from './sheet.ts';
export * from './check.ts';
export * from './payroll.ts';
export * from './mip.ts';
export * from './swap.ts';
