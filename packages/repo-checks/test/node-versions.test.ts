// Every place that names the Node versions says the same. Two statements:
// - developing the repo (root package.json `engines`, .nvmrc, the README's quick start, the CI matrix): what
//   the toolchain needs (vite 8 and @redocly/cli 2.77 want ^20.19.0 || >=22.12.0; engine-strict enforces it);
// - running the packages (every workspace package's `engines`, and the README's sentence about them).
import semver from "semver";
import { describe, expect, it } from "vitest";
import { readPackageJson, readText, readWorkflow, workspacePackages } from "./support/repo-files.js";

const rootRange = readPackageJson(".").engines?.node ?? "";
const readme = readText("README.md");

/** "20.19+ or 22.12+": the lowest version of each alternative of a range, as a person writes it. */
function inWords(range: string): string {
  return new semver.Range(range).set
    .map((comparators) => semver.minVersion(comparators.map((c) => c.value).join(" "))!)
    .map(
      (lowest) =>
        `${lowest.major}${lowest.minor || lowest.patch ? `.${lowest.minor}` : ""}${lowest.patch ? `.${lowest.patch}` : ""}+`,
    )
    .join(" or ");
}

function ciNodeLines(): number[] {
  const matrix = readWorkflow("ci.yml").jobs.test?.strategy?.matrix?.node;
  if (!Array.isArray(matrix)) throw new Error(".github/workflows/ci.yml: jobs.test.strategy.matrix.node is not a list");
  return matrix.map(Number);
}

describe("the Node versions for developing the repo", () => {
  it("root package.json engines is a valid range, and the README's quick start states it", () => {
    expect(semver.validRange(rootRange), `root engines.node ${JSON.stringify(rootRange)}`).not.toBeNull();
    expect(readme).toContain(`You need Node ${inWords(rootRange)}`);
    expect(readme).toContain(`\`${rootRange}\``);
  });

  it(".nvmrc names the oldest version the engines allow", () => {
    const nvmrc = readText(".nvmrc").trim();
    expect(semver.validRange(nvmrc), `.nvmrc ${JSON.stringify(nvmrc)}`).not.toBeNull();
    expect(semver.minVersion(nvmrc)!.version).toBe(semver.minVersion(rootRange)!.version);
    expect(semver.subset(nvmrc, rootRange), `every ${nvmrc} release is inside ${rootRange}`).toBe(true);
    expect(readme).toContain(`\`.nvmrc\`: ${nvmrc}`);
  });

  it("CI runs every even (LTS) line the engines allow, from .nvmrc's up, and the README lists them", () => {
    const lines = ciNodeLines();
    const oldest = semver.minVersion(rootRange)!.major;
    const newest = Math.max(...lines);
    const lts = Array.from({ length: newest - oldest + 1 }, (_, i) => oldest + i).filter(
      (major) => major % 2 === 0 && semver.intersects(`${major}.x`, rootRange),
    );
    expect(lines).toEqual(lts);
    expect(lines[0]).toBe(semver.minVersion(readText(".nvmrc").trim())!.major);
    expect(readme).toContain(`CI runs it on Node ${lines.slice(0, -1).join(", ")} and ${lines.at(-1)}`);
  });
});

describe("the Node versions the packages run on", () => {
  const packages = workspacePackages();

  it("every workspace package states one engines range, which holds every version the repo is developed on", () => {
    const ranges = new Map(packages.map(({ dir, manifest }) => [dir, manifest.engines?.node]));
    const [first] = [...new Set(ranges.values())];
    expect(Object.fromEntries(ranges), "the packages' engines.node differ").toEqual(
      Object.fromEntries([...ranges.keys()].map((dir) => [dir, first])),
    );
    expect(semver.subset(rootRange, first!), `${rootRange} inside ${first}`).toBe(true);
  });

  it("the README states it", () => {
    const range = packages[0]!.manifest.engines!.node!;
    expect(readme).toContain(`the published packages run on Node ${inWords(range)} (their \`engines\`: \`${range}\`)`);
  });
});
