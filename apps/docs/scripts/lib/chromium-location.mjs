// Where the browser tests (the docs page; the client in a browser) get their Chromium, and what to tell the
// person running them when there is none. The default is Debian's /usr/bin/chromium, which `pnpm test` installs
// with apt when it can (root on Debian); anywhere else it says how to point the tests at a browser instead.

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/** Chromium or Chrome binaries worth suggesting, per platform. */
const KNOWN_LOCATIONS = /** @type {Record<string, string[]>} */ ({
  linux: [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/snap/bin/chromium",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
  ],
  darwin: [
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  ],
  win32: [
    "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
  ],
});

/**
 * @typedef {{ env: Record<string, string | undefined>, platform: string, uid: number | undefined, exists: (path: string) => boolean }} Machine
 * @typedef {{ action: "use", path: string } | { action: "install-with-apt", path: string } | { action: "fail", message: string }} ChromiumPlan
 */

/** @param {Machine} machine @returns {ChromiumPlan} */
export function chromiumPlan({ env, platform, uid, exists }) {
  const chosen = env.CHROMIUM_PATH;
  const found = (KNOWN_LOCATIONS[platform] ?? []).filter((path) => path !== chosen && exists(path));
  if (chosen !== undefined && chosen !== "") {
    if (exists(chosen)) return { action: "use", path: chosen };
    return {
      action: "fail",
      message: [`CHROMIUM_PATH is ${JSON.stringify(chosen)}, but there is no file there.`, ...pointAt(found)].join(
        "\n",
      ),
    };
  }
  if (exists(DEFAULT_CHROMIUM)) return { action: "use", path: DEFAULT_CHROMIUM };
  const debian = platform === "linux" && exists("/usr/bin/apt-get");
  if (debian && uid === 0) return { action: "install-with-apt", path: DEFAULT_CHROMIUM };
  return {
    action: "fail",
    message: [
      `No Chromium at ${DEFAULT_CHROMIUM} for the browser tests${debian ? "" : " (pnpm test installs it only on Debian, with apt)"}.`,
      ...pointAt(found),
      ...(debian
        ? [
            "Or install Debian's: sudo apt-get update && sudo apt-get install -y chromium (pnpm test does it itself as root).",
          ]
        : []),
    ].join("\n"),
  };
}

/** @param {string[]} found */
function pointAt(found) {
  const example = found[0] ?? "/path/to/chromium";
  return [
    `Point the tests at a Chromium or Chrome you have: CHROMIUM_PATH=${quoted(example)} pnpm test`,
    found.length ? `Found on this machine: ${found.join(", ")}` : "None found in the usual places on this machine.",
  ];
}

/** @param {string} path */
function quoted(path) {
  return /^[\w./:-]+$/.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`;
}
