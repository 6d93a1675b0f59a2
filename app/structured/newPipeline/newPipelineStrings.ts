// The new-pipeline choice's words, read from the message catalog (i18n/en/structured.ts) when shown;
// components that use them call useT() so that they redraw on a language change.
import { catalogStrings } from "../../i18n/catalogStrings";

export const newPipelineStrings = Object.assign(
  catalogStrings("structured.newPipeline", [
    "legend",
    "dstream",
    "dstreamHint",
    "structured",
    "structuredHint",
    "create",
    "untitledQuery",
    "untitledPipeline",
    "emptyTitle",
    "emptyText",
  ] as const),
  // The mode's own name: the API's, the same in every language.
  { modeBadge: { dstream: "DStream", structured: "Structured Streaming" } },
);
