// What a node kind's emission gets from each exporter: the step (its node, spec, params and input
// variable names) and the language's helpers. A kind's emit.ts (engine/graph/kinds/<group>/<kind>/) holds
// the emitters of the languages whose code its `api` shape cannot derive.
import type { GeneratorKind } from "../runtime/generatorParams";
import type { ScalaFnOptions } from "../translate/index";
import type { Step } from "./plan";

export interface TsHelpers {
  input: (i: number) => string;
  fn: (param: string) => string;
  lit: (param: string) => string;
  has: (param: string) => boolean;
  /** `seed(7, 0)`: the document's seed for this source, or the command line's. */
  seed: () => string;
  /** Declares `const <name><suffix> = expr;` before the node's statement and returns the name. */
  define: (suffix: string, expr: string) => string;
  use: (name: string) => void;
  /** The record / key / value type of input i, written with the file's type helpers (`RecordOf<typeof x>`). */
  recordOf: (i: number) => string;
  keyOf: (i: number) => string;
  valueOf: (i: number) => string;
  /** Imports a type (`RDD`, `State`) from the engine. */
  useType: (name: string) => void;
}

/** A kind's own stand-in generator for the exported file: its function's name and code. */
export interface GeneratorCode {
  fn: string;
  code: string[];
}

export interface PyHelpers {
  input: (i: number) => string;
  fn: (param: string, rddParams?: number) => string;
  /** An optional function param: its lambda or None. */
  optFn: (param: string) => string;
  has: (param: string) => boolean;
  secs: (param: string) => string;
  optSecs: (param: string) => string;
  opt: (param: string) => string;
  /** A JSON param as a Python literal; `lists` outer levels stay lists (see pyLiteral). */
  lit: (param: string, lists?: number) => string;
  /** The queueStream of a seeded generator's batches (the studio's records, ported exactly). */
  generator: (kind: GeneratorKind) => string;
  /** The number of parameters the user function `param` declares. */
  arity: (param: string) => number;
  /** Writes a helper of runtime/pyHelpers.ts into the file (`js_time_ms`) and returns its name. */
  helper: (name: string) => string;
  stub: (reason: string) => string;
  /** Imports a name from pyspark (`StorageLevel`). */
  use: (name: string) => void;
  /** Binds an expression to `<node>_<param>` before the node's statement and returns that name. */
  define: (param: string, expr: string) => string;
  /** A `# text` comment line above the statement. */
  note: (text: string) => void;
  /** Writes a kind's own stand-in generator into the file (once) and returns its name. */
  standIn: (g: GeneratorCode) => string;
  /** Records per batch at the node's `rate`. */
  perBatch: () => number;
}

export interface ScalaHelpers {
  input: (i: number) => string;
  fn: (param: string, rddParams?: number, options?: ScalaFnOptions) => string;
  dur: (param: string) => string;
  /** A JSON param as a Scala literal; `lists` outer levels stay Seqs (see scalaLiteral). */
  lit: (param: string, lists?: number) => string;
  has: (param: string) => boolean;
  /** The queueStream of a seeded generator's batches (the studio's records, ported exactly). */
  generator: (kind: GeneratorKind) => string;
  /** Writes a helper of runtime/scalaHelpers.ts into the program (`transformWith`). */
  helper: (name: string) => void;
  define: (param: string, expr: string) => string;
  /** The value type V of pair input i when the exporter knows it (from literal data or a literal value). */
  valueType: (i: number) => string | undefined;
  /** Records this node's value type V for the nodes downstream. */
  produces: (valueType: string | undefined) => void;
  /** A `// TODO: types` line above the statement, where Scala cannot infer what it needs. */
  todo: (text: string) => void;
  /** Adds an import line to the file (`org.apache.spark.storage.StorageLevel`). */
  use: (importPath: string) => void;
  /** A `// text` comment line above the statement. */
  note: (text: string) => void;
  /** Writes a kind's own stand-in generator into the program (once) and returns its name. */
  standIn: (g: GeneratorCode) => string;
  /** Records per batch at the node's `rate`. */
  perBatch: () => number;
}

/** Writes one node's statement (its expression; the exporter adds the assignment). */
export type Emit<H> = (s: Step, h: H) => string;

/** A kind's own emission, per language; a missing one is derived from the kind's `api`. */
export interface KindEmitters {
  typescript?: Emit<TsHelpers>;
  pyspark?: Emit<PyHelpers>;
  scala?: Emit<ScalaHelpers>;
}
