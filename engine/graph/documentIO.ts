// Reading and writing whole documents: the schema (zod) that every document read passes, JSON files and
// share links (lz-string). Not in ./index.ts, which the page loads first: the page imports this entry
// where it reads or writes a document (a stored pipeline, an import, an example, a share link), lazily.

export { pipelineFileName, pipelineFromJson, pipelineToJson } from "./jsonIO";
export * from "./schema";
export { decodePipeline, encodePipeline, shareUrl } from "./share";
