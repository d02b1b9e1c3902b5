import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  GiB,
  KiB,
  MiB,
  formatBytes,
  formatDuration,
  parseDurationMs,
  parseSize,
  toMiB,
} from '../../src/shared/units.js';

describe('parseSize', () => {
  it.each([
    ['512M', 512 * MiB],
    ['512MiB', 512 * MiB],
    ['512mb', 512 * MiB],
    ['512 MB', 512 * MiB],
    ['1.5G', 1610612736],
    ['2GB', 2147483648],
    ['2g', 2 * GiB],
    ['1T', 1024 * GiB],
    ['64k', 64 * KiB],
    ['1073741824', 1073741824],
    ['1073741824B', 1073741824],
    ['.5G', 512 * MiB],
    [' 3M ', 3 * MiB],
  ])('%s → %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(['', 'M', '-1G', '1.5.2G', '12Q', '1e9', '5i', 'iB', 'auto', '0x10', '1 G B'])(
    'rejects %j',
    (text) => {
      expect(parseSize(text)).toBeNull();
    },
  );

  it('round-trips whole mebibytes through toMiB', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (mib) => {
        expect(toMiB(parseSize(`${mib}M`) ?? -1)).toBe(mib);
      }),
    );
  });
});

describe('parseDurationMs', () => {
  it.each([
    ['500ms', 500],
    ['500', 500],
    ['2s', 2000],
    ['1.5s', 1500],
    ['1m', 60_000],
    ['2min', 120_000],
  ])('%s → %d ms', (text, ms) => {
    expect(parseDurationMs(text)).toBe(ms);
  });

  it.each(['', 's', '-1s', '1h', 'fast'])('rejects %j', (text) => {
    expect(parseDurationMs(text)).toBeNull();
  });
});

describe('formatting', () => {
  it.each([
    [512, '512 B'],
    [2 * KiB, '2 KiB'],
    [768 * MiB, '768 MiB'],
    [1.5 * GiB, '1.5 GiB'],
    [2 * GiB, '2 GiB'],
    [23.5 * GiB, '23.5 GiB'],
    [-256 * MiB, '-256 MiB'],
  ])('formatBytes(%d) = %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it.each([
    [850, '850 ms'],
    [12_300, '12.3 s'],
    [245_000, '4 min 5 s'],
    [120_000, '2 min'],
    // Rounded to whole seconds before splitting: never "4 min 60 s" or "60 s".
    [299_999.9, '5 min'],
    [179_600, '3 min'],
    [59_960, '1 min'],
    [59_940, '59.9 s'],
  ])('formatDuration(%d) = %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
