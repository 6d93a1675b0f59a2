// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these are Scala string interpolations.
// Scala stand-ins for the studio's seeded demo receivers: clearly marked stubs that queue similar
// random data, so the exported program runs as it is until a real source replaces them.

export const SCALA_GENERATORS: Record<string, { fn: string; code: string[] }> = {
  randomWords: {
    fn: "randomWordBatches",
    code: [
      "  /** STUB for the studio's randomWords receiver: lines of random words (uniform, not Zipf). */",
      "  def randomWordBatches(sc: SparkContext, seed: Long, linesPerBatch: Int, vocabularySize: Int, wordsPerLine: Int): mutable.Queue[RDD[String]] = {",
      "    val rng = new Random(seed)",
      "    mutable.Queue((1 to 100).map { _ =>",
      '      sc.parallelize(Seq.fill(linesPerBatch)(Seq.fill(wordsPerLine)(s"word${rng.nextInt(vocabularySize)}").mkString(" ")))',
      "    }: _*)",
      "  }",
    ],
  },
  sensorReadings: {
    fn: "sensorReadingBatches",
    code: [
      "  case class SensorReading(sensorId: String, value: Double, eventTimeMs: Long)",
      "",
      "  /** STUB for the studio's sensorReadings receiver: readings with event timestamps. */",
      "  def sensorReadingBatches(sc: SparkContext, seed: Long, readingsPerBatch: Int, sensors: Int, batchMs: Long): mutable.Queue[RDD[SensorReading]] = {",
      "    val rng = new Random(seed)",
      "    mutable.Queue((0 until 100).map { b =>",
      "      sc.parallelize(Seq.fill(readingsPerBatch)(",
      '        SensorReading(s"sensor-${rng.nextInt(sensors) + 1}", 20 + 5 * rng.nextGaussian(), ((b + rng.nextDouble()) * batchMs).toLong)))',
      "    }: _*)",
      "  }",
    ],
  },
  clickStream: {
    fn: "clickBatches",
    code: [
      "  case class Click(userId: String, page: String, eventTimeMs: Long)",
      "",
      "  /** STUB for the studio's clickStream receiver: page clicks by user with event timestamps. */",
      "  def clickBatches(sc: SparkContext, seed: Long, clicksPerBatch: Int, users: Int, pages: Int, batchMs: Long): mutable.Queue[RDD[Click]] = {",
      "    val rng = new Random(seed)",
      "    mutable.Queue((0 until 100).map { b =>",
      "      sc.parallelize(Seq.fill(clicksPerBatch)(",
      '        Click(s"user-${rng.nextInt(users) + 1}", s"/page-${rng.nextInt(pages) + 1}", ((b + rng.nextDouble()) * batchMs).toLong)))',
      "    }: _*)",
      "  }",
    ],
  },
};
