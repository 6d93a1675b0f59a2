// Share links: the whole pipeline document, lz-string compressed into the URL hash (`#p=...`), so a link
// needs no server. Decoding validates like an import; a broken link never replaces anything.
import LZString from "lz-string";
import { shareLinkProblem } from "./documentBounds";
import { pipelineFromJson } from "./jsonIO";
import type { ParseResult } from "./schema";
import { SHARE_HASH_KEY } from "./shareHash";
import type { PipelineDocument } from "./types";

export { SHARE_HASH_KEY, sharedPipelineInHash } from "./shareHash";

export function encodePipeline(doc: PipelineDocument): string {
  return LZString.compressToEncodedURIComponent(JSON.stringify(doc));
}

export function decodePipeline(encoded: string): ParseResult {
  const tooLong = shareLinkProblem(encoded);
  if (tooLong) return { ok: false, errors: [tooLong] };
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(encoded);
  } catch {
    // A crafted link can expand past the longest string the engine can hold.
    json = null;
  }
  if (!json) return { ok: false, errors: ["the link's pipeline data is damaged or incomplete"] };
  return pipelineFromJson(json);
}

/** `https://host/app/#p=...` from the page's address (any existing hash is replaced). */
export function shareUrl(doc: PipelineDocument, pageUrl: string): string {
  const base = pageUrl.split("#")[0];
  return `${base}#${SHARE_HASH_KEY}=${encodePipeline(doc)}`;
}
