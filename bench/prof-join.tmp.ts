import { Prng, SparkContext } from "../engine/index";
const RECORDS = 100_000, KEYS = 50_000;
const prng = new Prng(3);
const left = Array.from({ length: RECORDS }, (_, i): [number, number] => [i % KEYS, prng.nextInt(1000)]);
const right = Array.from({ length: RECORDS }, (_, i): [number, string] => [(i * 7) % KEYS, `w${i}`]);
const sc = new SparkContext(4);
const t0 = performance.now();
for (let r = 0; r < 30; r++) sc.parallelize(left).join(sc.parallelize(right)).collect();
console.log(((performance.now() - t0) / 30).toFixed(1), "ms/round");
