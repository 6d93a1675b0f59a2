import { describe, expect, it } from "vitest";
import { StreamingContext } from "../../scheduler/StreamingContext";
import { ClickStreamReceiver } from "./ClickStreamReceiver";
import { RandomWordsReceiver, vocabularyWord } from "./RandomWordsReceiver";
import { SensorReadingsReceiver } from "./SensorReadingsReceiver";
import { TextLinesReceiver } from "./TextLinesReceiver";

const batches = <T>(r: { records(from: number, to: number): T[] }, n: number, interval = 1000) =>
  Array.from({ length: n }, (_, i) => r.records(i * interval, (i + 1) * interval));

describe("seeded generators", () => {
  it.each([
    ["words", (seed: number) => new RandomWordsReceiver({ seed, recordsPerSecond: 20 })],
    ["sensors", (seed: number) => new SensorReadingsReceiver({ seed, recordsPerSecond: 20 })],
    ["clicks", (seed: number) => new ClickStreamReceiver({ seed, recordsPerSecond: 20 })],
  ] as [string, (seed: number) => { records(from: number, to: number): unknown[] }][])(
    "%s: same seed, same data; other seed, other data",
    (_, make) => {
      expect(batches(make(1), 3)).toEqual(batches(make(1), 3));
      expect(batches(make(1), 3)).not.toEqual(batches(make(2), 3));
    },
  );

  it("produces rate * interval records, carrying fractions, and follows setRate", () => {
    const words = new RandomWordsReceiver({ recordsPerSecond: 2.5 });
    expect(batches(words, 4).map((b) => b.length)).toEqual([2, 3, 2, 3]);
    words.setRate(10);
    expect(words.records(0, 500)).toHaveLength(5);
    words.setRateLimit(4);
    expect(words.records(0, 1000)).toHaveLength(4);
  });

  it("random words are Zipf-skewed: the top word is far more frequent than the 10th", () => {
    const words = new RandomWordsReceiver({
      seed: 3,
      recordsPerSecond: 20_000,
      vocabularySize: 50,
      wordsPerLine: 1,
    });
    const counts = new Map<string, number>();
    for (const w of words.records(0, 1000)) counts.set(w, (counts.get(w) ?? 0) + 1);
    const top = counts.get(vocabularyWord(0)) ?? 0;
    const tenth = counts.get(vocabularyWord(9)) ?? 0;
    expect(top / tenth).toBeGreaterThan(6); // (10/1)^1.1 = 12.6 expected
    expect(new Set(Array.from({ length: 500 }, (_, i) => vocabularyWord(i))).size).toBe(500);
  });

  it("lines hold wordsPerLine words", () => {
    const lines = new RandomWordsReceiver({ recordsPerSecond: 3, wordsPerLine: 4 }).records(0, 1000);
    expect(lines.map((l) => l.split(" ").length)).toEqual([4, 4, 4]);
  });

  it("a slice of lines holds the words drawn one by one, in order, whatever the slice sizes", () => {
    // the lines are written as bytes and cut from one decoded string; the twin draws word by word
    for (const options of [{ vocabularySize: 50 }, { vocabularySize: 20_000, zipfExponent: 0.8 }]) {
      const lines = new RandomWordsReceiver({ ...options, seed: 9, recordsPerSecond: 1000, wordsPerLine: 7 });
      const twin = new RandomWordsReceiver({ ...options, seed: 9, wordsPerLine: 7 });
      const slices = [0, 1, 2, 0, 500, 3].map((n, i) => lines.records(i * 1000, i * 1000 + n));
      expect(slices.map((s) => s.length)).toEqual([0, 1, 2, 0, 500, 3]);
      for (const line of slices.flat())
        expect(line).toBe(Array.from({ length: 7 }, () => twin.nextWord()).join(" "));
    }
  });

  it("sensor readings: some arrive with an event time before earlier readings (out of order)", () => {
    const readings = new SensorReadingsReceiver({
      seed: 5,
      recordsPerSecond: 100,
      outOfOrderFraction: 0.2,
    }).records(0, 10_000);
    const outOfOrder = readings.filter((r, i) => i > 0 && r.eventTimeMs < readings[i - 1].eventTimeMs);
    expect(outOfOrder.length).toBeGreaterThan(50);
    expect(readings[0]).toEqual({
      sensorId: expect.stringMatching(/^sensor-[1-5]$/),
      value: expect.any(Number),
      eventTimeMs: expect.any(Number),
    });
  });

  it("clicks name users and pages", () => {
    const [click] = new ClickStreamReceiver({ recordsPerSecond: 1 }).records(0, 1000);
    expect(click).toEqual({
      userId: expect.stringMatching(/^user-\d+$/),
      page: expect.any(String),
      eventTimeMs: 1000,
    });
  });

  it("text lines repeat from the top", () => {
    expect(new TextLinesReceiver({ lines: ["a", "b"], recordsPerSecond: 3 }).records(0, 1000)).toEqual([
      "a",
      "b",
      "a",
    ]);
  });

  it("a generator in receiverStream fills each batch with its interval's records", async () => {
    const ssc = new StreamingContext({ batchIntervalMs: 500 });
    const sizes: number[] = [];
    ssc
      .receiverStream(new RandomWordsReceiver({ recordsPerSecond: 10 }))
      .foreachRDD((rdd) => sizes.push(rdd.count()));
    ssc.start();
    await ssc.advance(3);
    ssc.stop();
    expect(sizes).toEqual([5, 5, 5]);
  });
});
