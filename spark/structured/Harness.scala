// The Scala side of the Structured Streaming differential test: runs the queries of compiled Scala
// exports (each export's `query_<sink>(spark)` method) on one SparkSession with foreachBatch and
// Trigger.AvailableNow, and prints the same JSON runner.py prints for PySpark: per query its batches
// (rows as canonical text), result schema, watermark and state metrics per batch, or Spark's message.
//   args: (objectName methodName queryId outputMode)*
package dstreamstudio.structured

import java.nio.file.Files

import scala.collection.JavaConverters._
import scala.collection.mutable

import com.fasterxml.jackson.databind.ObjectMapper
import org.apache.spark.sql.{DataFrame, Row, SparkSession}
import org.apache.spark.sql.streaming.Trigger

object Harness {
  private val json = new ObjectMapper()
  private def q(s: String): String = json.writeValueAsString(s)

  /** One value as runner.py's canon() writes it (doubles as Java prints them: the test re-reads them). */
  def canon(v: Any): String = v match {
    case null => "null"
    case b: Boolean => if (b) "true" else "false"
    case t: java.sql.Timestamp => "t:" + t.getTime
    case d: Double => "d:" + java.lang.Double.toString(d)
    case i: Int => i.toString
    case l: Long => l.toString
    case s: String => q(s)
    case s: scala.collection.Seq[_] => s.map(canon).mkString("[", ",", "]")
    case r: Row if r.length == 2 && r.get(0).isInstanceOf[java.sql.Timestamp] =>
      "w:" + r.getTimestamp(0).getTime + "-" + r.getTimestamp(1).getTime
    case other => String.valueOf(other)
  }

  private def message(e: Throwable): String = {
    val m = Option(e.getMessage).getOrElse(e.toString)
    m.split(";\n")(0).take(1000)
  }

  def main(args: Array[String]): Unit = {
    val spark = SparkSession.builder
      .master("local[2]")
      .appName("dstream-studio structured scala check")
      .config("spark.sql.session.timeZone", "UTC")
      .config("spark.sql.shuffle.partitions", "1")
      .config("spark.ui.enabled", "false")
      .config("spark.ui.showConsoleProgress", "false")
      .config("spark.sql.json.filterPushdown.enabled", "false")
      .config("spark.sql.codegen.wholeStage", "false")
      .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
      .getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    val checkpoints = Files.createTempDirectory("studio-structured-ck-")
    val out = mutable.LinkedHashMap[String, String]()
    for (Array(objectName, method, qid, mode) <- args.grouped(4)) {
      val batches = mutable.LinkedHashMap[Long, Seq[String]]()
      var schema = ""
      val collect: (DataFrame, Long) => Unit = (df, id) => {
        batches(id) = df.collect().toSeq.map(r => r.toSeq.map(v => q(canon(v))).mkString("[", ",", "]")).sorted
        schema = df.schema.simpleString
      }
      val entry =
        try {
          val module = Class.forName(objectName + "$").getField("MODULE$").get(null)
          val df = module.getClass.getMethod(method, classOf[SparkSession]).invoke(module, spark).asInstanceOf[DataFrame]
          val query = df.writeStream
            .outputMode(mode)
            .option("checkpointLocation", checkpoints.resolve(qid).toString)
            .foreachBatch(collect)
            .trigger(Trigger.AvailableNow())
            .start()
          query.awaitTermination()
          val progress = query.recentProgress.map { p =>
            val wm = Option(p.eventTime.get("watermark")).map(q).getOrElse("null")
            val ops = p.stateOperators
              .map(s => s"[${s.numRowsTotal},${s.numRowsUpdated},${s.numRowsDroppedByWatermark}]")
              .mkString("[", ",", "]")
            s"""${q(p.batchId.toString)}:{"watermark":$wm,"stateOperators":$ops,"numInputRows":${p.numInputRows}}"""
          }
          val bs = batches.map { case (id, rows) => s"${q(id.toString)}:${rows.map(q).mkString("[", ",", "]")}" }
          s"""{"error":null,"schema":${q(schema)},"batches":{${bs.mkString(",")}},"progress":{${progress.mkString(",")}}}"""
        } catch {
          case e: java.lang.reflect.InvocationTargetException =>
            s"""{"error":${q(message(e.getCause))},"batches":{}}"""
          case e: Exception => s"""{"error":${q(message(e))},"batches":{}}"""
        }
      out(qid) = entry
    }
    println("STRUCTURED_RESULTS " + out.map { case (k, v) => s"${q(k)}:$v" }.mkString("{", ",", "}"))
    spark.stop()
  }
}
