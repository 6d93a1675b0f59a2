// What the app may import from the engine besides the worker protocol: plain data (the document's types
// and schema, every node kind's spec and the lookups over them) and pure functions over documents
// (validation, JSON import/export, share links, the block interval). Nothing here runs the engine:
// compile steps (kinds/compilers.ts) and emitters (kinds/emitters.ts) are imported only by the worker,
// the CLI and the exporters. biome.json's override for app/** holds the app to this entry.
export * from "./catalog";
export { pipelineFileName, pipelineFromJson, pipelineToJson } from "./jsonIO";
export { connectSource, hasRealSource, pipelineConnectSources } from "./realWorld";
export * from "./schema";
export { decodePipeline, sharedPipelineInHash, shareUrl } from "./share";
export * from "./types";
export { validatePipeline } from "./validate";
export { blockIntervalOf } from "./validateBlockInterval";
