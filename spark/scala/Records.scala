// How the Scala runner shows a record to the comparison: Scala's toString wherever the engine prints the
// same text (tuples, Options, Spark's buffers, strings, numbers), and field by field where toString
// says nothing comparable: an Array (glom's) prints as the JVM's `[Ljava.lang.String;@1b2c3d`, which
// shows no values, and a case class of the exported generators (SensorReading, Click) as
// `SensorReading(sensor-4,35.13,200)`, while the engine's records are plain objects it prints as JSON.
// Arrays are rendered as the engine renders a JS array, case classes as the engine's JSON of the same
// fields in declaration order (which the generator ports keep equal to the engine's object keys).
package org.apache.spark.streaming.dstreamstudio

import java.lang.reflect.Modifier

object Records {
  def render(x: Any): String = x match {
    case null => "null"
    case a: Array[_] => a.map(render).mkString("(", ",", ")")
    case Some(v) => s"Some(${render(v)})"
    case None => "None"
    case p: Product if isTuple(p) => p.productIterator.map(render).mkString("(", ",", ")")
    case i: Iterable[_] => i.map(render).mkString(s"${i.stringPrefix}(", ", ", ")")
    case p: Product if isCaseClass(p) => json(p)
    case other => String.valueOf(other)
  }

  private def isTuple(p: Product) = p.getClass.getName.startsWith("scala.Tuple")

  private def isCaseClass(p: Product) =
    !p.getClass.getName.startsWith("scala.") && fieldsOf(p).length == p.productArity

  private def fieldsOf(p: Product) =
    p.getClass.getDeclaredFields.filter(f => !Modifier.isStatic(f.getModifiers) && !f.isSynthetic)

  /** JSON.stringify of the engine's object with the same fields. */
  private def json(p: Product): String =
    fieldsOf(p).zip(p.productIterator.toSeq).map { case (f, v) => s"${quote(f.getName)}:${jsonValue(v)}" }
      .mkString("{", ",", "}")

  private def jsonValue(v: Any): String = v match {
    case null | None => "null"
    case Some(x) => jsonValue(x)
    case s: String => quote(s)
    case d: Double => jsNumber(d)
    case f: Float => jsNumber(f.toDouble)
    case n: java.lang.Number => n.toString
    case b: Boolean => b.toString
    case p: Product if isCaseClass(p) => json(p)
    case other => quote(render(other))
  }

  /** JavaScript's String(number) for a double (JSON.stringify writes numbers the same way): the
   * shortest decimal that reads back as d, as the exports' jsNum helper writes it. */
  def jsNumber(d: Double): String =
    if (d.isNaN || d.isInfinite) "null"
    else if (d == 0) "0"
    else {
      var p = 1
      var bd = new java.math.BigDecimal(d).round(new java.math.MathContext(p))
      while (bd.doubleValue != d) { p += 1; bd = new java.math.BigDecimal(d).round(new java.math.MathContext(p)) }
      bd = bd.stripTrailingZeros
      val s = bd.unscaledValue.abs.toString
      val (k, n) = (s.length, s.length - bd.scale)
      val out =
        if (k <= n && n <= 21) s + "0" * (n - k)
        else if (0 < n && n <= 21) s.take(n) + "." + s.drop(n)
        else if (-6 < n && n <= 0) "0." + "0" * -n + s
        else s.take(1) + (if (k > 1) "." + s.drop(1) else "") + "e" + (if (n > 0) "+" else "-") + math.abs(n - 1)
      if (d < 0) "-" + out else out
    }

  def quote(s: String): String = {
    val b = new StringBuilder("\"")
    s.foreach {
      case '"' => b ++= "\\\""
      case '\\' => b ++= "\\\\"
      case '\n' => b ++= "\\n"
      case '\r' => b ++= "\\r"
      case '\t' => b ++= "\\t"
      case c if c < ' ' => b ++= f"\\u${c.toInt}%04x"
      case c => b += c
    }
    (b += '"').toString
  }
}
