export { startMock, type StartMockOptions, type RunningMock } from "./start-mock.js";
export { MockStartError } from "./errors.js";
export { bundledSpecPath, prismCliPath } from "./resolve-paths.js";
