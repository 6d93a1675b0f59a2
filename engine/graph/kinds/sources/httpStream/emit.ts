// httpStream in each language. TypeScript: the engine's httpStream. Scala: a custom Receiver reading the
// URL line by line, as Spark's guide writes custom receivers. PySpark has no custom receivers: the
// stream is relayed to a socket (curl into the feeder) and read with socketTextStream.
import type { GeneratorCode, KindEmitters } from "../../../../codegen/internals/emit";

const scalaReceiver: GeneratorCode = {
  fn: "HttpStreamReceiver",
  code: [
    "  /** Reads an HTTP stream (Server-Sent Events' data, or newline-delimited JSON lines as text), restarting when it ends. */",
    "  class HttpStreamReceiver(url: String, sse: Boolean)",
    "      extends org.apache.spark.streaming.receiver.Receiver[String](org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK_SER_2) {",
    '    def onStart(): Unit = new Thread("HTTP stream receiver") { override def run(): Unit = receive() }.start()',
    "    def onStop(): Unit = ()",
    "    private def receive(): Unit = {",
    "      try {",
    "        val connection = new java.net.URL(url).openConnection()",
    '        connection.setRequestProperty("Accept", if (sse) "text/event-stream" else "application/x-ndjson")',
    '        val reader = new java.io.BufferedReader(new java.io.InputStreamReader(connection.getInputStream, "UTF-8"))',
    "        val data = new StringBuilder",
    "        var line = reader.readLine()",
    "        while (!isStopped && line != null) {",
    "          if (!sse) { if (line.trim.nonEmpty) store(line) }",
    "          else if (line.isEmpty) { if (data.nonEmpty) { store(data.toString); data.clear() } }",
    '          else if (line.startsWith("data:")) {',
    "            if (data.nonEmpty) data.append('\\n')",
    '            data.append(line.stripPrefix("data:").stripPrefix(" "))',
    "          }",
    "          line = reader.readLine()",
    "        }",
    "        reader.close()",
    '        restart("The HTTP stream ended (the server closed the response)")',
    "      } catch {",
    '        case e: java.io.IOException => restart(s"Error receiving data from $url", e)',
    "      }",
    "    }",
    "  }",
  ],
};

export const httpStreamEmitters: KindEmitters = {
  typescript: (_s, h) => {
    h.use("httpStream");
    return `httpStream(ssc, ${h.lit("url")}, ${h.lit("format")})`;
  },
  pyspark: (s, h) => {
    const url = String(s.params.url);
    const sse = s.params.format !== "ndjson";
    h.note(
      `The studio read ${url} (${sse ? "Server-Sent Events" : "newline-delimited JSON"}) here. PySpark has no`,
    );
    h.note("custom receivers: relay the stream to a socket and read that, e.g.");
    h.note(
      `  curl -sN ${url}${sse ? " | sed -u -n 's/^data: \\{0,1\\}//p'" : ""} | npx dstream-studio feed --port 9999`,
    );
    if (!sse) h.standIn({ fn: "json", code: ["import json"] });
    return `ssc.socketTextStream("localhost", 9999)${sse ? "" : ".map(json.loads)"}`;
  },
  scala: (s, h) => {
    h.note(`A custom Receiver stands for the studio's httpStream source (${String(s.params.format)}).`);
    const receiver = h.standIn(scalaReceiver);
    return `ssc.receiverStream(new ${receiver}(${h.lit("url")}, ${s.params.format !== "ndjson"}))`;
  },
};
