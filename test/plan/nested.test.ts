import { describe, expect, it } from 'vitest';
import { applyNestedBudget, parseNestedBudget } from '../../src/plan/nested.js';
import type { Capacity } from '../../src/probe/types.js';
import { GiB, MiB } from '../../src/shared/units.js';

describe('parseNestedBudget', () => {
  it.each([
    [undefined, undefined, null],
    ['', ' ', null],
    ['1073741824', undefined, { memoryBytes: GiB, cpus: null }],
    ['512M', '2', { memoryBytes: 512 * MiB, cpus: 2 }],
    [undefined, '3', { memoryBytes: null, cpus: 3 }],
  ])('%j %j', (budget, cpus, expected) => {
    expect(parseNestedBudget(budget, cpus)).toEqual(expected);
  });

  it.each([
    ['lots', undefined, /RESOURCE_PLANNER_BUDGET.*"lots".*at least 1 MiB/],
    ['1000', undefined, /RESOURCE_PLANNER_BUDGET/],
    ['-5', undefined, /RESOURCE_PLANNER_BUDGET/],
    [undefined, '0', /RESOURCE_PLANNER_CPUS.*whole number/],
    [undefined, '1.5', /RESOURCE_PLANNER_CPUS/],
    [undefined, '$(id)', /RESOURCE_PLANNER_CPUS/],
  ])('refuses %j %j naming the variable', (budget, cpus, message) => {
    expect(() => parseNestedBudget(budget, cpus)).toThrow(message);
  });
});

describe('applyNestedBudget', () => {
  const capacity = {
    memoryLimitBytes: 16 * GiB,
    memoryAvailableBytes: 12 * GiB,
    cpus: 8,
    warnings: [],
  } as unknown as Capacity;

  it('narrows the memory and the CPUs to the share, and says so', () => {
    const narrowed = applyNestedBudget(capacity, { memoryBytes: 2 * GiB, cpus: 2 });
    expect(narrowed.memoryLimitBytes).toBe(2 * GiB);
    expect(narrowed.memoryAvailableBytes).toBe(2 * GiB);
    expect(narrowed.cpus).toBe(2);
    expect(narrowed.warnings.join(' ')).toMatch(/2 GiB of memory \(RESOURCE_PLANNER_BUDGET\)/);
  });

  it('never widens: a share larger than the machine leaves the machine', () => {
    const narrowed = applyNestedBudget(capacity, { memoryBytes: 64 * GiB, cpus: 64 });
    expect(narrowed.memoryLimitBytes).toBe(16 * GiB);
    expect(narrowed.memoryAvailableBytes).toBe(12 * GiB);
    expect(narrowed.cpus).toBe(8);
  });

  it('is the machine itself without a budget', () => {
    expect(applyNestedBudget(capacity, null)).toBe(capacity);
  });
});
