// Plain data the app may import: the pipeline document's types and schema, and the node catalog.
export * from "./catalog";
export * from "./schema";
export * from "./types";
