// The Scala compiler for the exports: one JVM that stays resident (scalac's -Xresident reads a line of
// source files from stdin per compilation and prompts "nsc> " when done), so a second compilation (the
// exports that compiled, after a first one where some did not) runs on a warm compiler, its classpath
// already read, instead of on a new JVM from cold.
import { type ChildProcessWithoutNullStreams, execFile, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { promisify } from "node:util";
import { classpath } from "./setup";

const PROMPT = "nsc> ";
// A big stack for deep trees; one GC thread is enough for one compiler thread on a shared machine.
const JVM = ["-Xss8m", "-XX:+UseSerialGC"];

function options(out: string) {
  return ["-usejavacp", "-nowarn", "-d", out];
}

export class ResidentScalac {
  private stdout = "";
  private output = "";
  private exited = false;
  private waiting?: () => void;

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    const take = (d: Buffer) => {
      this.output += d.toString();
      this.waiting?.();
    };
    child.stdout.on("data", (d: Buffer) => {
      this.stdout += d.toString();
      take(d);
    });
    child.stderr.on("data", take);
    child.on("close", () => {
      this.exited = true;
      this.waiting?.();
    });
  }

  static async start(root: string, out: string): Promise<ResidentScalac> {
    mkdirSync(out, { recursive: true });
    const child = spawn(
      "java",
      [...JVM, "-cp", classpath(root), "scala.tools.nsc.Main", "-Xresident", ...options(out)],
      { stdio: "pipe" },
    );
    const c = new ResidentScalac(child);
    await c.prompt();
    return c;
  }

  /** Resolves when the compiler prompts again (or rejects when it exited); returns what it wrote. */
  private prompt(): Promise<string> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const at = this.stdout.indexOf(PROMPT);
        if (at >= 0) {
          this.waiting = undefined;
          this.stdout = this.stdout.slice(at + PROMPT.length);
          const text = this.output;
          this.output = "";
          resolve(text);
        } else if (this.exited) {
          this.waiting = undefined;
          reject(new Error(`scalac -Xresident exited:\n${this.output.slice(-3000)}`));
        }
      };
      this.waiting = check;
      check();
    });
  }

  /** Compiles the files; scalac's error lines, or "" when they compiled. */
  async compile(files: string[]): Promise<string> {
    if (files.some((f) => /\s/.test(f))) throw new Error("scalac -Xresident takes no paths with spaces");
    this.child.stdin.write(`${files.join(" ")}\n`);
    const text = await this.prompt();
    return /^\S+\.scala:\d+: error: /m.test(text) || /\berror found|\berrors found/.test(text) ? text : "";
  }

  stop(): Promise<void> {
    if (this.exited) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.on("close", () => resolve());
      this.child.stdin.end();
    });
  }
}

/** One compilation on a new JVM (without blocking the PySpark half meanwhile); scalac's errors, or "". */
export async function scalac(root: string, files: string[], out: string): Promise<string> {
  mkdirSync(out, { recursive: true });
  try {
    await promisify(execFile)(
      "java",
      [...JVM, "-cp", classpath(root), "scala.tools.nsc.Main", ...options(out), ...files],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    return "";
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return `${err.stdout ?? ""}${err.stderr ?? ""}`;
  }
}
