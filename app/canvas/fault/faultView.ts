// Shapes a fault status for the canvas: per document node, what the executor loss did there (partitions
// recomputed, read from a checkpoint or the write-ahead log, blocks lost), and the lineage edges the
// recomputation walked between nodes (child node -> the node whose RDD it read).
import type { FaultStatus, RecoverySource } from "../../../engine/protocol/messages";

export interface NodeFault {
  nodeId: string;
  recomputed: number;
  checkpoint: number;
  wal: number;
  lost: number;
  cachedLost: number;
}

export interface LineageEdge {
  from: string;
  to: string;
  source: RecoverySource;
}

type Report = NonNullable<FaultStatus["report"]>;

export function nodeFaults(report: Report): NodeFault[] {
  const byNode = new Map<string, NodeFault>();
  const at = (streamId: number | undefined) => {
    const nodeId = streamId === undefined ? undefined : report.nodeOfStream[streamId];
    if (nodeId === undefined) return undefined;
    let f = byNode.get(nodeId);
    if (!f) {
      f = { nodeId, recomputed: 0, checkpoint: 0, wal: 0, lost: 0, cachedLost: 0 };
      byNode.set(nodeId, f);
    }
    return f;
  };
  for (const p of report.lostPartitions) {
    const f = at(p.streamId);
    if (f) f.cachedLost++;
  }
  for (const b of report.lostBlocks) {
    const f = at(b.streamId);
    if (f && !b.inWriteAheadLog) f.lost++;
  }
  for (const s of report.steps) {
    const f = at(s.streamId);
    if (!f) continue;
    if (s.source === "recomputed") f.recomputed++;
    else if (s.source === "checkpoint") f.checkpoint++;
    else if (s.source === "writeAheadLog") f.wal++;
  }
  return [...byNode.values()];
}

/** Lineage between different nodes, once per pair and source. */
export function lineageEdges(report: Report): LineageEdge[] {
  const streamOfRdd = new Map(report.steps.map((s) => [s.rddId, s.streamId]));
  const seen = new Set<string>();
  const edges: LineageEdge[] = [];
  for (const s of report.steps) {
    if (s.parentOfRddId === undefined) continue;
    const fromStream = streamOfRdd.get(s.parentOfRddId);
    const from = fromStream === undefined ? undefined : report.nodeOfStream[fromStream];
    const to = s.streamId === undefined ? undefined : report.nodeOfStream[s.streamId];
    if (!from || !to || from === to) continue;
    const key = `${from}>${to}>${s.source}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ from, to, source: s.source });
  }
  return edges;
}

/** Totals for the panel's summary. */
export function totals(report: Report) {
  const count = (source: RecoverySource) => report.steps.filter((s) => s.source === source).length;
  const blocks = (inLog: boolean) => report.lostBlocks.filter((b) => b.inWriteAheadLog === inLog);
  const records = (list: { records: number }[]) => list.reduce((n, b) => n + b.records, 0);
  return {
    recomputed: count("recomputed"),
    checkpoint: count("checkpoint"),
    blocksLost: blocks(false).length,
    recordsLost: records(blocks(false)),
    blocksReplayed: blocks(true).length,
    recordsReplayed: records(blocks(true)),
  };
}
