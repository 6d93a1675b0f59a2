import { describe, expect, it } from "vitest";
import { describeRecord, guardUserFunction, isEngineNodeError, NodeError, RunningNodeTracker } from "./guard";

describe("guardUserFunction", () => {
  it("passes results through and turns exceptions into NodeErrors with the record", () => {
    const f = guardUserFunction(
      (x: number) => {
        if (x < 0) throw new RangeError("negative");
        return x * 2;
      },
      "double",
      "fn",
      1,
    );
    expect(f(2)).toBe(4);
    expect(() => f(-1)).toThrow(NodeError);
    try {
      f(-1);
    } catch (e) {
      expect(e).toMatchObject({
        nodeId: "double",
        param: "fn",
        message: "RangeError: negative",
        record: "-1",
      });
    }
  });

  it("reports both arguments of a two-argument function, and non-Error throws", () => {
    const f = guardUserFunction(
      (_a: string, _b: string) => {
        throw "boom";
      },
      "r",
      "fn",
      2,
    );
    expect(() => f("x", "y")).toThrow(
      expect.objectContaining({ message: 'Uncaught "boom"', record: '["x","y"]' }),
    );
  });

  it("tells the tracker which node runs, once per node per epoch", () => {
    const tracker = new RunningNodeTracker();
    const entered: string[] = [];
    const changes: string[] = [];
    tracker.onEnter = (id) => entered.push(id);
    tracker.onChange = (id) => changes.push(id);
    const a = guardUserFunction((x: number) => x, "a", "fn", 1, tracker);
    const b = guardUserFunction((x: number) => x, "b", "fn", 1, tracker);
    a(1);
    b(1);
    a(2);
    tracker.nextEpoch();
    a(3);
    expect(entered).toEqual(["a", "b", "a"]);
    expect(changes).toEqual(["a", "b", "a", "a"]);
    expect(tracker.current).toBe("a");
  });
});

describe("describeRecord", () => {
  it("never throws and truncates", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(describeRecord(cyclic)).toBe('{"a":1,"self":"[circular]"}');
    expect(describeRecord([undefined, Number.NaN])).toBe('["undefined","NaN"]');
    expect(describeRecord("x".repeat(400)).length).toBe(300);
  });
});

describe("NodeErrors made by user code", () => {
  it("are reported as the failing node's own error, not the node they name", () => {
    const upstream = guardUserFunction(
      (_x: unknown) => {
        throw new Error("real");
      },
      "upstream",
      "fn",
      1,
    );
    const forger = guardUserFunction(
      (x: unknown) => {
        try {
          upstream(x);
        } catch (e) {
          const Forged = (e as Error).constructor as new (nodeId: string, message: string) => Error;
          throw new Forged("someone-else", "forged");
        }
      },
      "forger",
      "fn",
      1,
    );
    try {
      forger(1);
      expect.unreachable();
    } catch (e) {
      expect(isEngineNodeError(e)).toBe(true);
      expect((e as NodeError).nodeId).toBe("forger");
      expect((e as NodeError).message).toBe("NodeError: forged");
    }
  });

  it("an upstream node's real error keeps its node", () => {
    const upstream = guardUserFunction(
      (_x: unknown) => {
        throw new Error("real");
      },
      "upstream",
      "fn",
      1,
    );
    const caller = guardUserFunction((x: unknown) => upstream(x), "caller", "fn", 1);
    expect(() => caller(1)).toThrow(expect.objectContaining({ nodeId: "upstream" }));
  });
});
