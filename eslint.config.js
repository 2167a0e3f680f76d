// Lint: TypeScript rules, exhaustive switches, and the architecture's import boundaries
// (../shared/ARCHITECTURE.md: dependencies point inwards). Zero warnings allowed.
import tseslint from 'typescript-eslint';

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
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']", message: '.only silently stops the rest of the suite from running.' },
      ],
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
  layer('documents', ['server', 'db', 'web', 'cli', 'contracts'], 'Document renderers (PDF, Word) turn domain values into files for server and CLI; they import only the domain.'),
  layer('engines', ['server', 'db', 'web', 'cli', 'contracts', 'documents'], 'Engines (the HiGHS WebAssembly) serve domain algorithms to server, CLI and bench; they import only the domain.'),
  layer('cli', ['server', 'web'], 'The CLI uses db and domain (or the running server over HTTP), not server internals.'),
  layer('web', ['server', 'db', 'cli'], 'The browser app talks to the server over HTTP; it may import contracts and domain only.'),
);
