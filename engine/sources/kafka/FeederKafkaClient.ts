// The direct stream's client in the browser, where no Kafka client can run (Kafka speaks TCP): the
// feeder (`dstream-studio feed --from kafka://host:port/topic`) reads the topic and forwards each record
// as one JSON line over its WebSocket, with its topic, partition and offset. Partitions are learnt as
// their first record arrives; offsets are the broker's, so offset ranges and batches keep Spark's shape.
// Commits stay here (the feeder's own consumer group commits what it forwarded, so a new feeder resumes).
import type { ConsumerRecord } from "./ConsumerRecord";
import { topicPartitionKey } from "./ConsumerRecord";
import type {
  KafkaClientListener,
  KafkaConsumerClient,
  KafkaSubscription,
  PartitionOffset,
} from "./KafkaClient";

/** The WebSocket the runtime opens (the shape of the engine's NetEnv.webSocket). */
export interface FeederSocketOpener {
  open(
    url: string,
    handlers: { onOpen(): void; onText(text: string): void; onEnd(): void; onError(message: string): void },
  ): { close(): void };
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** One forwarded line as a ConsumerRecord, or a reason it is not one. */
export function parseFeederRecord(line: string): ConsumerRecord | string {
  let x: Record<string, unknown>;
  try {
    x = JSON.parse(line);
  } catch {
    return `not a Kafka record (is the feeder reading kafka://...?): ${line.slice(0, 80)}`;
  }
  const ok =
    typeof x === "object" &&
    x !== null &&
    typeof x.topic === "string" &&
    Number.isInteger(x.partition) &&
    Number.isInteger(x.offset) &&
    (x.key === null || typeof x.key === "string") &&
    (x.value === null || typeof x.value === "string");
  if (!ok) return `not a Kafka record (needs topic, partition, offset, key, value): ${line.slice(0, 80)}`;
  return {
    topic: x.topic as string,
    partition: x.partition as number,
    offset: x.offset as number,
    timestamp: typeof x.timestamp === "number" ? x.timestamp : 0,
    timestampType: "CreateTime",
    key: x.key as string | null,
    value: x.value as string | null,
  };
}

export class FeederKafkaClient implements KafkaConsumerClient {
  private listener?: KafkaClientListener;
  private socket?: { close(): void };
  private timer?: unknown;
  private closed = false;
  private pause = 500;
  private readonly known = new Set<string>();

  constructor(
    private readonly url: string,
    private readonly subscription: KafkaSubscription,
    private readonly net: FeederSocketOpener,
  ) {}

  start(listener: KafkaClientListener): void {
    this.listener = listener;
    this.connect();
  }

  async commit(_offsets: readonly PartitionOffset[]): Promise<void> {}

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== undefined) this.net.clearTimeout(this.timer);
    this.socket?.close();
    this.listener?.onStatus({ state: "closed" });
  }

  private connect(): void {
    this.listener?.onStatus({ state: "connecting", message: `Connecting to the feeder at ${this.url}` });
    let buffered = "";
    this.socket = this.net.open(this.url, {
      onOpen: () => {
        this.pause = 500;
        this.listener?.onStatus({
          state: "connected",
          message: `Reading Kafka through the feeder at ${this.url}`,
        });
      },
      onText: (text) => {
        buffered += text;
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        // A WebSocket message is a whole line: take what is left too.
        if (buffered !== "" && !text.endsWith("\n")) {
          lines.push(buffered);
          buffered = "";
        }
        this.deliver(lines.filter((l) => l.trim() !== ""));
      },
      onEnd: () => this.retry(`The feeder at ${this.url} closed the connection`),
      onError: (message) => this.retry(`Cannot reach the feeder at ${this.url}: ${message}`),
    });
  }

  private deliver(lines: string[]): void {
    const records: ConsumerRecord[] = [];
    for (const line of lines) {
      const r = parseFeederRecord(line);
      if (typeof r === "string") {
        this.listener?.onStatus({ state: "connected", message: `Dropped a line: ${r}` });
        continue;
      }
      if (!this.subscription.topics.includes(r.topic)) continue;
      const key = topicPartitionKey(r.topic, r.partition);
      if (!this.known.has(key)) {
        this.known.add(key);
        this.listener?.onAssigned([{ topic: r.topic, partition: r.partition, offset: r.offset }]);
      }
      records.push(r);
    }
    if (records.length > 0) this.listener?.onRecords(records);
  }

  private retry(message: string): void {
    if (this.closed) return;
    this.socket = undefined;
    this.listener?.onStatus({
      state: "reconnecting",
      message: `${message}; retrying in ${(this.pause / 1000).toFixed(1)} s`,
    });
    this.timer = this.net.setTimeout(() => this.connect(), this.pause);
    this.pause = Math.min(this.pause * 2, 5000);
  }
}
