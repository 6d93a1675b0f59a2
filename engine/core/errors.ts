// Spark's failure shapes: `require(cond, msg)` throws "requirement failed: msg" (IllegalArgumentException),
// an illegal lifecycle call throws the bare message (IllegalStateException). Both are plain Errors here.

export function requireThat(condition: boolean, message: string | (() => string)): asserts condition {
  if (!condition) {
    throw new Error(`requirement failed: ${typeof message === "function" ? message() : message}`);
  }
}

export function illegalState(message: string): Error {
  const error = new Error(message);
  error.name = "IllegalStateException";
  return error;
}
