// Failures of the browser's storage, in words: a full quota (the browser refuses more data for the
// site) says so and what to do; anything else keeps the browser's message. Every save the user
// started reports through here, so no failure is swallowed.

import { t } from "../i18n/useT";
import { useStudio } from "../store";

function errorName(e: unknown): string {
  const name = (e as { name?: unknown } | null)?.name;
  const inner = (e as { inner?: { name?: unknown } } | null)?.inner?.name;
  return typeof name === "string" ? name : typeof inner === "string" ? inner : "";
}

export function isQuotaError(e: unknown): boolean {
  return errorName(e) === "QuotaExceededError" || /quota/i.test(String((e as Error)?.message ?? ""));
}

/** "this browser's storage for the studio is full (…)" or the browser's own message. */
export function describeStorageError(e: unknown): string {
  if (isQuotaError(e)) return t("notices.storage.full");
  const message = e instanceof Error ? e.message : String(e);
  return message || errorName(e) || t("notices.storage.refused");
}

const alreadyReported = new WeakSet<object>();

/** Shows why `what` failed ("save the pipeline") over the canvas, where it stays until dismissed. */
export function reportStorageError(what: string, e: unknown): void {
  if (typeof e === "object" && e !== null) {
    if (alreadyReported.has(e)) return; // told once, by the step that failed
    alreadyReported.add(e);
  }
  useStudio
    .getState()
    .showToast(t("notices.storage.failed", { action: what, reason: describeStorageError(e) }));
}

/** Runs a storage action the user started; a failure is shown, and the action resolves to undefined. */
export async function reported<T>(what: string, action: () => Promise<T>): Promise<T | undefined> {
  try {
    return await action();
  } catch (e) {
    reportStorageError(what, e);
    return undefined;
  }
}
