// What the worker says about the fault model (engine/fault): the simulated executors, the last executor
// loss and the comparison of the outputs with the same pipeline's run without the fault. The overlay,
// the fault panel and the lessons read it; it listens on the run's engine link (a new link after a
// worker restart is picked up on the next store change).
import { create } from "zustand";
import type { FaultStatus } from "../../../engine/protocol/messages";
import { useStudio } from "../../store";
import { engineLink } from "../../store/run/engineLink";

interface FaultState {
  status: FaultStatus | null;
  /** The panel is open (it starts closed except in the fault-tolerance lesson). */
  open: boolean;
}

export const useFaults = create<FaultState>(() => ({ status: null, open: false }));

let listening: ReturnType<typeof engineLink> = null;

/** Subscribes to the current engine link once (safe to call often). */
export function listenForFaultStatus(): void {
  const link = engineLink();
  if (!link || link === listening) return;
  listening = link;
  link.subscribe((msg) => {
    if (msg.type === "faultStatus") useFaults.setState({ status: msg.status });
  });
}

/** Loses `executorId` while the next batch processes (simulated). */
export function loseExecutor(executorId: string): void {
  listenForFaultStatus();
  useStudio
    .getState()
    .sendToEngine({ type: "injectFault", fault: { kind: "loseExecutor", executorId } }, true);
}
