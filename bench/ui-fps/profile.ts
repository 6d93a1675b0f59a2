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
  return {
    longStretchesMs: stretches.sort((a, b) => b - a).map((ms) => Math.round(ms)),
    topInLong: top(inLong, topN),
    topOverall: top(overall, topN),
  };
}
