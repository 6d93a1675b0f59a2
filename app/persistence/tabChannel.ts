// Tells the other tabs of this browser when a stored pipeline changed, so two tabs on one pipeline don't
// overwrite each other silently. Where BroadcastChannel doesn't exist, nothing is sent or heard.
export const TAB_CHANNEL_NAME = "dstream-studio";

/** "copied": a tab kept its edits to `pipelineId` as `copyName` while another tab's save waited on it. */
export type TabMessage = {
  type: "saved" | "deleted" | "copied";
  pipelineId: string;
  from: string;
  copyName?: string;
};
type Listener = (message: TabMessage) => void;

/** Identifies this tab, so a tab never reacts to its own saves. */
export const thisTabId = `tab-${Math.random().toString(36).slice(2, 10)}`;

let channel: BroadcastChannel | null | undefined;
const listeners = new Set<Listener>();

function open(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  if (typeof BroadcastChannel !== "function") return (channel = null);
  channel = new BroadcastChannel(TAB_CHANNEL_NAME);
  // Node (tests) would otherwise keep the process alive for the channel.
  (channel as { unref?: () => void }).unref?.();
  channel.onmessage = (event: MessageEvent<TabMessage>) => {
    const message = event.data;
    if (message?.from === thisTabId || typeof message?.pipelineId !== "string") return;
    for (const listener of listeners) listener(message);
  };
  return channel;
}

export function announce(type: TabMessage["type"], pipelineId: string, copyName?: string): void {
  open()?.postMessage({ type, pipelineId, from: thisTabId, copyName } satisfies TabMessage);
}

/** Hears the other tabs' saves and deletes; returns the unsubscribe. */
export function onOtherTabChange(listener: Listener): () => void {
  open();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Closes the channel (tests end their in-process "tabs" with it). */
export function closeTabChannel(): void {
  channel?.close();
  channel = undefined;
  listeners.clear();
}
