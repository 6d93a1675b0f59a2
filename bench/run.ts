// npm run bench: the engine's figures against the targets, measured side by side (CPU time, paired
// rounds, so ratios hold on a shared machine), printed as a table and kept under bench/results/. Not a
// test. BENCH_ONLY=join,window runs some of them.
// Each bench runs in a Node process of its own: one bench's heap and compiled code (the engine's shared
// call sites, made megamorphic by the pipelines of the benches before it) would otherwise change the
// next one's figures, which then depend on the order the benches run in.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
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
const FIGURES_MARK = "BENCH_FIGURES ";

const child = process.env.BENCH_CHILD;
if (child !== undefined) {
  // in the child: run one bench, hand its figures to the parent on stdout
  const run = benches[child];
  if (!run) throw new Error(`no bench named ${child}`);
  console.log(FIGURES_MARK + JSON.stringify(await run()));
} else {
  const only = process.env.BENCH_ONLY?.split(",");
  const started = performance.now();
  const figures: Figure[] = [];
  const self = fileURLToPath(import.meta.url);
  for (const name of Object.keys(benches)) {
    if (only && !only.includes(name)) continue;
    const t0 = performance.now();
    const result = spawnSync(process.execPath, [...process.execArgv, self], {
      env: { ...process.env, BENCH_CHILD: name },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 16 * 1024 * 1024,
    });
    const line = result.stdout.split("\n").find((l) => l.startsWith(FIGURES_MARK));
    if (result.status !== 0 || line === undefined)
      throw new Error(`bench ${name} failed (exit ${result.status}):\n${result.stdout}`);
    figures.push(...(JSON.parse(line.slice(FIGURES_MARK.length)) as Figure[]));
    console.error(`${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const wall = (performance.now() - started) / 1000;
  figures.push({ name: "bench run time", value: `${wall.toFixed(0)} s`, target: "< 600 s", met: wall < 600 });
  keepResults("engine", printTable("npm run bench", figures), figures);
}
