// The cycle check in `npm test` (docs/architecture.md): no module may import, directly or around a loop, itself.
// Type-only imports count: a type cycle is the same tangle (db/entities.ts ↔ *-entities.ts was one).
// The layer rules (which folder may import which) live in eslint.config.js.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circular import: move what both sides need into a module of its own that neither imports back.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The planted cycle the tooling test checks the rule against.
    exclude: { path: '^test/tooling/fixtures/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
