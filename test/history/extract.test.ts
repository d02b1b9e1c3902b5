import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { UnsafeArtifactError } from '../../src/shared/errors.js';
import { extractProfileFromZip, isSafeEntryName } from '../../src/history/extract.js';
import { parseProfile } from '../../src/profile/profile.js';
import { serializeProfile } from '../../src/profile/profile.js';
import { zipFiles } from '../harness/fake-github.js';
import { profile } from '../support/profiles.js';

function zipOf(add: (zip: yazl.ZipFile) => void): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  add(zip);
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/** yazl refuses unsafe names, so hostile ones are written over a same-length placeholder. */
function renameEntry(zip: Buffer, placeholder: string, hostile: string): Buffer {
  expect(hostile.length).toBe(placeholder.length);
  const result = Buffer.from(zip);
  let offset = result.indexOf(placeholder);
  let replaced = 0;
  while (offset >= 0) {
    result.write(hostile, offset, 'latin1');
    replaced++;
    offset = result.indexOf(placeholder, offset + 1);
  }
  expect(replaced).toBe(2); // local header and central directory
  return result;
}

const valid = serializeProfile(profile([{ peakBytes: 1_000_000_000 }]));

describe('isSafeEntryName', () => {
  it.each([
    ['run-profile.json', true],
    ['dir/run-profile.json', true],
    ['../run-profile.json', false],
    ['dir-evil/../../x', false],
    ['dir/./x', false],
    ['/etc/passwd', false],
    ['C:\\x', false],
    ['C:x', false],
    ['a\\..\\..\\x', false],
    ['', false],
  ])('%j → %s', (name, safe) => {
    expect(isSafeEntryName(name)).toBe(safe);
  });
});

describe('extractProfileFromZip', () => {
  it('reads the profile of a well-formed artifact', async () => {
    const text = await extractProfileFromZip(await zipFiles({ 'run-profile.json': valid }));
    expect(parseProfile(text).phases[0]?.treeRss.peakBytes).toBe(1_000_000_000);
  });

  it.each([
    ['../../../tmp/x.json', 'zz/zz/zz/zz/zz.json'],
    ['/etc/cron.d/evil.json', 'aaaaaaaaaaaaaaaaaaaaa'],
    ['..\\..\\evil.json', 'bb/bb/bbbbbbbbb'],
    ['dir-evil/../../x.json', 'ccccccccccccccccccccc'],
  ])('refuses the entry name %j without writing anything', async (hostile, placeholder) => {
    // Where a writing extractor would put it: under the working folder, under the temp folder,
    // or the absolute path itself (the temp folder is shared with parallel tests: name the files,
    // do not count the folder).
    const targets = [
      resolve(hostile),
      resolve(tmpdir(), hostile),
      join(tmpdir(), basename(hostile.replaceAll('\\', '/'))),
    ];
    const existed = targets.filter((target) => existsSync(target));
    const zip = renameEntry(
      await zipOf((archive) => archive.addBuffer(Buffer.from(valid), placeholder)),
      placeholder,
      hostile,
    );
    await expect(extractProfileFromZip(zip)).rejects.toThrow();
    expect(targets.filter((target) => existsSync(target))).toEqual(existed);
  });

  it('refuses a symbolic link entry', async () => {
    const zip = await zipOf((archive) =>
      archive.addBuffer(Buffer.from('/etc/passwd'), 'run-profile.json', { mode: 0o120777 }),
    );
    await expect(extractProfileFromZip(zip)).rejects.toThrow(/symbolic link/);
  });

  it('refuses 50,000 entries before reading them', async () => {
    const zip = await zipOf((archive) => {
      for (let index = 0; index < 50_000; index++)
        archive.addBuffer(Buffer.alloc(0), `f${index}`, { compress: false });
    });
    await expect(extractProfileFromZip(zip)).rejects.toThrow(/50000 entries/);
    // Building the zip is the slow part (yazl, ~20 s on a loaded 2-CPU machine), not the refusal.
  }, 120_000);

  it('stops a bomb that inflates to 1 GiB, counting real bytes, within 100 MB of memory', async () => {
    // 1 GiB of zeros deflates to about 1 MiB.
    let remaining = 1024;
    const zeros = new Readable({
      read() {
        this.push(remaining-- > 0 ? Buffer.alloc(1024 * 1024) : null);
      },
    });
    const zip = await zipOf((archive) => archive.addReadStream(zeros, 'run-profile.json'));
    expect(zip.length).toBeLessThan(8 * 1024 * 1024);
    const rssBefore = process.memoryUsage().rss;
    const error = await extractProfileFromZip(zip).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnsafeArtifactError);
    expect(String(error)).toMatch(/bytes/);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
  }, 60_000);

  /** Sets a field of every local header (offset `local`) and central record (offset `central`). */
  function patchHeaders(zip: Buffer, local: number, central: number, value: number): Buffer {
    const result = Buffer.from(zip);
    let patched = 0;
    for (let offset = 0; offset + 4 <= result.length; offset++) {
      const signature = result.readUInt32LE(offset);
      if (signature === 0x04034b50) result.writeUInt16LE(value, offset + local);
      else if (signature === 0x02014b50) result.writeUInt16LE(value, offset + central);
      else continue;
      patched++;
    }
    expect(patched).toBeGreaterThanOrEqual(2);
    return result;
  }

  it('refuses an encrypted entry (general purpose bit 0)', async () => {
    const zip = await zipOf((archive) => archive.addBuffer(Buffer.from(valid), 'run-profile.json'));
    // General purpose flags: offset 6 in a local header, 8 in a central record; bit 0 = encrypted.
    await expect(extractProfileFromZip(patchHeaders(zip, 6, 8, 0x0001))).rejects.toThrow(
      UnsafeArtifactError,
    );
  });

  it('refuses an LZMA entry (compression method 14), which it cannot inflate', async () => {
    const zip = await zipOf((archive) => archive.addBuffer(Buffer.from(valid), 'run-profile.json'));
    // Compression method: offset 8 in a local header, 10 in a central record.
    await expect(extractProfileFromZip(patchHeaders(zip, 8, 10, 14))).rejects.toThrow(
      UnsafeArtifactError,
    );
  });

  it('refuses the profile twice under one name', async () => {
    const zip = await zipOf((archive) => {
      archive.addBuffer(Buffer.from(valid), 'run-profile.json');
      archive.addBuffer(Buffer.from(valid.replace('"CI"', '"XX"')), 'run-profile.json');
    });
    await expect(extractProfileFromZip(zip)).rejects.toThrow(/twice/);
  });

  it('stops a bomb whose headers claim a small size, counting what really inflates', async () => {
    let remaining = 64;
    const zeros = new Readable({
      read() {
        this.push(remaining-- > 0 ? Buffer.alloc(1024 * 1024) : null);
      },
    });
    const honest = await zipOf((archive) => archive.addReadStream(zeros, 'run-profile.json'));
    // Uncompressed size: offset 22 in a local header, 24 in a central record (low 16 bits here,
    // the high 16 cleared): the header now claims 1,000 bytes for 64 MiB.
    const lying = patchHeaders(patchHeaders(honest, 22, 24, 1000), 24, 26, 0);
    const error = await extractProfileFromZip(lying).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnsafeArtifactError);
  }, 60_000);

  it('refuses a zip without the profile, and garbage', async () => {
    await expect(extractProfileFromZip(await zipFiles({ 'other.txt': 'x' }))).rejects.toThrow(
      /no run-profile.json/,
    );
    await expect(extractProfileFromZip(Buffer.from('not a zip'))).rejects.toThrow(
      UnsafeArtifactError,
    );
  });
});

describe('parseProfile on hostile content', () => {
  it.each([
    [
      'deeply nested JSON',
      `{"kind":"resource-planner/run-profile","version":1,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      /nests deeper/,
    ],
    ['wrong types', valid.replace('"phases":[', '"phases":"x","ignored":['), /schema|JSON/],
    ['an extra field', valid.replace('"kind"', '"extra":1,"kind"'), /schema/],
    ['a newer version', valid.replace('"version":6', '"version":7'), /unsupported version 7/],
    [
      'another kind',
      valid.replace('resource-planner/run-profile', 'other'),
      /not a resource-planner/,
    ],
    ['too large', valid + ' '.repeat(5 * 1024 * 1024), /larger than/],
    ['a negative size', valid.replace(/"peakBytes":\d+/, '"peakBytes":-1'), /schema/],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseProfile(text)).toThrow(message);
  });
});
