import { Prng, SparkContext } from "../engine/index";
import { JoinedRDD as Old } from "./oldJoinedRDD.tmp";
import { collectGarbage as gc, cpuMs, median } from "./measure";
const RECORDS = 100_000, KEYS = 50_000;
const prng = new Prng(3);
const left = Array.from({ length: RECORDS }, (_, i): [number, number] => [i % KEYS, prng.nextInt(1000)]);
const right = Array.from({ length: RECORDS }, (_, i): [number, string] => [(i * 7) % KEYS, `w${i}`]);
function hand(): number {
  const table = new Map<number, number[]>();
  for (const [k, v] of left) { const vs = table.get(k); if (vs === undefined) table.set(k, [v]); else vs.push(v); }
  const out: [number, [number, string]][] = [];
  for (const [k, w] of right) { const vs = table.get(k); if (vs !== undefined) for (const v of vs) out.push([k, [v, w]]); }
  return out.length;
}
const sc = new SparkContext(4);
const r: Record<string, number[]> = { newRatio: [], oldRatio: [] };
for (let round = 0; round < 16; round++) {
  gc(); let t = cpuMs(); hand(); const h = cpuMs() - t;
  gc(); t = cpuMs(); sc.parallelize(left).join(sc.parallelize(right)).collect(); const n = cpuMs() - t;
  gc(); t = cpuMs(); const a = sc.parallelize(left), b = sc.parallelize(right); new Old(a.cogroup(b, 4), a, b, 0, "join").collect(); const o = cpuMs() - t;
  if (round > 0) { r.newRatio.push(n / h); r.oldRatio.push(o / h); }
}
for (const [k, v] of Object.entries(r)) console.log(k, median(v).toFixed(2), v.map((x) => x.toFixed(2)).join(" "));
