// Scala helpers that give translated functions JavaScript's meaning where Scala's differs (Java's split
// takes a regex and drops trailing empty strings; Double prints 3.0 where JavaScript prints 3). The export
// writes only the helpers its functions use, inside the program's object.

export const SCALA_HELPERS: Record<string, { needs?: string[]; code: string[] }> = {
  jsTruthy: {
    code: [
      '  /** A value as a JavaScript condition reads it: false, 0, NaN, "", null and None (undefined) are false. */',
      "  def jsTruthy(x: Any): Boolean = x match {",
      "    case null | None => false",
      "    case Some(v) => jsTruthy(v)",
      "    case b: Boolean => b",
      "    case d: Double => d != 0 && !d.isNaN",
      "    case f: Float => f != 0 && !f.isNaN",
      "    case n: java.lang.Number => n.longValue != 0",
      "    case s: String => s.nonEmpty",
      "    case _ => true",
      "  }",
    ],
  },
  jsStr: {
    code: [
      "  /** String(x) as JavaScript writes it: 3 for 3.0, the shortest digits, 1e+21, arrays joined by commas. */",
      "  def jsStr(x: Any): String = x match {",
      '    case null | None => "null"',
      "    case Some(v) => jsStr(v)",
      "    case d: Double => jsNum(d)",
      "    case f: Float => jsNum(f.toDouble)",
      '    case xs: Array[_] => xs.map(v => if (v == null) "" else jsStr(v)).mkString(",")',
      '    case xs: Iterable[_] => xs.map(v => if (v == null) "" else jsStr(v)).mkString(",")',
      "    case other => other.toString",
      "  }",
      "",
      "  def jsNum(d: Double): String =",
      '    if (d.isNaN) "NaN"',
      '    else if (d.isInfinite) (if (d > 0) "Infinity" else "-Infinity")',
      '    else if (d == 0) "0"',
      "    else {",
      "      // the shortest decimal that reads back as d (Java 17's Double.toString is not always the shortest)",
      "      var p = 1",
      "      var bd = new java.math.BigDecimal(d).round(new java.math.MathContext(p))",
      "      while (bd.doubleValue != d) { p += 1; bd = new java.math.BigDecimal(d).round(new java.math.MathContext(p)) }",
      "      bd = bd.stripTrailingZeros",
      "      val s = bd.unscaledValue.abs.toString",
      "      val (k, n) = (s.length, s.length - bd.scale)",
      "      val out =",
      '        if (k <= n && n <= 21) s + "0" * (n - k)',
      '        else if (0 < n && n <= 21) s.take(n) + "." + s.drop(n)',
      '        else if (-6 < n && n <= 0) "0." + "0" * -n + s',
      '        else s.take(1) + (if (k > 1) "." + s.drop(1) else "") + "e" + (if (n > 0) "+" else "-") + math.abs(n - 1)',
      '      if (d < 0) "-" + out else out',
      "    }",
    ],
  },
  jsSplit: {
    code: [
      '  /** String.prototype.split: a literal separator ("" splits into characters), trailing empty strings kept. */',
      "  def jsSplit(s: String, sep: String, limit: Int = -1): Array[String] = {",
      "    val parts = if (sep.isEmpty) s.map(_.toString).toArray else s.split(java.util.regex.Pattern.quote(sep), -1)",
      "    if (limit >= 0) parts.take(limit) else parts",
      "  }",
    ],
  },
  jsSplitRegex: {
    code: [
      "  /** split(/regex/): trailing empty strings kept, as in JavaScript. */",
      "  def jsSplitRegex(s: String, regex: String, limit: Int = -1): Array[String] = {",
      "    val parts = s.split(regex, -1)",
      "    if (limit >= 0) parts.take(limit) else parts",
      "  }",
    ],
  },
  jsNumber: {
    code: [
      '  /** Number(x): "" is 0, text is parsed, NaN when it is not a number. */',
      "  def jsNumber(x: Any): Double = x match {",
      "    case n: Int => n.toDouble",
      "    case n: Long => n.toDouble",
      "    case n: Double => n",
      "    case b: Boolean => if (b) 1.0 else 0.0",
      "    case null | None => 0.0",
      "    case other =>",
      "      val s = other.toString.trim",
      "      if (s.isEmpty) 0.0 else scala.util.Try(s.toDouble).getOrElse(Double.NaN)",
      "  }",
    ],
  },
  jsParseInt: {
    code: [
      "  /** parseInt: the leading integer of the text (this program throws where JavaScript gives NaN). */",
      "  def jsParseInt(x: Any): Int = {",
      '    val m = "^\\\\s*([+-]?\\\\d+)".r.findFirstMatchIn(x.toString)',
      '    m.map(_.group(1).toInt).getOrElse(throw new NumberFormatException(s"parseInt($x) is NaN"))',
      "  }",
    ],
  },
  jsParseFloat: {
    code: [
      "  /** parseFloat: the leading number of the text, NaN when there is none. */",
      "  def jsParseFloat(x: Any): Double = {",
      '    val m = "^\\\\s*([+-]?(\\\\d+\\\\.?\\\\d*|\\\\.\\\\d+)([eE][+-]?\\\\d+)?)".r.findFirstMatchIn(x.toString)',
      "    m.map(_.group(1).toDouble).getOrElse(Double.NaN)",
      "  }",
    ],
  },
  reduceFnOf: {
    code: [
      "  /** A (V, V) => V function typed by a pair stream's value type V: on overloaded methods",
      "   * (reduceByKeyAndWindow) Scala types a function literal's parameters only when written or given here. */",
      "  def reduceFnOf[K, V](stream: DStream[(K, V)])(f: (V, V) => V): (V, V) => V = f",
    ],
  },
  stateSpecOf: {
    code: [
      "  /** StateSpec.function for a stream's key and value types and the state type S: StateSpec.function is",
      "   * overloaded, so Scala types a function literal's parameters only when they are written or come from here. */",
      "  class StateSpecOf[S] {",
      "    def apply[K, V, M](stream: DStream[(K, V)])(f: (K, Option[V], State[S]) => M): StateSpec[K, V, S, M] =",
      "      StateSpec.function(f)",
      "  }",
    ],
  },
  transformWith: {
    code: [
      "  /** DStream.transformWith with the function in its own parameter list, so Scala infers its parameter types. */",
      "  def transformWithTyped[T, U: ClassTag, V: ClassTag](left: DStream[T], right: DStream[U])(f: (RDD[T], RDD[U], Time) => RDD[V]): DStream[V] =",
      "    left.transformWith(right, f)",
    ],
  },
};

export function scalaHelperCode(used: Iterable<string>): string[] {
  const names = new Set<string>();
  const add = (n: string) => {
    for (const d of SCALA_HELPERS[n].needs ?? []) add(d);
    names.add(n);
  };
  for (const n of used) add(n);
  return Object.keys(SCALA_HELPERS)
    .filter((n) => names.has(n))
    .flatMap((n) => [...SCALA_HELPERS[n].code, ""]);
}
