import { describe, expect, it } from "vitest";
import type { ToWorker } from "../../../engine/protocol/messages";
import type { RunInput } from "./data/foldWorkerMessages";
import { deferredLink } from "./deferredLink";
import type { EngineLink } from "./engineLink";

function fakeLink() {
  const sent: ToWorker[] = [];
  const listeners = new Set<(msg: RunInput) => void>();
  const link: EngineLink = {
    send: (msg) => void sent.push(msg),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const emit = (msg: RunInput) => {
    for (const l of listeners) l(msg);
  };
  return { link, sent, emit, listeners };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("deferredLink", () => {
  it("loads on the first message, then sends what waited, in order", async () => {
    const fake = fakeLink();
    let loads = 0;
    const link = deferredLink(async () => {
      loads++;
      return fake.link;
    });
    expect(loads).toBe(0);
    link.send({ type: "pause" });
    link.send({ type: "resume" });
    expect(fake.sent).toEqual([]);
    await flush();
    expect(loads).toBe(1);
    expect(fake.sent).toEqual([{ type: "pause" }, { type: "resume" }]);
    link.send({ type: "stop" });
    expect(fake.sent.at(-1)).toEqual({ type: "stop" });
  });

  it("lets listeners subscribed before the load hear the real link, until they unsubscribe", async () => {
    const fake = fakeLink();
    const link = deferredLink(async () => fake.link);
    const heard: RunInput[] = [];
    const unsubscribe = link.subscribe((m) => heard.push(m));
    link.send({ type: "pause" });
    await flush();
    const msg = { type: "workerRestarted", message: "x", whileLoading: false } as const;
    fake.emit(msg);
    expect(heard).toEqual([msg]);
    unsubscribe();
    expect(fake.listeners.size).toBe(0);
  });

  it("tells listeners when the code cannot be fetched, and tries again on the next message", async () => {
    const fake = fakeLink();
    let attempt = 0;
    const link = deferredLink(async () => {
      if (++attempt === 1) throw new Error("offline");
      return fake.link;
    });
    const heard: RunInput[] = [];
    link.subscribe((m) => heard.push(m));
    link.send({ type: "pause" });
    await flush();
    expect(heard).toEqual([
      { type: "workerRestarted", message: expect.stringContaining("offline"), whileLoading: true },
    ]);
    expect(fake.sent).toEqual([]);
    link.send({ type: "resume" });
    await flush();
    expect(fake.sent).toEqual([{ type: "resume" }]);
  });
});
