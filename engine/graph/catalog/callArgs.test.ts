import { describe, expect, it } from "vitest";
import { call, duration, fn, optional, optionalPartitions, optionalSlide } from "./api";
import { positionalArgs, pythonArgs } from "./callArgs";

const params =
  (...set: string[]) =>
  (p: string) =>
    set.includes(p);
const names = (args: ReturnType<typeof positionalArgs>) =>
  args.map((a) => (a.kind === "parentSlide" ? "<parent slide>" : a.kind === "input" ? "<input>" : a.param));

describe("api shapes", () => {
  const reduceByWindow = call(
    "reduceByWindow",
    fn("fn", 2),
    optional(fn("invFn", 2)),
    duration("w"),
    duration("s"),
  );
  const groupByKeyAndWindow = call("groupByKeyAndWindow", duration("w"), optionalSlide, optionalPartitions);

  it("leaves out an empty optional argument and the optional ones after it, keeping required ones", () => {
    expect(names(positionalArgs(reduceByWindow.args, params()))).toEqual(["fn", "w", "s"]);
    expect(names(positionalArgs(reduceByWindow.args, params("invFn")))).toEqual(["fn", "invFn", "w", "s"]);
    expect(names(positionalArgs(groupByKeyAndWindow.args, params("numPartitions")))).toEqual([
      "w",
      "<parent slide>",
      "numPartitions",
    ]);
    expect(names(positionalArgs(groupByKeyAndWindow.args, params()))).toEqual(["w"]);
    expect(names(positionalArgs(groupByKeyAndWindow.args, params("slideMs")))).toEqual(["w", "slideMs"]);
  });

  it("passes None for Python's empty optionals and drops the trailing ones", () => {
    const py = (set: string[]) =>
      pythonArgs(reduceByWindow.args, params(...set)).map((a) => (a === null ? null : a.kind));
    expect(py([])).toEqual(["fn", null, "duration", "duration"]);
    expect(pythonArgs(groupByKeyAndWindow.args, params())).toHaveLength(1);
    expect(pythonArgs(groupByKeyAndWindow.args, params("numPartitions"))[1]).toBeNull();
  });

  it("cannot make an input stream optional", () => {
    expect(() => optional({ kind: "input", index: 1 })).toThrow("cannot be optional");
  });
});
