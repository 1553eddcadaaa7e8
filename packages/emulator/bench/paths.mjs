// Where the emulator under test lives on disk: its build and bin. (The bundled spec and Prism's CLI come from
// @backup-api/mock, so the bench runs the same Prism on the same document as startMock().)
import { fileURLToPath } from "node:url";

/** The emulator as users get it: the built ESM entry, not the TypeScript sources. */
export const EMULATOR_INDEX_URL = new URL("../dist/index.js", import.meta.url).href;
export const EMULATOR_BIN = fileURLToPath(new URL("../bin/backup-api-emulator.mjs", import.meta.url));
