// Starts and stops a single-node Apache Kafka broker (KRaft: broker and controller in one JVM) on
// localhost, from the jars scripts/kafka/setup.sh fetched from Maven Central. Used by the tests (they
// start their own broker and stop it) and from the command line:
//
//   npx tsx scripts/kafka/broker.ts start [--port 19092] [--dir .kafka-data]   # returns once it is ready
//   npx tsx scripts/kafka/broker.ts stop  [--dir .kafka-data]
//
// A new data directory is formatted with a random cluster id; an existing one is reused, so a broker
// stopped and started again keeps its topics, records and committed offsets.
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const JARS = join(ROOT, ".kafka-jars");

export interface BrokerOptions {
  /** The PLAINTEXT listener clients use (default 19092); the controller listens on port + 1. */
  port?: number;
  /** Where the log, the metadata and server.properties live (default: .kafka-data/ at the root). */
  dir?: string;
  /** Milliseconds to wait for "Kafka Server started" (default 120 s: a busy 2-core machine is slow). */
  timeoutMs?: number;
}

export interface Broker {
  readonly bootstrap: string;
  readonly port: number;
  readonly dir: string;
  /** How long the JVM took from spawn to ready, in ms. */
  readonly startupMs: number;
  /** Stops the broker (SIGTERM, then SIGKILL after 20 s) and resolves when it has exited. */
  stop(): Promise<void>;
}

/** Java is what the broker needs; tests skip with this reason when it is missing. */
export function javaMissing(): string | undefined {
  const r = spawnSync("java", ["-version"], { encoding: "utf8" });
  return r.error || r.status !== 0
    ? "Java is not installed (the Kafka broker needs Java 17): skipping the broker tests"
    : undefined;
}

/** Fetches the jars when they are missing (bash scripts/kafka/setup.sh). */
export function ensureJars(): void {
  if (existsSync(JARS) && existsSync(join(JARS, ".complete-4.4.0"))) return;
  execFileSync("bash", [join(ROOT, "scripts/kafka/setup.sh")], { stdio: "inherit" });
}

/** Kafka's Uuid.randomUuid().toString(): 16 random bytes, URL-safe base64 without padding, no leading '-'. */
function randomClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString("base64url");
    if (!id.startsWith("-")) return id;
  }
}

function properties(port: number, dir: string): string {
  const controller = port + 1;
  return `${[
    "process.roles=broker,controller",
    "node.id=1",
    `controller.quorum.voters=1@localhost:${controller}`,
    `listeners=PLAINTEXT://localhost:${port},CONTROLLER://localhost:${controller}`,
    `advertised.listeners=PLAINTEXT://localhost:${port}`,
    "controller.listener.names=CONTROLLER",
    "inter.broker.listener.name=PLAINTEXT",
    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
    `log.dirs=${join(dir, "data")}`,
    "num.partitions=1",
    "offsets.topic.replication.factor=1",
    "offsets.topic.num.partitions=1",
    "transaction.state.log.replication.factor=1",
    "transaction.state.log.min.isr=1",
    "share.coordinator.state.topic.replication.factor=1",
    "share.coordinator.state.topic.min.isr=1",
    "group.initial.rebalance.delay.ms=0",
  ].join("\n")}\n`;
}

function java(args: string[], options: Parameters<typeof spawn>[2] = {}): ChildProcess {
  // A small heap: the machine is shared, and a test broker holds a few thousand records.
  return spawn("java", ["-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-cp", `${JARS}/*`, ...args], options);
}

function formatStorage(dir: string, config: string): void {
  const r = spawnSync(
    "java",
    ["-cp", `${JARS}/*`, "kafka.tools.StorageTool", "format", "-t", randomClusterId(), "-c", config],
    { encoding: "utf8" },
  );
  if (r.status !== 0)
    throw new Error(`Formatting the Kafka storage in ${dir} failed:\n${r.stdout}${r.stderr}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ port, host: "localhost" });
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}

export async function startBroker(options: BrokerOptions = {}): Promise<Broker> {
  const port = options.port ?? 19092;
  const dir = resolve(options.dir ?? join(ROOT, ".kafka-data"));
  ensureJars();
  if (await portOpen(port)) throw new Error(`Port ${port} is already in use: stop what listens there first`);
  mkdirSync(dir, { recursive: true });
  const config = join(dir, "server.properties");
  writeFileSync(config, properties(port, dir));
  if (!existsSync(join(dir, "data", "meta.properties"))) formatStorage(dir, config);
  const logFile = join(dir, "broker.log");
  const out = openSync(logFile, "w");
  const started = Date.now();
  const child = java(["kafka.Kafka", config], { stdio: ["ignore", out, out], detached: true });
  writeFileSync(join(dir, "broker.pid"), String(child.pid));
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const deadline = started + (options.timeoutMs ?? 120_000);
  while (!readFileSync(logFile, "utf8").includes("Kafka Server started")) {
    if (gone)
      throw new Error(
        `The Kafka broker exited while starting; its log:\n${readFileSync(logFile, "utf8").slice(-3000)}`,
      );
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(
        `The Kafka broker was not ready after ${options.timeoutMs ?? 120_000} ms; log: ${logFile}`,
      );
    }
    await sleep(200);
  }
  const startupMs = Date.now() - started;
  return {
    bootstrap: `localhost:${port}`,
    port,
    dir,
    startupMs,
    async stop() {
      if (gone) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(timer);
      rmSync(join(dir, "broker.pid"), { force: true });
    },
  };
}

/** Stops a broker started by `broker.ts start` (its pid is in the data directory). */
export async function stopBrokerAt(dir: string): Promise<boolean> {
  const pidFile = join(resolve(dir), "broker.pid");
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, "utf8"));
  rmSync(pidFile, { force: true });
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return false; // already gone
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await sleep(200);
  }
  process.kill(pid, "SIGKILL");
  return true;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const flag = (name: string) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const dir = flag("--dir") ?? join(ROOT, ".kafka-data");
  if (command === "start") {
    const missing = javaMissing();
    if (missing) throw new Error(missing);
    const broker = await startBroker({ port: Number(flag("--port") ?? 19092), dir });
    console.log(
      `Kafka broker ready at ${broker.bootstrap} in ${(broker.startupMs / 1000).toFixed(1)} s (data: ${broker.dir}); stop it with: npx tsx scripts/kafka/broker.ts stop`,
    );
    process.exit(0); // the broker runs on, detached
  } else if (command === "stop") {
    console.log((await stopBrokerAt(dir)) ? "Kafka broker stopped" : `No Kafka broker running from ${dir}`);
  } else {
    console.error(
      "usage: npx tsx scripts/kafka/broker.ts start [--port 19092] [--dir .kafka-data] | stop [--dir .kafka-data]",
    );
    process.exit(2);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
