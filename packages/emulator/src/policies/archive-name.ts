// The name an archive gets from its policy's `settings.archive.name` rule, for the seed's archives and for those
// a policy's first backup of an instance creates alike.
import type { Instance, Policy } from "../state/model.js";

/**
 * `[Machine Name]`, `[Plan ID]`, `[Plan Name]` and `[Unique ID]` (the caller's: the first 8 characters of the
 * archive's id) replaced; a rule in single quotes is taken without them. No rule: `<instance>-<policy>`.
 */
export function archiveNameOf(policy: Policy, instance: Instance, uniqueId: string): string {
  const rule = policy.settings.archive?.name?.replace(/^'(.*)'$/, "$1");
  if (!rule) return `${instance.name}-${policy.name}`;
  return rule
    .replaceAll("[Machine Name]", instance.name)
    .replaceAll("[Plan ID]", policy.id)
    .replaceAll("[Plan Name]", policy.name)
    .replaceAll("[Unique ID]", uniqueId);
}
