import { describe, expect, it } from "vitest";
import { decodeLessonData, lessonHash, parseLessonHash } from "./lessonLinks";
import type { Lesson } from "./schema";

const lesson: Lesson = {
  format: "dstream-studio-lesson",
  version: 1,
  id: "mine",
  title: { en: "Mine", ko: "내 수업" },
  summary: { en: "s", ko: "s" },
  steps: [{ id: "a", text: { en: "Hello", ko: "안녕" }, actions: [{ do: "step", batches: 2 }] }],
  challenge: {
    text: { en: "Do", ko: "해 보기" },
    actions: [],
    checks: [{ label: { en: "x", ko: "x" }, condition: { check: "batches", min: 3 } }],
    hints: [],
  },
};

describe("lesson links", () => {
  it("names a built-in lesson and its challenge", () => {
    expect(lessonHash(lesson, "builtin", true)).toBe("#lesson=mine&at=challenge");
    expect(parseLessonHash("#lesson=mine&at=challenge")).toEqual({
      id: "mine",
      data: undefined,
      challenge: true,
    });
    expect(parseLessonHash("#p=abc")).toBeNull();
  });

  it("carries a teacher's own lesson whole, and it comes back validated", () => {
    const hash = lessonHash(lesson, "file", false);
    const parsed = parseLessonHash(hash)!;
    expect(parsed.challenge).toBe(false);
    expect(decodeLessonData(parsed.data!)).toEqual({ ok: true, lesson });
  });

  it("says what is wrong with a damaged link", () => {
    expect(decodeLessonData("%%%")).toMatchObject({ ok: false });
  });
});
