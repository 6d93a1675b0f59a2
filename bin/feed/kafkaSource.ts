// `--from kafka://HOST:PORT/TOPIC[?group=G&offsets=earliest|latest]`: a Kafka topic's records, each sent
// as one JSON line {topic, partition, offset, timestamp, key, value}, so the studio's Kafka node in the
// browser (which cannot speak Kafka's TCP protocol) gets Spark's direct-stream shape: partitions and
// offsets as the broker gave them. The feeder's consumer group (default dstream-studio-feed) commits what
// it has taken from the topic, so a feeder started again resumes after it. Records are taken only as fast
// as the feeder sends them, and only while a client is there: at most 100 wait (a feeder stopped with
// records waiting has committed them unsent; the studio's node shows offsets, so a gap is visible).
import { type Consumer, Kafka, logLevel } from "kafkajs";
import { type FeedSource, type FeedSourceFactory, FeedUsageError } from "./FeedSource";

export interface KafkaAddress {
  brokers: string[];
  topic: string;
  group: string;
  fromBeginning: boolean;
}

export function parseKafkaAddress(from: string): KafkaAddress {
  const m = /^kafka:\/\/([^/?#]+)\/([^/?#]+)(?:\?(.*))?$/.exec(from);
  if (!m)
    throw new FeedUsageError(
      `--from ${from}: expected kafka://HOST:PORT/TOPIC (e.g. kafka://localhost:9092/words)`,
    );
  const brokers = (m[1] as string).split(",");
  for (const b of brokers) {
    if (!/^[^:\s]+:\d{1,5}$/.test(b)) throw new FeedUsageError(`--from ${from}: "${b}" is not HOST:PORT`);
  }
  const topic = decodeURIComponent(m[2] as string);
  if (!/^[a-zA-Z0-9._-]{1,249}$/.test(topic))
    throw new FeedUsageError(`--from ${from}: "${topic}" is not a legal topic name`);
  const query = new URLSearchParams(m[3] ?? "");
  const offsets = query.get("offsets") ?? "earliest";
  if (offsets !== "earliest" && offsets !== "latest") {
    throw new FeedUsageError(`--from ${from}: offsets must be earliest or latest, got "${offsets}"`);
  }
  return {
    brokers,
    topic,
    group: query.get("group") ?? "dstream-studio-feed",
    fromBeginning: offsets === "earliest",
  };
}

/** A record as the feeder sends it: one JSON line. */
export function recordLine(r: {
  topic: string;
  partition: number;
  offset: string | number;
  timestamp: string | number;
  key: Buffer | null;
  value: Buffer | null;
}): string {
  return JSON.stringify({
    topic: r.topic,
    partition: r.partition,
    offset: Number(r.offset),
    timestamp: Number(r.timestamp),
    key: r.key === null ? null : r.key.toString("utf8"),
    value: r.value === null ? null : r.value.toString("utf8"),
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export const kafkaSource: FeedSourceFactory = (from, options): FeedSource => {
  const address = parseKafkaAddress(from);
  const where = address.brokers.join(",");
  return {
    description: `Kafka topic ${address.topic} at ${where} (group ${address.group}), one JSON record a line`,
    async *lines(signal) {
      const queue: string[] = [];
      let wake: (() => void) | undefined;
      let room: (() => void) | undefined;
      const notify = () => {
        wake?.();
        wake = undefined;
      };
      const kafka = new Kafka({
        clientId: "dstream-studio-feed",
        brokers: address.brokers,
        logLevel: logLevel.NOTHING,
        connectionTimeout: 3000,
        retry: { retries: 3, initialRetryTime: 300, maxRetryTime: 3000 },
      });
      let consumer: Consumer | undefined;
      const start = async () => {
        let pause = 500;
        while (!signal.aborted) {
          consumer = kafka.consumer({
            groupId: address.group,
            retry: { retries: 3, restartOnFailure: async () => true },
          });
          consumer.on(consumer.events.GROUP_JOIN, () =>
            options.say(`kafka: connected to ${where}, reading ${address.topic}`),
          );
          consumer.on(consumer.events.CRASH, (e) =>
            options.say(`kafka: lost the broker at ${where}: ${messageOf(e.payload.error)}; reconnecting`),
          );
          try {
            await consumer.connect();
            await consumer.subscribe({ topic: address.topic, fromBeginning: address.fromBeginning });
            await consumer.run({
              eachMessage: async ({ topic, partition, message }) => {
                while (queue.length >= 100 && !signal.aborted) await new Promise<void>((r) => (room = r));
                queue.push(recordLine({ topic, partition, ...message }));
                notify();
              },
            });
            return;
          } catch (e) {
            await consumer.disconnect().catch(() => undefined);
            options.say(
              `kafka: cannot reach the broker at ${where}: ${messageOf(e)}; retrying in ${pause / 1000} s`,
            );
            await sleep(pause);
            pause = Math.min(pause * 2, 5000);
          }
        }
      };
      options.say(`kafka: connecting to ${where}`);
      void start();
      const onAbort = () => notify();
      signal.addEventListener("abort", onAbort, { once: true });
      try {
        while (!signal.aborted) {
          const line = queue.shift();
          if (line === undefined) {
            await new Promise<void>((r) => (wake = r));
            continue;
          }
          room?.();
          room = undefined;
          yield line;
        }
      } finally {
        signal.removeEventListener("abort", onAbort);
        room?.();
        await consumer?.disconnect().catch(() => undefined);
      }
    },
  };
};
