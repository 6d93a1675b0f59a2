// What the app may import from the engine besides the worker protocol: plain data (the document's types
// and schema, every node kind's spec and the lookups over them) and pure functions over documents
// (the block interval, where a share link keeps its pipeline). Not here, because the page loads them
// lazily: the validator (./validateDocument, with the function check it loads when first needed) and
// whatever reads or writes whole documents: the schema, JSON files, share links (./documentIO). Nothing here runs the engine:
// compile steps (kinds/compilers.ts) and emitters (kinds/emitters.ts) are imported only by the worker,
// the CLI and the exporters. biome.json's override for app/** holds the app to this entry.
export * from "./catalog";
export { defaultSettings, emptyPipeline } from "./defaults";
export { connectSource, hasRealSource, pipelineConnectSources } from "./realWorld";
export type { ParseResult } from "./schema";
export { SHARE_HASH_KEY, sharedPipelineInHash } from "./shareHash";
export * from "./types";
export { blockIntervalOf } from "./validateBlockInterval";
