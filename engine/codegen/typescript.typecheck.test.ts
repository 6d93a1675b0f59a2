// The exported TypeScript type-checks under `--strict`, as a user opening it in an editor would see it:
// every gallery example and every catalog kind with its default params (and the variants the output test
// runs). The programs are written to a temporary folder in the project root, so "dstream-studio/engine"
// resolves through package.json's exports, and checked in one TypeScript program.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { catalog } from "../graph/catalog";
import type { PipelineDocument } from "../graph/types";
import { loadExamples, pipelineAround } from "./internals/examples.testkit";
import { toTypeScript } from "./typescript";

const ROOT = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(ROOT, ".tmp-ts-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const docs: [string, PipelineDocument][] = [
  ...loadExamples().map((e): [string, PipelineDocument] => [`example_${e.file.replace(".json", "")}`, e.doc]),
  ...Object.values(catalog).map((s): [string, PipelineDocument] => [`kind_${s.kind}`, pipelineAround(s)]),
  [
    "transform_with_table",
    pipelineAround(catalog.transform, {
      fn: "(rdd, timeMs, table) => rdd.leftOuterJoin(table)",
      table: [
        ["a", "A"],
        ["c", "C"],
      ],
    }),
  ],
  ["updateStateByKey_initial", pipelineAround(catalog.updateStateByKey, { initialState: [["z", 100]] })],
  [
    "mapWithState_initial",
    pipelineAround(catalog.mapWithState, {
      timeoutMs: 2000,
      initialState: [["z", 100]],
      stateSnapshots: true,
    }),
  ],
  ["queueStream_default", pipelineAround(catalog.queueStream, { batches: [["x"], []], defaultRDD: ["d"] })],
  ["block_interval", { ...pipelineAround(catalog.textLines), blockIntervalMs: 100 }],
];

/** Type-checks all files in one program; returns "file(line,col): message" for each error in them. */
function typeCheck(files: string[]): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    // Exported programs run in Node, so "dstream-studio/engine" is the package's Node entry.
    customConditions: ["node"],
    lib: ["lib.es2023.d.ts"],
    types: ["node"],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
  };
  const program = ts.createProgram(files, options);
  const ours = new Set(files.map((f) => resolve(f)));
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && ours.has(resolve(d.file.fileName)))
    .map((d) => {
      const { line, character } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
      const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      return `${relative(dir, d.file!.fileName)}(${line + 1},${character + 1}): ${text}`;
    });
}

describe("TypeScript export type-checks with --strict", () => {
  it(`${docs.length} exported programs have no type errors`, { timeout: 60_000 }, () => {
    const files = docs.map(([name, doc]) => {
      const file = join(dir, `${name}.ts`);
      writeFileSync(file, toTypeScript(doc).code);
      return file;
    });
    // A program with a real type error rides along, so the check is shown to fail when it should.
    const broken = join(dir, "broken.ts");
    writeFileSync(
      broken,
      toTypeScript(pipelineAround(catalog.map, { fn: "(line) => line.notAMethod()" })).code,
    );
    const errors = typeCheck([...files, broken]);
    expect(errors.filter((e) => !e.startsWith("broken.ts"))).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^broken\.ts\(\d+,\d+\): Property 'notAMethod' does not exist on type 'string'/,
    );
  });
});
