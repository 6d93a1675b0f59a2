// One fuzzed document through everything a document meets: parsing (as text or as a stored value),
// validation, compilation, a few batches on the manual clock, print/foreachRDD formatting and every
// exporter. Returns what happened and the broken promises: an error that is not a message at its node
// or field, an error of the wrong kind, an exporter failing on a valid document.
import { toPySpark } from "../../codegen/pyspark";
import { toScala } from "../../codegen/scala";
import { toTypeScript } from "../../codegen/typescript";
import { formatRecord } from "../../core/format";
import { compilePipeline, PipelineInvalidError } from "../compile";
import { NodeError } from "../guard";
import { pipelineFromJson, pipelineToJson } from "../jsonIO";
import { type ParseResult, parsePipeline } from "../schema";
import type { PipelineDocument, PipelineIssue } from "../types";
import { hasErrors, validatePipeline } from "../validate";

export const FUZZ_BATCHES = 3;

export interface Outcome {
  stage: "parse" | "validate" | "run";
  batches: number;
  /** What broke a promise; empty when the document was handled as it should be. */
  problems: string[];
  /** The first message a user would see, for the figures. */
  message?: string;
}

// A parse error starts with the path of its field ("nodes[1].params: ...", "(document): ...") or is
// about the text as a whole.
const FIELD_PATH = /^(\(document\)|[A-Za-z_$][\w$]*|\[\d+\])[\w$.[\]…]*: /;
const WHOLE_TEXT = /^(the file is empty|not valid JSON: |the document is too large)/;

function errorText(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message.split("\n")[0]}`;
  return `a thrown ${typeof e}`;
}

function parse(input: unknown, asText: boolean): ParseResult {
  if (!asText) return parsePipeline(input);
  let text: string | undefined;
  try {
    text = JSON.stringify(input);
  } catch {
    // Too deep for JSON.stringify itself: only a stored value can hold it.
    return parsePipeline(input);
  }
  return pipelineFromJson(text ?? "");
}

function issueProblems(doc: PipelineDocument, issues: PipelineIssue[]): string[] {
  const ids = new Set(doc.nodes.map((n) => n.id));
  const edgeIds = new Set(doc.edges.map((e) => e.id));
  return issues
    .filter((i) => i.severity === "error")
    .filter((i) => {
      if (typeof i.message !== "string" || i.message === "") return true;
      if (i.nodeId !== undefined) return !ids.has(i.nodeId);
      if (i.edgeId !== undefined) return !edgeIds.has(i.edgeId);
      // Whole-document issues: a document field, or no output / too many nodes.
      return (
        i.param === undefined && !/^(No output operations|The pipeline has [\d,]+ nodes)/.test(i.message)
      );
    })
    .map((i) => `issue at no node or field: ${JSON.stringify(i)}`);
}

function exportProblems(doc: PipelineDocument, valid: boolean): string[] {
  const problems: string[] = [];
  for (const [name, emit] of [
    ["ts", toTypeScript],
    ["pyspark", toPySpark],
    ["scala", toScala],
    ["json", pipelineToJson],
  ] as const) {
    try {
      const out = emit(doc);
      const code = typeof out === "string" ? out : out.code;
      if (typeof code !== "string" || code.length === 0) problems.push(`${name} export gave no code`);
    } catch (e) {
      // An invalid document may be refused by an exporter, but with a message, not a crash.
      if (valid || !(e instanceof Error) || e instanceof RangeError || e instanceof TypeError)
        problems.push(`${name} export threw ${errorText(e)}${valid ? " on a valid document" : ""}`);
    }
  }
  return problems;
}

async function run(
  doc: PipelineDocument,
): Promise<{ batches: number; problems: string[]; message?: string }> {
  const ids = new Set(doc.nodes.map((n) => n.id));
  const named = (e: unknown) =>
    e instanceof NodeError && ids.has(e.nodeId) && typeof e.message === "string" && e.message.length > 0;
  let compiled: ReturnType<typeof compilePipeline>;
  try {
    compiled = compilePipeline(doc, {
      sink: {
        print: (_id, _t, lines) => void lines.join("\n"),
        records: (_id, _t, _kind, records) => void records.map(formatRecord),
      },
    });
  } catch (e) {
    if (e instanceof PipelineInvalidError)
      return { batches: 0, problems: ["compile refused a valid document"] };
    return named(e)
      ? { batches: 0, problems: [], message: (e as Error).message }
      : { batches: 0, problems: [`build failed without naming a node: ${errorText(e)}`] };
  }
  let batches = 0;
  try {
    compiled.ssc.start();
    for (; batches < FUZZ_BATCHES; batches++) await compiled.ssc.advance(1);
    return { batches, problems: [] };
  } catch (e) {
    return named(e)
      ? { batches, problems: [], message: (e as Error).message }
      : { batches, problems: [`batch ${batches + 1} failed without naming a node: ${errorText(e)}`] };
  } finally {
    compiled.ssc.stop();
  }
}

export async function exercise(input: unknown, asText: boolean): Promise<Outcome> {
  let parsed: ParseResult;
  try {
    parsed = parse(input, asText);
  } catch (e) {
    return { stage: "parse", batches: 0, problems: [`parsing threw ${errorText(e)}`] };
  }
  if (!parsed.ok) {
    const unplaced = parsed.errors.filter((m) => !FIELD_PATH.test(m) && !WHOLE_TEXT.test(m));
    return {
      stage: "parse",
      batches: 0,
      problems: unplaced.map((m) => `parse error naming no field: ${m}`),
      message: parsed.errors[0],
    };
  }
  const doc = parsed.doc;
  let issues: PipelineIssue[];
  try {
    issues = validatePipeline(doc);
  } catch (e) {
    return { stage: "validate", batches: 0, problems: [`validation threw ${errorText(e)}`] };
  }
  const valid = !hasErrors(issues);
  const problems = [...issueProblems(doc, issues), ...exportProblems(doc, valid)];
  if (!valid)
    return {
      stage: "validate",
      batches: 0,
      problems,
      message: issues.find((i) => i.severity === "error")?.message,
    };
  const ran = await run(doc);
  return {
    stage: "run",
    batches: ran.batches,
    problems: [...problems, ...ran.problems],
    message: ran.message,
  };
}
