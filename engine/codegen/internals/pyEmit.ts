// PySpark emission helpers that several kinds' emit.ts share.

/** `f(a, None, None)` -> `f(a)`: Python's optional arguments left at their defaults. */
export function pyCall(target: string, method: string, ...args: string[]): string {
  while (args.length > 0 && args[args.length - 1] === "None") args.pop();
  return `${target}.${method}(${args.join(", ")})`;
}
