// Ids of what an agent's registration makes, shaped like the service's: a new instance's id (the seed's prefixes;
// an external machine's like the docs' `cdgd246kiae3…`) and the backup service's upper-case resource UUID.
import type { InstanceKind } from "../state/model.js";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

const PREFIX_OF_KIND: Record<InstanceKind, string> = {
  COMPUTE: "fhm",
  BMS: "ly5",
  EXTERNAL_VM: "cdg",
  EXTERNAL_SERVER: "cdg",
};

export function newInstanceId(kind: InstanceKind): string {
  const random = crypto.getRandomValues(new Uint8Array(17));
  return `${PREFIX_OF_KIND[kind]}${Array.from(random, (byte) => ALPHABET[byte % ALPHABET.length]).join("")}`;
}

/** The docs show resource ids as upper-case UUIDs (`7AF6A532-D1DC-…`). */
export function newResourceId(): string {
  return crypto.randomUUID().toUpperCase();
}
