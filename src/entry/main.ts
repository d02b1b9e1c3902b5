// The action's main step: wires the real adapters into runMain.
import { runMain } from '../main.js';
import { realMainDeps } from '../adapters/main-deps.js';

await runMain(realMainDeps());
