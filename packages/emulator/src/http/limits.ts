// What the emulator's front door accepts, like a gateway's limits: past them the answer is a 4xx Status.
export const LIMITS = {
  /** Request bodies: StartRecoveryRequest is tiny, so anything near this is junk. */
  maxBodyBytes: 64 * 1024,
  /** The control API's bodies (`POST /_emulator/restore` takes a whole snapshot). */
  maxControlBodyBytes: 512 * 1024 * 1024,
  /** All request headers together, names and values (Node's own default is 16 KiB). */
  maxHeaderBytes: 16 * 1024,
} as const;
