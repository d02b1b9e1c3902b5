/** The plan settings of an action run with every input at its default (from the one parser). */
import { parseInputs } from '../../src/config/inputs.js';
import type { PlanSettings } from '../../src/plan/types.js';

export const DEFAULT_SETTINGS: PlanSettings = {
  ...parseInputs(() => '').plan,
  overrideWorkers: null,
};
