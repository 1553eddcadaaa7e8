// The one-selector rule of `list`, read from the spec's `x-selector` marks: which selectors exist, which of
// their parameters each needs, and which take no pageToken.
import { invalidArgument } from "../http/api-error.js";
import type { FieldViolation } from "../http/field-violations.js";
import { LIST_SELECTORS as SELECTORS } from "../spec/bundled-spec.js";

type Selector = (typeof SELECTORS)[number];

const describeSelector = (selector: Selector) =>
  selector.parameters.map((parameter) => parameter.name).join(selector.needs === "all" ? " + " : " and/or ");

export interface ChosenSelector {
  selector: Selector;
  /** The selector's parameters that were given, by wire name. */
  values: Record<string, string>;
}

/** The one selector the query gives, or a 400 naming what is missing or in conflict. */
export function chooseSelector(query: Record<string, unknown>): ChosenSelector {
  const given = SELECTORS.filter((selector) =>
    selector.parameters.some((parameter) => query[parameter.name] !== undefined),
  );
  if (given.length === 0) {
    throw invalidArgument(
      [
        {
          field: "selector",
          description: `give exactly one selector: ${SELECTORS.map(describeSelector).join(", ")}; none was given`,
        },
      ],
      "No selector",
    );
  }
  if (given.length > 1) {
    const names = given.map((selector) => selector.name);
    const violations: FieldViolation[] = given.flatMap((selector) =>
      selector.parameters
        .filter((parameter) => query[parameter.name] !== undefined)
        .map((parameter) => ({
          field: parameter.name,
          description: `selects by ${selector.name}, in conflict with ${names.filter((name) => name !== selector.name).join(" and ")}: give exactly one selector`,
        })),
    );
    throw invalidArgument(violations, "More than one selector");
  }
  const selector = given[0]!;
  const values: Record<string, string> = {};
  const missing: FieldViolation[] = [];
  for (const parameter of selector.parameters) {
    const value = query[parameter.name];
    if (value !== undefined) values[parameter.name] = String(value);
    else if (selector.needs === "all")
      missing.push({
        field: parameter.name,
        description: `is required with the ${selector.name} selector (${describeSelector(selector)})`,
      });
  }
  if (missing.length > 0) throw invalidArgument(missing, "Incomplete selector");
  if (!selector.paginated && query.pageToken !== undefined) {
    throw invalidArgument(
      [{ field: "pageToken", description: `is not allowed with the ${selector.name} selector` }],
      "Invalid pageToken",
    );
  }
  return { selector, values };
}
