/**
 * Names of the run-profile artifact. One artifact per job, matrix combination and attempt:
 * the same name twice in one run is rejected (409), and a later run must find it by exact name
 * (`GET /repos/{o}/{r}/actions/artifacts?name=`), so the name is built from stable parts only.
 */
import { createHash } from 'node:crypto';

export const ARTIFACT_PREFIX = 'resource-planner';
/** The file inside the artifact. */
export const PROFILE_FILE_NAME = 'run-profile.json';

/** Characters GitHub refuses in artifact names, plus anything outside a conservative set. */
const UNSAFE_NAME_CHARACTERS = /[^A-Za-z0-9._-]+/g;

/** A short, stable hash of the matrix combination ('none' outside a matrix). */
export function matrixHash(matrixKey: string | null): string {
  if (matrixKey === null || matrixKey === '' || matrixKey === 'null') return 'none';
  return createHash('sha256').update(matrixKey).digest('hex').slice(0, 8);
}

/** `resource-planner-<job>-<matrix hash>-<attempt>`, with the job id made safe and short. */
export function profileArtifactName(
  job: string,
  matrixKey: string | null,
  attempt: number,
): string {
  const safeJob = job.replace(UNSAFE_NAME_CHARACTERS, '_').slice(0, 64) || 'job';
  return `${ARTIFACT_PREFIX}-${safeJob}-${matrixHash(matrixKey)}-${attempt}`;
}
