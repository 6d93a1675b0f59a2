// socketTextStream: TCP where the runtime has it (Node), else the WebSocket URL (the browser's worker).
import type { SparkStorageLevel } from "../../../../core/DStream";
import type { SocketReceiver } from "../../../../sources/net/SocketReceiver";
import { socketTextStream, webSocketTextStream } from "../../../../sources/net/streams";
import type { AnyStream, BuildContext } from "../../../compileContext";

export function compileSocketTextStream({ ssc, params, net, watchStatus }: BuildContext): AnyStream {
  const storageLevel = params.storageLevel as SparkStorageLevel;
  const stream = net?.tcp
    ? socketTextStream(ssc, String(params.host), Number(params.port), { storageLevel })
    : webSocketTextStream(ssc, String(params.webSocketUrl), { storageLevel });
  watchStatus(stream.receiver as SocketReceiver);
  return stream;
}
