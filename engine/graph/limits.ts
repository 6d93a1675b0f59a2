// The bounds a pipeline document must keep, so that a valid document (one opened from a link or a file
// someone else wrote) cannot hang or crash the studio, the worker or the command line. Each is checked
// where the document enters (parsePipeline) or by the validator, which names the limit in its message.
export { MAX_RECORDS_PER_BATCH } from "../sources/batchLimit";

/**
 * Characters of a document's JSON text (imports, share links). 5 MB holds any hand-made pipeline with
 * room for queued batches and static tables of tens of thousands of rows.
 */
export const MAX_DOCUMENT_CHARS = 5_000_000;

/**
 * Characters of a share link's compressed pipeline. lz-string output can grow with the square of its
 * input, so the input is bounded before decompressing; 500,000 characters (a document of a few MB) is
 * already past what chat tools and most browsers carry in a URL.
 */
export const MAX_SHARE_LINK_CHARS = 500_000;

/**
 * Nesting of a document's values (objects and arrays), counted from the document itself: a record in a
 * queued batch sits at depth 6 (document, nodes, node, params, batches, batch), so records may nest about
 * 90 levels. Printers, exporters and structured clone all recurse: 100 stays far from any stack limit,
 * and no real record nests this deep.
 */
export const MAX_DOCUMENT_DEPTH = 100;

/** Objects, arrays and primitives in one document: bounds the work of every walk over it. */
export const MAX_DOCUMENT_VALUES = 1_000_000;

/** Nodes in one pipeline: far beyond any pipeline drawn by hand, small enough for every per-node pass. */
export const MAX_NODES = 1000;

/**
 * The longest chain of nodes (source to output). The engine computes a batch by recursing from each
 * output to its sources, a few frames per node: a chain of 1,000 maps overflows a quarter of V8's
 * default stack and 5,000 windows the whole of it, so 250 keeps a four-fold margin in a worker.
 */
export const MAX_PIPELINE_DEPTH = 250;
