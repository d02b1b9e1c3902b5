// `node --import ./test/support/record-loads.mjs ...`: appends the URL of every ES module the
// process loads (dynamically imported chunks of dist/ included) to the file RP_LOADED_LOG names.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const log = process.env.RP_LOADED_LOG;
registerHooks({
  load(url, context, nextLoad) {
    if (log) appendFileSync(log, `${url}\n`);
    return nextLoad(url, context);
  },
});
