// The action's post step: wires the real adapters into runPost.
import { realPostDeps } from '../adapters/post-deps.js';
import { runPost } from '../post.js';

await runPost(realPostDeps());
