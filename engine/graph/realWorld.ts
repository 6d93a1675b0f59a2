// The addresses a pipeline's real sources and sinks reach from the browser (what their nodes name). The
// page starts the engine worker with exactly these allowed (its frame's connect-src), nothing else.
import { getKind, resolveParams } from "./catalog";
import type { PipelineDocument } from "./types";

/** "ws://localhost:9998/" → "ws://localhost:9998/": a URL as a CSP source (no query or fragment). */
export function connectSource(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (!["ws:", "wss:", "http:", "https:"].includes(u.protocol) || u.username || u.password) return undefined;
  return `${u.protocol}//${u.host}${u.pathname}`;
}

/** The CSP sources of every URL the pipeline's real-world nodes name, sorted, without duplicates. */
export function pipelineConnectSources(doc: PipelineDocument): string[] {
  const out = new Set<string>();
  for (const node of doc.nodes) {
    const spec = getKind(node.kind);
    if (!spec?.realWorld) continue;
    for (const url of spec.realWorld.urls(resolveParams(spec, node.params))) {
      const source = connectSource(url);
      if (source) out.add(source);
    }
  }
  return [...out].sort();
}

/**
 * Whether the pipeline reads a real source (a socket, a directory, an HTTP stream, a Kafka broker): such a
 * pipeline runs on the system clock outside the browser, as Spark does, since its records arrive in real
 * time; on the manual clock its batches would all run at once, before anything arrived.
 */
export function hasRealSource(doc: PipelineDocument): boolean {
  return doc.nodes.some((node) => {
    const spec = getKind(node.kind);
    return !!spec?.realWorld && spec.category === "source";
  });
}
