// @backup-api/emulator/msw: request handlers for Mock Service Worker 2.x (an optional peer dependency).
export { createEmulatorHandlers, type EmulatorHandlersOptions } from "./msw/create-handlers.js";
