// Each seeded generator's records/s in Node, generating 1M records a round as a receiver does, in
// 100 ms slices (a 1M-record batch of 5-word lines is over the engine's per-batch limit).
import {
  ClickStreamReceiver,
  RandomWordsReceiver,
  SensorReadingsReceiver,
  TextLinesReceiver,
} from "../../engine/index";
import { collectGarbage, cpuTimed, type Figure, median, spread } from "../measure";

const RATE = 1_000_000;
const ROUNDS = 7;
const TARGET = 5_000_000;

const generators = {
  randomWords: () => new RandomWordsReceiver({ seed: 1, recordsPerSecond: RATE }),
  "randomWords (1 word/line, 10k words)": () =>
    new RandomWordsReceiver({ seed: 1, recordsPerSecond: RATE, wordsPerLine: 1, vocabularySize: 10_000 }),
  sensorReadings: () => new SensorReadingsReceiver({ seed: 1, recordsPerSecond: RATE }),
  clickStream: () => new ClickStreamReceiver({ seed: 1, recordsPerSecond: RATE }),
  textLines: () => new TextLinesReceiver({ seed: 1, recordsPerSecond: RATE, lines: ["a b", "c d e", "f"] }),
};

export async function generatorFigures(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [name, make] of Object.entries(generators)) {
    // each generator starts from a collected heap, so none pays for the garbage of the one before
    collectGarbage();
    const receiver = make();
    const rates: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { ms, result } = await cpuTimed(() => {
        let n = 0;
        for (let slice = 0; slice < 10; slice++)
          n += receiver.records(round * 1000 + slice * 100, round * 1000 + (slice + 1) * 100).length;
        return n;
      });
      if (round > 0) rates.push(result / (ms / 1000)); // round 0 warms up the JIT
    }
    const m = median(rates);
    figures.push({
      name: `generator ${name}`,
      value: `${(m / 1e6).toFixed(1)}M records/s`,
      spread: spread(
        rates.map((r) => r / 1e6),
        1,
      ),
      target: ">= 5.0M records/s",
      met: m >= TARGET,
    });
  }
  return figures;
}
