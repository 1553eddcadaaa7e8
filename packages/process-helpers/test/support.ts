import { fileURLToPath } from "node:url";

/** The path of a script under test/fixtures/. */
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
