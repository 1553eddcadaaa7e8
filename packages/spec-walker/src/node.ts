// The Node entry: everything the core reads, plus loading the bundle from its file.
export * from "./index.js";
export { bundlePath, loadBundle } from "./node/load-bundle.js";
