// resource-planner: loaded into each Node process of a command that `resource-planner run` or
// `exec` records (NODE_OPTIONS=--require), so that a process stopping at the V8 heap limit writes
// a diagnostic report the recorder can count (see heap-watch.ts). It does nothing unless the
// recorder named a folder, this Node can leave the environment (its secrets) out of reports
// (process.report.excludeEnv: Node 22.13+, 23.3+), and the process did not ask for reports itself.
'use strict';
try {
  const directory = process.env.RESOURCE_PLANNER_HEAP_REPORTS;
  const report = process.report;
  if (
    typeof directory === 'string' &&
    require('node:path').isAbsolute(directory) &&
    report &&
    'excludeEnv' in report &&
    !report.reportOnFatalError
  ) {
    report.excludeEnv = true;
    report.compact = true;
    report.directory = directory;
    report.reportOnFatalError = true;
  }
} catch {
  // Never in the way of the user's process.
}
