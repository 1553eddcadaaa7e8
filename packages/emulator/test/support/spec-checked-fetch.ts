// A fetch over an emulator that checks every answer against the spec: a success against the operation's 200
// schema, anything else against google.rpc.Status, each with an x-request-id. A test using it fails on the
// first answer the spec does not allow.
import type { Emulator } from "../../src/index.js";
import { SPEC_OPERATIONS } from "../../src/spec/operations.js";
import { createRouter } from "../../src/spec/router.js";
import { validatorAt } from "../../src/spec/schema-validator.js";

const match = createRouter(SPEC_OPERATIONS);

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
  const route = match(request.method, url.pathname);
  const pointer =
    response.ok && route.kind === "found" ? route.route.operation.responseSchemaPointer : "/components/schemas/Status";
  const validate = validatorAt(pointer);
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
