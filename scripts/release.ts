// Cuts a release from the commit checked out: checks that package.json, the built CLI and
// CHANGELOG.md agree on the version, tags vX.Y.Z, drafts the GitHub release with the CHANGELOG's
// section as its notes, and moves the major tag (v1) users pin to. The release workflow runs it
// after .ci/run; CI runs it with --dry-run, which checks and prints the same plan but changes
// nothing. docs/releasing.md is the process around it.
//   node scripts/release.ts --dry-run                     the release package.json's version would be
//   node scripts/release.ts --version 1.2.3 [--asset resource-planner-1.2.3.tgz]
// Node 24 runs this file by stripping its types; the planning is pure and exported for the tests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** The part after `-` (`rc.1`), or null for a stable release. */
  prerelease: string | null;
  /** `1.2.3` or `1.2.3-rc.1`, without the `v`. */
  text: string;
}

/** SemVer 2.0.0's core and pre-release (build metadata is refused: tags would not order by it). */
const VERSION_PATTERN =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?$/;

/** Parses `1.2.3`, `v1.2.3` or `1.2.3-rc.1`; null for anything else. */
export function parseVersion(text: string): Version | null {
  const match = VERSION_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, major, minor, patch, prerelease] = match;
  const version = {
    major: Number(major),
    minor: Number(minor),
    patch: Number(patch),
    prerelease: prerelease ?? null,
  };
  const core = `${version.major}.${version.minor}.${version.patch}`;
  return { ...version, text: prerelease ? `${core}-${prerelease}` : core };
}

/**
 * SemVer 2.0.0 precedence (§11): core numbers in order, then a pre-release below its release,
 * pre-release identifiers compared numerically when both are numbers, else as ASCII, numbers
 * below words, and a longer list above its prefix. Negative when a < b.
 * @example compareVersions(parseVersion('1.0.0-rc.2')!, parseVersion('1.0.0')!) < 0
 */
export function compareVersions(a: Version, b: Version): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) return Math.sign(core);
  if (a.prerelease === b.prerelease) return 0;
  if (a.prerelease === null) return 1;
  if (b.prerelease === null) return -1;
  const left = a.prerelease.split('.');
  const right = b.prerelease.split('.');
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const x = left[i] as string;
    const y = right[i] as string;
    if (x === y) continue;
    const xNumber = /^\d+$/.test(x);
    const yNumber = /^\d+$/.test(y);
    if (xNumber && yNumber) return Math.sign(Number(x) - Number(y));
    if (xNumber !== yNumber) return xNumber ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return Math.sign(left.length - right.length);
}

export interface ChangelogSection {
  /** The heading line without `## `, e.g. `[1.2.3] - 2026-11-28`. */
  heading: string;
  /** The section's text, trimmed: the release notes. */
  body: string;
  /** Whether the heading carries a release date (Keep a Changelog: `## [1.2.3] - YYYY-MM-DD`). */
  dated: boolean;
}

/**
 * The section of a Keep a Changelog file whose heading names `name` (`1.2.3` or `Unreleased`),
 * up to the next `## ` heading or the link definitions at the end; null when there is none.
 */
export function changelogSection(changelog: string, name: string): ChangelogSection | null {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((line) => {
    const heading = /^## \[([^\]]+)\]/.exec(line);
    return heading?.[1]?.toLowerCase() === name.toLowerCase();
  });
  if (start < 0) return null;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('## ') || /^\[[^\]]+\]: /.test(line));
  const body = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  const heading = (lines[start] as string).slice(3).trim();
  return { heading, body, dated: /\] - \d{4}-\d{2}-\d{2}\b/.test(heading) };
}

/** Lines that start a Markdown block of their own rather than continue a paragraph. */
const BLOCK_START = /^(#{1,6} |[-*+] |\d+[.)] |> |\||```|~~~)/;

/**
 * Joins the lines a paragraph or list item was wrapped at into one line. GitHub renders a line
 * break in a release's notes as a break, as in issues and comments (GitHub Docs, "Basic writing
 * and formatting syntax", Paragraphs), while a file in the repository folds it into a space; so
 * CHANGELOG.md's 100-column wrapping would show on the release page. Fenced code stays as it is.
 */
export function joinWrappedLines(markdown: string): string {
  const out: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    const trimmed = line.trim();
    const fence = trimmed.startsWith('```') || trimmed.startsWith('~~~');
    const previous = out.at(-1);
    const continues =
      !fenced &&
      !fence &&
      trimmed !== '' &&
      !BLOCK_START.test(trimmed) &&
      previous !== undefined &&
      previous.trim() !== '' &&
      !/^(#|\||```|~~~)/.test(previous.trim());
    if (continues) out[out.length - 1] = `${previous} ${trimmed}`;
    else out.push(line);
    if (fence) fenced = !fenced;
  }
  return out.join('\n');
}

export interface ReleaseFacts {
  /** The version asked for (`1.2.3` or `v1.2.3`). */
  requested: string;
  /** package.json's `version`. */
  packageVersion: string;
  /** What the built CLI (`dist/cli/index.js --version`) prints: src/shared/version.ts, built. */
  cliVersion: string;
  changelog: string;
  /** Every tag of the repository and the commit it points at (annotated tags peeled). */
  tags: ReadonlyMap<string, string>;
  /** The commit being released. */
  head: string;
  dryRun: boolean;
}

export interface ReleasePlan {
  version: string;
  /** `v1.2.3`. */
  tag: string;
  /** Whether the tag is still to be made (false when it already points at the commit). */
  createTag: boolean;
  /** The moving tag users pin (`v1`), or null when it stays (a pre-release, an older line). */
  majorTag: string | null;
  prerelease: boolean;
  notes: string;
  /** What a reader of the log should know: fallbacks taken, tags left where they are. */
  notices: string[];
}

/** Decides what a release of `facts.requested` does, or says every reason it cannot be made. */
export function planRelease(facts: ReleaseFacts): { plan: ReleasePlan | null; problems: string[] } {
  const version = parseVersion(facts.requested);
  if (!version) {
    return {
      plan: null,
      problems: [`${JSON.stringify(facts.requested)} is not a version such as 1.2.3 or 1.2.3-rc.1`],
    };
  }
  const problems: string[] = [];
  const notices: string[] = [];
  const tag = `v${version.text}`;
  if (facts.packageVersion !== version.text) {
    problems.push(
      `package.json says ${facts.packageVersion}, the release is ${version.text}: bump it (npm version --no-git-tag-version ${version.text}) and src/shared/version.ts`,
    );
  }
  if (facts.cliVersion !== version.text) {
    problems.push(
      `the built CLI says ${facts.cliVersion}, the release is ${version.text}: set TOOL_VERSION in src/shared/version.ts and run npm run build`,
    );
  }

  const tagged = facts.tags.get(tag);
  if (tagged !== undefined && tagged !== facts.head) {
    problems.push(
      `${tag} already points at ${tagged.slice(0, 12)}: a released version is never re-tagged; release the next one`,
    );
  }

  let notes = '';
  const section = changelogSection(facts.changelog, version.text);
  if (section?.dated && section.body !== '') {
    notes = joinWrappedLines(section.body);
  } else {
    const why = section
      ? section.body === ''
        ? `CHANGELOG.md's section ${section.heading} is empty`
        : `CHANGELOG.md's section ${section.heading} has no date (## [${version.text}] - YYYY-MM-DD)`
      : `CHANGELOG.md has no section ## [${version.text}] - YYYY-MM-DD`;
    const unreleased = changelogSection(facts.changelog, 'Unreleased');
    if (facts.dryRun && unreleased && unreleased.body !== '') {
      notes = joinWrappedLines(unreleased.body);
      notices.push(`${why}; a real release stops here. This dry run drafts from [Unreleased].`);
    } else {
      problems.push(why);
    }
  }

  // The major tag only moves forward: a fix released on an older line (1.2.4 after 1.3.0) or a
  // pre-release leaves it where it is.
  let majorTag: string | null = `v${version.major}`;
  if (version.prerelease !== null) {
    notices.push(`${tag} is a pre-release: ${majorTag} stays where it is`);
    majorTag = null;
  } else {
    const newer = [...facts.tags.keys()]
      .map((name) => (name.startsWith('v') ? parseVersion(name) : null))
      .filter(
        (other): other is Version =>
          other !== null &&
          other.prerelease === null &&
          other.major === version.major &&
          compareVersions(other, version) > 0,
      )
      .sort(compareVersions)
      .at(-1);
    if (newer) {
      notices.push(`v${newer.text} is newer: ${majorTag} stays on it`);
      majorTag = null;
    }
  }

  if (problems.length > 0) return { plan: null, problems };
  return {
    plan: {
      version: version.text,
      tag,
      createTag: tagged === undefined,
      majorTag,
      prerelease: version.prerelease !== null,
      notes,
      notices,
    },
    problems,
  };
}

/** Every tag and the commit it names, from `git for-each-ref` lines `name object peeled`. */
export function parseTagRefs(output: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const line of output.split('\n')) {
    const [name, object, peeled] = line.trim().split(/\s+/);
    if (name && object) tags.set(name, peeled || object);
  }
  return tags;
}

function git(args: string[]): string {
  return execFileSync('git', args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}

function step(dryRun: boolean, what: string, command: string, args: string[]): void {
  console.log(`${dryRun ? 'would run' : 'running'}: ${what}`);
  if (!dryRun) execFileSync(command, args, { stdio: 'inherit' });
}

function main(): number {
  const { values } = parseArgs({
    options: {
      version: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      asset: { type: 'string', multiple: true, default: [] },
      'notes-file': { type: 'string' },
    },
    strict: true,
  });
  const dryRun = values['dry-run'];
  const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
    .version;
  const facts: ReleaseFacts = {
    requested: values.version ?? packageVersion,
    packageVersion,
    cliVersion: execFileSync(process.execPath, ['dist/cli/index.js', '--version'], {
      encoding: 'utf8',
    }).trim(),
    changelog: readFileSync('CHANGELOG.md', 'utf8'),
    tags: parseTagRefs(
      git(['for-each-ref', '--format=%(refname:short) %(objectname) %(*objectname)', 'refs/tags']),
    ),
    head: git(['rev-parse', 'HEAD']),
    dryRun,
  };
  const { plan, problems } = planRelease(facts);
  if (!plan) {
    for (const problem of problems) console.error(`release: ${problem}`);
    return 1;
  }
  for (const notice of plan.notices) console.log(`note: ${notice}`);
  // gh reads the notes from a file; one of our own is removed when the script ends.
  const ownFolder = values['notes-file']
    ? null
    : mkdtempSync(join(tmpdir(), 'resource-planner-release-'));
  const notesFile = values['notes-file'] ?? join(ownFolder as string, 'notes.md');
  writeFileSync(notesFile, `${plan.notes}\n`);
  try {
    publish(plan, { ...facts, notesFile, assets: values.asset });
  } finally {
    if (ownFolder) rmSync(ownFolder, { recursive: true, force: true });
  }
  return 0;
}

/** Prints the plan and, unless this is a dry run, carries it out with git and gh. */
function publish(
  plan: ReleasePlan,
  facts: ReleaseFacts & { notesFile: string; assets: string[] },
): void {
  const { dryRun, notesFile } = facts;
  const commit = facts.head.slice(0, 12);
  console.log(`release ${plan.tag} of ${commit}${dryRun ? ' (dry run: nothing changes)' : ''}`);
  console.log(`notes:\n${plan.notes.split('\n').slice(0, 8).join('\n')}\n...`);

  if (plan.createTag) {
    // An annotated tag: it records who released and when. The bot identity is the workflow's.
    const identity = [
      '-c',
      'user.name=github-actions[bot]',
      '-c',
      'user.email=41898282+github-actions[bot]@users.noreply.github.com',
    ];
    step(dryRun, `tag ${plan.tag} on ${commit}`, 'git', [
      ...identity,
      'tag',
      '-a',
      plan.tag,
      '-m',
      `resource-planner ${plan.version}`,
      facts.head,
    ]);
    step(dryRun, `push ${plan.tag}`, 'git', ['push', 'origin', `refs/tags/${plan.tag}`]);
  } else {
    console.log(`${plan.tag} already points at ${commit}`);
  }
  step(dryRun, `draft the GitHub release ${plan.tag}`, 'gh', [
    'release',
    'create',
    plan.tag,
    '--draft',
    '--verify-tag',
    '--title',
    plan.tag,
    '--notes-file',
    notesFile,
    ...(plan.prerelease ? ['--prerelease'] : []),
    ...facts.assets,
  ]);
  if (plan.majorTag) {
    // Lightweight and forced: the major tag is a pointer that moves with every release of its line.
    step(dryRun, `move ${plan.majorTag} to ${commit}`, 'git', [
      'tag',
      '-f',
      plan.majorTag,
      facts.head,
    ]);
    step(dryRun, `push ${plan.majorTag}`, 'git', [
      'push',
      '--force',
      'origin',
      `refs/tags/${plan.majorTag}`,
    ]);
  }
}

if (import.meta.main) {
  try {
    process.exitCode = main();
  } catch (error) {
    // A failed git or gh command has said why on stderr; this names the step that stopped.
    console.error(`release: ${(error as Error).message.split('\n')[0]}`);
    process.exitCode = 1;
  }
}
