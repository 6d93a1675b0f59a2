// Whether this browser may run a pipeline's functions. A pipeline that came from someone else (a share
// link or an imported file) is marked "ask" when it is opened; the user's "Run its functions" marks it
// "allowed", remembered per pipeline id across reloads. A pipeline with no mark is the user's own
// (made here, an example, or a copy made here) and runs without asking.
import { createStore, get, set, type UseStore } from "idb-keyval";

export type Trust = "ask" | "allowed";

let idb: UseStore | null = null;
const db = () => (idb ??= createStore("dstream-studio-trust", "trust"));
const known = new Map<string, Trust | undefined>();

export async function trustOf(pipelineId: string): Promise<Trust | undefined> {
  if (known.has(pipelineId)) return known.get(pipelineId);
  let stored: unknown;
  try {
    stored = await get(pipelineId, db());
  } catch {
    // Storage unreadable (private mode, quota): ask rather than run unasked.
    stored = "ask";
  }
  const trust = stored === "ask" || stored === "allowed" ? stored : undefined;
  known.set(pipelineId, trust);
  return trust;
}

export async function setTrust(pipelineId: string, trust: Trust): Promise<void> {
  known.set(pipelineId, trust);
  await set(pipelineId, trust, db());
}
