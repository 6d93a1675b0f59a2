import { describe, expect, it } from "vitest";
import { LineFramer } from "./LineFramer";

function frame(pieces: string[], max?: number) {
  const lines: string[] = [];
  const dropped: { length: number; start: string }[] = [];
  const f = new LineFramer(
    (l) => lines.push(l),
    (d) => dropped.push(d),
    max,
  );
  for (const p of pieces) f.push(p);
  return { f, lines, dropped };
}

describe("LineFramer (BufferedReader.readLine)", () => {
  it("ends lines at \\n, \\r\\n and \\r, also when a terminator is split across pieces", () => {
    const { f, lines } = frame(["a b\nc", "d\r", "\ne\rf\r\n", "\n"]);
    expect(lines).toEqual(["a b", "cd", "e", "f", ""]);
    f.push("tail");
    expect(lines).toHaveLength(5);
    f.end();
    expect(lines.at(-1)).toBe("tail");
  });

  it("drops a line over the limit once it ends, reports its length, and keeps the next lines", () => {
    const { lines, dropped, f } = frame(["ok\n", "x".repeat(6), "y".repeat(10), "\nnext\n"], 8);
    expect(lines).toEqual(["ok", "next"]);
    expect(dropped).toEqual([{ length: 16, start: "xxxxxxyyyyyyyyyy" }]);
    expect(f.pendingChars).toBe(0);
  });
});
