/**
 * Uploads the run profile (and its history digest) with @actions/artifact (the Twirp + blob protocol the runner grants
 * through ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL). Imported lazily by the post step only:
 * the client is large and the main step never needs it.
 */
export interface UploadRequest {
  name: string;
  /** Absolute paths of the files to upload (the profile, and the history digest when there is one). */
  files: string[];
  rootDirectory: string;
  retentionDays: number;
}

export interface UploadResult {
  id: number | null;
  sizeBytes: number | null;
}

export async function uploadProfileArtifact(upload: UploadRequest): Promise<UploadResult> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const response = await client.uploadArtifact(upload.name, upload.files, upload.rootDirectory, {
    retentionDays: upload.retentionDays,
    // Profiles are small JSON; the best compression costs nothing noticeable.
    compressionLevel: 9,
  });
  return { id: response.id ?? null, sizeBytes: response.size ?? null };
}
