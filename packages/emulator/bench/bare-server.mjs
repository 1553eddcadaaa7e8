// The ceiling for section 1, in a child process like the emulator: node:http answering every request with the
// very bytes and headers the emulator answered once. emulator ÷ this = the share of a bare HTTP server's rate
// that the emulator keeps after routing, validation, state and proto3 JSON.
import { createServer } from "node:http";

process.once("message", ({ body, headers }) => {
  const payload = Buffer.from(body);
  const server = createServer((_request, response) => {
    response.writeHead(200, { ...headers, "content-length": String(payload.length) });
    response.end(payload);
  });
  server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
});
process.on("disconnect", () => process.exit(0));
