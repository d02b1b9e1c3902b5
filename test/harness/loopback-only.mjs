// Loaded into every Node process of the tests (vitest's setupFiles, and NODE_OPTIONS=--import in
// the mini-runner's jobs): a TCP connection to anything but loopback fails at once, before any
// DNS lookup, whatever the client (http, https, undici's fetch, the artifact client, Octokit).
// Unix sockets are allowed. The proxy variables the mini-runner sets are a second line.
import net from 'node:net';

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|::ffff:127(\.\d{1,3}){3})$/i;

/** The host a Socket#connect call targets; undefined for a Unix socket or an IPC path. */
function targetHost(args) {
  // net.connect() passes its normalised arguments as one array: [options, callback].
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (typeof first === 'string') return undefined; // connect(path)
  if (typeof first === 'number') return typeof args[1] === 'string' ? args[1] : 'localhost';
  if (first !== null && typeof first === 'object') {
    if (typeof first.path === 'string') return undefined;
    return typeof first.host === 'string' && first.host !== '' ? first.host : 'localhost';
  }
  return 'localhost';
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connectLoopbackOnly(...args) {
  const host = targetHost(args);
  if (host !== undefined && !LOOPBACK.test(host.replace(/^\[|\]$/g, ''))) {
    const error = new Error(`test harness: no network outside loopback (a connection to ${host})`);
    error.code = 'ECONNREFUSED';
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return connect.apply(this, args);
};
