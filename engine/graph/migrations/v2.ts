// Version 1 -> 2: queueStream's "defaultBatch" param is "defaultRDD", Spark's name for it
// (StreamingContext.queueStream(queue, oneAtATime, defaultRDD)).
import { type Migration, mapNodes, type RawDocument } from "./migration";

export const queueStreamDefaultRDD: Migration = {
  from: 1,
  to: 2,
  description: 'queueStream\'s param "defaultBatch" renamed "defaultRDD"',
  up: (doc) =>
    mapNodes(doc, (node) => {
      const params = node.params as RawDocument | undefined;
      if (node.kind !== "queueStream" || !params || !Object.hasOwn(params, "defaultBatch")) return node;
      const { defaultBatch, ...rest } = params;
      return { ...node, params: { ...rest, defaultRDD: defaultBatch } };
    }),
};
