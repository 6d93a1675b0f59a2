// The direct Kafka stream against a real Apache Kafka broker (KRaft, jars from Maven Central) that this
// file starts on localhost and stops. Skipped only when Java is missing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Kafka, logLevel, Partitioners } from "kafkajs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FeedServer } from "../../../../bin/feed/FeedServer";
import { pump } from "../../../../bin/feed/feed";
import { kafkaSource } from "../../../../bin/feed/kafkaSource";
import { type Broker, javaMissing, startBroker } from "../../../../scripts/kafka/broker";
import { StreamingContext } from "../../../scheduler/StreamingContext";
import { nodeNet } from "../../net/nodeNet";
import type { ConsumerRecord } from "../ConsumerRecord";
import type { DirectKafkaInputDStream } from "../DirectKafkaInputDStream";
import { FeederKafkaClient } from "../FeederKafkaClient";
import { ConsumerStrategies, type DirectStreamOptions, KafkaUtils, LocationStrategies } from "../KafkaUtils";
import { type OffsetRange, offsetRangesOf } from "../OffsetRange";
import { partitionForKey } from "../simulated/murmur2";
import { KafkajsClient } from "./KafkajsClient";

const PORT = 19094; // this suite's own port (the controller takes 19095)
const missing = javaMissing();
if (missing) console.warn(missing);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// Generous: a consumer group's first join takes seconds, more on a loaded 2-core machine.
async function waitFor(what: string, check: () => boolean, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

interface Run {
  ssc: StreamingContext;
  stream: DirectKafkaInputDStream;
  batches: { ranges: OffsetRange[]; partitions: ConsumerRecord[][] }[];
}

describe.skipIf(missing !== undefined)("direct Kafka stream on a real broker", { timeout: 300_000 }, () => {
  let broker: Broker;
  let dir: string;
  let kafka: Kafka;
  /** Contexts a failed test left running: stopped after it, so the next test can start its own. */
  const running = new Set<StreamingContext>();
  afterEach(() => {
    for (const ssc of running) if (ssc.getState() !== "STOPPED") ssc.stop();
    running.clear();
  });

  const params = (groupId: string, bootstrap = broker.bootstrap) => ({
    "bootstrap.servers": bootstrap,
    "key.deserializer": "org.apache.kafka.common.serialization.StringDeserializer",
    "value.deserializer": "org.apache.kafka.common.serialization.StringDeserializer",
    "group.id": groupId,
    "auto.offset.reset": "earliest",
    "enable.auto.commit": false,
  });

  /** A stream whose every batch is collected and whose offsets are committed after the "output". */
  function run(topic: string, groupId: string, options: DirectStreamOptions = {}, bootstrap?: string): Run {
    const ssc = new StreamingContext({ batchIntervalMs: 1000, clock: "manual" });
    const strategy = ConsumerStrategies.Subscribe([topic], params(groupId, bootstrap));
    const stream = KafkaUtils.createDirectStream(ssc, LocationStrategies.PreferConsistent, strategy, {
      client: new KafkajsClient(strategy, { retryMs: 200, maxRetryMs: 1000 }),
      ...options,
    });
    const batches: Run["batches"] = [];
    running.add(ssc);
    stream.foreachRDD((rdd) => {
      const ranges = [...offsetRangesOf(rdd)];
      batches.push({ ranges, partitions: rdd.collectPartitions() });
      stream.commitAsync(ranges);
    });
    ssc.start();
    return { ssc, stream, batches };
  }

  async function stop(r: Run): Promise<void> {
    r.ssc.stop();
    await r.stream.closed;
  }

  async function produce(topic: string, messages: { key: string; value: string }[]): Promise<void> {
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({ topic, messages });
    await producer.disconnect();
  }

  const all = (r: Run) => r.batches.flatMap((b) => b.partitions.flat());

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kafka-broker-test-"));
    broker = await startBroker({ port: PORT, dir });
    console.log(`Kafka broker ready in ${broker.startupMs} ms`);
    kafka = new Kafka({ clientId: "test", brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        { topic: "words", numPartitions: 3 },
        { topic: "rated", numPartitions: 2 },
        { topic: "restart", numPartitions: 2 },
        { topic: "outage", numPartitions: 2 },
        { topic: "feed", numPartitions: 2 },
      ],
    });
    await admin.disconnect();
  }, 240_000);

  afterAll(async () => {
    await broker?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("gives one RDD partition per topic partition, records in offset order, and the batch's offset ranges", async () => {
    const sent = Array.from({ length: 30 }, (_, i) => ({ key: `user-${i % 7}`, value: `event ${i}` }));
    await produce("words", sent);
    const r = run("words", "g-words");
    await r.stream.assignment;
    await waitFor("30 records", () => r.stream.bufferedRecords === 30);
    await r.ssc.advance(2);
    await stop(r);

    const [first, second] = r.batches;
    expect(first?.partitions).toHaveLength(3);
    expect(first?.ranges.map((o) => [o.topic, o.partition, o.fromOffset])).toEqual([
      ["words", 0, 0],
      ["words", 1, 0],
      ["words", 2, 0],
    ]);
    first?.ranges.forEach((range, i) => {
      const records = first.partitions[i] as ConsumerRecord[];
      expect(records.map((x) => x.offset)).toEqual(
        Array.from({ length: range.count() }, (_, k) => range.fromOffset + k),
      );
      for (const x of records) {
        expect(x.partition).toBe(range.partition);
        // kafkajs' default partitioner is Java's: the simulated topic's murmur2 puts keys in the same place
        expect(partitionForKey(x.key as string, 3)).toBe(x.partition);
      }
    });
    expect(
      all(r)
        .map((x) => x.value)
        .sort(),
    ).toEqual(sent.map((m) => m.value).sort());
    // The second batch starts where the first stopped and is empty.
    expect(second?.ranges.map((o) => [o.fromOffset, o.untilOffset])).toEqual(
      first?.ranges.map((o) => [o.untilOffset, o.untilOffset]),
    );
    expect(second?.partitions.flat()).toEqual([]);
  });

  it("reads at most maxRatePerPartition records per second per partition", async () => {
    await produce(
      "rated",
      Array.from({ length: 24 }, (_, i) => ({ key: `k${i % 4}`, value: String(i) })),
    );
    const r = run("rated", "g-rated", { "spark.streaming.kafka.maxRatePerPartition": 5 });
    await r.stream.assignment;
    await waitFor("24 records", () => r.stream.bufferedRecords === 24);
    await r.ssc.advance(6);
    await stop(r);
    for (const b of r.batches) for (const range of b.ranges) expect(range.count()).toBeLessThanOrEqual(5);
    expect(all(r)).toHaveLength(24);
    expect(r.batches[0]?.ranges.map((o) => o.count())).toEqual([5, 5]);
  });

  it("commits offsets and a restarted stream neither loses nor repeats a record", async () => {
    await produce(
      "restart",
      Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, value: `a${i}` })),
    );
    const first = run("restart", "g-restart");
    await first.stream.assignment;
    await waitFor("20 records", () => first.stream.bufferedRecords === 20);
    await first.ssc.advance(2);
    await stop(first); // sends the offsets committed after the last batch's output
    const admin = kafka.admin();
    await admin.connect();
    const committed = await admin.fetchOffsets({ groupId: "g-restart", topics: ["restart"] });
    await admin.disconnect();
    const committedSum = committed[0]?.partitions.reduce((n, p) => n + Number(p.offset), 0);
    expect(committedSum).toBe(20);

    await produce(
      "restart",
      Array.from({ length: 15 }, (_, i) => ({ key: `k${i}`, value: `b${i}` })),
    );
    const second = run("restart", "g-restart");
    await second.stream.assignment;
    expect(second.stream.currentOffsets.reduce((n, o) => n + o.offset, 0)).toBe(20);
    await waitFor("15 new records", () => second.stream.bufferedRecords === 15);
    await second.ssc.advance(1);
    await stop(second);

    const values = [...all(first), ...all(second)].map((x) => x.value as string);
    expect(all(first).every((x) => x.value?.startsWith("a"))).toBe(true);
    expect(
      all(second)
        .map((x) => x.value as string)
        .sort(),
    ).toEqual(Array.from({ length: 15 }, (_, i) => `b${i}`).sort());
    expect(new Set(values).size).toBe(35);
  });

  it("says on the stream that a broker is unreachable, and the batches go on", async () => {
    const r = run("nowhere", "g-none", {}, "localhost:19099");
    const messages: string[] = [];
    r.stream.onStatus((s) => messages.push(s.message ?? s.state));
    await waitFor("a reconnecting status", () => r.stream.status.state === "reconnecting", 20_000);
    expect(r.stream.status.message).toMatch(/Cannot reach the Kafka broker at localhost:19099/);
    const infos = await r.ssc.advance(3);
    expect(infos).toHaveLength(3);
    expect(r.batches.map((b) => b.partitions.length)).toEqual([0, 0, 0]);
    await stop(r);
    expect(r.stream.status.state).toBe("closed");
  });

  it("reaches the broker through the feeder's WebSocket, as the browser does, keeping partitions and offsets", async () => {
    const sent = Array.from({ length: 12 }, (_, i) => ({ key: `k${i % 5}`, value: `fed${i}` }));
    await produce("feed", sent);
    const server = new FeedServer({ host: "127.0.0.1", port: 0, wsPort: 0 });
    const { wsPort } = await server.listen();
    const abort = new AbortController();
    const said: string[] = [];
    const source = kafkaSource(`kafka://${broker.bootstrap}/feed?group=g-feeder`, {
      loop: false,
      say: (line) => said.push(line),
    });
    const pumping = pump(server, source.lines(abort.signal), abort.signal);

    const ssc = new StreamingContext({ batchIntervalMs: 1000, clock: "manual" });
    running.add(ssc);
    const strategy = ConsumerStrategies.Subscribe(["feed"], params("g-browser"));
    const net = nodeNet();
    const stream = KafkaUtils.createDirectStream(ssc, LocationStrategies.PreferConsistent, strategy, {
      client: new FeederKafkaClient(`ws://127.0.0.1:${wsPort}`, strategy, {
        open: (url, handlers) => net.webSocket!(url, handlers),
        setTimeout: net.setTimeout,
        clearTimeout: net.clearTimeout,
      }),
    });
    const batches: ConsumerRecord[][][] = [];
    const ranges: OffsetRange[][] = [];
    stream.foreachRDD((rdd) => {
      ranges.push([...offsetRangesOf(rdd)]);
      batches.push(rdd.collectPartitions());
    });
    ssc.start();
    await waitFor("12 records through the feeder", () => stream.bufferedRecords === 12);
    await ssc.advance(1);
    ssc.stop();
    await stream.closed;
    abort.abort();
    await pumping;
    await server.close();

    expect(said.some((l) => l.includes("connected to"))).toBe(true);
    expect(batches[0]).toHaveLength(2);
    ranges[0]!.forEach((range, i) => {
      const records = batches[0]![i]!;
      expect(records.map((r) => r.offset)).toEqual(Array.from({ length: range.count() }, (_, k) => k));
      for (const r of records) expect(partitionForKey(r.key!, 2)).toBe(r.partition);
    });
    expect(
      batches[0]!
        .flat()
        .map((r) => r.value)
        .sort(),
    ).toEqual(sent.map((m) => m.value).sort());
  });

  it("keeps every received record when the broker goes away mid-run, and resumes when it is back", async () => {
    await produce(
      "outage",
      Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, value: `before${i}` })),
    );
    const r = run("outage", "g-outage");
    await r.stream.assignment;
    await waitFor("10 records", () => r.stream.bufferedRecords === 10);
    await broker.stop();
    await waitFor("the stream to notice", () => r.stream.status.state === "reconnecting", 60_000);
    expect(r.stream.status.message).toMatch(/Kafka broker/);
    await r.ssc.advance(2); // batches run while the broker is away, from what was received
    expect(
      all(r)
        .map((x) => x.value)
        .sort(),
    ).toEqual(Array.from({ length: 10 }, (_, i) => `before${i}`).sort());

    broker = await startBroker({ port: PORT, dir });
    await produce(
      "outage",
      Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, value: `after${i}` })),
    );
    await waitFor("10 records after the outage", () => r.stream.bufferedRecords === 10, 90_000);
    await r.ssc.advance(1);
    await stop(r);
    const values = all(r).map((x) => x.value as string);
    expect(values).toHaveLength(20);
    expect(new Set(values).size).toBe(20);
  }, 240_000);
});
