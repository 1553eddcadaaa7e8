// Wording shared by the client's messages: what a thrown value says, what kind of value a wrong one was, and a
// short excerpt of a body.

/** What a thrown value says: an `Error`'s message, or the value itself as a string. */
export const messageOf = (thrown: unknown): string => (thrown instanceof Error ? thrown.message : String(thrown));

/** A short, single-line excerpt of a body, so a message shows what a proxy (or a broken server) sent. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** The kind of a value, never the value itself (it may be a secret): `a number`, `null`, `undefined`, `an object`. */
export function kindOf(value: unknown): string {
  if (value == null) return String(value);
  const type = Array.isArray(value) ? "array" : typeof value;
  return `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}

/**
 * A wrong option as a message shows it, its type included: `the string "3"` is not `the number 3`. Strings and
 * numbers are shown whole (options are no secrets); anything else by its kind.
 */
export function shown(value: unknown): string {
  if (typeof value === "string") return `the string ${JSON.stringify(value)}`;
  if (typeof value === "number") return `the number ${value}`;
  return kindOf(value);
}
