export * from './entities.ts';
export * from './rosters.ts';
