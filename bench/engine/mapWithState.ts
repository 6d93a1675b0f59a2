// mapWithState with 1k keys touched a batch and 10k or 1M keys held: per-batch CPU time. The state is
// loaded through StateSpec.initialState; the batches after the first (which builds the state) are timed.
import { Prng, type State, StateSpec, StreamingContext } from "../../engine/index";
import { collectGarbage, cpuMs, type Figure, median, quantile, spread } from "../measure";

const TOUCHED = 1000;
const BATCHES = 110;
const WARMUP = 10;

async function perBatchMs(held: number): Promise<number[]> {
  const prng = new Prng(held);
  const batches = Array.from({ length: BATCHES }, () =>
    Array.from({ length: TOUCHED }, (): [number, number] => [prng.nextInt(held), 1]),
  );
  const initial = Array.from({ length: held }, (_, k): [number, number] => [k, 0]);
  const count = (_key: number, value: number | undefined, state: State<number>) => {
    const sum = (state.getOption() ?? 0) + (value ?? 0);
    state.update(sum);
    return sum;
  };
  const ssc = new StreamingContext({ batchIntervalMs: 1000, clock: "manual", defaultParallelism: 4 });
  let emitted = 0;
  ssc
    .queueStream(batches)
    .mapWithState(StateSpec.function(count).initialState(initial))
    .foreachRDD((rdd) => {
      emitted += rdd.count();
    });
  ssc.checkpoint("/tmp/bench-checkpoint");
  ssc.start();
  await ssc.advance(1); // builds the state from the initial pairs
  collectGarbage();
  const times: number[] = [];
  for (let b = 1; b < BATCHES; b++) {
    const t0 = cpuMs();
    await ssc.advance(1);
    if (b >= WARMUP) times.push(cpuMs() - t0);
  }
  ssc.stop();
  if (emitted !== BATCHES * TOUCHED) throw new Error(`mapWithState emitted ${emitted} records`);
  return times;
}

export async function mapWithStateFigures(): Promise<Figure[]> {
  const small = await perBatchMs(10_000);
  const large = await perBatchMs(1_000_000);
  const ratio = median(large) / median(small);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return [
    {
      name: "mapWithState 10k held, 1k touched",
      value: `${median(small).toFixed(2)} ms/batch`,
      spread: spread(small),
      target: "(reference)",
      met: true,
      note: `mean ${mean(small).toFixed(2)} ms, max ${quantile(small, 1).toFixed(1)} ms over ${small.length} batches`,
    },
    {
      name: "mapWithState 1M held, 1k touched",
      value: `${median(large).toFixed(2)} ms/batch`,
      spread: spread(large),
      target: "< 10 ms",
      met: median(large) < 10,
      note: `mean ${mean(large).toFixed(2)} ms, max ${quantile(large, 1).toFixed(1)} ms over ${large.length} batches (compaction and checkpoint batches included)`,
    },
    {
      name: "mapWithState 1M held / 10k held",
      value: `${ratio.toFixed(2)}x`,
      target: "<= 2x",
      met: ratio <= 2,
    },
  ];
}
