// Which nodes to summarise after a batch, and how: every node of the document in order, with its
// stream, whether it is (or may be) keyed, and its window or state role.
import type { DStream } from "../core/DStream";
import { getKind, outputPairness } from "../graph/catalog";
import type { CompiledPipeline } from "../graph/compile";
import type { PipelineDocument } from "../graph/types";
import { holdings } from "../operators/holdings";
import type { NodeBatchSummary } from "../protocol/messages";
import { type SummaryOptions, summarizeNode } from "./summarizeNode";

interface Watched {
  nodeId: string;
  stream: DStream<unknown>;
  /** Window and state nodes report what they hold (the engine's holdings()). */
  holds: boolean;
  options: Omit<SummaryOptions, "sampleSize">;
}

export class NodeObserver {
  private readonly watched: Watched[] = [];
  /** Source node per input stream id, for BatchInfo's records per source. */
  readonly inputNodeOfStream = new Map<number, string>();

  constructor(doc: PipelineDocument, program: CompiledPipeline) {
    for (const node of doc.nodes) {
      const stream = program.streams.get(node.id);
      const spec = getKind(node.kind);
      if (!stream || !spec) continue;
      if (spec.category === "source") this.inputNodeOfStream.set(stream.id, node.id);
      const pairness = spec.isOutput ? "unknown" : outputPairness(spec, node.params);
      this.watched.push({
        nodeId: node.id,
        stream,
        holds: spec.category === "window" || spec.category === "state",
        options: { keyed: pairness !== "plain", batchIntervalMs: doc.batchIntervalMs },
      });
    }
  }

  summarize(batchTimeMs: number, sampleSize: number): NodeBatchSummary[] {
    return this.watched.map((w) => {
      const summary = summarizeNode(w.nodeId, w.stream, batchTimeMs, { ...w.options, sampleSize });
      if (w.holds && summary.computed) Object.assign(summary, holdings(w.stream, batchTimeMs));
      return summary;
    });
  }
}
