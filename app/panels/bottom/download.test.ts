import { describe, expect, it } from "vitest";
import { fileNameOf } from "./download";

describe("fileNameOf", () => {
  it("names a saveAsTextFiles part after the last segment of its path", () => {
    expect(fileNameOf("/out/counts-3000.txt")).toBe("counts-3000.txt");
    expect(fileNameOf("counts-3000")).toBe("counts-3000");
    expect(fileNameOf("/")).toBe("part-00000");
  });
});
