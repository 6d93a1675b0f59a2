// A receiver fed by a real connection (TCP, WebSocket, HTTP stream), with Spark's receiver lifecycle:
// onStart connects; a connection that ends or fails is restarted after a delay, logged as Spark's
// ReceiverSupervisor does ("Restarting receiver with delay 2000 ms: Socket data stream had no more
// data"). Spark waits spark.streaming.receiverRestartDelay (2000 ms) every time; here the delay doubles
// after each failed attempt up to `maxRestartDelayMs` (backoff, so a server that is down is not
// hammered) and is back at the first delay once a connection delivers data. Records stored before a
// failure stay stored: they go into the next batch, so nothing received is lost.
import { Receiver } from "../Receiver";
import { type DroppedLine, LineFramer } from "./LineFramer";
import type { Connection, NetEnv, StreamHandlers } from "./NetEnv";
import { LAST_RECORDS, MAX_LOG_LINES, type SourceState, type SourceStatus } from "./SourceStatus";

export interface NetReceiverOptions {
  /** Spark's spark.streaming.receiverRestartDelay: the first delay before reconnecting (2000 ms). */
  restartDelayMs?: number;
  maxRestartDelayMs?: number;
  maxLineChars?: number;
}

export const SPARK_RESTART_DELAY_MS = 2000;

export abstract class NetReceiver<T> extends Receiver<T> {
  #status: SourceStatus;
  #connection?: Connection;
  #restartTimer: unknown;
  #attempt = 0;
  /** Bumped at every (re)connection, so a stale connection's late events are ignored. */
  #generation = 0;
  readonly restartDelayMs: number;
  readonly maxRestartDelayMs: number;
  protected framer!: LineFramer;
  /** Told of every status change (the worker posts it to the page, the CLI prints log lines). */
  onStatus?: (status: SourceStatus, logLine?: string) => void;

  constructor(
    protected readonly net: NetEnv,
    readonly endpoint: string,
    protected readonly options: NetReceiverOptions = {},
  ) {
    super();
    this.restartDelayMs = options.restartDelayMs ?? SPARK_RESTART_DELAY_MS;
    this.maxRestartDelayMs = Math.max(this.restartDelayMs, options.maxRestartDelayMs ?? 16_000);
    this.#status = { state: "closed", endpoint, received: 0, dropped: 0, lastRecords: [], log: [] };
  }

  /** Opens the connection; the subclass reports through `handlers`. */
  protected abstract open(handlers: StreamHandlers): Connection;
  /** A piece of text arrived on the current connection. */
  protected abstract receiveText(text: string): void;
  /** Spark's reason for a restart when the peer ended the stream ("Socket data stream had no more data"). */
  protected abstract endedReason(): string;

  status(): SourceStatus {
    return { ...this.#status, lastRecords: [...this.#status.lastRecords], log: [...this.#status.log] };
  }

  onStart(): void {
    this.#attempt = 0;
    this.#connect();
  }

  onStop(): void {
    this.net.clearTimeout(this.#restartTimer);
    this.#restartTimer = undefined;
    this.#generation++;
    const connection = this.#connection;
    this.#connection = undefined;
    connection?.close();
    this.#setState("closed", undefined, "Stopped receiving");
  }

  /** Store one record and remember it for the node. */
  protected storeRecord(record: T, shown: string): void {
    this.store(record);
    const s = this.#status;
    s.received++;
    s.lastRecords.push(shown.length > 200 ? `${shown.slice(0, 200)}…` : shown);
    if (s.lastRecords.length > LAST_RECORDS) s.lastRecords.shift();
    this.#attempt = 0;
  }

  /** A line or event that could not become a record: counted, logged, the stream goes on. */
  protected reportDropped(message: string): void {
    this.#status.dropped++;
    this.#status.message = message;
    this.#log(message);
  }

  protected lineFramer(onLine: (line: string) => void): LineFramer {
    return new LineFramer(
      onLine,
      (d: DroppedLine) =>
        this.reportDropped(
          `Dropped a line of ${d.length.toLocaleString("en-US")} characters (the limit is ${this.framer.maxLineChars.toLocaleString("en-US")}): "${d.start}…"`,
        ),
      this.options.maxLineChars,
    );
  }

  #connect(): void {
    const generation = ++this.#generation;
    const live = () => generation === this.#generation && !this.isStopped();
    this.framer = this.lineFramer((line) => this.receiveLine(line));
    this.#setState(
      this.#attempt === 0 ? "connecting" : "reconnecting",
      this.#status.message,
      `Connecting to ${this.endpoint}`,
    );
    try {
      this.#connection = this.open({
        onOpen: () => {
          if (live()) this.#setState("connected", undefined, `Connected to ${this.endpoint}`);
        },
        onText: (text) => {
          if (live()) this.receiveText(text);
        },
        onEnd: () => {
          if (!live()) return;
          this.framer.end();
          this.#restart(this.endedReason());
        },
        onError: (message) => {
          if (!live()) return;
          this.framer.end();
          this.#restart(message);
        },
      });
    } catch (e) {
      this.#restart((e as Error).message);
    }
  }

  /** A complete line arrived (subclasses that frame lines turn it into a record). */
  protected receiveLine(_line: string): void {}

  #restart(reason: string): void {
    this.#generation++;
    const connection = this.#connection;
    this.#connection = undefined;
    connection?.close();
    const delay = Math.min(this.maxRestartDelayMs, this.restartDelayMs * 2 ** this.#attempt);
    this.#attempt++;
    this.#setState("reconnecting", reason, `Restarting receiver with delay ${delay} ms: ${reason}`);
    this.#restartTimer = this.net.setTimeout(() => {
      this.#restartTimer = undefined;
      if (this.isStopped()) return;
      this.#log("Starting receiver again");
      this.#connect();
    }, delay);
  }

  #setState(state: SourceState, message: string | undefined, logLine: string): void {
    this.#status.state = state;
    this.#status.message = message;
    this.#log(logLine);
  }

  #log(line: string): void {
    const log = this.#status.log;
    log.push(line);
    if (log.length > MAX_LOG_LINES) log.shift();
    this.onStatus?.(this.status(), line);
  }
}
