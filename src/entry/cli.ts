#!/usr/bin/env node
// The resource-planner command-line tool: wires the real adapters into runCli.
import { realCliDeps } from '../cli/deps.js';
import { runCli } from '../cli/main.js';

process.exitCode = await runCli(process.argv.slice(2), realCliDeps());
