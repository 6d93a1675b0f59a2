// The run's lifecycle as the page sees it: a pure state machine. Buttons and worker messages are events;
// a transition table says, per phase, what each event leads to and what to send the worker. The store
// runs the effects; nothing here touches the worker, React or the clock, so every path is testable.
//
// Why the page keeps its own phase instead of echoing the worker's: messages cross an asynchronous
// boundary, and the worker can be replaced (an endless loop in user code). A replaced worker knows
// nothing of the run, so after a crash the next Run must load the editor's document afresh, and a load
// lost with the old worker must be sent again: the worker's last "running" would leave the page stuck.
import type { RunState } from "../../../../engine/protocol/messages";

export type RunPhase =
  /** Nothing runs: before the first Run, after Stop, after a refused load. */
  | "idle"
  /** A load is on its way; `queued` says what to do once the worker has it. */
  | "starting"
  | "running"
  | "paused"
  /** Stop was sent; the worker has not confirmed yet. */
  | "stopping"
  /** The worker was replaced during a run: its streaming context is gone. Run loads a fresh one. */
  | "crashed";

export const RUN_PHASES: readonly RunPhase[] = [
  "idle",
  "starting",
  "running",
  "paused",
  "stopping",
  "crashed",
];

/** What Run and Step ask of a loaded pipeline. */
export type RunCommand = "start" | "step";

export interface RunLifecycle {
  phase: RunPhase;
  /** The latest load's request id: only its "loaded" answer counts (older ones are stale). */
  loadRequestId: number;
  /** While starting: the commands to send once loaded, in order (never empty then). */
  queued: readonly RunCommand[];
  /** While starting: the load was already sent again after a worker replacement (never twice). */
  retried: boolean;
}

export const initialRunLifecycle: RunLifecycle = {
  phase: "idle",
  loadRequestId: 0,
  queued: [],
  retried: false,
};

export type UserRunEvent =
  | { type: "run" }
  | { type: "pause" }
  | { type: "step" }
  | { type: "stop" }
  | { type: "restart" };

export type WorkerRunEvent =
  | { type: "loaded"; requestId?: number; ok: boolean }
  | { type: "workerState"; state: RunState }
  /** The watchdog replaced a silent worker; `whileLoading`: the hang was in loading a pipeline itself. */
  | { type: "workerRestarted"; whileLoading: boolean };

export type RunLifecycleEvent = UserRunEvent | WorkerRunEvent;

export type WorkerCommand = "start" | "resume" | "pause" | "step" | "stop";

export type RunEffect =
  /** Load the editor's current document into a fresh streaming context (with the speed and backpressure). */
  { type: "load"; requestId: number } | { type: "send"; command: WorkerCommand };

export interface RunTransition {
  lifecycle: RunLifecycle;
  effects: RunEffect[];
  /** Set when a user event is illegal in this phase (nothing changed): "<event>: <phase>", for logs. */
  rejected?: string;
}

type Handler<E> = (s: RunLifecycle, event: E) => RunTransition;
type Row = { [K in RunLifecycleEvent["type"]]?: Handler<Extract<RunLifecycleEvent, { type: K }>> };

const send = (command: WorkerCommand): RunEffect => ({ type: "send", command });
const stay = (s: RunLifecycle): RunTransition => ({ lifecycle: s, effects: [] });
const at = (s: RunLifecycle, phase: RunPhase, effects: RunEffect[] = []): RunTransition => ({
  lifecycle: { ...s, phase, queued: [], retried: false },
  effects,
});

/** Sends a load with a fresh request id; `queued` runs once the worker has it. */
function load(
  s: RunLifecycle,
  queued: RunCommand[],
  before: RunEffect[] = [],
  retried = false,
): RunTransition {
  const loadRequestId = s.loadRequestId + 1;
  return {
    lifecycle: { phase: "starting", loadRequestId, queued, retried },
    effects: [...before, { type: "load", requestId: loadRequestId }],
  };
}

/** The loaded pipeline gets the queued commands in order: Run starts it, Step runs one batch. */
function startQueued(s: RunLifecycle): RunTransition {
  let phase: "loaded" | "running" | "paused" = "loaded";
  const effects: RunEffect[] = [];
  for (const command of s.queued) {
    if (command === "start") {
      if (phase === "running") continue;
      effects.push(send(phase === "paused" ? "resume" : "start"));
      phase = "running";
    } else {
      if (phase === "running") effects.push(send("pause"));
      effects.push(send("step"));
      phase = "paused";
    }
  }
  return at(s, phase === "loaded" ? "paused" : phase, effects);
}

const ended = (state: RunState) => state === "stopped" || state === "idle" || state === "error";

/** Follows the worker's own reports while a run is on (it pauses itself when a node fails). */
const followWorker: Handler<{ type: "workerState"; state: RunState }> = (s, { state }) => {
  if (state === "running" || state === "paused") return at(s, state);
  return ended(state) ? at(s, "idle") : stay(s);
};

const freshRun: Row = {
  run: (s) => load(s, ["start"]),
  step: (s) => load(s, ["step"]),
  restart: (s) => load(s, ["start"]),
};

/** Per phase, what each event does. A user event missing from a row is rejected; a worker one ignored. */
export const RUN_TRANSITIONS: Record<RunPhase, Row> = {
  idle: { ...freshRun },
  starting: {
    run: (s) => ({
      lifecycle: { ...s, queued: s.queued.at(-1) === "start" ? s.queued : [...s.queued, "start"] },
      effects: [],
    }),
    step: (s) => ({ lifecycle: { ...s, queued: [...s.queued, "step"] }, effects: [] }),
    stop: (s) => at(s, "idle", [send("stop")]),
    restart: (s) => load(s, ["start"], [send("stop")]),
    loaded: (s, e) => {
      if (e.requestId !== s.loadRequestId) return stay(s);
      return e.ok ? startQueued(s) : at(s, "idle");
    },
    // The load went down with the worker. Sent again once, unless loading itself hung (it would again).
    workerRestarted: (s, e) =>
      e.whileLoading || s.retried ? at(s, "crashed") : load(s, [...s.queued], [], true),
  },
  running: {
    pause: (s) => at(s, "paused", [send("pause")]),
    step: (s) => at(s, "paused", [send("pause"), send("step")]),
    stop: (s) => at(s, "stopping", [send("stop")]),
    restart: (s) => load(s, ["start"], [send("stop")]),
    workerState: followWorker,
    workerRestarted: (s) => at(s, "crashed"),
  },
  paused: {
    run: (s) => at(s, "running", [send("resume")]),
    step: (s) => at(s, "paused", [send("step")]),
    stop: (s) => at(s, "stopping", [send("stop")]),
    restart: (s) => load(s, ["start"], [send("stop")]),
    workerState: followWorker,
    workerRestarted: (s) => at(s, "crashed"),
  },
  stopping: {
    ...freshRun,
    // The worker may never confirm (it had nothing loaded): a second Stop settles it.
    stop: (s) => at(s, "idle"),
    workerState: (s, { state }) => (ended(state) ? at(s, "idle") : stay(s)),
    workerRestarted: (s) => at(s, "idle"),
  },
  crashed: {
    ...freshRun,
    // The replaced worker may hold the old pipeline (reloaded, not started): drop it.
    stop: (s) => at(s, "idle", [send("stop")]),
  },
};

const USER_EVENTS = new Set<RunLifecycleEvent["type"]>(["run", "pause", "step", "stop", "restart"]);

/** The one way the lifecycle changes: the next lifecycle and what to send, or why the event is refused. */
export function transition(s: RunLifecycle, event: RunLifecycleEvent): RunTransition {
  const handler = RUN_TRANSITIONS[s.phase][event.type] as Handler<RunLifecycleEvent> | undefined;
  if (handler) return handler(s, event);
  if (USER_EVENTS.has(event.type)) {
    return { lifecycle: s, effects: [], rejected: `${event.type}: ${s.phase}` };
  }
  return stay(s);
}

/** Whether a button's event is legal now: the toolbar enables exactly these. */
export const canDo = (s: RunLifecycle, type: UserRunEvent["type"]) => !transition(s, { type }).rejected;
