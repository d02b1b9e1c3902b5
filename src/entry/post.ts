// The action's post step: wires the real adapters into runPost.
import { realPostDeps } from '../action/post-deps.js';
import { runPost } from '../action/post.js';

await runPost(realPostDeps());
