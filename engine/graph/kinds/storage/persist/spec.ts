// The persist node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, value } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { levels, storage } from "../common";

export const persist = defineKind({
  ...storage,
  kind: "persist",
  label: "persist",
  api: { ...call("persist", value("storageLevel")), keepsValueType: true },
  sparkMethod: "DStream.persist",
  doc: "Keeps every batch's RDD once computed at a storage level (DStream.persist(level)); the simulation holds every level in memory.",
  needsCheckpoint: false,
  params: [
    {
      name: "storageLevel",
      label: "Storage level",
      param: { type: "enum", options: Object.entries(levels).map(([v, label]) => ({ value: v, label })) },
      default: "MEMORY_ONLY_SER",
      doc: "Spark's StorageLevel; DStream.persist() without one uses MEMORY_ONLY_SER.",
    },
  ],
  summary: (p) => String(p.storageLevel),
});
