export * from './office.ts';
export * from './position.ts';
export * from './doctor.ts';
export * from './assignment.ts';
export * from './snapshot.ts';
export * from './kommune-month.ts';
export * from './capacity-target.ts';
