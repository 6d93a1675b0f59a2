// A node kind's spec with its `kind` kept as a literal type, so the registry (../kinds/specs.ts) can
// name every kind in a union type (`KindName`) and each per-kind table can be checked against it.
import type { NodeKindSpec } from "../types";

export function defineKind<const K extends string>(spec: NodeKindSpec<K>): NodeKindSpec<K> {
  return spec;
}
