// Every kind's card summary reads in Korean: run through the Korean rules, no English word is left
// but the user's values (here the params' defaults) and code.
import { describe, expect, it } from "vitest";
import { kindsForMode } from "../../engine/graph";
import { summaryText, translateSummary } from "./summaryText";

/** English words of a summary that are not the user's values (the params' defaults here) nor code. */
function englishLeft(text: string, values = ""): string[] {
  // Code, URLs, paths and identifiers with dots or brackets are the user's, not the UI's.
  const words = text
    .replace(/\S*[./:@=()[\]{}<>"'`]\S*/g, " ")
    .split(/[\s·,-]+/)
    .filter((w) => /^[A-Za-z]{2,}$/.test(w));
  return words.filter((w) => !new RegExp(`\\b${w}|${w}(?=[A-Z])`, "i").test(values));
}

describe("node card summaries in Korean", () => {
  it("translate the units and phrases, keeping numbers and values", () => {
    expect(translateSummary("5 lines/s · 30 words", "ko")).toBe("5 줄/초 · 단어 30개");
    expect(translateSummary("first 10", "ko")).toBe("처음 10개");
    expect(translateSummary("reduce (inv) 6s / 2s", "ko")).toBe("reduce (역함수) 6s / 2s");
    expect(translateSummary("5 lines/s · 30 words", "en")).toBe("5 lines/s · 30 words");
  });

  it("the check finds an English word left over", () => {
    expect(englishLeft("5 줄/초 · 30 sensors")).toEqual(["sensors"]);
  });

  it("every kind's summary at its defaults has no English word left", () => {
    const kinds = [...kindsForMode("dstream"), ...kindsForMode("structured")];
    const left = kinds.flatMap((spec) => {
      const text = summaryText(spec, {}, 2000, "ko");
      // The kind's own name (reduceByKeyAndWindow shows "reduce") and its params' values stay.
      const values = `${spec.kind} ${JSON.stringify(spec.params.map((p) => p.default))}`;
      const words = englishLeft(text, values);
      return words.length > 0 ? [`${spec.kind}: ${text}`] : [];
    });
    expect(left).toEqual([]);
  });
});
