// Lays out a job's DAG as Spark's DAG visualization draws it: one box per stage, parents to the left,
// the stage's RDDs inside from first to last, and an edge per dependency (narrow inside a stage, a
// shuffle from a map stage's last RDD into the stage that reads it). Pure: boxes and lines in pixels.
import type { JobInfo, StageInfo } from "../../../../engine/protocol/messages";

export const DAG = {
  stageWidth: 176,
  stagePad: 8,
  stageHeader: 22,
  nodeHeight: 34,
  nodeGap: 10,
  columnGap: 40,
  rowGap: 16,
} as const;

export interface DagNode {
  key: string;
  rddId: number;
  stageId: number;
  label: string;
  callSite: string;
  cached: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DagStage {
  stage: StageInfo;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DagEdge {
  from: string;
  to: string;
  shuffle: boolean;
  points: [number, number, number, number];
}

export interface DagLayout {
  stages: DagStage[];
  nodes: DagNode[];
  edges: DagEdge[];
  width: number;
  height: number;
}

const key = (stageId: number, rddId: number) => `${stageId}:${rddId}`;

/** The column of each stage: one more than its deepest parent's. */
function columns(stages: readonly StageInfo[]): Map<number, number> {
  const byId = new Map(stages.map((s) => [s.stageId, s]));
  const col = new Map<number, number>();
  const visit = (s: StageInfo, depth: number): number => {
    const known = col.get(s.stageId);
    if (known !== undefined) return known;
    if (depth > stages.length) return 0; // a cycle cannot happen in a lineage; stay finite anyway
    const parents = s.parentStageIds.map((id) => byId.get(id)).filter((p) => p !== undefined);
    const c = parents.length === 0 ? 0 : 1 + Math.max(...parents.map((p) => visit(p, depth + 1)));
    col.set(s.stageId, c);
    return c;
  };
  for (const s of stages) visit(s, 0);
  return col;
}

export function layoutDag(job: JobInfo): DagLayout {
  const rddById = new Map(job.rdds.map((r) => [r.id, r]));
  const col = columns(job.stages);
  const nextY = new Map<number, number>();
  const stages: DagStage[] = [];
  const nodes: DagNode[] = [];
  const nodeByKey = new Map<string, DagNode>();
  for (const stage of job.stages) {
    const c = col.get(stage.stageId) ?? 0;
    // Inside a stage, RDDs from first to last: ids grow as RDDs are made, parents before children.
    const ids = stage.rddIds.filter((id) => rddById.has(id)).sort((a, b) => a - b);
    const height = DAG.stageHeader + ids.length * (DAG.nodeHeight + DAG.nodeGap) + DAG.stagePad - DAG.nodeGap;
    const x = c * (DAG.stageWidth + DAG.columnGap);
    const y = nextY.get(c) ?? 0;
    nextY.set(c, y + height + DAG.rowGap);
    stages.push({ stage, x, y, width: DAG.stageWidth, height });
    ids.forEach((id, i) => {
      const rdd = rddById.get(id)!;
      const node: DagNode = {
        key: key(stage.stageId, id),
        rddId: id,
        stageId: stage.stageId,
        label: `${rdd.className} [${id}]`,
        callSite: rdd.callSite,
        cached: rdd.cached,
        x: x + DAG.stagePad,
        y: y + DAG.stageHeader + i * (DAG.nodeHeight + DAG.nodeGap),
        width: DAG.stageWidth - 2 * DAG.stagePad,
        height: DAG.nodeHeight,
      };
      nodes.push(node);
      nodeByKey.set(node.key, node);
    });
  }
  // A map stage's output is read through its last RDD (the first of its rddIds, as the engine lists them).
  const mapStageOf = new Map<number, number>();
  for (const s of job.stages)
    if (s.kind === "shuffleMap" && s.rddIds.length > 0) mapStageOf.set(s.rddIds[0], s.stageId);
  const edges: DagEdge[] = [];
  for (const node of nodes) {
    for (const parent of rddById.get(node.rddId)?.parents ?? []) {
      const fromStage = parent.shuffle ? mapStageOf.get(parent.id) : node.stageId;
      const from = fromStage === undefined ? undefined : nodeByKey.get(key(fromStage, parent.id));
      if (!from) continue;
      const points: DagEdge["points"] = parent.shuffle
        ? [from.x + from.width, from.y + from.height / 2, node.x, node.y + node.height / 2]
        : [from.x + from.width / 2, from.y + from.height, node.x + node.width / 2, node.y];
      edges.push({ from: from.key, to: node.key, shuffle: parent.shuffle, points });
    }
  }
  const width = Math.max(0, ...stages.map((s) => s.x + s.width));
  const height = Math.max(0, ...stages.map((s) => s.y + s.height));
  return { stages, nodes, edges, width, height };
}
