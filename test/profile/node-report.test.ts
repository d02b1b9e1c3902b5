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
    expect(parseNodeReport(JSON.stringify(node24))).toEqual({
      pid: 12303,
      heapLimit: true,
      cutShort: false,
    });
  });

  it("reads the older releases' wording (trigger FatalError)", () => {
    const older = {
      header: {
        event: 'Reached heap limit Allocation failed - JavaScript heap out of memory',
        trigger: 'FatalError',
        processId: 77,
      },
    };
    expect(parseNodeReport(JSON.stringify(older))).toEqual({
      pid: 77,
      heapLimit: true,
      cutShort: false,
    });
  });

  it('tells another fatal error from the heap limit', () => {
    const other = {
      header: { event: 'some other fatal error', trigger: 'FatalError', processId: 5 },
    };
    expect(parseNodeReport(JSON.stringify(other))).toEqual({
      pid: 5,
      heapLimit: false,
      cutShort: false,
    });
  });

  it('reads the header of a report cut short, and not a value that only looks like it', () => {
    const full = JSON.stringify(node24);
    const cut = full.slice(0, full.indexOf('"javascriptStack"') + 5);
    expect(parseNodeReport(cut)).toEqual({ pid: 12303, heapLimit: true, cutShort: true });
    // A command line that quotes a header's field is escaped JSON inside a string: not a field.
    const quoted = JSON.stringify({
      header: {
        event: 'API',
        trigger: 'JavaScript API',
        processId: 9,
        commandLine: ['"processId":4'],
      },
    });
    expect(parseNodeReport(quoted.slice(0, -10))).toEqual({
      pid: 9,
      heapLimit: false,
      cutShort: true,
    });
  });

  it('reads the PID from the file name of a report killed before Node wrote anything', () => {
    // As Jest's workers left theirs: SIGTERMed while Node was still gathering the report.
    expect(parseNodeReport('', 'report.20261128.052721.17774.0.001.json')).toEqual({
      pid: 17774,
      heapLimit: true,
      cutShort: true,
    });
    expect(parseNodeReport('', 'report.json')).toBeNull();
    expect(parseNodeReport('', 'report.20261128.052721.0.0.001.json')).toBeNull();
    expect(parseNodeReport('')).toBeNull();
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
