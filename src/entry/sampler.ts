// Entry of the detached sampler process (dist/sampler/index.js).
import { runSampler } from '../sampler/main.js';

runSampler(process.argv.slice(2));
