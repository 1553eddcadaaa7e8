// The Node entry: everything the core reads and the validators, plus loading the bundle from its file.
export * from "./index.js";
export * from "./validators-entry.js";
export { bundlePath, loadBundle } from "./node/load-bundle.js";
