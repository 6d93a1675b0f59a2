// Runs compiled Scala exports on one local[2] SparkContext, many at a time, on Spark's manual clock: the
// Scala half of spark/python/runner.py, with the same protocol answers. A request is one line,
// "<batches>\t<batch interval ms>\t<object name>\t<pipeline name>[\t<object name>\t<pipeline name>...]";
// the answer is {"runs": [...]}, one run per program. Each exported program was rewritten to build its
// StreamingContext with Harness.context (one context shared by every program of the request: Spark runs
// one StreamingContext per JVM) and to call Harness.drive(ssc) instead of start() and awaitTermination();
// once every program has built its graph, the harness starts the context and drives the batches. When a
// request of several programs fails anywhere, it runs again in halves (down to each program alone), so the
// failure is reported for the program that caused it. In this package because the graph's output streams are private[streaming].
package org.apache.spark.streaming.dstreamstudio

import java.io.{FileDescriptor, FileOutputStream, OutputStream, PrintStream}
import scala.collection.mutable
import org.apache.spark.{SparkConf, SparkContext}
import org.apache.spark.streaming.{DStreamGraph, Duration, StreamingContext, Time}
import org.apache.spark.streaming.dstream.DStream
import org.apache.spark.util.ManualClock

object Harness {
  private val protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8")
  System.setOut(System.err)

  lazy val sc: SparkContext = {
    val conf = new SparkConf()
      .setMaster("local[2]")
      .setAppName("dstream-studio spark check (Scala)")
      .set("spark.streaming.clock", "org.apache.spark.util.ManualClock")
      .set("spark.ui.enabled", "false")
      .set("spark.ui.showConsoleProgress", "false")
      .set("spark.driver.host", "127.0.0.1")
    val context = new SparkContext(conf)
    context.setLogLevel("ERROR")
    context
  }

  private val lock = new Object
  private var batches = 0
  private var batchMs = 0L
  /** Per output and batch: each record as Records.render shows it, and its own toString (what print shows). */
  private val records = mutable.Map[(Int, Long), Seq[String]]()
  private val shown = mutable.Map[(Int, Long), Seq[String]]()
  private val printed = mutable.Map[(Int, Long), StringBuilder]()
  private val done = mutable.Set[Long]()
  @volatile private var current: Option[(Int, Long)] = None
  /** Outputs collected so far: a batch times out only after timeoutMs without any. */
  private var progress = 0L
  /** For each output operation registered by the programs, in order: the program it belongs to. */
  private val owners = mutable.ArrayBuffer[Int]()
  private var shared: Option[StreamingContext] = None
  private val timeoutMs = sys.env.getOrElse("SPARK_CHECK_BATCH_TIMEOUT", "300").toLong * 1000

  /** Console.out of the job threads: text goes to the output whose collector ran last. */
  private object Capture extends OutputStream {
    override def write(b: Int): Unit = write(Array(b.toByte), 0, 1)
    override def write(b: Array[Byte], off: Int, len: Int): Unit = lock.synchronized {
      current match {
        case Some(slot) => printed.getOrElseUpdate(slot, new StringBuilder) ++= new String(b, off, len, "UTF-8")
        case None => System.err.write(b, off, len)
      }
    }
  }
  private val captureStream = new PrintStream(Capture, true, "UTF-8")

  /** What `new StreamingContext(conf, interval)` means in a program run here: the request's one context. */
  def context(interval: Duration): StreamingContext = shared.getOrElse {
    val ssc = new StreamingContext(sc, interval)
    shared = Some(ssc)
    ssc
  }

  /** Where a program would start its context and wait: its graph is built; the harness drives later. */
  def drive(ssc: StreamingContext): Unit = ()

  private val outputStreams = {
    val field = classOf[DStreamGraph].getDeclaredField("outputStreams")
    field.setAccessible(true)
    field
  }
  private def registered(ssc: StreamingContext) =
    outputStreams.get(ssc.graph).asInstanceOf[Seq[DStream[_]]].toList

  private def driveAll(ssc: StreamingContext): Unit = {
    val originals = registered(ssc)
    // A collector of each output's stream, then a marker; then reordered so that each collector runs
    // just before its output and the marker last.
    originals.zipWithIndex.foreach { case (output, k) =>
      output.dependencies.head.asInstanceOf[DStream[Any]].foreachRDD { (rdd, time: Time) =>
        val rows = rdd.collect().toSeq
        lock.synchronized {
          records((k, time.milliseconds)) = rows.map(Records.render)
          progress += 1
          shown((k, time.milliseconds)) = rows.map(String.valueOf)
          current = Some((k, time.milliseconds))
        }
      }
    }
    val marker = ssc.queueStream(mutable.Queue(sc.makeRDD(Seq(0))), true, sc.makeRDD(Seq(0)))
    marker.foreachRDD { (_, time: Time) =>
      lock.synchronized {
        current = None
        done += time.milliseconds
        lock.notifyAll()
      }
    }
    val all = registered(ssc)
    val collectors = all.slice(originals.size, 2 * originals.size)
    val ordered = originals.indices.flatMap(k => Seq[DStream[_]](collectors(k), originals(k))) :+ all.last
    outputStreams.get(ssc.graph) match {
      case buffer: mutable.ArrayBuffer[_] =>
        val streams = buffer.asInstanceOf[mutable.ArrayBuffer[Any]]
        streams.clear()
        streams ++= ordered
      case _ => outputStreams.set(ssc.graph, mutable.ArraySeq[DStream[_]](ordered: _*))
    }
    Console.withOut(captureStream)(ssc.start())
    val clock = ssc.scheduler.clock.asInstanceOf[ManualClock]
    for (i <- 1 to batches) {
      val t = i * batchMs
      clock.setTime(t)
      var deadline = System.currentTimeMillis() + timeoutMs
      lock.synchronized {
        var seen = progress
        while (!done.contains(t)) {
          // On a loaded machine a batch of many programs takes minutes; one without progress is stuck.
          if (progress != seen) { seen = progress; deadline = System.currentTimeMillis() + timeoutMs }
          if (System.currentTimeMillis() > deadline)
            throw new RuntimeException(s"batch $t ms made no progress in ${timeoutMs / 1000}s")
          // The marker wakes this up; the timeout only checks now and then that the context still runs.
          lock.wait(1000)
          if (!done.contains(t) && ssc.awaitTerminationOrTimeout(1))
            throw new RuntimeException(s"the StreamingContext stopped at batch $t ms")
        }
      }
    }
    ssc.awaitTerminationOrTimeout(1) // throws the error of a failed job, if any
  }

  private def json(s: String): String = Records.quote(s)

  private def describe(e: Throwable): String = {
    val causes = Iterator.iterate(e)(_.getCause).takeWhile(_ != null).toList
    causes.map(c => s"${c.getClass.getName}: ${c.getMessage}").mkString("\n")
  }

  private def runGroup(programs: Seq[(String, String)]): Seq[String] = {
    lock.synchronized {
      records.clear(); shown.clear(); printed.clear(); done.clear(); current = None; owners.clear()
    }
    shared = None
    val started = System.nanoTime()
    val errors = Array.fill[Option[String]](programs.size)(None)
    programs.zipWithIndex.foreach { case ((objectName, _), i) =>
      val before = shared.map(registered(_).size).getOrElse(0)
      try {
        // The program's first argument: how many batches its generated sources queue (not its default, 100).
        val module = Class.forName(objectName + "$").getField("MODULE$").get(null)
        module.getClass.getMethod("main", classOf[Array[String]]).invoke(module, Array(batches.toString))
      } catch {
        case e: java.lang.reflect.InvocationTargetException => errors(i) = Some(describe(e.getCause))
        case e: Throwable => errors(i) = Some(describe(e))
      }
      owners ++= Seq.fill(shared.map(registered(_).size).getOrElse(0) - before)(i)
    }
    if (errors.forall(_.isEmpty)) shared.foreach { ssc =>
      try driveAll(ssc)
      catch { case e: Throwable => errors.indices.foreach(i => errors(i) = Some(describe(e))) }
    }
    shared.foreach { ssc =>
      try ssc.stop(stopSparkContext = false, stopGracefully = false)
      catch { case e: Throwable => errors.indices.foreach(i => if (errors(i).isEmpty) errors(i) = Some("stop failed: " + describe(e))) }
    }
    // Halves, not each alone: a failing program among n costs about 2 log2(n) reruns instead of n.
    if (programs.size > 1 && errors.exists(_.nonEmpty)) {
      val (first, second) = programs.splitAt((programs.size + 1) / 2)
      return runGroup(first) ++ runGroup(second)
    }
    val seconds = (System.nanoTime() - started) / 1e9
    programs.zipWithIndex.map { case ((_, name), i) => answer(i, name, errors(i), seconds) }
  }

  /** Program i's outputs, in the order it registered them. */
  private def answer(i: Int, name: String, error: Option[String], seconds: Double): String = lock.synchronized {
    val outs = owners.indices.filter(owners(_) == i).map { k =>
      val perBatch = records.keys.filter(_._1 == k).toSeq.sortBy(_._2).map { slot =>
        val rows = records(slot).map(json).mkString(",")
        val texts = shown(slot).map(json).mkString(",")
        val lines = printed.get(slot).map(_.toString).getOrElse("").split("\n", -1).map(json).mkString(",")
        s"""${json(slot._2.toString)}:{"records":[$rows],"shown":[$texts],"lines":[$lines]}"""
      }
      s"""{"kind":"output","batches":{${perBatch.mkString(",")}}}"""
    }
    s"""{"name":${json(name)},"outputs":[${outs.mkString(",")}],"completedBatches":[${done.toSeq.sorted.mkString(",")}],""" +
      s""""error":${error.map(json).getOrElse("null")},"seconds":$seconds}"""
  }

  def main(args: Array[String]): Unit = {
    protocol.println(s"""{"ready":true,"sparkVersion":${json(sc.version)}}""")
    Iterator.continually(scala.io.StdIn.readLine()).takeWhile(_ != null).filter(_.trim.nonEmpty).foreach { line =>
      val fields = line.split("\t", -1)
      batches = fields(0).toInt
      batchMs = fields(1).toLong
      val programs = fields.drop(2).grouped(2).map(p => (p(0), p(1))).toSeq
      protocol.println(s"""{"runs":[${runGroup(programs).mkString(",")}]}""")
    }
    sc.stop()
  }
}
