// Command-line parsing for `dstream-studio`: every mistake is a UsageError, printed as one line with
// exit code 2.
import { parseArgs } from "node:util";
import type { CodeTarget } from "../engine/codegen/internals/types";
import { decimalInteger, joinNegativeValues, MAX_BATCHES, positiveInteger } from "./numberArgs";
import { UsageError } from "./usageError";

export { UsageError };

export const USAGE = [
  "usage: dstream-studio run <pipeline.json> --batches N [--seed S] [--on spark]",
  "       dstream-studio export <pipeline.json> --to ts|js|pyspark|scala [-o FILE]",
  "       dstream-studio feed [--from stdin|file:PATH|words|kafka://HOST:PORT/TOPIC] [--rate N] (feed --help)",
  "",
  "run     runs N batches on the manual clock and prints the print() blocks (and foreachRDD rows);",
  "        saveAsTextFiles writes prefix-TIME_IN_MS[.suffix]/part-NNNNN in the working directory,",
  "        a database sink its SQLite file. A pipeline with a real source (socketTextStream, textFileStream,",
  "        httpStream, Kafka) runs on the system clock instead: N batch intervals of real time.",
  "        Without --seed every source keeps the document's seed (its own, else the pipeline's",
  "        Seed), exactly as the app runs it, so the output is what the app's console shows.",
  "        --seed S overrides every seeded source's seed: S, S+1, ... in the pipeline's order.",
  "        --on spark also runs it on Apache Spark in local mode (bash spark/setup.sh installs it)",
  "        and prints a per-batch comparison of every output operation.",
  `        N: 1 to ${MAX_BATCHES}; N and S in decimal digits. Exit codes: 0 done, 1 the pipeline`,
  "        failed while running (one line naming the node), 2 bad input.",
  "export  writes the pipeline as a TypeScript program (npx tsx FILE [N] [S]), PySpark or Scala;",
  "        js: one self-contained ES module with the engine bundled in (node FILE.mjs [N] [S]).",
  "feed    serves lines on a TCP port and a WebSocket, as `nc -lk 9999` in Spark's quick example.",
].join("\n");

export type Command =
  | { command: "run"; file: string; batches: number; seed?: number; onSpark?: boolean }
  | { command: "export"; file: string; to: ExportTarget; out?: string }
  | { command: "help" };

/** The code generators' targets, and `js`: the TypeScript export bundled with the engine. */
export type ExportTarget = CodeTarget | "js";
const TARGETS: readonly ExportTarget[] = ["ts", "js", "pyspark", "scala"];

export function parseCommand(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    throw new UsageError((e as Error).message.split("\n")[0]);
  }
  const { values, positionals } = parsed;
  const [command, file, ...extra] = positionals;
  if (values.help || command === "help") return { command: "help" };
  if (command !== "run" && command !== "export") {
    throw new UsageError(
      command
        ? `unknown command "${command}" (expected run, export or feed)`
        : "missing a command (run, export or feed)",
    );
  }
  if (!file) throw new UsageError(`${command}: missing the pipeline file (a .json pipeline document)`);
  if (extra.length > 0) throw new UsageError(`${command}: unexpected argument "${extra[0]}"`);
  if (command === "run") {
    if (values.batches === undefined) throw new UsageError("run: --batches N is required");
    const batches = positiveInteger("batches", values.batches, MAX_BATCHES);
    if (values.on !== undefined && values.on !== "spark" && values.on !== "engine")
      throw new UsageError(`run: unknown --on "${values.on}" (expected spark)`);
    const seed = values.seed === undefined ? undefined : decimalInteger("seed", values.seed);
    return { command, file, batches, seed, ...(values.on === "spark" ? { onSpark: true } : {}) };
  }
  const to = values.to;
  if (to === undefined) throw new UsageError("export: --to ts|js|pyspark|scala is required");
  if (!TARGETS.includes(to as ExportTarget))
    throw new UsageError(`export: unknown target "${to}" (expected ts, js, pyspark or scala)`);
  return { command, file, to: to as ExportTarget, out: values.out };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: joinNegativeValues(argv, ["--batches", "--seed"]),
    allowPositionals: true,
    strict: true,
    options: {
      batches: { type: "string" },
      seed: { type: "string" },
      to: { type: "string" },
      on: { type: "string" },
      out: { type: "string", short: "o" },
      help: { type: "boolean", short: "h" },
    },
  });
}
