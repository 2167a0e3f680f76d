export * from './agreement.ts';
export * from './period.ts';
export * from './session.ts';
export * from './course.ts';
export * from './learning-goal.ts';
export * from './lis1.ts';
export * from './responses.ts';
