// `node --import ./test/support/fake-host-preload.mjs dist/...`: the process runs as if on the
// recorded machine named by RP_FAKE_HOST (a folder of test/fixtures/host), for the whole run.
import { installFakeHost, loadMachine } from './fake-host.mjs';

installFakeHost(loadMachine(process.env.RP_FAKE_HOST));
