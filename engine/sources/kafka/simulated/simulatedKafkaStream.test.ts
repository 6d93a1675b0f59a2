// The simulated topic keeps Kafka's log semantics: offsets from 0 per partition, a key always in the same
// partition (Kafka's murmur2 partitioner), one RDD partition per topic partition with contiguous offset
// ranges, maxRatePerPartition, and a restart of the same group from its committed offsets.
import { describe, expect, it } from "vitest";
import { StreamingContext } from "../../../scheduler/StreamingContext";
import type { ConsumerRecord } from "../ConsumerRecord";
import { commitOffsetsAfterEachBatch } from "../commitAfterBatches";
import { ConsumerStrategies, KafkaUtils, LocationStrategies, STRING_DESERIALIZER } from "../KafkaUtils";
import { offsetRangesOf } from "../OffsetRange";
import { partitionForKey } from "./murmur2";
import { SimulatedKafkaClient } from "./SimulatedKafkaClient";
import { SimulatedKafkaCluster } from "./SimulatedKafkaCluster";
import { simulatedKafkaStream } from "./simulatedKafkaStream";

type Batch = { ranges: [number, number, number][]; partitions: ConsumerRecord[][] };

async function runSimulated(
  batches: number,
  options: Partial<Parameters<typeof simulatedKafkaStream>[1]> = {},
  cluster = new SimulatedKafkaCluster(),
): Promise<Batch[]> {
  const ssc = new StreamingContext({ batchIntervalMs: 1000, clock: "manual" });
  const { stream } = simulatedKafkaStream(ssc, {
    topic: "clicks",
    partitions: 3,
    recordsPerSecond: 12,
    numKeys: 5,
    seed: 7,
    cluster,
    ...options,
  });
  commitOffsetsAfterEachBatch(ssc, stream);
  const out: Batch[] = [];
  stream.foreachRDD((rdd) => {
    out.push({
      ranges: offsetRangesOf(rdd).map((r) => [r.partition, r.fromOffset, r.untilOffset]),
      partitions: rdd.collectPartitions(),
    });
  });
  ssc.start();
  await ssc.advance(batches);
  ssc.stop();
  await stream.closed;
  return out;
}

describe("simulated Kafka topic", () => {
  it("gives one RDD partition per topic partition with contiguous offset ranges from 0", async () => {
    const batches = await runSimulated(3);
    expect(batches.map((b) => b.partitions.length)).toEqual([3, 3, 3]);
    for (let p = 0; p < 3; p++) {
      const ranges = batches.map((b) => b.ranges[p]!);
      expect(ranges[0]![1]).toBe(0);
      for (let i = 1; i < ranges.length; i++) expect(ranges[i]![1]).toBe(ranges[i - 1]![2]);
    }
    for (const b of batches) {
      b.partitions.forEach((records, p) => {
        const [, from, until] = b.ranges[p]!;
        expect(records.map((r) => r.offset)).toEqual(
          Array.from({ length: until - from }, (_, k) => from + k),
        );
        for (const r of records) {
          expect(r.partition).toBe(p);
          expect(partitionForKey(r.key!, 3)).toBe(p);
        }
      });
    }
    // 12 records a second, every second.
    expect(batches.map((b) => b.partitions.flat().length)).toEqual([12, 12, 12]);
  });

  it("is deterministic for a seed", async () => {
    const a = await runSimulated(2);
    const b = await runSimulated(2);
    expect(a).toEqual(b);
    const c = await runSimulated(2, { seed: 8 });
    expect(c).not.toEqual(a);
  });

  it("reads at most maxRatePerPartition records per second from each partition, then catches up", async () => {
    const batches = await runSimulated(4, { recordsPerSecond: 30, numKeys: 1, maxRatePerPartition: 10 });
    // One key: every record lands in one partition; 30 arrive a second, 10 are read a second.
    const counts = batches.map((b) => b.ranges.map(([, f, u]) => u - f));
    for (const c of counts) expect(Math.max(...c)).toBe(10);
    expect(batches.flatMap((b) => b.partitions.flat()).map((r) => r.offset)).toEqual(
      Array.from({ length: 40 }, (_, i) => i),
    );
  });

  it("restarts a group from its committed offsets: nothing lost, nothing read twice", async () => {
    const cluster = new SimulatedKafkaCluster();
    const first = await runSimulated(3, {}, cluster);
    const second = await runSimulated(2, {}, cluster);
    const key = (r: ConsumerRecord) => `${r.partition}@${r.offset}`;
    const seen = [...first, ...second].flatMap((b) => b.partitions.flat()).map(key);
    expect(new Set(seen).size).toBe(seen.length);
    // The second run's first range starts where the first run's last one ended.
    for (let p = 0; p < 3; p++) expect(second[0]!.ranges[p]![1]).toBe(first[2]!.ranges[p]![2]);
    // Everything produced up to the last batch of the first run is in it.
    const topic = cluster.topic("clicks")!;
    expect(first.flatMap((b) => b.partitions.flat()).length).toBe(36);
    expect(topic.logs.reduce((n, log) => n + log.length, 0)).toBeGreaterThanOrEqual(36);
  });

  it("auto.offset.reset=latest skips what the topic held before the stream started", async () => {
    const cluster = new SimulatedKafkaCluster();
    const topic = cluster.createTopic("t", 2);
    topic.produce("a", "old", 0);
    const ssc = new StreamingContext({ batchIntervalMs: 1000, clock: "manual" });
    const strategy = ConsumerStrategies.Subscribe(["t"], {
      "bootstrap.servers": "simulated",
      "key.deserializer": STRING_DESERIALIZER,
      "value.deserializer": STRING_DESERIALIZER,
      "group.id": "g",
      "auto.offset.reset": "latest",
    });
    const stream = KafkaUtils.createDirectStream(ssc, LocationStrategies.PreferConsistent, strategy, {
      client: new SimulatedKafkaClient(cluster, strategy),
    });
    const seen: string[] = [];
    stream.foreachRDD((rdd) => {
      seen.push(...rdd.collect().map((r) => r.value!));
    });
    ssc.start();
    topic.produce("a", "new", 500);
    await ssc.advance(1);
    ssc.stop();
    expect(seen).toEqual(["new"]);
  });

  it("refuses kafkaParams Kafka's consumer refuses, with Kafka's message", () => {
    const ssc = new StreamingContext({ batchIntervalMs: 1000, clock: "manual" });
    const cluster = new SimulatedKafkaCluster();
    const make = (params: Record<string, string>) => {
      const strategy = ConsumerStrategies.Subscribe(["t"], params);
      return () =>
        KafkaUtils.createDirectStream(ssc, LocationStrategies.PreferConsistent, strategy, {
          client: new SimulatedKafkaClient(cluster, strategy),
        });
    };
    expect(make({ "group.id": "g" })).toThrow(
      'Missing required configuration "bootstrap.servers" which has no default value.',
    );
    expect(
      make({
        "bootstrap.servers": "x:1",
        "key.deserializer": STRING_DESERIALIZER,
        "value.deserializer": STRING_DESERIALIZER,
      }),
    ).toThrow(/must provide a valid group.id/);
  });
});
