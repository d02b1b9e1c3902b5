import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/shared/errors.js';

describe('InputError', () => {
  it.each([
    // An action input, as the workflow file names it.
    ['memory-reserve', `Input 'memory-reserve' has an invalid value "x": expected F.`],
    // An environment variable is not among the inputs: named as what it is.
    [
      'RESOURCE_PLANNER_WORKERS',
      `Environment variable RESOURCE_PLANNER_WORKERS has an invalid value "x": expected F.`,
    ],
    // A place of the CLI's own: neither.
    ['--tasks a.txt, line 3', `'--tasks a.txt, line 3' has an invalid value "x": expected F.`],
  ])('names %j as what it is', (input, message) => {
    const error = new InputError(input, 'x', 'F');
    expect(error.message).toBe(message);
    expect(error).toMatchObject({ input, value: 'x', expected: 'F' });
  });

  it('takes a message worded by a driver, keeping the parts', () => {
    const error = new InputError('workers', '0', 'N', 'option --workers: bad');
    expect(error.message).toBe('option --workers: bad');
    expect(error.expected).toBe('N');
  });
});
