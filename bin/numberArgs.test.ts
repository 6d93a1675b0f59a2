import { describe, expect, it } from "vitest";
import { parseCommand, UsageError } from "./cliArgs";
import { MAX_BATCHES } from "./numberArgs";

const run =
  (...extra: string[]) =>
  () =>
    parseCommand(["run", "p.json", ...extra]);

describe("numbers on the command line are decimal whole numbers", () => {
  it.each([
    ["-1"],
    ["0"],
    ["0x10"],
    ["1e9"],
    ["1.0"],
    [" 5"],
    ["+5"],
    ["05"],
    [String(MAX_BATCHES + 1)],
    ["99999999999999999999"],
  ])("--batches %j is refused, naming the range", (value) => {
    expect(run("--batches", value)).toThrow(UsageError);
    expect(run("--batches", value)).toThrow(
      `--batches must be a whole number from 1 to ${MAX_BATCHES} in decimal digits, got "${value}"`,
    );
  });

  it("accepts the maximum and negative seeds, written either way", () => {
    expect(parseCommand(["run", "p.json", "--batches", String(MAX_BATCHES), "--seed", "-7"])).toEqual({
      command: "run",
      file: "p.json",
      batches: MAX_BATCHES,
      seed: -7,
    });
    expect(parseCommand(["run", "p.json", "--batches=3", "--seed=0"])).toMatchObject({ batches: 3, seed: 0 });
  });

  it.each([["0x10"], ["1e3"], ["1.5"], ["9007199254740993"], ["-"]])("--seed %j is refused", (value) => {
    expect(run("--batches", "1", "--seed", value)).toThrow(/--seed must be a whole number in decimal digits/);
  });
});
