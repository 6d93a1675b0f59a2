import { describe, expect, it } from "vitest";
import { fixtureDoc, fixtureSpecOf } from "../testing/fixtureCatalog";
import { checkConnection, pairnessOf } from "./connectionRules";

const reason = (v: ReturnType<typeof checkConnection>) => (v.ok ? "ok" : v.reason);

describe("checkConnection", () => {
  it("accepts a plain edge into a free input", () => {
    const doc = fixtureDoc([
      ["a", "lines"],
      ["b", "flatMap"],
    ]);
    expect(checkConnection(doc, { source: "a", target: "b" }, fixtureSpecOf)).toEqual({ ok: true });
  });

  it("refuses a cycle and says so", () => {
    const doc = fixtureDoc(
      [
        ["a", "lines"],
        ["b", "flatMap"],
        ["c", "filter"],
      ],
      [
        ["a", "b"],
        ["b", "c"],
      ],
    );
    const doc2 = { ...doc, edges: doc.edges.filter((e) => e.source !== "a") };
    expect(reason(checkConnection(doc2, { source: "c", target: "b" }, fixtureSpecOf))).toMatch(/cycle/);
    expect(reason(checkConnection(doc, { source: "b", target: "b" }, fixtureSpecOf))).toMatch(
      /cannot feed itself/,
    );
  });

  it("refuses a second input into a one-input node, and into a source", () => {
    const doc = fixtureDoc(
      [
        ["a", "lines"],
        ["q", "queue"],
        ["b", "flatMap"],
      ],
      [["a", "b"]],
    );
    expect(reason(checkConnection(doc, { source: "q", target: "b" }, fixtureSpecOf))).toMatch(
      /one input stream/,
    );
    expect(reason(checkConnection(doc, { source: "b", target: "q" }, fixtureSpecOf))).toMatch(/is a source/);
  });

  it("keeps a join's left and right inputs apart", () => {
    const doc = fixtureDoc(
      [
        ["a", "queue"],
        ["b", "queue"],
        ["j", "join"],
      ],
      [["a", "j", "left"]],
    );
    expect(
      reason(checkConnection(doc, { source: "b", target: "j", targetHandle: "left" }, fixtureSpecOf)),
    ).toMatch(/left input is already connected/);
    expect(checkConnection(doc, { source: "b", target: "j", targetHandle: "right" }, fixtureSpecOf).ok).toBe(
      true,
    );
  });

  it("lets a union take many inputs", () => {
    const doc = fixtureDoc(
      [
        ["a", "lines"],
        ["b", "lines"],
        ["c", "lines"],
        ["u", "union"],
      ],
      [
        ["a", "u"],
        ["b", "u"],
      ],
    );
    expect(checkConnection(doc, { source: "c", target: "u" }, fixtureSpecOf).ok).toBe(true);
  });

  it("refuses a pair-only op fed a known plain stream, through same-as-input nodes", () => {
    const doc = fixtureDoc(
      [
        ["a", "lines"],
        ["f", "filter"],
        ["r", "reduceByKey"],
      ],
      [["a", "f"]],
    );
    expect(reason(checkConnection(doc, { source: "f", target: "r" }, fixtureSpecOf))).toMatch(/pairs/);
  });

  it("allows a pair-only op when the stream's shape is unknown (user code decides)", () => {
    const doc = fixtureDoc(
      [
        ["a", "lines"],
        ["m", "flatMap"],
        ["r", "reduceByKey"],
      ],
      [["a", "m"]],
    );
    expect(checkConnection(doc, { source: "m", target: "r" }, fixtureSpecOf).ok).toBe(true);
  });

  it("refuses an edge out of an output operation", () => {
    const doc = fixtureDoc([
      ["p", "print"],
      ["f", "filter"],
    ]);
    expect(reason(checkConnection(doc, { source: "p", target: "f" }, fixtureSpecOf))).toMatch(
      /output operation/,
    );
  });
});

describe("pairnessOf", () => {
  it("follows same-as-input through a union of two equal branches of the same source", () => {
    const doc = fixtureDoc(
      [
        ["a", "lines"],
        ["f", "filter"],
        ["g", "filter"],
        ["u", "union"],
      ],
      [
        ["a", "f"],
        ["a", "g"],
        ["f", "u"],
        ["g", "u"],
      ],
    );
    expect(pairnessOf(doc, "u", fixtureSpecOf)).toBe("plain");
  });
});
