/*
 * Translates our rule conditions (json-rules-engine syntax) to JSON Logic for json-logic-engine. Covers the
 * operators the benchmark uses; data is `{ <fact>: value, params }`, so a fact path `a` + `b.c` is `{var: "a.b.c"}`.
 */
import type { Condition } from "../../src/rules/engine/index";

function operand(fact: string, path: string | undefined): unknown {
  return { var: path === undefined ? fact : `${fact}.${path}` };
}

function value(v: unknown): unknown {
  if (v !== null && typeof v === "object" && Object.hasOwn(v, "fact")) {
    const ref = v as { fact: string; path?: string };
    return operand(ref.fact, ref.path);
  }
  return v;
}

export function toJsonLogic(node: Condition): unknown {
  if ("all" in node) return { and: node.all.map(toJsonLogic) };
  if ("any" in node) return { or: node.any.map(toJsonLogic) };
  if ("not" in node) return { "!": [toJsonLogic(node.not)] };
  const a = operand(node.fact, node.path);
  const b = value(node.value);
  switch (node.operator) {
    case "equal":
      return { "===": [a, b] };
    case "notEqual":
      return { "!==": [a, b] };
    case "lessThan":
      return { "<": [a, b] };
    case "lessThanInclusive":
      return { "<=": [a, b] };
    case "greaterThan":
      return { ">": [a, b] };
    case "greaterThanInclusive":
      return { ">=": [a, b] };
    case "in":
      return { in: [a, b] };
    case "notIn":
      return { "!": [{ in: [a, b] }] };
    case "contains":
      return { in: [b, a] };
    case "doesNotContain":
      return { "!": [{ in: [b, a] }] };
    default:
      throw new Error(`toJsonLogic: operator ${node.operator} has no JSON Logic translation here`);
  }
}
