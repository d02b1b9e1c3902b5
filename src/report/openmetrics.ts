/**
 * A run profile as OpenMetrics text (https://prometheus.io/docs/specs/om/open_metrics_spec/): one
 * gauge family per figure, one sample per phase, so a node-exporter textfile collector or a
 * Pushgateway can take it and alert rules can compare a phase's peak with the limit. Pure.
 * Names, units and example alert rules: docs/metrics.md.
 */
import type { DriftReport } from '../drift/drift.js';
import { mainWorkerGroup, workersRan } from '../profile/worker-group.js';
import type { PhaseProfile, RunProfile } from '../profile/types.js';

/** Every metric name starts with this (Prometheus' naming: the program as the namespace). */
export const METRIC_PREFIX = 'resource_planner_';

/** Longest label value written (code points); phase names are user input and may be long. */
const MAX_LABEL_LENGTH = 128;

interface Family {
  name: string;
  help: string;
  unit?: 'bytes' | 'seconds';
  samples: { labels: Record<string, string>; value: number }[];
}

/**
 * A label value as the text format requires: backslash, double quote and line feed escaped
 * (the only three escapes the format has), other control characters dropped, length capped.
 */
export function escapeLabelValue(value: string): string {
  const kept = [...value]
    .filter((character) => {
      const code = character.charCodeAt(0);
      return code === 0x0a || (code >= 0x20 && code !== 0x7f);
    })
    .slice(0, MAX_LABEL_LENGTH)
    .join('');
  return kept.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** A sample value: integers as they are, others with up to 6 decimals (no exponent, no NaN). */
function formatValue(value: number): string {
  if (!Number.isFinite(value)) return 'NaN';
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6);
}

function renderFamily(family: Family): string[] {
  if (family.samples.length === 0) return [];
  const name = `${METRIC_PREFIX}${family.name}`;
  const lines = [`# TYPE ${name} gauge`];
  if (family.unit) lines.push(`# UNIT ${name} ${family.unit}`);
  lines.push(`# HELP ${name} ${family.help}`);
  for (const sample of family.samples) {
    const labels = Object.entries(sample.labels)
      .map(([key, value]) => `${key}="${escapeLabelValue(value)}"`)
      .join(',');
    lines.push(`${name}${labels ? `{${labels}}` : ''} ${formatValue(sample.value)}`);
  }
  return lines;
}

/** Workers of the main group that ran at once (see `workersRan`). */
function workersUsed(phase: PhaseProfile): number | null {
  const group = mainWorkerGroup(phase);
  return group ? workersRan(group) : null;
}

/**
 * The profile (and, where there was a baseline, its drift) as OpenMetrics text, ending in `# EOF`.
 * Every phase sample carries `phase`; job identity travels in the Pushgateway's grouping key
 * (docs/metrics.md), not in labels, so the series of one job line up run after run.
 */
export function renderOpenMetrics(profile: RunProfile, drift: DriftReport | null = null): string {
  const perPhase = (
    pick: (phase: PhaseProfile) => number | null,
  ): { labels: Record<string, string>; value: number }[] =>
    profile.phases.flatMap((phase) => {
      const value = pick(phase);
      return value === null ? [] : [{ labels: { phase: phase.name }, value }];
    });
  const families: Family[] = [
    {
      name: 'memory_limit_bytes',
      help: 'Memory the job could use: the cgroup limit, else the runner memory.',
      unit: 'bytes',
      samples: [{ labels: {}, value: profile.host.memoryLimitBytes }],
    },
    {
      name: 'cpus',
      help: 'CPUs the job could use (cgroup quota and affinity included).',
      samples: [{ labels: {}, value: profile.host.cpus }],
    },
    {
      name: 'phase_peak_bytes',
      help: "Highest sum of the job's processes' RSS in one sample of the phase.",
      unit: 'bytes',
      samples: perPhase((phase) => phase.treeRss.peakBytes),
    },
    {
      name: 'phase_cgroup_peak_bytes',
      help: "Highest memory charge of the job's cgroup in the phase.",
      unit: 'bytes',
      samples: perPhase((phase) => phase.peakCgroupUsageBytes),
    },
    {
      name: 'phase_duration_seconds',
      help: 'Duration of the phase.',
      unit: 'seconds',
      samples: perPhase((phase) => phase.durationMs / 1000),
    },
    {
      name: 'phase_workers_planned',
      help: 'Workers the plan recommended for the phase.',
      samples: perPhase((phase) => phase.workersRecommended),
    },
    {
      name: 'phase_workers_used',
      help: 'Workers of the main worker group that ran at once for a sustained part of the phase.',
      samples: perPhase(workersUsed),
    },
    {
      name: 'phase_oom_kills',
      help: 'Processes OOM-killed during the phase (this run; not a running total).',
      samples: perPhase((phase) => phase.oomKills),
    },
    {
      name: 'phase_heap_limit_kills',
      help: 'Node processes that stopped at the V8 heap limit during the phase (recorded by run/exec; absent where nobody watched).',
      samples: perPhase((phase) => phase.heapLimitKills),
    },
    {
      name: 'phase_peak_change_ratio',
      help: "The phase's peak against the baseline runs' median: (this run - median) / median.",
      samples: (drift?.phases ?? []).flatMap((phase) =>
        phase.peak.changeFraction === null
          ? []
          : [{ labels: { phase: phase.name }, value: phase.peak.changeFraction }],
      ),
    },
    {
      name: 'phase_drift',
      help: 'Whether the phase drifted against the baseline: 1 drift, 0 not, -1 an improvement.',
      samples: (drift?.phases ?? []).flatMap((phase) =>
        phase.verdict === 'no-baseline'
          ? []
          : [
              {
                labels: { phase: phase.name },
                value: phase.verdict === 'drift' ? 1 : phase.verdict === 'improvement' ? -1 : 0,
              },
            ],
      ),
    },
  ];
  return `${[...families.flatMap(renderFamily), '# EOF'].join('\n')}\n`;
}

/**
 * The Pushgateway path of a job's group: `/metrics/job/resource-planner` plus one `name@base64/
 * value` pair per label (base64url: any value, slashes included, fits a path segment; the
 * Pushgateway's documented form). Empty values are left out.
 */
export function pushgatewayPath(grouping: Record<string, string | null>): string {
  const parts = ['metrics', 'job', 'resource-planner'];
  for (const [name, value] of Object.entries(grouping)) {
    if (!value) continue;
    parts.push(`${name}@base64`, Buffer.from(value, 'utf8').toString('base64url') || '=');
  }
  return `/${parts.join('/')}`;
}
