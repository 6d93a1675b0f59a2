// sendBatches in each language: foreachRDD sending {"batchTime", "records"} as JSON. TypeScript: the
// engine's HttpSink; PySpark: urllib (POST) or websocket-client; Scala: java.net.http (JDK 11+).
import type { KindEmitters } from "../../../../codegen/internals/emit";

const isWs = (url: unknown) => /^wss?:/.test(String(url));

export const sendBatchesEmitters: KindEmitters = {
  typescript: (s, h) => {
    h.use("HttpSink");
    h.use("defaultNet");
    const sink = h.define(
      "Sink",
      `new HttpSink(defaultNet()!, ${h.lit("url")}, "${isWs(s.params.url) ? "WebSocket" : "POST"}")`,
    );
    return `${h.input(0)}.foreachRDD((rdd, timeMs) => ${sink}.write(timeMs, rdd.collect()))`;
  },
  pyspark: (s, h) => {
    const timeMs = h.helper("js_time_ms");
    h.standIn({ fn: "json", code: ["import json"] });
    const ws = isWs(s.params.url);
    if (ws) h.note("Needs the websocket-client package: pip install websocket-client");
    const send = h.standIn({
      fn: ws ? "send_batches_ws" : "send_batches_post",
      code: ws
        ? [
            "def send_batches_ws(url):",
            '    """foreachRDD function: each batch as one JSON message on a WebSocket."""',
            "    import websocket",
            "",
            "    def send(time, rdd):",
            "        socket = websocket.create_connection(url)",
            `        socket.send(json.dumps({"batchTime": ${timeMs}(time), "records": rdd.collect()}))`,
            "        socket.close()",
            "",
            "    return send",
          ]
        : [
            "def send_batches_post(url):",
            '    """foreachRDD function: each batch POSTed as one JSON document."""',
            "    import urllib.request",
            "",
            "    def send(time, rdd):",
            `        body = json.dumps({"batchTime": ${timeMs}(time), "records": rdd.collect()}).encode("utf-8")`,
            '        request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})',
            "        urllib.request.urlopen(request).close()",
            "",
            "    return send",
          ],
    });
    return `${h.input(0)}.foreachRDD(${send}(${h.lit("url")}))`;
  },
  scala: (s, h) => {
    const ws = isWs(s.params.url);
    const send = h.standIn({
      fn: "sendBatch",
      code: [
        "  /** Records as JSON: tuples and collections as arrays, numbers and booleans bare, the rest as strings. */",
        "  def toJson(v: Any): String = v match {",
        '    case null | None => "null"',
        "    case Some(x) => toJson(x)",
        "    case n: java.lang.Number => n.toString",
        "    case b: Boolean => b.toString",
        '    case p: Product if !p.isInstanceOf[String] => p.productIterator.map(toJson).mkString("[", ",", "]")',
        '    case xs: Iterable[_] => xs.map(toJson).mkString("[", ",", "]")',
        '    case other => "\\"" + other.toString.replace("\\\\", "\\\\\\\\").replace("\\"", "\\\\\\"") + "\\""',
        "  }",
        "",
        "  /** foreachRDD function: each batch as one JSON message, POSTed (http) or sent on a WebSocket (ws). */",
        "  def sendBatch[T](url: String)(rdd: RDD[T], time: Time): Unit = {",
        '    val body = s"""{"batchTime":${time.milliseconds},"records":${rdd.collect().map(toJson).mkString("[", ",", "]")}}"""',
        "    val client = java.net.http.HttpClient.newHttpClient()",
        '    if (url.startsWith("ws")) {',
        "      val socket = client.newWebSocketBuilder()",
        "        .buildAsync(java.net.URI.create(url), new java.net.http.WebSocket.Listener {}).join()",
        "      socket.sendText(body, true).join()",
        '      socket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "").join()',
        "    } else {",
        "      val request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))",
        '        .header("Content-Type", "application/json")',
        "        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build()",
        "      client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding())",
        "    }",
        "  }",
      ],
    });
    if (ws) h.note("Each batch opens a WebSocket, sends one message and closes it (java.net.http, JDK 11+).");
    return `${h.input(0)}.foreachRDD(${send}(${h.lit("url")}) _)`;
  },
};
