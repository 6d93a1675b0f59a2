// Every built-in lesson file validates, is listed in index.json, and loads only pipelines that exist
// and validate; lesson.schema.json is the one generated from the zod schema.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePipeline } from "../../engine/graph/schema";
import { i18n } from "../i18n/i18n";
import { lessonJsonSchema } from "./jsonSchema";
import { type Action, LessonIndex, parseLesson } from "./schema";

const dir = join(__dirname, "../../public/lessons");
const publicDir = join(__dirname, "../../public");
const files = readdirSync(dir).filter((f) => /^\d\d-.*\.json$/.test(f));
const read = (path: string) => JSON.parse(readFileSync(path, "utf8"));

describe("built-in lessons", () => {
  it("are listed in index.json, in order", () => {
    const index = LessonIndex.parse(read(join(dir, "index.json")));
    expect(index.map((e) => e.file)).toEqual(files);
  });

  for (const file of files) {
    it(`${file} validates and its pipelines load`, () => {
      const parsed = parseLesson(read(join(dir, file)));
      if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
      const actions: Action[] = [
        ...parsed.lesson.steps.flatMap((s) => s.actions),
        ...parsed.lesson.challenge.actions,
      ];
      for (const a of actions) {
        // A comparison opened in Korean has a Korean title, and Korean side labels when it reads a file.
        if (a.do === "openComparison") {
          expect(a.title?.ko, `${a.comparison}: a Korean title`).toMatch(/[가-힣]/);
          if (a.comparison !== "triggers")
            expect(a.sides?.map((s) => s.ko).join(" "), `${a.comparison}: Korean side labels`).toMatch(
              /[가-힣]/,
            );
        }
        if (a.do !== "loadPipeline") continue;
        const doc = typeof a.pipeline === "string" ? read(join(publicDir, a.pipeline)) : a.pipeline;
        const result = parsePipeline(doc);
        expect(result.ok, `${JSON.stringify(a.pipeline)}: ${result.ok ? "" : result.errors}`).toBe(true);
        // A student in Korean sees the opened pipeline named in Korean; in English, the file's own name.
        expect(a.name?.ko, `${a.pipeline}: a Korean name`).toMatch(/[가-힣]/);
        expect(a.description?.ko, `${a.pipeline}: a Korean description`).toMatch(/[가-힣]/);
        expect(a.name?.en).toBe(doc.name);
        expect(a.description?.en).toBe(doc.description);
      }
    });
  }

  it("lesson.schema.json is generated from the zod schema (npx tsx app/lessons/writeJsonSchema.ts)", () => {
    expect(read(join(dir, "lesson.schema.json"))).toEqual(lessonJsonSchema());
  });
});

describe("parseLesson", () => {
  it("names the field that is wrong", () => {
    const lesson = read(join(dir, files[0]));
    lesson.steps[0].actions = [{ do: "step", batches: 0 }];
    delete lesson.title.ko;
    const parsed = parseLesson(lesson);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors.some((e) => e.startsWith("title.ko:"))).toBe(true);
      expect(parsed.errors.some((e) => e.startsWith("steps.0.actions.0.batches:"))).toBe(true);
    }
  });

  it("says what is wrong in the studio's language, zod's own messages too", async () => {
    const lesson = read(join(dir, files[0]));
    lesson.id = "Lesson One";
    lesson.steps[0].actions = [{ do: "step", batches: "two" }];
    const messages = async () => {
      const parsed = parseLesson(lesson);
      return parsed.ok ? [] : parsed.errors;
    };
    try {
      expect(await messages()).toEqual([
        "id: lowercase letters, digits and dashes",
        "steps.0.actions.0.batches: Invalid input: expected number, received string",
      ]);
      await i18n.changeLanguage("ko");
      const ko = await messages();
      expect(ko[0]).toBe("id: 영문 소문자, 숫자, 대시(-)만 쓸 수 있습니다");
      expect(ko[1]).toMatch(/^steps\.0\.actions\.0\.batches: .*[가-힣]/);
    } finally {
      await i18n.changeLanguage("en");
    }
  });
});
