// The README example runs under `npx tsx` and prints what Spark would.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

it("npx tsx engine/examples/wordcount.ts prints the counts and Spark's print format", () => {
  const script = fileURLToPath(new URL("./wordcount.ts", import.meta.url));
  const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
  const stdout = execFileSync(tsx, [script], { encoding: "utf8" });
  expect(stdout).toBe(
    [
      "1000 [ [ 'b', 2 ], [ 'a', 1 ] ]",
      "-------------------------------------------",
      "Time: 1000 ms",
      "-------------------------------------------",
      "(b,2)",
      "(a,1)",
      "",
      "2000 []",
      "-------------------------------------------",
      "Time: 2000 ms",
      "-------------------------------------------",
      "",
      "3000 [ [ 'c', 1 ], [ 'a', 1 ] ]",
      "-------------------------------------------",
      "Time: 3000 ms",
      "-------------------------------------------",
      "(c,1)",
      "(a,1)",
      "",
      "",
    ].join("\n"),
  );
});
