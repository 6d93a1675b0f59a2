// The structured kinds' PySpark and Scala emitters (code generation only: the app's palette never loads
// this file). The sink, writeStream, is written by the programs themselves (writeStream/emit.ts).
import type { StructuredKindEmitters } from "../../../structured/codegen/emit";
import { clickStreamEmitters } from "./clickStream/emit";
import { dropDuplicatesEmitters } from "./dropDuplicates/emit";
import { filesEmitters } from "./files/emit";
import { filterEmitters } from "./filter/emit";
import { groupByEmitters } from "./groupBy/emit";
import { joinEmitters } from "./join/emit";
import { memoryStreamEmitters } from "./memoryStream/emit";
import { rateEmitters } from "./rate/emit";
import { selectEmitters } from "./select/emit";
import { sensorReadingsEmitters } from "./sensorReadings/emit";
import { socketEmitters } from "./socket/emit";
import type { StructuredKindName } from "./specs";
import { staticTableEmitters } from "./staticTable/emit";
import { whereEmitters } from "./where/emit";
import { withColumnEmitters } from "./withColumn/emit";
import { withWatermarkEmitters } from "./withWatermark/emit";

export const structuredKindEmitters: Record<
  Exclude<StructuredKindName, "structured.writeStream">,
  StructuredKindEmitters
> = {
  "structured.memoryStream": memoryStreamEmitters,
  "structured.socket": socketEmitters,
  "structured.rate": rateEmitters,
  "structured.sensorReadings": sensorReadingsEmitters,
  "structured.clickStream": clickStreamEmitters,
  "structured.files": filesEmitters,
  "structured.staticTable": staticTableEmitters,
  "structured.select": selectEmitters,
  "structured.where": whereEmitters,
  "structured.filter": filterEmitters,
  "structured.withColumn": withColumnEmitters,
  "structured.withWatermark": withWatermarkEmitters,
  "structured.groupBy": groupByEmitters,
  "structured.dropDuplicates": dropDuplicatesEmitters,
  "structured.join": joinEmitters,
};

/** The emitters of a node's kind (writeStream and DStream kinds have none here). */
export function structuredEmittersOf(kind: string): StructuredKindEmitters | undefined {
  return Object.hasOwn(structuredKindEmitters, kind)
    ? structuredKindEmitters[kind as keyof typeof structuredKindEmitters]
    : undefined;
}
