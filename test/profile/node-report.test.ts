/** Reading Node's diagnostic report for the PID and whether the process stopped at the heap limit. */
import { describe, expect, it } from 'vitest';
import { parseNodeReport } from '../../src/profile/node-report.js';

/** The header fields Node writes, as Node 24.21 wrote them for a process at its heap cap. */
const node24 = {
  header: {
    reportVersion: 5,
    event: 'Allocation failed - JavaScript heap out of memory',
    trigger: 'OOMError',
    processId: 12303,
    commandLine: ['node', '--max-old-space-size=30', '-e', 'secret=1'],
  },
  javascriptStack: { message: 'No stack.' },
};

describe('parseNodeReport', () => {
  it('reads the PID and the heap limit from a Node 24 report', () => {
    expect(parseNodeReport(JSON.stringify(node24))).toEqual({ pid: 12303, heapLimit: true });
  });

  it("reads the older releases' wording (trigger FatalError)", () => {
    const older = {
      header: {
        event: 'Reached heap limit Allocation failed - JavaScript heap out of memory',
        trigger: 'FatalError',
        processId: 77,
      },
    };
    expect(parseNodeReport(JSON.stringify(older))).toEqual({ pid: 77, heapLimit: true });
  });

  it('tells another fatal error from the heap limit', () => {
    const other = {
      header: { event: 'some other fatal error', trigger: 'FatalError', processId: 5 },
    };
    expect(parseNodeReport(JSON.stringify(other))).toEqual({ pid: 5, heapLimit: false });
  });

  it.each([
    ['not JSON', '{"header":'],
    ['no header', '{"x":1}'],
    ['a header that is not an object', '{"header":"OOMError"}'],
    ['no PID', '{"header":{"trigger":"OOMError"}}'],
    ['a PID that is not a positive integer', '{"header":{"trigger":"OOMError","processId":-3}}'],
    ['a PID as text', '{"header":{"trigger":"OOMError","processId":"12"}}'],
    ['an array', '[1,2]'],
    ['null', 'null'],
  ])('returns null for %s', (_name, text) => {
    expect(parseNodeReport(text)).toBeNull();
  });
});
