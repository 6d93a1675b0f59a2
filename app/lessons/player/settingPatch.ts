// The `setSetting` action's change to the pipeline settings, checked: a lesson file is data someone
// wrote, so a value of the wrong type is refused with the setting's name rather than stored.
import type { PipelineSettings } from "../../../engine/graph/types";
import type { SettingName } from "../schema";

export function settingPatch(
  name: SettingName,
  value: string | number | boolean | null,
): Partial<PipelineSettings> {
  switch (name) {
    case "checkpointDir":
      if (value !== null && typeof value !== "string")
        throw new Error("checkpointDir: expected a directory (text), or null to clear it");
      // Cleared, the stateful operators refuse to start, as Spark does without ssc.checkpoint(dir).
      return { checkpointDir: value === null || value.trim() === "" ? undefined : value };
    case "backpressure":
      if (typeof value !== "boolean") throw new Error("backpressure: expected true or false");
      return { backpressure: value };
    case "executors":
    case "coresPerExecutor":
      if (typeof value !== "number" || !Number.isInteger(value) || value < 1)
        throw new Error(`${name}: expected a whole number of at least 1`);
      return { [name]: value };
  }
}
