import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_CHARS, MAX_DOCUMENT_DEPTH, MAX_SHARE_LINK_CHARS } from "./limits";
import { parsePipeline } from "./schema";
import { decodePipeline, encodePipeline } from "./share";
import { doc, node } from "./testPipelines";

function nested(levels: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = [v];
  return v;
}

const withRecord = (record: unknown) =>
  doc(
    [node("q", "queueStream", { batches: [[record]] }), node("out", "print")],
    [{ id: "e", source: "q", target: "out" }],
  );

describe("documents are measured before anything recursive reads them", () => {
  it("a record nested 15,000 levels is refused with its path and the limit (text, value and link)", () => {
    const d = withRecord(nested(15_000));
    const message = `nodes[0].params.batches[0][0][0][0]…: nested more than ${MAX_DOCUMENT_DEPTH} levels deep, the limit of a document (its records included)`;
    expect(parsePipeline(d)).toEqual({ ok: false, errors: [message] });
    let text = "1";
    for (let i = 0; i < 15_000; i++) text = `[${text}]`;
    const json = JSON.stringify(withRecord(0)).replace('"batches":[[0]]', `"batches":[[${text}]]`);
    expect(parsePipeline(json)).toEqual({ ok: false, errors: [message] });
    expect(decodePipeline(encodePipeline(d))).toEqual({ ok: false, errors: [message] });
  });

  it("a record nesting to the limit is kept", () => {
    const parsed = parsePipeline(withRecord(nested(MAX_DOCUMENT_DEPTH - 7)));
    expect(parsed.ok).toBe(true);
  });

  it("text over the size limit is refused before parsing", () => {
    const result = parsePipeline(" ".repeat(MAX_DOCUMENT_CHARS + 1));
    expect(result).toEqual({
      ok: false,
      errors: [expect.stringMatching(/too large: 5,000,001 characters, more than the limit of 5,000,000/)],
    });
  });

  it("an over-long share link is refused before decompressing", () => {
    expect(decodePipeline("A".repeat(MAX_SHARE_LINK_CHARS + 1))).toEqual({
      ok: false,
      errors: [expect.stringMatching(/too long: 500,001 characters/)],
    });
  });
});
