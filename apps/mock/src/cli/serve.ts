// `pnpm --filter @backup-api/mock start`: the mock on 127.0.0.1:${PORT:-4010} until Ctrl-C / SIGTERM.
import { MockStartError } from "../errors.js";
import { startMock } from "../start-mock.js";

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a non-negative integer, got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return value;
}

const port = intFromEnv("PORT", 4010);
const seed = intFromEnv("SEED", 1);
const host = process.env.HOST || "127.0.0.1";

try {
  const mock = await startMock({
    port,
    seed,
    host,
    onOutput: (chunk, stream) => {
      const lines = chunk.split("\n").filter((line) => line);
      if (lines.length) (stream === "stderr" ? process.stderr : process.stdout).write(lines.join("\n") + "\n");
    },
  });
  console.log(`Prism mock of the Backup API listening on ${mock.url} (pid ${mock.pid})`);
  console.log(`Try: curl -H 'Authorization: Bearer test' '${mock.url}/backup/v1/backups/a3b9e4f1?folderId=b1g0'`);
  const shutdown = (signal: NodeJS.Signals) => {
    void mock.stop().then(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
} catch (error) {
  console.error(error instanceof MockStartError ? error.message : error);
  process.exit(1);
}
