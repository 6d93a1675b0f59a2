import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { wordCountDoc } from "../../engine/graph/testPipelines";
import type { ToWorker } from "../../engine/protocol/messages";
import type { RunInput } from "../store/run/data/foldWorkerMessages";

async function setUp() {
  globalThis.indexedDB = new IDBFactory();
  globalThis.IDBKeyRange = IDBKeyRange;
  vi.resetModules();
  const trust = await import("../persistence/pipelineTrust");
  const consent = await import("../dialogs/share/runConsent");
  const { withRunConsent, refusedMessage } = await import("./runConsentGate");
  const sent: ToWorker[] = [];
  const heard: RunInput[] = [];
  let pipelineId = "mine";
  const gate = withRunConsent(
    { send: (m) => void sent.push(m), subscribe: () => () => {} },
    () => pipelineId,
  );
  gate.subscribe((m) => void heard.push(m));
  return {
    trust,
    consent,
    gate,
    sent,
    heard,
    REFUSED_MESSAGE: refusedMessage(),
    open: (id: string) => (pipelineId = id),
  };
}

const load = (requestId: number): ToWorker => ({ type: "load", pipeline: wordCountDoc(), requestId });
const settle = () => new Promise((r) => setTimeout(r, 20));

describe("the run consent gate", () => {
  let t: Awaited<ReturnType<typeof setUp>>;
  beforeEach(async () => {
    t = await setUp();
  });

  it("lets the user's own pipeline load without asking, in order", async () => {
    t.gate.send(load(1));
    t.gate.send({ type: "start" });
    // The trust lookup is an IndexedDB read: on a loaded machine it can take longer than settle().
    await vi.waitFor(() => expect(t.sent.map((m) => m.type)).toEqual(["load", "start"]));
    expect(t.consent.pendingConsent()).toBeNull();
  });

  it("holds someone else's pipeline until the user allows it, and remembers", async () => {
    await t.trust.setTrust("theirs", "ask");
    t.open("theirs");
    t.gate.send(load(1));
    t.gate.send({ type: "step" });
    await settle();
    expect(t.sent).toEqual([]);
    expect(t.consent.pendingConsent()?.pipelineId).toBe("theirs");
    t.consent.answer(true);
    await settle();
    expect(t.sent.map((m) => m.type)).toEqual(["load", "step"]);
    t.gate.send(load(2));
    await settle();
    expect(t.consent.pendingConsent()).toBeNull();
    expect(t.sent).toHaveLength(3);
    expect(await t.trust.trustOf("theirs")).toBe("allowed");
  });

  it("answers a refused load with the reason and sends nothing", async () => {
    await t.trust.setTrust("theirs", "ask");
    t.open("theirs");
    t.gate.send(load(7));
    t.gate.send({ type: "start" });
    await settle();
    t.consent.answer(false);
    await settle();
    expect(t.sent).toEqual([]);
    expect(t.heard).toEqual([
      { type: "loaded", requestId: 7, issues: [{ severity: "error", message: t.REFUSED_MESSAGE }] },
    ]);
    expect(await t.trust.trustOf("theirs")).toBe("ask");
  });
});
