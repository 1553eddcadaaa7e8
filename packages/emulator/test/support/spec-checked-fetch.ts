// A fetch over an emulator that checks every answer against the spec: a success against the operation's 200
// schema, anything else against google.rpc.Status, each with an x-request-id. A test using it fails on the
// first answer the spec does not allow.
//
// The check is independent of the code under test: the bundle is read from its file by @backup-api/spec-walker,
// validated by a validator of its own (meta-schema check included), and the operation is found by its path
// template here, not by the emulator's router or validator.
import { createValidator, listOperations, loadBundle, type SpecOperation } from "@backup-api/spec-walker/node";
import type { Emulator } from "../../src/index.js";

const doc = loadBundle();
const validator = createValidator(doc);
const operations = listOperations(doc);

/** The operation a request is for: the template that matches with the most literal text (`{id}:verb` first). */
function operationFor(method: string, pathname: string): SpecOperation | undefined {
  const literalLength = (operation: SpecOperation) => operation.path.replace(/\{[^}]+\}/g, "").length;
  const pattern = (operation: SpecOperation) =>
    // a parameter spans one segment; braces are left out of the escaping so that they can be found
    new RegExp(`^${operation.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`);
  const matches = (operation: SpecOperation) => pattern(operation).test(pathname);
  return operations
    .filter((operation) => operation.method === method.toLowerCase() && matches(operation))
    .sort((a, b) => literalLength(b) - literalLength(a))[0];
}

export class SpecViolation extends Error {}

export async function assertFitsSpec(request: Request, response: Response): Promise<void> {
  const url = new URL(request.url);
  if (url.pathname.startsWith("/_emulator")) return;
  const where = `${request.method} ${url.pathname}${url.search} → ${response.status}`;
  if (!response.headers.get("x-request-id")) throw new SpecViolation(`${where}: no x-request-id`);
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => {
      throw new SpecViolation(`${where}: the body is not JSON`);
    });
  const operation = response.ok ? operationFor(request.method, url.pathname) : undefined;
  if (response.ok && !operation) throw new SpecViolation(`${where}: a success for a route the spec does not have`);
  const pointer = operation ? validator.responseSchemaPointer(operation, 200) : "/components/schemas/Status";
  const validate = validator.validatorAt(pointer);
  if (!validate(body)) {
    throw new SpecViolation(
      `${where}: the body breaks ${pointer}: ${JSON.stringify(validate.errors)}\n${JSON.stringify(body)}`,
    );
  }
  if (!response.ok) {
    const details = (body as { details?: Array<{ "@type": string; requestId?: string }> }).details ?? [];
    const requestInfo = details.find((detail) => detail["@type"].endsWith("google.rpc.RequestInfo"));
    if (requestInfo?.requestId !== response.headers.get("x-request-id")) {
      throw new SpecViolation(
        `${where}: RequestInfo.requestId ${requestInfo?.requestId} is not the x-request-id header`,
      );
    }
  }
}

export function specCheckedFetch(emulator: Emulator): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await emulator.fetch(request.clone());
    await assertFitsSpec(request, response);
    return response;
  };
}
