// The studio's seeded generators ported to Python step for step (engine/core/prng.ts and
// engine/sources/generators): the same seed gives the same records, batch by batch, cut into the same
// blocks (partitions). The program queues them with queueStream, one RDD per batch.
import { commonWords, doublesText, type GeneratorArgs, type GeneratorKind } from "./generatorParams";

const ONSETS = "bdfgklmnprstvz";
const VOWELS = "aeiou";
const NAMED_PAGES = ["/home", "/products", "/search", "/cart", "/checkout", "/about", "/help", "/account"];

const BASE = [
  "class Prng:",
  '    """The studio\'s seeded PRNG (mulberry32, engine/core/prng.ts), step for step: same seed, same numbers."""',
  "",
  "    def __init__(self, seed):",
  "        self.state = int(seed) & 0xFFFFFFFF",
  "",
  "    def next(self):",
  "        self.state = (self.state + 0x6D2B79F5) & 0xFFFFFFFF",
  "        t = self.state",
  "        t = ((t ^ (t >> 15)) * (t | 1)) & 0xFFFFFFFF",
  "        t ^= (t + ((t ^ (t >> 7)) * (t | 61) & 0xFFFFFFFF)) & 0xFFFFFFFF",
  "        return (t ^ (t >> 14)) / 4294967296",
  "",
  "    def next_int(self, n):",
  "        return math.floor(self.next() * n)",
  "",
  "    def next_gaussian(self):",
  "        return (self.next() + self.next() + self.next() + self.next() - 2) * 1.7320508075688772",
  "",
  "",
  "def generated_batches(make_record, records_per_second, batches=BATCHES):",
  '    """The studio\'s GeneratorReceiver per batch (from, to]: rate * interval records (fractions carried',
  '    over), arrival times spread evenly over the interval, one partition per block interval."""',
  "    rdds = []",
  "    carry = 0",
  "    for b in range(batches):",
  "        start, end = b * BATCH_INTERVAL_MS, (b + 1) * BATCH_INTERVAL_MS",
  "        exact = records_per_second * (end - start) / 1000 + carry",
  "        n = math.floor(exact + 1e-9)",
  "        carry = max(0, exact - n)",
  "        records = [make_record(start + (i + 1) * (end - start) // n) for i in range(n)]",
  "        blocks = min(n, max(1, end // BLOCK_INTERVAL_MS - start // BLOCK_INTERVAL_MS))",
  "        if n == 0:",
  "            rdds.append(sc.emptyRDD())",
  "        else:",
  "            parts = [records[i * n // blocks : (i + 1) * n // blocks] for i in range(blocks)]",
  "            rdds.append(sc.parallelize(parts, blocks).flatMap(lambda part: part))",
  "    return rdds",
];

function kindCode(kind: GeneratorKind): string[] {
  switch (kind) {
    case "randomWords":
      return [
        `COMMON_WORDS = ${JSON.stringify(commonWords().join(" "))}.split(" ")`,
        "",
        "",
        "def vocabulary_word(i):",
        '    """The word of rank i: common words first, then made-up syllable words, all distinct."""',
        "    if i < len(COMMON_WORDS):",
        "        return COMMON_WORDS[i]",
        "    n = i - len(COMMON_WORDS)",
        '    word = ""',
        "    while True:",
        `        word += ${JSON.stringify(ONSETS)}[n % ${ONSETS.length}] + ${JSON.stringify(VOWELS)}[(n // ${ONSETS.length}) % ${VOWELS.length}]`,
        `        n //= ${ONSETS.length * VOWELS.length}`,
        "        if n == 0:",
        '            return word + "x"',
        "",
        "",
        "def zipf_cumulative(size, exponent):",
        "    weights, total = [], 0",
        "    for k in range(size):",
        "        total += 1 / (k + 1) ** exponent",
        "        weights.append(total)",
        "    return [w / total for w in weights]",
        "",
        "",
        "def random_words_batches(seed, records_per_second, vocabulary_size, words_per_line, cumulative):",
        '    """The studio\'s randomWords receiver: lines of Zipf-distributed words (binary search on the weights)."""',
        "    rng = Prng(seed)",
        "    vocabulary = [vocabulary_word(i) for i in range(vocabulary_size)]",
        "",
        "    def word():",
        "        u = rng.next()",
        "        lo, hi = 0, len(cumulative) - 1",
        "        while lo < hi:",
        "            mid = (lo + hi) >> 1",
        "            if cumulative[mid] < u:",
        "                lo = mid + 1",
        "            else:",
        "                hi = mid",
        "        return vocabulary[lo]",
        "",
        '    return generated_batches(lambda arrival: " ".join(word() for _ in range(words_per_line)), records_per_second)',
      ];
    case "sensorReadings":
      return [
        "def sensor_readings_batches(seed, records_per_second, sensors, out_of_order_fraction, max_lateness_ms):",
        '    """The studio\'s sensorReadings receiver: a random walk per sensor, some readings late (out of order)."""',
        "    rng = Prng(seed)",
        "    levels = [20 + 5 * i for i in range(sensors)]",
        "",
        "    def reading(arrival):",
        "        i = rng.next_int(len(levels))",
        "        levels[i] += rng.next_gaussian() * 0.5",
        "        late = rng.next() < out_of_order_fraction",
        "        lag = 1 + rng.next_int(max_lateness_ms) if late else 0",
        '        return {"sensorId": "sensor-%d" % (i + 1), "value": js_cents(levels[i]), "eventTimeMs": max(0, arrival - lag)}',
        "",
        "    return generated_batches(reading, records_per_second)",
      ];
    case "stockTicker":
      return [
        "def stock_ticker_batches(seed, records_per_second, symbols, volatility, out_of_order_fraction, max_lateness_ms):",
        '    """The studio\'s stockTicker receiver: a geometric random walk per symbol, some ticks late (out of order)."""',
        "    rng = Prng(seed)",
        "    prices = [100.0 + 25 * i for i in range(len(symbols))]",
        "",
        "    def tick(arrival):",
        "        i = rng.next_int(len(symbols))",
        "        prices[i] *= math.exp(volatility * rng.next_gaussian())",
        "        late = rng.next() < out_of_order_fraction",
        "        lag = 1 + rng.next_int(max_lateness_ms) if late else 0",
        '        return {"symbol": symbols[i], "price": js_cents(prices[i]), "eventTimeMs": max(0, arrival - lag)}',
        "",
        "    return generated_batches(tick, records_per_second)",
      ];
    case "clickStream":
      return [
        `NAMED_PAGES = ${JSON.stringify(NAMED_PAGES)}`,
        "",
        "",
        "def click_stream_batches(seed, records_per_second, users, pages):",
        '    """The studio\'s clickStream receiver: uniform users, pages skewed towards the first ones."""',
        "    rng = Prng(seed)",
        '    names = [NAMED_PAGES[i] if i < len(NAMED_PAGES) else "/page-%d" % (i + 1) for i in range(pages)]',
        "",
        "    def click(arrival):",
        "        user = rng.next_int(users)",
        "        r = rng.next()",
        '        return {"userId": "user-%d" % (user + 1), "page": names[math.floor(r * r * len(names))], "eventTimeMs": arrival}',
        "",
        "    return generated_batches(click, records_per_second)",
      ];
    case "textLines":
      return [
        "def text_lines_batches(lines, records_per_second):",
        '    """The studio\'s textLines source: the given lines at a rate, from the top again when exhausted."""',
        "    position = [0]",
        "",
        "    def line(arrival):",
        "        text = lines[position[0]]",
        "        position[0] = (position[0] + 1) % len(lines)",
        "        return text",
        "",
        "    return generated_batches(line, records_per_second)",
      ];
  }
}

/** The code of the used generators (and the PRNG they share), and the helpers they call. */
export function pyGeneratorCode(kinds: Iterable<GeneratorKind>, helpers: Set<string>): string[] {
  const list = [...kinds];
  if (list.length === 0) return [];
  if (list.includes("sensorReadings") || list.includes("stockTicker")) helpers.add("js_cents");
  return [...BASE, "", "", ...list.flatMap((k) => [...kindCode(k), "", ""])];
}

/** The expression that queues a generator's batches: `ssc.queueStream(random_words_batches(...))`. */
export function pyGeneratorCall(kind: GeneratorKind, a: GeneratorArgs): string {
  const rate = String(a.recordsPerSecond);
  switch (kind) {
    case "randomWords": {
      const weights = a.cumulative
        ? `[float(w) for w in "${doublesText(a.cumulative)}".split(",")]`
        : `zipf_cumulative(${a.vocabularySize}, ${a.zipfExponent})`;
      return `ssc.queueStream(random_words_batches(${a.seed}, ${rate}, ${a.vocabularySize}, ${a.wordsPerLine}, ${weights}))`;
    }
    case "sensorReadings":
      return `ssc.queueStream(sensor_readings_batches(${a.seed}, ${rate}, ${a.sensors}, ${a.outOfOrderFraction}, ${a.maxLatenessMs}))`;
    case "stockTicker":
      return `ssc.queueStream(stock_ticker_batches(${a.seed}, ${rate}, [${a.symbols.map((x) => JSON.stringify(x)).join(", ")}], ${a.volatility}, ${a.outOfOrderFraction}, ${a.maxLatenessMs}))`;
    case "clickStream":
      return `ssc.queueStream(click_stream_batches(${a.seed}, ${rate}, ${a.users}, ${a.pages}))`;
    case "textLines":
      return `ssc.queueStream(text_lines_batches([${a.lines.map((l) => JSON.stringify(l)).join(", ")}], ${rate}))`;
  }
}
