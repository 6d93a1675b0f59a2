// An EngineLink whose real link is loaded on first use: the engine client's code (its watchdog, the
// sandboxed worker) comes with the first Run or Step, as the worker it starts does, not with the page.
// Messages sent meanwhile wait, in order; listeners hear the real link from the moment it is there. If
// the code cannot be fetched, listeners hear a failed load (the run ends crashed, the reason shown) and
// the next message tries again.
import type { ToWorker } from "../../../engine/protocol/messages";
import { t } from "../../i18n/useT";
import type { RunInput } from "./data/foldWorkerMessages";
import type { EngineLink } from "./engineLink";

interface Listener {
  hear: (msg: RunInput) => void;
  unsubscribe: () => void;
}

export function deferredLink(load: () => Promise<EngineLink>): EngineLink {
  let real: EngineLink | null = null;
  let loading = false;
  const waiting: ToWorker[] = [];
  const listeners = new Set<Listener>();

  const start = () => {
    if (loading) return;
    loading = true;
    load().then(
      (link) => {
        real = link;
        for (const l of listeners) l.unsubscribe = link.subscribe(l.hear);
        for (const msg of waiting.splice(0)) link.send(msg);
      },
      (e: Error) => {
        loading = false;
        waiting.length = 0;
        const message = t("notices.worker.couldNotLoad", { message: e.message });
        for (const l of listeners) l.hear({ type: "workerRestarted", message, whileLoading: true });
      },
    );
  };

  return {
    send(msg) {
      if (real) return real.send(msg);
      waiting.push(msg);
      start();
    },
    subscribe(hear) {
      const listener: Listener = { hear, unsubscribe: real ? real.subscribe(hear) : () => {} };
      listeners.add(listener);
      return () => {
        listener.unsubscribe();
        listeners.delete(listener);
      };
    },
  };
}
