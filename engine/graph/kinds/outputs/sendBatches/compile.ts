// sendBatches: foreachRDD handing each batch to an HttpSink (POST for http(s), a WebSocket for ws(s)).

import { ForEachDStream } from "../../../../sinks/ForEachDStream";
import { HttpSink } from "../../../../sinks/net/HttpSink";
import { unsupported } from "../../../../sources/net/NetEnv";
import type { AnyStream, BuildContext } from "../../../compileContext";

export function compileSendBatches({ inputs, params, net, watchStatus }: BuildContext): AnyStream {
  const url = String(params.url);
  if (!net) throw unsupported("Sending batches", net, "run it in the browser or in Node");
  const sink = new HttpSink(net, url, /^wss?:/.test(url) ? "WebSocket" : "POST");
  watchStatus(sink);
  return new ForEachDStream(inputs[0], (rdd, timeMs) => sink.write(timeMs, rdd.collect()));
}
