// React's view of a comparison's runner: created when the view opens, disposed (both workers ended)
// when it closes; redraws when either side reports.
import { useCallback, useEffect, useRef, useState } from "react";
import { createEngineClient } from "../../workerClient/engineClient";
import { type CompareRunner, createCompareRunner, type SideState } from "./compareRunner";
import type { Comparison } from "./comparison";

export type RunnerPhase = "loading" | "ready" | "stepping" | "running" | "failed";

export function useCompareRunner(comparison: Comparison) {
  const runner = useRef<CompareRunner | null>(null);
  const [sides, setSides] = useState<readonly [SideState, SideState] | null>(null);
  const [phase, setPhase] = useState<RunnerPhase>("loading");
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);

  const fail = useCallback((e: unknown) => {
    running.current = false;
    setError(e instanceof Error ? e.message : String(e));
    setPhase("failed");
  }, []);

  const start = useCallback(() => {
    running.current = false;
    runner.current?.dispose();
    const r = createCompareRunner(comparison, () => createEngineClient());
    runner.current = r;
    setError(null);
    setPhase("loading");
    setSides(r.sides);
    r.subscribe(() => setSides([...r.sides] as unknown as readonly [SideState, SideState]));
    r.load().then(() => setPhase("ready"), fail);
  }, [comparison, fail]);

  useEffect(() => {
    start();
    return () => {
      running.current = false;
      runner.current?.dispose();
    };
  }, [start]);

  const step = useCallback(() => {
    const r = runner.current;
    if (!r) return;
    setPhase("stepping");
    r.step().then(() => setPhase("ready"), fail);
  }, [fail]);

  /** Steps again and again, a step every `everyMs` at most, until paused. */
  const run = useCallback(
    (everyMs = 400) => {
      const r = runner.current;
      if (!r || running.current) return;
      running.current = true;
      setPhase("running");
      const loop = async () => {
        while (running.current && runner.current === r) {
          const began = performance.now();
          try {
            await r.step();
          } catch (e) {
            fail(e);
            return;
          }
          await new Promise((resolve) =>
            setTimeout(resolve, Math.max(0, everyMs - (performance.now() - began))),
          );
        }
      };
      void loop();
    },
    [fail],
  );

  const pause = useCallback(() => {
    running.current = false;
    setPhase("ready");
  }, []);

  return { sides, phase, error, step, run, pause, restart: start };
}
