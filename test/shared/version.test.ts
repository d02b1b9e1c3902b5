import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOOL_VERSION } from '../../src/shared/version.js';

describe('TOOL_VERSION', () => {
  it("is package.json's version (the release checks the built CLI against both)", () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(TOOL_VERSION).toBe(manifest.version);
  });
});
