/** A node of the document. Its shape is open (extensions, examples, schemas), so nodes are read loosely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SpecNode = { [key: string]: any };
