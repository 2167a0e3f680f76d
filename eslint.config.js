// Lint: TypeScript rules, exhaustive switches, and the architecture's import boundaries
// (../shared/ARCHITECTURE.md: dependencies point inwards). Zero warnings allowed.
import tseslint from 'typescript-eslint';

const onlyRule = { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']", message: '.only silently stops the rest of the suite from running.' };
const queryRule = {
  selector: "CallExpression[callee.property.name='query']",
  message: 'Routes do not write SQL: parse the request, call a use case in src/app (which loads and saves through src/db/repositories), respond.',
};

const dbOutwards = { group: ['**/server/*', '**/server', '**/web/*', '**/cli/*'], message: 'The db layer serves server and CLI; it must not reach outwards.' };

const layer = (from, banned, why) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: banned.map((b) => ({ group: [`**/${b}/*`, `**/${b}`], message: why })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/pglite/**', 'scratch/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: false }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', onlyRule],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/*', '**/db/*', '**/web/*', '**/cli/*', '**/contracts/*'], message: 'src/domain is the pure core: it imports nothing of ours outside itself.' },
            { group: ['node:*', 'fs', 'pg', 'fastify', 'react', 'exceljs', '@electric-sql/*'], message: 'src/domain does no I/O: pass data in, return data.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass time into the domain.' },
        { object: 'Math', property: 'random', message: 'Pass a seed into the domain.' },
      ],
    },
  },
  layer('contracts', ['server', 'db', 'web', 'cli'], 'Contracts are shared by server, web and CLI: they depend on nothing but zod (and domain types).'),
  layer('db', ['server', 'web', 'cli'], 'The db layer serves server and CLI; it must not reach outwards.'),
  layer('server', ['web', 'cli'], 'The server does not depend on the web app or the CLI.'),
  layer('app', ['server', 'web', 'cli'], 'Use cases (src/app) serve the server and the CLI alike: they may use domain, db and contracts, never the HTTP layer, the web app or the CLI.'),
  {
    files: ['src/db/repositories/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            dbOutwards,
            {
              group: ['**/contracts/*', '**/contracts', '**/app/*'],
              message: 'Repositories hold SQL and row mapping only: no API contracts or HTTP errors (AppError). Report not found / conflicts with a DomainError (src/domain/errors.ts); shaping the response is the use case\'s job (src/app).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', onlyRule, queryRule] },
  },
  // TEMPORARY: these repositories still import contracts (roster-sharing.ts maps rows to the response types TMyShift
  // and TSwap; roster-jobs.ts the job's TJob and its refusal; roster-entities.ts the input schemas, as above).
  {
    files: ['src/db/repositories/roster-jobs.ts', 'src/db/repositories/roster-sharing.ts', 'src/db/repositories/roster-entities.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [dbOutwards] }] },
  },
  // TEMPORARY (not roster): the entity definitions pair a table with its contract's input schema (EntityDef.input);
  // moving the schema out of src/db needs roster-entities.ts to move with them, after the roster helper's work.
  {
    files: ['src/db/repositories/norms-entities.ts', 'src/db/repositories/training-entities.ts', 'src/db/repositories/economics-entities.ts', 'src/db/repositories/projection-entities.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [dbOutwards] }] },
  },
  layer('documents', ['server', 'db', 'web', 'cli', 'contracts'], 'Document renderers (PDF, Word) turn domain values into files for server and CLI; they import only the domain.'),
  layer('engines', ['server', 'db', 'web', 'cli', 'contracts', 'documents'], 'Engines (the HiGHS WebAssembly) serve domain algorithms to server, CLI and bench; they import only the domain.'),
  layer('cli', ['server', 'web'], 'The CLI uses db and domain (or the running server over HTTP), not server internals.'),
  layer('web', ['server', 'db', 'cli'], 'The browser app talks to the server over HTTP; it may import contracts and domain only.'),
);
