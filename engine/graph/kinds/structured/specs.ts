// The Structured Streaming kinds' plain data, in the palette's order (the structured pipelines' palette).
// Adding one: its folder here with spec.ts and emit.ts (PySpark and Scala), one line below and one in
// emitters.ts beside this file.
import { clickStream } from "./clickStream/spec";
import { dropDuplicates } from "./dropDuplicates/spec";
import { files } from "./files/spec";
import { filter } from "./filter/spec";
import { groupBy } from "./groupBy/spec";
import { join } from "./join/spec";
import { memoryStream } from "./memoryStream/spec";
import { rate } from "./rate/spec";
import { select } from "./select/spec";
import { sensorReadings } from "./sensorReadings/spec";
import { socket } from "./socket/spec";
import { staticTable } from "./staticTable/spec";
import { where } from "./where/spec";
import { withColumn } from "./withColumn/spec";
import { withWatermark } from "./withWatermark/spec";
import { writeStream } from "./writeStream/spec";

export const structuredKindSpecs = [
  // sources
  memoryStream,
  socket,
  rate,
  sensorReadings,
  clickStream,
  files,
  staticTable,
  // transformations
  select,
  where,
  filter,
  withColumn,
  // event time and aggregation
  withWatermark,
  groupBy,
  // state
  dropDuplicates,
  // joins
  join,
  // sink
  writeStream,
] as const;

/** Every Structured Streaming kind's name, e.g. "structured.select". */
export type StructuredKindName = (typeof structuredKindSpecs)[number]["kind"];
