import { describe, expect, it } from "vitest";
import { settingPatch } from "./settingPatch";

describe("settingPatch", () => {
  it("clears the checkpoint directory with null or empty text, sets it with a directory", () => {
    expect(settingPatch("checkpointDir", null)).toEqual({ checkpointDir: undefined });
    expect(settingPatch("checkpointDir", "  ")).toEqual({ checkpointDir: undefined });
    expect(settingPatch("checkpointDir", "/tmp/cp")).toEqual({ checkpointDir: "/tmp/cp" });
  });

  it("takes backpressure as a boolean and the cluster as whole numbers", () => {
    expect(settingPatch("backpressure", true)).toEqual({ backpressure: true });
    expect(settingPatch("executors", 3)).toEqual({ executors: 3 });
  });

  it("refuses a value of the wrong type, naming the setting", () => {
    expect(() => settingPatch("backpressure", "yes")).toThrow("backpressure: expected true or false");
    expect(() => settingPatch("coresPerExecutor", 0)).toThrow("coresPerExecutor:");
    expect(() => settingPatch("checkpointDir", 3)).toThrow("checkpointDir:");
  });
});
