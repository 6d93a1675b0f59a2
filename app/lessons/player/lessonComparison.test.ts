import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePipeline } from "../../../engine/graph/schema";
import { lessonComparison } from "./lessonComparison";

const publicJson = (path: string) =>
  JSON.parse(readFileSync(join(__dirname, "../../../public", path), "utf8"));
const docOf = (path: string) => {
  const parsed = parsePipeline(publicJson(path));
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return parsed.doc;
};

describe("lessonComparison", () => {
  const file = "lessons/pipelines/late-data-compare.json";
  const words = { en: "English words", ko: "한국어 설명" };

  it("opens a comparison file with the lesson's words in the studio's language", () => {
    const action = { do: "openComparison" as const, comparison: file, explanation: words };
    const ko = lessonComparison(action, "ko", docOf("lessons/pipelines/event-time.json"), publicJson(file));
    expect(ko.explanation).toBe("한국어 설명");
    expect(ko.sides.map((s) => s.doc.mode)).toEqual(["dstream", "structured"]);
    const en = lessonComparison(action, "en", docOf("lessons/pipelines/event-time.json"), publicJson(file));
    expect(en.explanation).toBe("English words");
    expect(en.title).toBe(publicJson(file).comparison.title);
    expect(en.sides[0].label).toBe(publicJson(file).comparison.left.label);
  });

  it("labels the two sides in the studio's language when the lesson words them", () => {
    const sides: [typeof words, typeof words] = [
      { en: "left", ko: "왼쪽" },
      { en: "right", ko: "오른쪽" },
    ];
    const action = { do: "openComparison" as const, comparison: file, sides };
    const ko = lessonComparison(action, "ko", docOf("lessons/pipelines/event-time.json"), publicJson(file));
    expect(ko.sides.map((s) => s.label)).toEqual(["왼쪽", "오른쪽"]);
    expect(ko.sides.map((s) => s.doc.mode)).toEqual(["dstream", "structured"]);
  });

  it('"triggers" compares the open query in micro-batch and continuous mode', () => {
    const doc = docOf("lessons/pipelines/continuous.json");
    const c = lessonComparison({ do: "openComparison", comparison: "triggers", title: words }, "en", doc);
    expect(c.focus).toBe("latency");
    expect(c.title).toBe("English words");
    const triggers = c.sides.map(
      (s) => s.doc.nodes.find((n) => n.kind === "structured.writeStream")?.params.trigger,
    );
    expect(triggers).toEqual(["processingTime", "continuous"]);
  });

  it("says what is wrong with a pipeline without a query, or a broken file", () => {
    const dstream = docOf("lessons/pipelines/state.json");
    expect(() => lessonComparison({ do: "openComparison", comparison: "triggers" }, "en", dstream)).toThrow(
      "no writeStream",
    );
    expect(() =>
      lessonComparison({ do: "openComparison", comparison: "x.json" }, "en", dstream, { nope: 1 }),
    ).toThrow('x.json: expected an object with a "comparison" field');
  });
});
