// The action's main step: wires the real adapters into runMain.
import { runMain } from '../action/main.js';
import { realMainDeps } from '../action/main-deps.js';

await runMain(realMainDeps());
