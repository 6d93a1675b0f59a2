import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canDo,
  initialRunLifecycle,
  RUN_PHASES,
  type RunEffect,
  type RunLifecycle,
  type RunLifecycleEvent,
  type RunPhase,
  transition,
  type UserRunEvent,
  type WorkerCommand,
} from "./runLifecycle";

const USER: UserRunEvent["type"][] = ["run", "pause", "step", "stop", "restart"];
const inPhase = (phase: RunPhase): RunLifecycle => ({
  phase,
  loadRequestId: 7,
  queued: phase === "starting" ? ["start"] : [],
  retried: false,
});
const effectText = (e: RunEffect) => (e.type === "load" ? `load#${e.requestId}` : e.command);

// Every phase × button, written out: the phase it leads to (or "rejected") and what goes to the worker.
const USER_TABLE: Record<RunPhase, Record<UserRunEvent["type"], [RunPhase | "rejected", string[]]>> = {
  idle: {
    run: ["starting", ["load#8"]],
    pause: ["rejected", []],
    step: ["starting", ["load#8"]],
    stop: ["rejected", []],
    restart: ["starting", ["load#8"]],
  },
  starting: {
    run: ["starting", []],
    pause: ["rejected", []],
    step: ["starting", []],
    stop: ["idle", ["stop"]],
    restart: ["starting", ["stop", "load#8"]],
  },
  running: {
    run: ["rejected", []],
    pause: ["paused", ["pause"]],
    step: ["paused", ["pause", "step"]],
    stop: ["stopping", ["stop"]],
    restart: ["starting", ["stop", "load#8"]],
  },
  paused: {
    run: ["running", ["resume"]],
    pause: ["rejected", []],
    step: ["paused", ["step"]],
    stop: ["stopping", ["stop"]],
    restart: ["starting", ["stop", "load#8"]],
  },
  stopping: {
    run: ["starting", ["load#8"]],
    pause: ["rejected", []],
    step: ["starting", ["load#8"]],
    stop: ["idle", []],
    restart: ["starting", ["load#8"]],
  },
  crashed: {
    run: ["starting", ["load#8"]],
    pause: ["rejected", []],
    step: ["starting", ["load#8"]],
    stop: ["idle", ["stop"]],
    restart: ["starting", ["load#8"]],
  },
};

describe("run lifecycle: the transition table", () => {
  for (const phase of RUN_PHASES) {
    for (const type of USER) {
      const [expected, effects] = USER_TABLE[phase][type];
      it(`${phase} + ${type} -> ${expected}${effects.length ? ` (sends ${effects.join(", ")})` : ""}`, () => {
        const s = inPhase(phase);
        const t = transition(s, { type });
        expect(t.effects.map(effectText)).toEqual(effects);
        if (expected === "rejected") {
          expect(t.rejected).toMatch(new RegExp(`^${type}: `));
          expect(t.lifecycle).toBe(s);
          expect(canDo(s, type)).toBe(false);
        } else {
          expect(t.rejected).toBeUndefined();
          expect(t.lifecycle.phase).toBe(expected);
          expect(canDo(s, type)).toBe(true);
        }
      });
    }
  }

  it("starts once loaded, sending the commands queued while loading in order", () => {
    let s = transition(initialRunLifecycle, { type: "step" }).lifecycle;
    s = transition(s, { type: "step" }).lifecycle;
    s = transition(s, { type: "run" }).lifecycle;
    s = transition(s, { type: "run" }).lifecycle;
    expect(s.queued).toEqual(["step", "step", "start"]);
    const t = transition(s, { type: "loaded", requestId: s.loadRequestId, ok: true });
    expect(t.effects.map(effectText)).toEqual(["step", "step", "resume"]);
    expect(t.lifecycle).toEqual({ phase: "running", loadRequestId: 1, queued: [], retried: false });
  });

  it("ignores a stale load's answer and ends the start when the worker refuses the document", () => {
    const s = transition(inPhase("running"), { type: "restart" }).lifecycle;
    expect(transition(s, { type: "loaded", requestId: 7, ok: true }).lifecycle).toBe(s);
    expect(transition(s, { type: "loaded", requestId: undefined, ok: true }).lifecycle).toBe(s);
    expect(transition(s, { type: "loaded", requestId: 8, ok: false }).lifecycle.phase).toBe("idle");
  });

  it("follows the worker's own pause (a failing node) and its end, and ignores its reports elsewhere", () => {
    expect(transition(inPhase("running"), { type: "workerState", state: "paused" }).lifecycle.phase).toBe(
      "paused",
    );
    expect(transition(inPhase("paused"), { type: "workerState", state: "error" }).lifecycle.phase).toBe(
      "idle",
    );
    expect(transition(inPhase("stopping"), { type: "workerState", state: "stopped" }).lifecycle.phase).toBe(
      "idle",
    );
    for (const phase of ["idle", "starting", "crashed"] as const) {
      const s = inPhase(phase);
      expect(transition(s, { type: "workerState", state: "running" }).lifecycle).toBe(s);
    }
  });

  it("a worker replaced mid-run crashes the run, and the next Run loads afresh (never resumes the old code)", () => {
    for (const phase of ["running", "paused"] as const) {
      const crashed = transition(inPhase(phase), { type: "workerRestarted", whileLoading: false });
      expect(crashed.lifecycle.phase).toBe("crashed");
      expect(crashed.effects).toEqual([]);
      expect(transition(crashed.lifecycle, { type: "run" }).effects.map(effectText)).toEqual(["load#8"]);
    }
  });

  it("a load lost with a replaced worker is sent again once; a load that hung is not", () => {
    const starting = transition(inPhase("running"), { type: "restart" }).lifecycle;
    const retry = transition(starting, { type: "workerRestarted", whileLoading: false });
    expect(retry.lifecycle).toMatchObject({ phase: "starting", retried: true, queued: ["start"] });
    expect(retry.effects.map(effectText)).toEqual(["load#9"]);
    const again = transition(retry.lifecycle, { type: "workerRestarted", whileLoading: false });
    expect(again.lifecycle.phase).toBe("crashed");
    expect(transition(starting, { type: "workerRestarted", whileLoading: true }).lifecycle.phase).toBe(
      "crashed",
    );
  });
});

// ---- properties, against a model of the worker (EngineHost's rules) and of the client's watchdog ----

type ToModel = { type: "load"; requestId?: number } | { type: WorkerCommand };
type Reply = Extract<RunLifecycleEvent, { type: "loaded" | "workerState" | "workerRestarted" }>;

class ModelWorker {
  state: "idle" | "loaded" | "running" | "paused" | "stopped" | "error" = "idle";
  loaded = false;
  inbox: ToModel[] = [];
  hung: null | "batch" | "load" = null;
  lastLoadAnswered = false;

  process(outbox: Reply[]): void {
    const m = this.inbox.shift();
    if (!m) return;
    const set = (state: ModelWorker["state"]) => {
      this.state = state;
      outbox.push({ type: "workerState", state });
    };
    if (m.type === "load") {
      this.loaded = true;
      this.lastLoadAnswered = true;
      outbox.push({ type: "loaded", requestId: m.requestId, ok: true });
      set("loaded");
    } else if (m.type === "start") {
      if (this.state !== "running" && this.state !== "stopped" && this.loaded) set("running");
    } else if (m.type === "pause") {
      if (this.state === "running") set("paused");
    } else if (m.type === "resume") {
      if (this.state === "paused") set("running");
    } else if (m.type === "step") {
      if (this.state !== "stopped" && this.loaded && this.state !== "paused") set("paused");
    } else if (m.type === "stop") {
      if (!this.loaded) return;
      this.loaded = false;
      set("stopped");
    }
  }
}

type Action = UserRunEvent["type"] | "toWorker" | "toPage" | "hang" | "watchdog" | "nodeFails";
const ACTIONS: Action[] = [
  ...USER,
  "toWorker",
  "toPage",
  "toWorker",
  "toPage",
  "hang",
  "watchdog",
  "nodeFails",
];

class Harness {
  page: RunLifecycle = initialRunLifecycle;
  worker = new ModelWorker();
  outbox: Reply[] = [];
  lastLoadId = 0;

  dispatch(event: RunLifecycleEvent): void {
    const before = this.page;
    const t = transition(this.page, event);
    if (t.rejected) {
      expect(t.lifecycle).toBe(before);
      expect(t.effects).toEqual([]);
    }
    this.page = t.lifecycle;
    for (const e of t.effects) {
      if (e.type === "load") {
        // Every load has a fresh id, so no stale answer can be taken for it.
        expect(e.requestId).toBeGreaterThan(this.lastLoadId);
        this.lastLoadId = e.requestId;
        this.worker.inbox.push({ type: "load", requestId: e.requestId });
        this.worker.lastLoadAnswered = false;
      } else this.worker.inbox.push({ type: e.command });
    }
    expect(RUN_PHASES).toContain(this.page.phase);
    expect(this.page.queued.length > 0).toBe(this.page.phase === "starting");
  }

  act(a: Action): void {
    const w = this.worker;
    if ((USER as string[]).includes(a)) this.dispatch({ type: a as UserRunEvent["type"] });
    else if (a === "toWorker") {
      if (!w.hung) w.process(this.outbox);
    } else if (a === "toPage") {
      const reply = this.outbox.shift();
      if (reply) this.dispatch(reply);
    } else if (a === "hang") {
      if (w.hung) return;
      if (w.inbox[0]?.type === "load") w.hung = "load";
      else if (w.state === "running") w.hung = "batch";
    } else if (a === "watchdog") {
      if (!w.hung) return;
      // The client replaces the worker; messages queued in the hung one are lost. It reloads the last
      // pipeline only when that load had been answered (the run then waits for the user).
      const fresh = new ModelWorker();
      if (w.lastLoadAnswered && w.hung === "batch") fresh.inbox.push({ type: "load" });
      this.worker = fresh;
      this.outbox.push({ type: "workerRestarted", whileLoading: w.hung === "load" });
    } else if (a === "nodeFails") {
      if (!w.hung && w.state === "running") {
        w.state = "paused";
        this.outbox.push({ type: "workerState", state: "paused" });
      }
    }
  }

  /** Lets every message arrive (the watchdog replaces a hung worker first). */
  settle(): void {
    this.act("watchdog");
    for (let i = 0; i < 200 && (this.worker.inbox.length > 0 || this.outbox.length > 0); i++) {
      this.act("toWorker");
      this.act("toPage");
    }
    expect(this.worker.inbox).toEqual([]);
    expect(this.outbox).toEqual([]);
  }
}

describe("run lifecycle: properties over event sequences", () => {
  const sequences = fc.array(fc.constantFrom(...ACTIONS), { maxLength: 60 });

  it("once every message has arrived, the page's phase agrees with the worker", () => {
    fc.assert(
      fc.property(sequences, (actions) => {
        const h = new Harness();
        for (const a of actions) h.act(a);
        h.settle();
        const phase = h.page.phase;
        expect(["starting", "stopping"]).not.toContain(phase);
        if (phase === "running" || phase === "paused") expect(h.worker.state).toBe(phase);
        else expect(["running", "paused"]).not.toContain(h.worker.state);
      }),
      { numRuns: 2000 },
    );
  });

  it("is never stuck: from every reachable state Run (after Stop if Run is refused) runs the editor's pipeline", () => {
    fc.assert(
      fc.property(sequences, (actions) => {
        const h = new Harness();
        for (const a of actions) h.act(a);
        expect(USER.some((type) => canDo(h.page, type))).toBe(true);
        // A hang pending at this point may end the first attempt in "crashed" (a load that hung is not
        // retried); the second attempt then runs.
        for (let attempt = 0; attempt < 2; attempt++) {
          if (!canDo(h.page, "run")) {
            expect(canDo(h.page, "stop")).toBe(true);
            h.dispatch({ type: "stop" });
          }
          expect(canDo(h.page, "run")).toBe(true);
          h.dispatch({ type: "run" });
          h.settle();
          if (h.page.phase === "running") break;
        }
        expect(h.page.phase).toBe("running");
        expect(h.worker.state).toBe("running");
      }),
      { numRuns: 2000 },
    );
  });

  it("after a crash, what runs next is always a fresh load of the editor's document", () => {
    fc.assert(
      fc.property(sequences, (actions) => {
        const h = new Harness();
        for (const a of actions) h.act(a);
        h.settle();
        if (h.page.phase !== "crashed") return;
        const loadsBefore = h.lastLoadId;
        h.dispatch({ type: "run" });
        expect(h.lastLoadId).toBe(loadsBefore + 1);
        h.settle();
        expect(h.page.phase).toBe("running");
      }),
      { numRuns: 2000 },
    );
  });
});
