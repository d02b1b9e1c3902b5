/**
 * Reads the run profile (and the history digest beside it) out of an artifact zip, in memory,
 * refusing anything unusual. The zip
 * comes from an earlier run and is untrusted (zip-slip, as CVE-2024-42471 in @actions/artifact 2.0.0–2.1.1): entry counts and
 * inflated bytes are capped while streaming (headers are not trusted), unsafe names and links are
 * refused, and nothing is ever written to disk.
 */
import { posix } from 'node:path';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { UnsafeArtifactError } from '../shared/errors.js';
import { MiB } from '../shared/units.js';
import { PROFILE_FILE_NAME } from '../profile/naming.js';

export interface ExtractLimits {
  maxEntries?: number;
  maxUncompressedBytes?: number;
  expectedFile?: string;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/**
 * An entry name is safe when it is relative, uses forward slashes only, has no drive letter and
 * no `..` or `.` segment: checked segment by segment after normalising.
 */
export function isSafeEntryName(name: string): boolean {
  if (name === '' || name.includes('\\') || name.includes('\0')) return false;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return false;
  const segments = name.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return false;
  const normalised = posix.normalize(name);
  return !normalised.startsWith('../') && normalised !== '..' && !posix.isAbsolute(normalised);
}

function isSymlink(entry: Entry): boolean {
  const unixMode = (entry.externalFileAttributes >>> 16) & 0xffff;
  return (unixMode & S_IFMT) === S_IFLNK;
}

function openZip(zip: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      zip,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: true },
      (error, file) => {
        if (error || !file)
          reject(
            new UnsafeArtifactError(`not a readable zip: ${error?.message ?? 'unknown error'}`),
          );
        else resolve(file);
      },
    );
  });
}

/** The text of the profile file inside the zip. */
export async function extractProfileFromZip(
  zip: Buffer,
  limits: ExtractLimits = {},
): Promise<string> {
  const expected = limits.expectedFile ?? PROFILE_FILE_NAME;
  const files = await extractFilesFromZip(zip, { ...limits, required: expected, optional: [] });
  return files.get(expected) as string;
}

export interface ExtractRequest extends Omit<ExtractLimits, 'expectedFile'> {
  /** The artifact must hold this file. */
  required: string;
  /** Files read when present (e.g. the history digest); every other entry is skipped unread. */
  optional: readonly string[];
  /** Filled with one line per optional file left out for its size. */
  refused?: string[];
}

/**
 * The named files inside the zip, by name. Each is capped at `maxUncompressedBytes` while it
 * inflates; a file named twice, an unsafe name or a link anywhere refuses the whole artifact. An
 * optional file over the cap is left out (its name goes to `refused`): the required one stands.
 */
export async function extractFilesFromZip(
  zip: Buffer,
  request: ExtractRequest,
): Promise<Map<string, string>> {
  const maxEntries = request.maxEntries ?? 16;
  const maxBytes = request.maxUncompressedBytes ?? 4 * MiB;
  const wanted = new Set([request.required, ...request.optional]);
  const file = await openZip(zip);
  if (file.entryCount > maxEntries) {
    file.close();
    throw new UnsafeArtifactError(
      `artifact has ${file.entryCount} entries (at most ${maxEntries} allowed)`,
    );
  }
  return new Promise<Map<string, string>>((resolve, reject) => {
    const found = new Map<string, string>();
    let entries = 0;
    let failed = false;
    const fail = (message: string): void => {
      if (failed) return;
      failed = true;
      file.close();
      reject(new UnsafeArtifactError(message));
    };
    file.on('error', (error: Error) => fail(`zip error: ${error.message}`));
    file.on('end', () => {
      if (failed) return;
      if (!found.has(request.required))
        reject(new UnsafeArtifactError(`artifact has no ${request.required}`));
      else resolve(found);
    });
    file.on('entry', (entry: Entry) => {
      entries++;
      if (entries > maxEntries) return fail(`artifact has more than ${maxEntries} entries`);
      if (!isSafeEntryName(entry.fileName))
        return fail(`unsafe entry name ${JSON.stringify(entry.fileName.slice(0, 100))}`);
      if (isSymlink(entry))
        return fail(`entry ${JSON.stringify(entry.fileName.slice(0, 100))} is a symbolic link`);
      const name = entry.fileName;
      if (name.endsWith('/') || !wanted.has(name)) return file.readEntry();
      if (found.has(name)) return fail(`artifact holds ${name} twice`);
      const optional = name !== request.required;
      if (entry.uncompressedSize > maxBytes) {
        if (!optional)
          return fail(`${name} is ${entry.uncompressedSize} bytes (at most ${maxBytes})`);
        request.refused?.push(`${name} is ${entry.uncompressedSize} bytes (at most ${maxBytes})`);
        return file.readEntry();
      }
      file.openReadStream(entry, (error, stream) => {
        if (error || !stream)
          return fail(`cannot read ${name}: ${error?.message ?? 'unknown error'}`);
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          // Counted as it inflates: a header that lies about the size cannot get past the cap.
          if (size > maxBytes) {
            stream.destroy();
            if (!optional) fail(`${name} inflates past ${maxBytes} bytes`);
            else {
              request.refused?.push(`${name} inflates past ${maxBytes} bytes`);
              file.readEntry();
            }
            return;
          }
          chunks.push(chunk);
        });
        stream.on('error', (streamError: Error) =>
          fail(`cannot inflate ${name}: ${streamError.message}`),
        );
        stream.on('end', () => {
          found.set(name, Buffer.concat(chunks).toString('utf8'));
          file.readEntry();
        });
      });
    });
    file.readEntry();
  });
}
