// The types a service's functions take their parameters by, derived from the spec's operations.
import type { operations } from "@backup-api/types";

export type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** One kind of an operation's parameters, or nothing when it has none. */
type ParameterPart<T> = [NonNullable<T>] extends [never] ? unknown : NonNullable<T>;

/** An operation's path and query parameters, as one flat object of the spec's names. */
export type FlatParams<K extends keyof operations> = Simplify<
  ParameterPart<operations[K]["parameters"]["path"]> & ParameterPart<operations[K]["parameters"]["query"]>
>;

/**
 * An operation's query, as the spec declares it. Written after a query literal (`satisfies Query<"get">`) it
 * makes tsc reject a misspelt optional parameter too, which openapi-fetch's inferred options would let through.
 */
export type Query<K extends keyof operations> = NonNullable<operations[K]["parameters"]["query"]>;

/** An operation's JSON request body, as the spec declares it (the wire view: what the client sends). */
export type Body<K extends keyof operations> = NonNullable<operations[K]["requestBody"]>["content"]["application/json"];
