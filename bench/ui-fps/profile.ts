// Reads a V8 CPU profile (DevTools protocol `Profiler.stop`) and says which functions own the long tasks:
// busy stretches (consecutive non-idle samples) longer than `longMs`, and the self time inside them. Pure.

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  /** Microseconds between consecutive samples. */
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
}

export interface ProfileFindings {
  /**
   * Where the main thread's time went: script, garbage collection, native work (style, layout, paint,
   * and time the thread lost to other processes) and idle. Script time barely depends on machine load,
   * so it compares runs on a noisy machine better than the longest task does.
   */
  totalsMs: { script: number; gc: number; program: number; idle: number };
  /** Busy stretches of at least `longMs`, in milliseconds, longest first. */
  longStretchesMs: number[];
  /** Self time inside those stretches, by function, most first. */
  topInLong: SelfTime[];
  /** Self time over the whole profile (idle and program excluded), by function, most first. */
  topOverall: SelfTime[];
}

const NOT_WORK = new Set(["(idle)", "(program)", "(root)"]);

function frameName(n: ProfileNode): string {
  const file = n.callFrame.url.split("/").pop() ?? "";
  const name = n.callFrame.functionName || "(anonymous)";
  return file ? `${name} ${file}:${n.callFrame.lineNumber + 1}` : name;
}

function top(map: Map<string, number>, n: number): SelfTime[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10 }));
}

export function analyzeProfile(profile: CpuProfile, longMs = 50, topN = 25): ProfileFindings {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const overall = new Map<string, number>();
  const inLong = new Map<string, number>();
  const stretches: number[] = [];
  const totals = { script: 0, gc: 0, program: 0, idle: 0 };
  let stretch: { us: number; samples: [string, number][] } = { us: 0, samples: [] };
  const endStretch = () => {
    if (stretch.us >= longMs * 1000) {
      stretches.push(stretch.us / 1000);
      for (const [name, us] of stretch.samples) inLong.set(name, (inLong.get(name) ?? 0) + us);
    }
    stretch = { us: 0, samples: [] };
  };
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    // A sample's duration is the gap to the next one.
    const us = profile.timeDeltas[i + 1] ?? 0;
    if (!node) continue;
    const raw = node.callFrame.functionName;
    if (raw === "(idle)") totals.idle += us;
    else if (raw === "(garbage collector)") totals.gc += us;
    else if (raw === "(program)" || raw === "(root)") totals.program += us;
    else totals.script += us;
    if (raw === "(idle)") {
      endStretch();
      continue;
    }
    const name = frameName(node);
    stretch.us += us;
    stretch.samples.push([name, us]);
    if (!NOT_WORK.has(raw)) overall.set(name, (overall.get(name) ?? 0) + us);
  }
  endStretch();
  const ms = (us: number) => Math.round(us / 1000);
  return {
    totalsMs: {
      script: ms(totals.script),
      gc: ms(totals.gc),
      program: ms(totals.program),
      idle: ms(totals.idle),
    },
    longStretchesMs: stretches.sort((a, b) => b - a).map((ms) => Math.round(ms)),
    topInLong: top(inLong, topN),
    topOverall: top(overall, topN),
  };
}
