// Wording shared by the client's messages: what a thrown value says, and a short excerpt of a body.

/** What a thrown value says: an `Error`'s message, or the value itself as a string. */
export const messageOf = (thrown: unknown): string => (thrown instanceof Error ? thrown.message : String(thrown));

/** A short, single-line excerpt of a body, so a message shows what a proxy (or a broken server) sent. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
