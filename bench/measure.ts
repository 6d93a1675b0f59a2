// Shared by the benchmarks: CPU time of this process, medians and spreads, and the table of figures
// against targets that `npm run bench` / `npm run bench:ui` print and keep under bench/results/.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** CPU time of this process (user + system), not wall time: other processes on a busy machine barely
 * change it, so ratios stay meaningful when the cores are shared. */
export const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export async function cpuTimed<R>(run: () => R | Promise<R>): Promise<{ ms: number; result: R }> {
  const t0 = cpuMs();
  const result = await run();
  return { ms: cpuMs() - t0, result };
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** "p10-p90" of the values, the spread printed beside each figure. */
export function spread(values: readonly number[], digits = 2): string {
  return `${quantile(values, 0.1).toFixed(digits)}-${quantile(values, 0.9).toFixed(digits)}`;
}

export interface Figure {
  name: string;
  value: string;
  target: string;
  met: boolean;
  spread?: string;
  note?: string;
}

export function printTable(title: string, figures: readonly Figure[]): string {
  const rows = figures.map((f) => [f.met ? "ok" : "MISSED", f.name, f.value, f.spread ?? "", f.target]);
  const header = ["", "figure", "value", "spread (p10-p90)", "target"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  const text = [
    `${title} (${new Date().toISOString()}, ${cpus().length} cores, load average ${load})`,
    line(header),
    ...rows.map(line),
    ...figures.filter((f) => f.note).map((f) => `  ${f.name}: ${f.note}`),
  ].join("\n");
  console.log(text);
  return text;
}

/** Keep the table and the figures under bench/results/ (ignored by git), one file per run and a latest. */
export function keepResults(name: string, text: string, figures: readonly Figure[]): void {
  const dir = join(dirname(fileURLToPath(import.meta.url)), "results");
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  writeFileSync(join(dir, `${name}-${stamp}.txt`), `${text}\n`);
  writeFileSync(join(dir, `${name}-latest.txt`), `${text}\n`);
  writeFileSync(join(dir, `${name}-${stamp}.json`), JSON.stringify({ loadavg: loadavg(), figures }, null, 2));
}

/** A full garbage collection now, so a measured run does not pay for the garbage of the one before. */
export const collectGarbage: () => void = (() => {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
})();
