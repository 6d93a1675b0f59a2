import { describe, expect, it } from "vitest";
import { groupsSorted } from "./scalaText";

describe("groupsSorted", () => {
  it("orders the values inside each group, nested ones too", () => {
    expect(groupsSorted("(a,CompactBuffer(3, 1, 2))")).toBe("(a,CompactBuffer(1, 2, 3))");
    expect(groupsSorted("(k,(CompactBuffer(b, a),CompactBuffer()))")).toBe(
      "(k,(CompactBuffer(a, b),CompactBuffer()))",
    );
    expect(groupsSorted("(x,ArrayBuffer((b,2), (a,1)))")).toBe("(x,ArrayBuffer((a,1), (b,2)))");
  });

  it("leaves records without groups as they are, tuples keep their order", () => {
    expect(groupsSorted("(b,a)")).toBe("(b,a)");
    expect(groupsSorted("List(3, 1)")).toBe("List(3, 1)");
  });
});
