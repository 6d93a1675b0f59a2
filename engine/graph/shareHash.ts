// Where a share link keeps its pipeline: `#p=...`. Apart from ./share.ts (which brings lz-string and the
// schema), so the page can tell whether it was opened from a share link before loading either.
export const SHARE_HASH_KEY = "p";

/** The encoded pipeline of a `#p=...` hash, or undefined when the hash holds none. */
export function sharedPipelineInHash(hash: string): string | undefined {
  // Not URLSearchParams: it would turn lz-string's "+" into a space.
  const match = new RegExp(`(?:^#?|&)${SHARE_HASH_KEY}=([^&]+)`).exec(hash);
  return match ? match[1] : undefined;
}
