// Holds the fault rules and decides, per request, which one hits it.
import type { OperationId } from "@backup-api/types";
import { checkFaultRule, type FaultRule } from "./fault-rule.js";

export interface ActiveFault {
  id: number;
  rule: FaultRule;
  /** Requests it has hit so far. */
  hits: number;
}

export class FaultInjector {
  private rules: ActiveFault[] = [];
  private nextId = 1;

  constructor(private readonly random: () => number) {}

  /** Adds a rule; returns its id, for `remove`. */
  add(rule: FaultRule): number {
    const checked = checkFaultRule(rule);
    const id = this.nextId++;
    this.rules.push({ id, rule: checked, hits: 0 });
    return id;
  }

  remove(id: number): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((fault) => fault.id !== id);
    return this.rules.length !== before;
  }

  clear(): void {
    this.rules = [];
  }

  list(): ActiveFault[] {
    return this.rules.map((fault) => ({ ...fault, rule: { ...fault.rule } }));
  }

  /** The rule that hits this request, if any; a rule used up by it is dropped. */
  take(operationId: OperationId): FaultRule | undefined {
    for (const fault of this.rules) {
      const { rule } = fault;
      if (rule.operationId !== undefined && rule.operationId !== "*" && rule.operationId !== operationId) continue;
      if (rule.probability !== undefined && this.random() >= rule.probability) continue;
      fault.hits += 1;
      if (rule.times !== undefined && fault.hits >= rule.times) this.remove(fault.id);
      return rule;
    }
    return undefined;
  }
}
