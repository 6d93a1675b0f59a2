// npm run bench: the engine's figures against the targets, measured side by side in one process (CPU
// time, paired rounds, so ratios hold on a shared machine), printed as a table and kept under
// bench/results/. Not a test. BENCH_ONLY=join,window runs some of them.
import { generatorFigures } from "./engine/generators";
import { joinFigures } from "./engine/join";
import { mapWithStateFigures } from "./engine/mapWithState";
import { windowFigures } from "./engine/window";
import { wordCountFigures } from "./engine/wordCount";
import { type Figure, keepResults, printTable } from "./measure";

const benches: Record<string, () => Promise<Figure[]>> = {
  wordCount: wordCountFigures,
  join: joinFigures,
  mapWithState: mapWithStateFigures,
  window: windowFigures,
  generators: generatorFigures,
};

const only = process.env.BENCH_ONLY?.split(",");
const started = performance.now();
const figures: Figure[] = [];
for (const [name, run] of Object.entries(benches)) {
  if (only && !only.includes(name)) continue;
  const t0 = performance.now();
  figures.push(...(await run()));
  console.error(`${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
const wall = (performance.now() - started) / 1000;
figures.push({ name: "bench run time", value: `${wall.toFixed(0)} s`, target: "< 600 s", met: wall < 600 });
keepResults("engine", printTable("npm run bench", figures), figures);
