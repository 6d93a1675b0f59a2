// Spark's BatchInfo as the protocol's BatchInfoMessage, with input records per source node.
import type { BatchInfo } from "../metrics/BatchInfo";
import type { BatchInfoMessage } from "../protocol/messages";

export function toBatchInfoMessage(
  info: BatchInfo,
  inputNodeOfStream: ReadonlyMap<number, string>,
  inputRecordsByStream?: Record<number, number>,
): BatchInfoMessage {
  // Every source's records (queueStream's too, which Spark's numRecords leaves out), from the engine's hook.
  const inputs = inputRecordsByStream ?? info.streamIdToNumRecords;
  const inputByNode: Record<string, number> = {};
  let inputRecords = 0;
  for (const [streamId, n] of Object.entries(inputs)) {
    inputRecords += n;
    const nodeId = inputNodeOfStream.get(Number(streamId));
    if (nodeId !== undefined) inputByNode[nodeId] = (inputByNode[nodeId] ?? 0) + n;
  }
  return {
    batchTimeMs: info.batchTime,
    numRecords: info.numRecords,
    submissionTimeMs: info.submissionTime,
    processingStartTimeMs: info.processingStartTime,
    processingEndTimeMs: info.processingEndTime,
    schedulingDelayMs: info.schedulingDelay,
    processingDelayMs: info.processingDelay,
    totalDelayMs: info.totalDelay,
    measuredComputeMs: info.measuredComputeMs,
    inputByNode,
    inputRecords,
    numOutputOps: info.numOutputOps,
    failureReason: info.failureReason,
  };
}
