// staticTable: Spark's ConstantInputDStream, here a queueStream with an empty queue whose default RDD is
// the table, returned every batch.
import type { AnyStream, BuildContext } from "../../../compileContext";

export function compileStaticTable({ ssc, params }: BuildContext): AnyStream {
  const table = ssc.sparkContext.parallelize(params.rows as unknown[]);
  return ssc.queueStream<unknown>([], true, table);
}
