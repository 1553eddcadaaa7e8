export { freePort } from "./free-port.js";
export { isAlive } from "./is-alive.js";
export { killProcessGroup, stopProcessGroup, type StopProcessGroupOptions } from "./process-group.js";
export { spawnServer, type SpawnedServer, type SpawnServerOptions } from "./spawn-server.js";
export { waitUntilPortRefuses, type WaitUntilPortRefusesOptions } from "./port-refuses.js";
