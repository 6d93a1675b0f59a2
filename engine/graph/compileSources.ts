// Builders of the source nodes: queueStream, text lines (socketTextStream), the seeded receivers and
// a constant table (Spark's ConstantInputDStream: the same RDD every batch).
import type { AnyStream, BuildContext } from "./compileContext";
import { generatorReceiver } from "./receivers/generators";

export const sourceBuilders: Record<string, (ctx: BuildContext) => AnyStream> = {
  queueStream: ({ ssc, params }) => {
    const batches = (params.batches as unknown[][]).map((b) => [...b]);
    const fallback = Array.isArray(params.defaultBatch) ? (params.defaultBatch as unknown[]) : undefined;
    return ssc.queueStream(batches, params.oneAtATime !== false, fallback);
  },
  textLines: (ctx) => generatorSource(ctx),
  staticTable: ({ ssc, params }) => {
    // queueStream with an empty queue returns its default RDD every batch: ConstantInputDStream.
    const table = ssc.sparkContext.parallelize(params.rows as unknown[]);
    return ssc.queueStream<unknown>([], true, table);
  },
  randomWords: (ctx) => generatorSource(ctx),
  sensorReadings: (ctx) => generatorSource(ctx),
  clickStream: (ctx) => generatorSource(ctx),
};

function generatorSource(ctx: BuildContext): AnyStream {
  const seed = typeof ctx.params.seed === "number" ? ctx.params.seed : ctx.doc.settings.seed;
  const receiver = generatorReceiver(ctx.node.kind, { ...ctx.params, seed });
  ctx.addReceiver(receiver);
  return ctx.ssc.receiverStream(receiver);
}
