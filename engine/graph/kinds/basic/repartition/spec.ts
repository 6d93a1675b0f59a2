// The repartition node kind as plain data (no engine code: the app reads it). Its compile step and emission
// derive from `api` unless compile.ts / emit.ts beside this file say otherwise.

import { call, value } from "../../../catalog/api";
import { defineKind } from "../../../catalog/defineKind";
import { intParam } from "../../../catalog/params";
import { oneInput } from "../common";

export const repartition = defineKind({
  ...oneInput,
  kind: "repartition",
  api: { ...call("repartition", value("numPartitions")), keepsValueType: true },
  label: "repartition",
  sparkMethod: "DStream.repartition",
  doc: "Redistributes each RDD over a number of partitions (DStream.repartition).",
  requiresPairInput: false,
  output: "same-as-input",
  params: [
    intParam("numPartitions", "Partitions", 4, "Number of partitions of each output RDD.", {
      min: 1,
      max: 256,
    }),
  ],
  summary: (p) => `${p.numPartitions} partitions`,
});
