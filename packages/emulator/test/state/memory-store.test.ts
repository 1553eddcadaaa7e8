import { MemoryStore } from "../../src/state/store.js";
import { describeStore } from "./store-suite.js";

describeStore("memory", (state) => ({ store: new MemoryStore(structuredClone(state)), reopen: () => undefined }));
