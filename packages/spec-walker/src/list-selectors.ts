// The selectors of a listing: parameters marked `x-selector` (spec/components/parameters/README.md) grouped by
// the selector they belong to. Exactly one selector is given per call; a selector whose parameters are all
// `required` needs every one of them, one whose parameters are all optional needs any one; a selector marked
// `paginated: false` answers in one page and takes no `pageToken`.
import type { SpecOperation, SpecParameter } from "./operations.js";

export interface ListSelector {
  /** The selector's name (`archive`), which is also its parameters' prefix (`archive.archiveId`). */
  name: string;
  parameters: SpecParameter[];
  /** `all`: every parameter is needed; `any`: any one will do. */
  needs: "all" | "any";
  paginated: boolean;
}

/** The selectors of `operation`, in the order of their first parameter; throws when the marks contradict. */
export function listSelectors(operation: SpecOperation): ListSelector[] {
  const byName = new Map<string, SpecParameter[]>();
  for (const parameter of operation.parameters) {
    if (!parameter.selector) continue;
    const group = byName.get(parameter.selector.name) ?? [];
    group.push(parameter);
    byName.set(parameter.selector.name, group);
  }
  return [...byName].map(([name, parameters]): ListSelector => {
    const where = `spec: ${operation.operationId}'s ${name} selector`;
    const required = new Set(parameters.map((parameter) => parameter.selector?.required === true));
    if (required.size > 1) throw new Error(`${where} mixes required and optional parameters`);
    const paginated = new Set(parameters.map((parameter) => parameter.selector?.paginated !== false));
    if (paginated.size > 1) throw new Error(`${where} is paginated on some parameters and not on others`);
    for (const parameter of parameters) {
      if (parameter.in !== "query") throw new Error(`${where}: ${parameter.name} is not a query parameter`);
      if (parameter.schema.type !== "string") throw new Error(`${where}: ${parameter.name} is not a string`);
      const plain = parameters.length === 1 && parameter.name === name;
      if (!plain && !parameter.name.startsWith(`${name}.`)) {
        throw new Error(`${where}: ${parameter.name} is not named ${name}.<field>`);
      }
    }
    return { name, parameters, needs: required.has(true) ? "all" : "any", paginated: paginated.has(true) };
  });
}
