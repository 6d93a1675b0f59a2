// The engine worker, started inside the sandbox frame (see sandboxFrame.ts): the page keeps one end of
// a MessageChannel and hands the other to the worker through the frame, so everything after that goes
// straight between page and worker on a port that only the engine's closure holds. Terminating removes
// the frame, which ends its worker too.
import type { WireFromWorker, WireToWorker } from "../../engine/protocol/wire";
import { t } from "../i18n/useT";
import type { WorkerLike } from "./engineClient";
import { FRAME_PATH } from "./sandboxFrame";

let engineSource: Promise<string> | undefined;
const loadEngineSource = () => {
  engineSource ??= import("virtual:engine-sandbox-source").then((m) => m.default);
  return engineSource;
};

interface FrameMessage {
  type?: string;
  message?: string;
}

/** `connect`: the CSP sources the worker may reach (the pipeline's real sources and sinks); none by default. */
export function sandboxedWorker(connect: readonly string[] = []): WorkerLike {
  const channel = new MessageChannel();
  const frame = document.createElement("iframe");
  frame.setAttribute("sandbox", "allow-scripts");
  frame.setAttribute("aria-hidden", "true");
  frame.tabIndex = -1;
  frame.title = t("notices.worker.sandboxTitle");
  frame.style.display = "none";
  frame.src = `${import.meta.env.BASE_URL}${FRAME_PATH}`;
  let ended = false;

  const like: WorkerLike = {
    postMessage: (message: WireToWorker) => channel.port1.postMessage(message),
    terminate: () => {
      if (ended) return;
      ended = true;
      frame.contentWindow?.postMessage({ type: "terminate" }, "*");
      frame.remove();
      window.removeEventListener("message", onFrameMessage);
      channel.port1.close();
    },
    onmessage: null,
    onerror: null,
  };
  channel.port1.onmessage = (event: MessageEvent<WireFromWorker>) => like.onmessage?.({ data: event.data });

  // Only the frame's own window is listened to; the opaque-origin frame can be named only as "*".
  function onFrameMessage(event: MessageEvent<FrameMessage>) {
    if (ended || event.source !== frame.contentWindow) return;
    if (event.data?.type === "frameReady") {
      void loadEngineSource().then(
        (source) => {
          if (!ended)
            frame.contentWindow?.postMessage({ type: "start", source, connect: [...connect] }, "*", [
              channel.port2,
            ]);
        },
        (e: Error) => like.onerror?.({ message: t("notices.worker.couldNotLoad", { message: e.message }) }),
      );
    } else if (event.data?.type === "workerError") {
      like.onerror?.({ message: event.data.message });
    }
  }
  window.addEventListener("message", onFrameMessage);
  document.body.appendChild(frame);
  return like;
}
