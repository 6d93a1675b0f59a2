import { RandomWordsReceiver } from "../engine/index";
const r = new RandomWordsReceiver({ seed: 1, recordsPerSecond: 1e6 });
const t0 = performance.now(); let n = 0;
for (let s = 0; s < 50; s++) n += r.records(s * 100, s * 100 + 100).length;
console.log((n / (performance.now() - t0) / 1000).toFixed(2), "M/s");
