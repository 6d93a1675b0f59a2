import { RandomWordsReceiver, SensorReadingsReceiver } from "../engine/index";
import { RandomWordsReceiver as OldRW } from "./oldRandomWordsReceiver.tmp";
import { SensorReadingsReceiver as OldS } from "./oldSensorReadingsReceiver.tmp";
import { cpuMs } from "./measure";
const make: Record<string, () => { records(a: number, b: number): unknown[] }> = {
  newRW: () => new RandomWordsReceiver({ seed: 1, recordsPerSecond: 1e6 }),
  oldRW: () => new OldRW({ seed: 1, recordsPerSecond: 1e6 }),
  newS: () => new SensorReadingsReceiver({ seed: 1, recordsPerSecond: 1e6 }),
  oldS: () => new OldS({ seed: 1, recordsPerSecond: 1e6 }),
};
const rs = Object.fromEntries(Object.keys(make).map((k) => [k, make[k]()]));
const res: Record<string, number[]> = {};
for (let round = 0; round < 6; round++)
  for (const k of Object.keys(make)) {
    const t0 = cpuMs();
    let n = 0;
    for (let s = 0; s < 10; s++) n += rs[k].records(round * 1000 + s * 100, round * 1000 + s * 100 + 100).length;
    const ms = cpuMs() - t0;
    if (round > 0) (res[k] ??= []).push(n / ms / 1000);
  }
for (const [k, v] of Object.entries(res)) console.log(k, v.map((x) => x.toFixed(2)).join(" "), "M/s");
