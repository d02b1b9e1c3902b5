// ESLint flat config: typescript-eslint's type-aware recommended rules for src/, lighter rules
// elsewhere, and the layering of src/ as rules (see docs/architecture.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Folders of the pure core: data in, data out; no files, processes, environment or toolkit. */
export const PURE_FOLDERS = [
  'advise',
  'config',
  'drift',
  'estimate',
  'plan',
  'profile',
  'report',
  'shared',
];
/** The drivers: they wire the core to the world; nothing below them may import them. */
const DRIVER_PATTERNS = ['**/action/**', '**/cli/**', '**/entry/**'];
/** The one module that talks to the runner through the toolkit, @actions/core. */
const TOOLKIT_ADAPTER = 'src/runner/actions-runner.ts';
const SIDE_EFFECT_MODULES = [
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'child_process',
  'node:child_process',
  'net',
  'node:net',
  'http',
  'node:http',
  'https',
  'node:https',
];
const driverImports = {
  group: DRIVER_PATTERNS,
  message:
    'Only drivers (src/action, src/cli, src/entry) import drivers: move the shared piece down.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'build/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: DRIVER_PATTERNS.map((pattern) => `src/${pattern.replace('**/', '')}`),
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [driverImports] }] },
  },
  {
    // The toolkit's runner protocol sits behind the Runner port (src/runner/types.ts).
    files: ['src/**/*.ts'],
    ignores: [TOOLKIT_ADAPTER],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@actions/core',
              message: `Only the Runner adapter (${TOOLKIT_ADAPTER}) imports @actions/core: take a Runner.`,
            },
          ],
        },
      ],
    },
  },
  {
    files: PURE_FOLDERS.map((folder) => `src/${folder}/**/*.ts`),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: SIDE_EFFECT_MODULES.map((name) => ({
            name,
            message: 'The pure core takes data, not files or processes: use an adapter passed in.',
          })),
          patterns: [
            driverImports,
            {
              group: [
                '@actions/*',
                '**/probe/**',
                '**/sampler/*.js',
                '**/github/**',
                '**/history/**',
              ],
              message: 'The pure core does not import adapters: take their data as parameters.',
              // Their data types are the contract the core takes in.
              allowTypeImports: true,
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read the environment in a driver.' },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
  },
  {
    // The preload `run`/`exec` give the command's Node processes: CommonJS, as --require needs.
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { process: 'readonly', require: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
