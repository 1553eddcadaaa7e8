/** A short, single-line excerpt of a body, so a message shows what a proxy (or a broken server) sent. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
