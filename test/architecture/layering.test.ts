/**
 * The layering of src/ is a lint rule (eslint.config.js); these cases show that it fails on
 * deliberate violations and passes the same code placed where it belongs.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

/** Lints `code` as if it were the file at `filePath`, with the project's own config. */
async function violations(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    // The snippets are not files of the TypeScript project: lint them without type information.
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false, project: null } },
      rules: {
        '@typescript-eslint/no-floating-promises': 'off',
        '@typescript-eslint/no-misused-promises': 'off',
        '@typescript-eslint/no-unused-vars': 'off',
      },
    },
  });
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('layering rules', () => {
  it.each([
    ['src/plan/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['src/report/x.ts', "import { spawn } from 'node:child_process';\nexport const x = spawn;"],
    ['src/estimate/x.ts', "import * as core from '@actions/core';\nexport const x = core;"],
    ['src/drift/x.ts', 'export const x = process.env.HOME;'],
    ['src/advise/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    [
      'src/advise/x.ts',
      "import { loadHistory } from '../history/load.js';\nexport const x = loadHistory;",
    ],
    [
      'src/profile/x.ts',
      "import { probeCapacity } from '../probe/index.js';\nexport const x = probeCapacity;",
    ],
    ['src/history/x.ts', "import { runMain } from '../action/main.js';\nexport const x = runMain;"],
    ['src/github/x.ts', "import type { CliIo } from '../cli/io.js';\nexport type X = CliIo;"],
    ['src/action/x.ts', "import * as core from '@actions/core';\nexport const x = core;"],
    ['src/runner/x.ts', "import { info } from '@actions/core';\nexport const x = info;"],
  ])('refuses %s', async (filePath, code) => {
    const found = await violations(filePath, code);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(/no-restricted-(imports|properties)/);
  });

  it.each([
    [
      'src/action/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = [readFileSync, process.env.HOME];",
    ],
    ['src/cli/x.ts', "import { runMain } from '../action/main.js';\nexport const x = runMain;"],
    [
      'src/plan/x.ts',
      "import type { Capacity } from '../probe/types.js';\nexport type X = Capacity;",
    ],
    ['src/probe/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    [
      'src/runner/actions-runner.ts',
      "import * as core from '@actions/core';\nexport const x = core;",
    ],
  ])('allows %s', async (filePath, code) => {
    expect(await violations(filePath, code)).toEqual([]);
  });
});
