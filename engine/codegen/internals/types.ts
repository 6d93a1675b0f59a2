// What every emitter returns: the code, and the user functions it could not translate.

export interface StubbedFunction {
  nodeId: string;
  /** The node's label (or id), as the export dialog lists it. */
  label: string;
  param: string;
  reason: string;
}

export interface GeneratedCode {
  code: string;
  stubs: StubbedFunction[];
  /** A suggested file name, e.g. "socket_word_count.py". */
  filename: string;
}

export type CodeTarget = "ts" | "pyspark" | "scala";
