// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these are Scala string interpolations.
// The studio's seeded generators ported to Scala step for step (engine/core/prng.ts and
// engine/sources/generators): the same seed gives the same records, batch by batch, cut into the same
// blocks (partitions). The program queues them with queueStream, one RDD per batch.
import { commonWords, doublesText, type GeneratorArgs, type GeneratorKind } from "./generatorParams";

const NAMED_PAGES = ["/home", "/products", "/search", "/cart", "/checkout", "/about", "/help", "/account"];

const BASE = [
  "  /** The studio's seeded PRNG (mulberry32, engine/core/prng.ts), step for step: same seed, same numbers. */",
  "  final class Prng(seed: Long) {",
  "    private var state: Int = seed.toInt",
  "    def next(): Double = {",
  "      state += 0x6D2B79F5",
  "      var t = state",
  "      t = (t ^ (t >>> 15)) * (t | 1)",
  "      t ^= t + (t ^ (t >>> 7)) * (t | 61)",
  "      ((t ^ (t >>> 14)) & 0xFFFFFFFFL).toDouble / 4294967296.0",
  "    }",
  "    def nextInt(n: Int): Int = math.floor(next() * n).toInt",
  "    def nextGaussian(): Double = (next() + next() + next() + next() - 2) * 1.7320508075688772",
  "  }",
  "",
  "  /**",
  "   * The studio's GeneratorReceiver, batch by batch: rate * interval records (fractions carried over),",
  "   * arrival times spread evenly over the interval, one partition per block interval.",
  "   */",
  "  def generatedBatches[T: ClassTag](sc: SparkContext, recordsPerSecond: Double)(record: Long => T): mutable.Queue[RDD[T]] = {",
  "    val queue = mutable.Queue[RDD[T]]()",
  "    var carry = 0.0",
  "    for (b <- 0 until Batches) {",
  "      val (start, end) = (b * BatchIntervalMs, (b + 1) * BatchIntervalMs)",
  "      val exact = recordsPerSecond * (end - start) / 1000 + carry",
  "      val n = math.floor(exact + 1e-9).toInt",
  "      carry = math.max(0, exact - n)",
  "      val records = (0 until n).map(i => record(start + (i + 1) * (end - start) / n))",
  "      val blocks = math.min(n.toLong, math.max(1L, end / BlockIntervalMs - start / BlockIntervalMs)).toInt",
  "      queue += (if (n == 0) sc.emptyRDD[T] else sc.parallelize(records, blocks))",
  "    }",
  "    queue",
  "  }",
  "",
  "  def jsRound(x: Double): Double = { val f = math.floor(x); if (x - f >= 0.5) f + 1 else f }",
];

function kindCode(kind: GeneratorKind): string[] {
  switch (kind) {
    case "randomWords":
      return [
        `  val CommonWords: Array[String] = ${JSON.stringify(commonWords().join(" "))}.split(" ")`,
        "",
        "  /** The word of rank i: common words first, then made-up syllable words, all distinct. */",
        "  def vocabularyWord(i: Int): String =",
        "    if (i < CommonWords.length) CommonWords(i)",
        "    else {",
        "      var n = i - CommonWords.length",
        "      val word = new StringBuilder",
        '      do { word.append("bdfgklmnprstvz"(n % 14)).append("aeiou"((n / 14) % 5)); n /= 70 } while (n > 0)',
        '      word.append("x").toString',
        "    }",
        "",
        "  def zipfCumulative(size: Int, exponent: Double): Array[Double] = {",
        "    var total = 0.0",
        "    val weights = (0 until size).map { k => total += 1 / math.pow(k + 1, exponent); total }",
        "    weights.map(_ / total).toArray",
        "  }",
        "",
        "  /** The studio's randomWords receiver: lines of Zipf-distributed words (binary search on the weights). */",
        "  def randomWordsBatches(sc: SparkContext, seed: Long, recordsPerSecond: Double, vocabularySize: Int, wordsPerLine: Int, cumulative: Array[Double]): mutable.Queue[RDD[String]] = {",
        "    val rng = new Prng(seed)",
        "    val vocabulary = Array.tabulate(vocabularySize)(vocabularyWord)",
        "    def word(): String = {",
        "      val u = rng.next()",
        "      var (lo, hi) = (0, cumulative.length - 1)",
        "      while (lo < hi) { val mid = (lo + hi) >>> 1; if (cumulative(mid) < u) lo = mid + 1 else hi = mid }",
        "      vocabulary(lo)",
        "    }",
        '    generatedBatches(sc, recordsPerSecond)(_ => Seq.fill(wordsPerLine)(word()).mkString(" "))',
        "  }",
      ];
    case "sensorReadings":
      return [
        "  case class SensorReading(sensorId: String, value: Double, eventTimeMs: Long)",
        "",
        "  /** The studio's sensorReadings receiver: a random walk per sensor, some readings late (out of order). */",
        "  def sensorReadingsBatches(sc: SparkContext, seed: Long, recordsPerSecond: Double, sensors: Int, outOfOrderFraction: Double, maxLatenessMs: Int): mutable.Queue[RDD[SensorReading]] = {",
        "    val rng = new Prng(seed)",
        "    val levels = Array.tabulate(sensors)(i => 20.0 + 5 * i)",
        "    generatedBatches(sc, recordsPerSecond) { arrival =>",
        "      val i = rng.nextInt(levels.length)",
        "      levels(i) += rng.nextGaussian() * 0.5",
        "      val late = rng.next() < outOfOrderFraction",
        "      val lag = if (late) 1 + rng.nextInt(maxLatenessMs) else 0",
        '      SensorReading(s"sensor-${i + 1}", jsRound(levels(i) * 100) / 100, math.max(0L, arrival - lag))',
        "    }",
        "  }",
      ];
    case "stockTicker":
      return [
        "  case class StockTick(symbol: String, price: Double, eventTimeMs: Long)",
        "",
        "  /** The studio's stockTicker receiver: a geometric random walk per symbol, some ticks late (out of order). */",
        "  def stockTickerBatches(sc: SparkContext, seed: Long, recordsPerSecond: Double, symbols: Seq[String], volatility: Double, outOfOrderFraction: Double, maxLatenessMs: Int): mutable.Queue[RDD[StockTick]] = {",
        "    val rng = new Prng(seed)",
        "    val prices = Array.tabulate(symbols.length)(i => 100.0 + 25 * i)",
        "    generatedBatches(sc, recordsPerSecond) { arrival =>",
        "      val i = rng.nextInt(symbols.length)",
        "      // StrictMath: fdlibm's exp, the one JavaScript engines port, so the walk keeps every bit.",
        "      prices(i) *= StrictMath.exp(volatility * rng.nextGaussian())",
        "      val late = rng.next() < outOfOrderFraction",
        "      val lag = if (late) 1 + rng.nextInt(maxLatenessMs) else 0",
        "      StockTick(symbols(i), jsRound(prices(i) * 100) / 100, math.max(0L, arrival - lag))",
        "    }",
        "  }",
      ];
    case "clickStream":
      return [
        "  case class Click(userId: String, page: String, eventTimeMs: Long)",
        "",
        `  val NamedPages = Seq(${NAMED_PAGES.map((p) => JSON.stringify(p)).join(", ")})`,
        "",
        "  /** The studio's clickStream receiver: uniform users, pages skewed towards the first ones. */",
        "  def clickStreamBatches(sc: SparkContext, seed: Long, recordsPerSecond: Double, users: Int, pages: Int): mutable.Queue[RDD[Click]] = {",
        "    val rng = new Prng(seed)",
        '    val names = Array.tabulate(pages)(i => if (i < NamedPages.length) NamedPages(i) else s"/page-${i + 1}")',
        "    generatedBatches(sc, recordsPerSecond) { arrival =>",
        "      val user = rng.nextInt(users)",
        "      val r = rng.next()",
        '      Click(s"user-${user + 1}", names(math.floor(r * r * names.length).toInt), arrival)',
        "    }",
        "  }",
      ];
    case "textLines":
      return [
        "  /** The studio's textLines source: the given lines at a rate, from the top again when exhausted. */",
        "  def textLinesBatches(sc: SparkContext, lines: Seq[String], recordsPerSecond: Double): mutable.Queue[RDD[String]] = {",
        "    var position = 0",
        "    generatedBatches(sc, recordsPerSecond) { _ =>",
        "      val text = lines(position)",
        "      position = (position + 1) % lines.length",
        "      text",
        "    }",
        "  }",
      ];
  }
}

export function scalaGeneratorCode(kinds: Iterable<GeneratorKind>): string[] {
  const list = [...kinds];
  if (list.length === 0) return [];
  return [...BASE, "", ...list.flatMap((k) => [...kindCode(k), ""])];
}

/** The expression that queues a generator's batches: `ssc.queueStream(randomWordsBatches(sc, ...))`. */
export function scalaGeneratorCall(kind: GeneratorKind, a: GeneratorArgs): string {
  const rate = `${a.recordsPerSecond}`;
  switch (kind) {
    case "randomWords": {
      const weights = a.cumulative
        ? `"${doublesText(a.cumulative)}".split(",").map(_.toDouble)`
        : `zipfCumulative(${a.vocabularySize}, ${a.zipfExponent})`;
      return `ssc.queueStream(randomWordsBatches(sc, ${a.seed}L, ${rate}, ${a.vocabularySize}, ${a.wordsPerLine}, ${weights}))`;
    }
    case "sensorReadings":
      return `ssc.queueStream(sensorReadingsBatches(sc, ${a.seed}L, ${rate}, ${a.sensors}, ${a.outOfOrderFraction}, ${a.maxLatenessMs}))`;
    case "stockTicker":
      return `ssc.queueStream(stockTickerBatches(sc, ${a.seed}L, ${rate}, Seq(${a.symbols.map((s) => JSON.stringify(s)).join(", ")}), ${a.volatility}, ${a.outOfOrderFraction}, ${a.maxLatenessMs}))`;
    case "clickStream":
      return `ssc.queueStream(clickStreamBatches(sc, ${a.seed}L, ${rate}, ${a.users}, ${a.pages}))`;
    case "textLines":
      return `ssc.queueStream(textLinesBatches(sc, Seq(${a.lines.map((l) => JSON.stringify(l)).join(", ")}), ${rate}))`;
  }
}
