import { describe, expect, it } from "vitest";
import { parseCommand, UsageError } from "./cliArgs";

describe("dstream-studio arguments", () => {
  it("parses run and export", () => {
    expect(parseCommand(["run", "p.json", "--batches", "5", "--seed=-3"])).toEqual({
      command: "run",
      file: "p.json",
      batches: 5,
      seed: -3,
    });
    expect(parseCommand(["export", "p.json", "--to", "pyspark", "-o", "p.py"])).toEqual({
      command: "export",
      file: "p.json",
      to: "pyspark",
      out: "p.py",
    });
    expect(parseCommand(["--help"])).toEqual({ command: "help" });
  });

  it.each([
    [["run", "p.json"], "run: --batches N is required"],
    [
      ["run", "p.json", "--batches", "0"],
      '--batches must be a whole number from 1 to 100000 in decimal digits, got "0"',
    ],
    [
      ["run", "p.json", "--batches", "two"],
      '--batches must be a whole number from 1 to 100000 in decimal digits, got "two"',
    ],
    [["run", "p.json", "--batches", "2", "--seed", "1.5"], "--seed must be a whole number in decimal digits"],
    [["run", "--batches", "2"], "run: missing the pipeline file"],
    [["export", "p.json"], "export: --to ts|js|pyspark|scala is required"],
    [
      ["export", "p.json", "--to", "java"],
      'export: unknown target "java" (expected ts, js, pyspark or scala)',
    ],
    [["deploy", "p.json"], 'unknown command "deploy" (expected run, export or feed)'],
    [[], "missing a command (run, export or feed)"],
    [["run", "a.json", "b.json", "--batches", "1"], 'run: unexpected argument "b.json"'],
    [["run", "a.json", "--batches", "1", "--fast"], "Unknown option '--fast'"],
  ])("refuses %j", (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});
