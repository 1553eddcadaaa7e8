/** What a thrown value says: an `Error`'s message, or the value itself as a string. */
export const messageOf = (thrown: unknown): string => (thrown instanceof Error ? thrown.message : String(thrown));
