// The cache node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { storage } from "../common";

export const cache = defineKind({
  ...storage,
  kind: "cache",
  label: "cache",
  api: { ...call("cache"), keepsValueType: true },
  sparkMethod: "DStream.cache",
  doc: "Keeps every batch's RDD once computed, at the default level MEMORY_ONLY_SER (DStream.cache, the same as persist()).",
  needsCheckpoint: false,
  params: [],
});
