import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import "./chunk-NV5WPINZ.js";

// src/github/artifacts.ts
async function uploadProfileArtifact(upload) {
  const { DefaultArtifactClient } = await import("./artifact-PI3IMVG5.js");
  const client = new DefaultArtifactClient();
  const response = await client.uploadArtifact(upload.name, upload.files, upload.rootDirectory, {
    retentionDays: upload.retentionDays,
    // Profiles are small JSON; the best compression costs nothing noticeable.
    compressionLevel: 9
  });
  return { id: response.id ?? null, sizeBytes: response.size ?? null };
}
export {
  uploadProfileArtifact
};
