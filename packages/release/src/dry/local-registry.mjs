// @ts-check
// A throw-away npm registry on loopback (Verdaccio, the registry npm's own docs suggest for private testing),
// so the dry run publishes with the real publish path and installs by name, like a user. It serves the
// @backup-api scope only, from a temp folder that `stop` deletes; every other name 404s here, so a consumer
// project points just the scope at it and takes the rest from its usual registry.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runServer } from "verdaccio";

/**
 * @typedef {{ url: string, npmrc: string, env: Record<string, string>, stop: () => Promise<void> }} LocalRegistry
 * `npmrc` points the scope at the registry with a token to publish with; `env` makes npm, pnpm and changesets
 * read it (changesets looks at `npm_config_<scope>:registry` itself, not at the npmrc).
 */

/** @param {string} scope say `@backup-api` @returns {Promise<LocalRegistry>} */
export async function startLocalRegistry(scope) {
  const dir = mkdtempSync(join(tmpdir(), "backup-api-registry-"));
  /** @type {import('node:http').Server | undefined} */
  let server;
  const stop = async () => {
    if (server?.listening) await new Promise((resolve) => server?.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const listening = /** @type {import('node:http').Server} */ (
      await runServer({
        self_path: join(dir, "config.yaml"),
        storage: join(dir, "storage"),
        auth: { htpasswd: { file: join(dir, "htpasswd"), max_users: 1 } },
        uplinks: {},
        packages: { [`${scope}/*`]: { access: "$all", publish: "$authenticated" } },
        web: { enable: false },
        log: { type: "stdout", format: "pretty", level: "error" },
      })
    );
    server = listening;
    await new Promise((resolve, reject) =>
      listening.once("error", reject).listen(0, "127.0.0.1", () => resolve(undefined)),
    );
    const address = /** @type {import('node:net').AddressInfo} */ (listening.address());
    const url = `http://127.0.0.1:${address.port}/`;
    // `npm adduser` does this PUT: the registry creates the user and answers with a token to publish with.
    const user = "release-dry-run";
    const response = await fetch(`${url}-/user/org.couchdb.user:${user}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: user, password: `${user}-${process.pid}` }),
    });
    const body = /** @type {{ token?: string }} */ (await response.json());
    if (!response.ok || !body.token)
      throw new Error(`the local registry refused to create a user: ${response.status} ${JSON.stringify(body)}`);
    const npmrc = join(dir, "npmrc");
    writeFileSync(npmrc, `${scope}:registry=${url}\n//${new URL(url).host}/:_authToken=${body.token}\n`);
    // noproxy: an HTTP(S)_PROXY of the environment must not carry loopback traffic away.
    const env = {
      npm_config_userconfig: npmrc,
      [`npm_config_${scope}:registry`]: url,
      npm_config_noproxy: "127.0.0.1",
    };
    return { url, npmrc, env, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
