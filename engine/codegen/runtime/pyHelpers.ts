// Python helpers that give translated functions JavaScript's meaning where Python's differs. The export
// writes only the helpers its functions use (and the helpers those need), after the imports.

export const PY_HELPERS: Record<string, { needs?: string[]; code: string[] }> = {
  js_str: {
    code: [
      "def js_str(x):",
      '    """String(x) as JavaScript writes it: 3 for 3.0, true/false, null, 1e+21, arrays joined by commas."""',
      "    if x is None:",
      '        return "null"',
      "    if isinstance(x, bool):",
      '        return "true" if x else "false"',
      "    if isinstance(x, float):",
      "        if x != x:",
      '            return "NaN"',
      '        if x in (float("inf"), float("-inf")):',
      '            return "Infinity" if x > 0 else "-Infinity"',
      "        if x == 0:",
      '            return "0"',
      "        sign, digits, exp = decimal.Decimal(repr(x)).normalize().as_tuple()",
      '        s = "".join(map(str, digits))',
      "        k, n = len(s), len(s) + exp",
      "        if k <= n <= 21:",
      '            out = s + "0" * (n - k)',
      "        elif 0 < n <= 21:",
      '            out = s[:n] + "." + s[n:]',
      "        elif -6 < n <= 0:",
      '            out = "0." + "0" * -n + s',
      "        else:",
      '            out = s[0] + ("." + s[1:] if k > 1 else "") + "e" + ("+" if n > 0 else "-") + str(abs(n - 1))',
      '        return "-" + out if sign else out',
      "    if isinstance(x, (list, tuple)):",
      '        return ",".join("" if v is None else js_str(v) for v in x)',
      "    return str(x)",
    ],
  },
  js_mod: {
    code: [
      "def js_mod(a, b):",
      '    """JavaScript\'s %: the remainder has the sign of the dividend (Python\'s has the divisor\'s)."""',
      "    if isinstance(a, int) and isinstance(b, int) and b != 0:",
      "        r = abs(a) % abs(b)",
      "        return -r if a < 0 else r",
      '    return math.fmod(a, b) if b != 0 else float("nan")',
    ],
  },
  js_div: {
    code: [
      "def js_div(a, b):",
      '    """a / b as JavaScript divides: a whole quotient is an int (6 / 2 prints 3, not 3.0), x / 0 is',
      '    Infinity or NaN instead of an error."""',
      "    if b == 0:",
      '        return float("nan") if a == 0 or a != a else math.copysign(float("inf"), a) * math.copysign(1, b)',
      "    q = a / b",
      "    return int(q) if q.is_integer() and abs(q) < 2**53 else q",
    ],
  },
  js_round: {
    code: [
      "def js_round(x):",
      '    """Math.round: halves round up, towards +infinity (Python\'s round() rounds halves to even)."""',
      "    f = math.floor(x)",
      "    return f + 1 if x - f >= 0.5 else f",
    ],
  },
  js_cents: {
    needs: ["js_round"],
    code: [
      "def js_cents(x):",
      '    """Math.round(x * 100) / 100, a whole number as an int: JavaScript prints 101, not 101.0."""',
      "    v = js_round(x * 100) / 100",
      "    return int(v) if v.is_integer() else v",
    ],
  },
  js_split: {
    code: [
      "def js_split(s, sep, limit=None):",
      '    """String.prototype.split: "" splits into characters; a limit keeps only the first pieces."""',
      '    parts = list(s) if sep == "" else s.split(sep)',
      "    return parts if limit is None else parts[:limit]",
    ],
  },
  js_split_re: {
    code: [
      "def js_split_re(s, pattern, limit=None):",
      '    """split(/regex/): like re.split; a limit keeps only the first pieces."""',
      "    parts = re.split(pattern, s)",
      "    return parts if limit is None else parts[:limit]",
    ],
  },
  js_number: {
    code: [
      "def js_number(x):",
      '    """Number(x): "" is 0, integers stay integers (so they print as JavaScript prints them)."""',
      "    if isinstance(x, str):",
      "        x = x.strip()",
      '        if x == "":',
      "            return 0",
      "        try:",
      "            return int(x)",
      "        except ValueError:",
      "            try:",
      "                return float(x)",
      "            except ValueError:",
      '                return float("nan")',
      "    if x is None:",
      "        return 0",
      "    return int(x) if isinstance(x, bool) else x",
    ],
  },
  js_parse_int: {
    code: [
      "def js_parse_int(x):",
      '    """parseInt: the leading integer of the text, NaN when there is none."""',
      '    m = re.match(r"\\s*([+-]?\\d+)", str(x))',
      '    return int(m.group(1)) if m else float("nan")',
    ],
  },
  js_parse_float: {
    code: [
      "def js_parse_float(x):",
      '    """parseFloat: the leading number of the text, NaN when there is none."""',
      '    m = re.match(r"\\s*([+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?)", str(x))',
      "    if not m:",
      '        return float("nan")',
      "    v = float(m.group(1))",
      "    return int(v) if v.is_integer() and abs(v) < 2**53 else v",
    ],
  },
  js_index_of: {
    code: [
      "def js_index_of(xs, x):",
      '    """indexOf on a string or an array: -1 when absent."""',
      "    if isinstance(xs, str):",
      "        return xs.find(x)",
      "    return list(xs).index(x) if x in xs else -1",
    ],
  },
  js_time_ms: {
    code: [
      "def js_time_ms(time):",
      '    """PySpark passes the batch time as a datetime; the studio\'s functions take milliseconds."""',
      "    return int(round(time.timestamp() * 1000))",
    ],
  },
};

/** The helpers' code in a stable order, with the helpers they need. */
export function pyHelperCode(used: Iterable<string>): string[] {
  const names = new Set<string>();
  const add = (n: string) => {
    for (const d of PY_HELPERS[n].needs ?? []) add(d);
    names.add(n);
  };
  for (const n of used) add(n);
  return Object.keys(PY_HELPERS)
    .filter((n) => names.has(n))
    .flatMap((n) => [...PY_HELPERS[n].code, "", ""]);
}
