import { describe, expect, it } from "vitest";
import { StateImpl } from "./State";

// Cases follow Spark's MapWithStateSuite "state - get, exists, update, remove".
describe("State", () => {
  it("get on a missing state throws Spark's message; getOption gives undefined", () => {
    const s = new StateImpl<number>();
    s.wrap(false);
    expect(s.exists()).toBe(false);
    expect(() => s.get()).toThrow("State is not set");
    expect(s.getOption()).toBeUndefined();
    expect(s.toString()).toBe("<state not set>");
  });

  it("update sets the state and marks it updated", () => {
    const s = new StateImpl<number>();
    s.wrap(true, 1);
    expect(s.get()).toBe(1);
    s.update(2);
    expect([s.get(), s.exists(), s.isUpdated(), s.isRemoved()]).toEqual([2, true, true, false]);
    expect(s.toString()).toBe("2");
  });

  it("remove clears it; updating or removing again is refused", () => {
    const s = new StateImpl<number>();
    s.wrap(true, 1);
    s.remove();
    expect([s.exists(), s.isRemoved(), s.isUpdated()]).toEqual([false, true, false]);
    expect(() => s.update(3)).toThrow(
      "requirement failed: Cannot update the state after it has been removed",
    );
    expect(() => s.remove()).toThrow(
      "requirement failed: Cannot remove the state that has already been removed",
    );
  });

  it("a timing-out state can be read but not updated or removed", () => {
    const s = new StateImpl<string>();
    s.wrapTimingOutState("x");
    expect([s.isTimingOut(), s.exists(), s.get()]).toEqual([true, true, "x"]);
    expect(() => s.update("y")).toThrow("requirement failed: Cannot update the state that is timing out");
    expect(() => s.remove()).toThrow("requirement failed: Cannot remove the state that is timing out");
  });

  it("wrap resets the flags for the next key", () => {
    const s = new StateImpl<number>();
    s.wrapTimingOutState(1);
    s.wrap(false);
    expect([s.isTimingOut(), s.isRemoved(), s.isUpdated(), s.exists()]).toEqual([false, false, false, false]);
  });
});
