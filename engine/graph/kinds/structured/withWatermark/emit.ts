// withWatermark(eventTime, delayThreshold).
import { inBoth, type StructuredKindEmitters } from "../../../../structured/codegen/emit";
import { text } from "../../../../structured/codegen/literals";

export const withWatermarkEmitters: StructuredKindEmitters = inBoth(
  ({ node: { params: p }, inputs }, l) =>
    `${inputs[0]}.withWatermark(${l.str(text(p.eventTime).trim())}, ${l.str(text(p.delayThreshold))})`,
);
