// A long-lived runner process (the PySpark driver or the Scala runner's JVM) that answers one JSON line
// per request line. One request at a time (Spark runs one StreamingContext per JVM); a request holds
// several programs, which the runner runs on one StreamingContext.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { createInterface } from "node:readline";

export interface SparkBatch {
  records: string[];
  /** Scala runner: each record's own toString (print's text), where `records` renders arrays and case
   * classes field by field. */
  shown?: string[];
  /** What the output operation wrote to stdout in this batch (print's block), split in lines. */
  lines?: string[];
  /** saveAsTextFiles: the lines of the batch's part files. */
  files?: string[];
}

export interface SparkOutput {
  kind: string;
  batches: Record<string, SparkBatch>;
}

export interface SparkRun {
  name: string;
  outputs: SparkOutput[];
  completedBatches: number[];
  error: string | null;
  seconds: number;
  /** PySpark runner: CPU seconds its driver, JVM and Python workers used for the whole request. */
  cpuSeconds?: number;
}

export class SparkProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: ((line: string | undefined) => void)[] = [];
  private readonly lines: string[] = [];
  private closed = false;
  private stderrTail = "";
  version = "";

  private constructor(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
    this.child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: "pipe" });
    this.child.stderr.on("data", (d: Buffer) => {
      this.stderrTail = (this.stderrTail + d.toString()).slice(-4000);
      if (process.env.SPARK_CHECK_VERBOSE) process.stderr.write(d);
    });
    createInterface({ input: this.child.stdout }).on("line", (line) => {
      const w = this.waiting.shift();
      if (w) w(line);
      else this.lines.push(line);
    });
    this.child.on("close", () => {
      this.closed = true;
      for (const w of this.waiting.splice(0)) w(undefined);
    });
  }

  static async start(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
    const p = new SparkProcess(command, args, cwd, env);
    const ready = JSON.parse(await p.nextLine()) as { ready: boolean; sparkVersion: string };
    p.version = ready.sparkVersion;
    return p;
  }

  private nextLine(): Promise<string> {
    const line = this.lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (this.closed) return Promise.reject(this.died());
    return new Promise((resolve, reject) =>
      this.waiting.push((l) => (l === undefined ? reject(this.died()) : resolve(l))),
    );
  }

  private died(): Error {
    return new Error(`the Spark runner exited; its last output:\n${this.stderrTail}`);
  }

  /** A request: a JSON object (PySpark runner) or a tab-separated line (Scala runner); one run per program. */
  async runGroup(request: Record<string, unknown> | string): Promise<SparkRun[]> {
    this.child.stdin.write(`${typeof request === "string" ? request : JSON.stringify(request)}\n`);
    return (JSON.parse(await this.nextLine()) as { runs: SparkRun[] }).runs;
  }

  /** One PySpark program on its own. */
  async run(request: { name: string; program: string; batches: number; batchMs: number }): Promise<SparkRun> {
    const { name, program, ...rest } = request;
    return (await this.runGroup({ ...rest, programs: [{ name, program }] }))[0];
  }

  stop(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.on("close", () => resolve());
      this.child.stdin.end();
    });
  }
}
