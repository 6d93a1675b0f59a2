// Every explanation has its sentence in both languages and links to a lesson that exists, by the
// number the lesson list gives it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { ko } from "../i18n/ko";
import { EXPLANATIONS, lessonHref } from "./explanations";

const index = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../public/lessons/index.json"), "utf8"),
) as { id: string; number: number }[];

describe("explanations", () => {
  it("link to lessons that exist, by their number", () => {
    for (const [why, lesson] of Object.entries(EXPLANATIONS)) {
      const entry = index.find((l) => l.id === lesson.id);
      expect(entry, `${why} links to ${lesson.id}`).toBeDefined();
      expect(entry?.number, why).toBe(lesson.number);
    }
  });

  it("say why in one sentence, in English and Korean", () => {
    for (const why of Object.keys(EXPLANATIONS) as (keyof typeof en.explain)[]) {
      for (const text of [en.explain[why], ko.explain[why]]) {
        expect(text.length).toBeGreaterThan(30);
        // One sentence: a single full stop, at the end.
        expect(text.replace(/\.\s*$/, "")).not.toMatch(/\.\s/);
      }
    }
  });

  it("open the lesson through a lesson link", () => {
    expect(lessonHref(EXPLANATIONS.noRdd)).toBe("#lesson=windows");
    expect(lessonHref(EXPLANATIONS.graphLocked)).toBe("#lesson=lifecycle");
  });
});
