export * from './nb.ts';
