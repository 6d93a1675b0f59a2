// Confines a Web Worker's global scope before any user function is compiled: the network, storage and
// messaging globals are removed (from the global object and its prototypes), SES's lockdown() freezes
// every JavaScript intrinsic (so String.prototype, Array.prototype... cannot be changed by one node to
// change another node's output or the engine's own messages), and the global object is frozen (so a
// global the engine reads, such as Map or JSON, cannot be replaced). What remains is pure computation.
import "ses";

/** Globals that reach the network, storage, other contexts or the page; none is needed by the engine. */
export const REMOVED_GLOBALS = [
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "WebSocketStream",
  "EventSource",
  "WebTransport",
  "importScripts",
  "indexedDB",
  "IDBFactory",
  "caches",
  "CacheStorage",
  "cookieStore",
  "BroadcastChannel",
  "Worker",
  "SharedWorker",
  "postMessage",
  "navigator",
  "webkitRequestFileSystem",
  "webkitRequestFileSystemSync",
  "webkitResolveLocalFileSystemURL",
  "webkitResolveLocalFileSystemSyncURL",
  "FileSystemHandle",
  "FileSystemDirectoryHandle",
  "FileSystemFileHandle",
  "StorageManager",
] as const;

declare const lockdown: (options?: Record<string, string>) => void;

/** Deletes `name` wherever it is defined on the global object's prototype chain. */
function removeGlobal(name: string): void {
  for (let o: object | null = globalThis; o; o = Object.getPrototypeOf(o)) {
    const descriptor = Object.getOwnPropertyDescriptor(o, name);
    if (!descriptor) continue;
    if (!Reflect.deleteProperty(o, name) && descriptor.configurable === false && "value" in descriptor)
      Reflect.set(o, name, undefined);
  }
}

/** The names still reachable after confinement (an empty list when it held). */
export function reachableGlobals(): string[] {
  return REMOVED_GLOBALS.filter((name) => (globalThis as Record<string, unknown>)[name] !== undefined);
}

/**
 * Confines the scope; throws when a removed global is still reachable, so the engine refuses to run
 * user code in a scope that is not confined (failing closed).
 */
export function confineScope(): void {
  for (const name of REMOVED_GLOBALS) removeGlobal(name);
  // Error stacks and console output as usual (the defaults hide stacks, which the node errors show);
  // no report of the non-standard intrinsics it removes (Chromium's newer iterator helpers);
  // everything else at SES's safe defaults.
  lockdown({ errorTaming: "unsafe", consoleTaming: "unsafe", stackFiltering: "verbose", reporting: "none" });
  Object.freeze(globalThis);
  for (let o = Object.getPrototypeOf(globalThis); o && o !== Object.prototype; o = Object.getPrototypeOf(o))
    Object.freeze(o);
  const left = reachableGlobals();
  if (left.length > 0) throw new Error(`The sandbox could not remove ${left.join(", ")}`);
}
