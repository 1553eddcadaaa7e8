// The backup every HTTP measurement asks for: a real, live backup of the default seed, which is deterministic,
// so the emulator in a child process holds the very same one. Prism answers any id from its examples.
import { EMULATOR_INDEX_URL } from "./paths.mjs";

export const AUTH_HEADERS = { authorization: "Bearer bench" };

export async function seedTarget() {
  const { createEmulator, DEFAULT_SEED_FOLDER_ID } = await import(EMULATOR_INDEX_URL);
  const state = createEmulator().snapshot();
  const record = state.backups.findLast(
    (candidate) => candidate.folderId === DEFAULT_SEED_FOLDER_ID && !candidate.backup.deleted,
  );
  const backupId = record.backup.id;
  const folderId = record.folderId;
  return {
    backupId,
    folderId,
    path: `/backup/v1/backups/${encodeURIComponent(backupId)}?folderId=${encodeURIComponent(folderId)}`,
  };
}
