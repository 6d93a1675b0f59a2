// The sandbox frame's document: an opaque-origin iframe (sandbox="allow-scripts", no allow-same-origin)
// whose only job is to start the engine worker from a blob URL and hand it the page's private port.
// A blob worker inherits its creator's Content-Security-Policy, so the worker gets this one:
//   default-src 'none'   no fetch, XMLHttpRequest, WebSocket, EventSource, images, fonts: nothing leaves,
//   connect-src          except the addresses the pipeline's real sources and sinks name: the page sends
//                        them with "start", and the frame's script adds a second policy,
//                        `connect-src <exactly those>` (or 'none'), before it creates the worker. Both
//                        policies hold, so the worker reaches exactly those and nothing else.
//   script-src <hash> 'unsafe-eval'   this document's one inline script; 'unsafe-eval' because user
//                        functions (and the engine's fused loops) are compiled with new Function, in
//                        the worker only; no script URL at all, so import() and importScripts fail
//   worker-src blob:     the engine worker itself
// The opaque origin gives the worker no storage (IndexedDB, caches) and no BroadcastChannel to the app.
// The frame ignores everything the worker posts on its own (self.postMessage): the engine talks only on
// the port.

/** The frame's script (its hash goes into the frame's policy, computed when the page is built). */
export const FRAME_SCRIPT = `
let worker;
addEventListener("message", (event) => {
  if (event.source !== parent) return;
  const data = event.data;
  if (data && data.type === "start" && !worker) {
    const allowed = (Array.isArray(data.connect) ? data.connect : []).filter(
      (s) => typeof s === "string" && /^(wss?|https?):\\/\\/[^\\s;,']+$/.test(s),
    );
    const policy = document.createElement("meta");
    policy.httpEquiv = "Content-Security-Policy";
    policy.content = "connect-src " + (allowed.length ? allowed.join(" ") : "'none'");
    document.head.appendChild(policy);
    const url = URL.createObjectURL(new Blob([data.source], { type: "text/javascript" }));
    worker = new Worker(url, { name: "dstream-engine" });
    worker.onerror = (e) => {
      e.preventDefault();
      parent.postMessage({ type: "workerError", message: String(e.message || "The engine worker failed") }, "*");
    };
    worker.postMessage("port", [event.ports[0]]);
  } else if (data && data.type === "terminate" && worker) {
    worker.terminate();
  }
});
parent.postMessage({ type: "frameReady" }, "*");
`;

/** The frame's path, relative to the app's base URL (the build writes it, the dev server serves it). */
export const FRAME_PATH = "engine-sandbox.html";

/** The frame's policy, given the base64 sha256 of FRAME_SCRIPT. */
export const frameCsp = (scriptSha256: string): string =>
  `default-src 'none'; script-src 'sha256-${scriptSha256}' 'unsafe-eval'; worker-src blob:; connect-src ws: wss: http: https:`;

export const frameHtml = (scriptSha256: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${frameCsp(scriptSha256)}"><title>DStream engine sandbox</title></head><body><script>${FRAME_SCRIPT}</script></body></html>`;
