// Join of 100k x 100k records (50k keys, two values a key on each side: 200k output pairs) through the
// engine's RDD join against a hand-written hash join, in paired rounds in the same process.
import { Prng, SparkContext } from "../../engine/index";
import { collectGarbage, cpuTimed, type Figure, median, spread } from "../measure";

const RECORDS = 100_000;
const KEYS = 50_000;
const ROUNDS = 15;

function sides(): { left: [number, number][]; right: [number, string][] } {
  const prng = new Prng(3);
  const left = Array.from({ length: RECORDS }, (_, i): [number, number] => [i % KEYS, prng.nextInt(1000)]);
  const right = Array.from({ length: RECORDS }, (_, i): [number, string] => [(i * 7) % KEYS, `w${i}`]);
  return { left, right };
}

/** What a programmer would write by hand: a Map from the left side, probed with the right. */
function handWritten(left: [number, number][], right: [number, string][]): number {
  const table = new Map<number, number[]>();
  for (const [k, v] of left) {
    const vs = table.get(k);
    if (vs === undefined) table.set(k, [v]);
    else vs.push(v);
  }
  const out: [number, [number, string]][] = [];
  for (const [k, w] of right) {
    const vs = table.get(k);
    if (vs !== undefined) for (const v of vs) out.push([k, [v, w]]);
  }
  return out.length;
}

export async function joinFigures(): Promise<Figure[]> {
  const { left, right } = sides();
  const sc = new SparkContext(4);
  const ratios: number[] = [];
  const engineMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Each side starts from a collected heap, so neither pays for the other's garbage.
    collectGarbage();
    const h = await cpuTimed(() => handWritten(left, right));
    collectGarbage();
    const e = await cpuTimed(() => sc.parallelize(left).join(sc.parallelize(right)).collect().length);
    if (h.result !== e.result) throw new Error(`join results differ: ${h.result} vs ${e.result} pairs`);
    if (round > 0) {
      ratios.push(e.ms / h.ms);
      engineMs.push(e.ms);
    }
  }
  return [
    {
      name: "join 100k x 100k, engine / hand-written",
      value: `${median(ratios).toFixed(2)}x`,
      spread: spread(ratios),
      target: "<= 1.5x",
      met: median(ratios) <= 1.5,
      note: `engine ${median(engineMs).toFixed(1)} ms (${spread(engineMs, 1)}) for ${2 * RECORDS} output pairs`,
    },
  ];
}
