import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  changelogSection,
  compareVersions,
  joinWrappedLines,
  parseTagRefs,
  parseVersion,
  planRelease,
  type ReleaseFacts,
  type Version,
} from '../../scripts/release.js';

const version = (text: string): Version => {
  const parsed = parseVersion(text);
  if (!parsed) throw new Error(`test version ${text} does not parse`);
  return parsed;
};

describe('parseVersion', () => {
  it.each([
    ['1.2.3', { major: 1, minor: 2, patch: 3, prerelease: null, text: '1.2.3' }],
    ['v10.0.7', { major: 10, minor: 0, patch: 7, prerelease: null, text: '10.0.7' }],
    ['1.0.0-rc.1', { major: 1, minor: 0, patch: 0, prerelease: 'rc.1', text: '1.0.0-rc.1' }],
    ['0.1.0', { major: 0, minor: 1, patch: 0, prerelease: null, text: '0.1.0' }],
  ])('%s', (text, expected) => {
    expect(parseVersion(text)).toEqual(expected);
  });

  it.each([
    '1.2',
    'v1',
    '01.2.3',
    '1.2.3+build.5',
    '1.2.3-',
    '1.2.3-01',
    'latest',
    '',
    'v1.2.3 '.repeat(2),
  ])('refuses %j', (text) => {
    expect(parseVersion(text)).toBeNull();
  });
});

describe('compareVersions', () => {
  // The precedence example of SemVer 2.0.0 §11, in ascending order.
  const ordered = [
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-alpha.beta',
    '1.0.0-beta',
    '1.0.0-beta.2',
    '1.0.0-beta.11',
    '1.0.0-rc.1',
    '1.0.0',
    '1.0.1',
    '1.1.0',
    '2.0.0',
  ];

  it('orders the SemVer specification example', () => {
    const shuffled = [...ordered].reverse().map(version);
    expect(shuffled.sort(compareVersions).map((v) => v.text)).toEqual(ordered);
  });

  it('is antisymmetric and zero only for equal versions', () => {
    for (const a of ordered) {
      for (const b of ordered) {
        const forward = compareVersions(version(a), version(b));
        expect(forward + compareVersions(version(b), version(a))).toBe(0);
        expect(forward === 0).toBe(a === b);
      }
    }
  });
});

const CHANGELOG = `# Changelog

## [Unreleased]

### Added

- Something new that is
  wrapped.

## [1.1.0] - 2026-11-20

### Fixed

- A fix.

## [1.0.0]

- Undated.

[1.1.0]: https://example.invalid/compare/v1.0.0...v1.1.0
`;

describe('changelogSection', () => {
  it('takes a section up to the next heading', () => {
    expect(changelogSection(CHANGELOG, '1.1.0')).toEqual({
      heading: '[1.1.0] - 2026-11-20',
      body: '### Fixed\n\n- A fix.',
      dated: true,
    });
  });

  it('stops at the link definitions at the end', () => {
    expect(changelogSection(CHANGELOG, '1.0.0')).toEqual({
      heading: '[1.0.0]',
      body: '- Undated.',
      dated: false,
    });
  });

  it('finds Unreleased in any case, and nothing for a version it lacks', () => {
    expect(changelogSection(CHANGELOG, 'unreleased')?.body).toContain('Something new');
    expect(changelogSection(CHANGELOG, '1.1')).toBeNull();
    expect(changelogSection(CHANGELOG, '2.0.0')).toBeNull();
  });
});

describe('joinWrappedLines', () => {
  it('joins continuation lines of list items and paragraphs, keeping blocks apart', () => {
    // Fenced code, the line after a fence and table rows are never joined.
    const kept = [
      '',
      '```sh',
      'npx resource-planner',
      'plan --json',
      '```',
      'After the fence.',
      '| a | b |',
      '| - | - |',
    ];
    const wrapped = [
      '### Added',
      '',
      '- First item that is',
      '  wrapped twice over',
      '  here.',
      '  - A nested item',
      '    also wrapped.',
      '- Second item.',
      '',
      'A paragraph',
      'on two lines.',
    ];
    const joined = [
      '### Added',
      '',
      '- First item that is wrapped twice over here.',
      '  - A nested item also wrapped.',
      '- Second item.',
      '',
      'A paragraph on two lines.',
    ];
    expect(joinWrappedLines([...wrapped, ...kept].join('\n'))).toBe(
      [...joined, ...kept].join('\n'),
    );
  });

  it('leaves one-line items as they are', () => {
    const flat = '- one\n- two\n\n## heading\ntext';
    expect(joinWrappedLines(flat)).toBe(flat);
  });
});

const HEAD = 'c0ffee'.padEnd(40, '0');
const OTHER = 'deadbeef'.padEnd(40, '0');

const facts = (overrides: Partial<ReleaseFacts> = {}): ReleaseFacts => ({
  requested: '1.1.0',
  packageVersion: '1.1.0',
  cliVersion: '1.1.0',
  changelog: CHANGELOG,
  tags: new Map([
    ['v1.0.0', OTHER],
    ['v1', OTHER],
  ]),
  head: HEAD,
  dryRun: false,
  ...overrides,
});

describe('planRelease', () => {
  it('tags, drafts from the dated section and moves the major tag', () => {
    const { plan, problems } = planRelease(facts());
    expect(problems).toEqual([]);
    expect(plan).toEqual({
      version: '1.1.0',
      tag: 'v1.1.0',
      createTag: true,
      majorTag: 'v1',
      prerelease: false,
      notes: '### Fixed\n\n- A fix.',
      notices: [],
    });
  });

  it('accepts the tag a push made on this commit, and refuses one on another commit', () => {
    expect(planRelease(facts({ tags: new Map([['v1.1.0', HEAD]]) })).plan?.createTag).toBe(false);
    const { plan, problems } = planRelease(facts({ tags: new Map([['v1.1.0', OTHER]]) }));
    expect(plan).toBeNull();
    expect(problems).toEqual([expect.stringContaining('v1.1.0 already points at deadbeef0000')]);
  });

  it('names every version that disagrees', () => {
    const { plan, problems } = planRelease(facts({ packageVersion: '1.0.0', cliVersion: '1.0.1' }));
    expect(plan).toBeNull();
    expect(problems).toEqual([
      expect.stringContaining('package.json says 1.0.0'),
      expect.stringContaining('the built CLI says 1.0.1'),
    ]);
  });

  it('refuses what is not a version', () => {
    expect(planRelease(facts({ requested: 'main; rm -rf /' })).problems).toEqual([
      expect.stringContaining('is not a version'),
    ]);
  });

  it('needs a dated, non-empty section for a real release', () => {
    const undated = planRelease(
      facts({ requested: '1.0.0', packageVersion: '1.0.0', cliVersion: '1.0.0', tags: new Map() }),
    );
    expect(undated.problems).toEqual([expect.stringContaining('[1.0.0] has no date')]);
    const missing = planRelease(
      facts({ requested: '1.2.0', packageVersion: '1.2.0', cliVersion: '1.2.0' }),
    );
    expect(missing.problems).toEqual([expect.stringContaining('no section ## [1.2.0]')]);
    const empty = planRelease(
      facts({ changelog: '## [1.1.0] - 2026-11-20\n\n## [1.0.0] - 2026-11-01\n- x\n' }),
    );
    expect(empty.problems).toEqual([expect.stringContaining('is empty')]);
  });

  it('in a dry run, drafts from Unreleased and says a real release would stop', () => {
    const { plan, problems } = planRelease(
      facts({ requested: '1.2.0', packageVersion: '1.2.0', cliVersion: '1.2.0', dryRun: true }),
    );
    expect(problems).toEqual([]);
    expect(plan?.notes).toBe('### Added\n\n- Something new that is wrapped.');
    expect(plan?.notices).toEqual([expect.stringContaining('a real release stops here')]);
  });

  it('a dry run still fails when there is no Unreleased section either', () => {
    const { plan } = planRelease(
      facts({
        requested: '1.2.0',
        packageVersion: '1.2.0',
        cliVersion: '1.2.0',
        dryRun: true,
        changelog: '# Changelog\n',
      }),
    );
    expect(plan).toBeNull();
  });

  it('leaves the major tag on a newer release of its line', () => {
    const changelog = `${CHANGELOG}\n## [1.0.1] - 2026-11-25\n\n- Backported fix.\n`;
    const { plan } = planRelease(
      facts({
        requested: '1.0.1',
        packageVersion: '1.0.1',
        cliVersion: '1.0.1',
        changelog,
        tags: new Map([
          ['v1.1.0', OTHER],
          ['v1.0.0', OTHER],
          ['v1', OTHER],
          ['v2.0.0', OTHER],
        ]),
      }),
    );
    expect(plan?.majorTag).toBeNull();
    expect(plan?.notices).toEqual(['v1.1.0 is newer: v1 stays on it']);
  });

  it('moves the major tag past pre-releases and other lines', () => {
    const { plan } = planRelease(
      facts({
        tags: new Map([
          ['v1.2.0-rc.1', OTHER],
          ['v2.0.0', OTHER],
          ['v1', OTHER],
          ['nightly', OTHER],
        ]),
      }),
    );
    expect(plan?.majorTag).toBe('v1');
  });

  it('never moves the major tag for a pre-release', () => {
    const changelog = '## [2.0.0-rc.1] - 2026-11-28\n\n- Candidate.\n';
    const { plan } = planRelease(
      facts({
        requested: 'v2.0.0-rc.1',
        packageVersion: '2.0.0-rc.1',
        cliVersion: '2.0.0-rc.1',
        changelog,
      }),
    );
    expect(plan).toMatchObject({ tag: 'v2.0.0-rc.1', majorTag: null, prerelease: true });
  });
});

describe('parseTagRefs', () => {
  it('takes the peeled commit of annotated tags and the object of lightweight ones', () => {
    const output = `v1.0.0 ${OTHER.replace('d', 'a')} ${OTHER}\nv1 ${HEAD} \n\n`;
    expect(parseTagRefs(output)).toEqual(
      new Map([
        ['v1.0.0', OTHER],
        ['v1', HEAD],
      ]),
    );
  });
});

describe('this repository', () => {
  it("CHANGELOG.md has the Unreleased section or one for package.json's version", () => {
    const changelog = readFileSync('CHANGELOG.md', 'utf8');
    const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
      .version;
    const section =
      changelogSection(changelog, packageVersion) ?? changelogSection(changelog, 'Unreleased');
    expect(section?.body).toMatch(/^### (Added|Changed|Deprecated|Removed|Fixed|Security)$/m);
  });
});
