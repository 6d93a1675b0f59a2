// httpStream: the runtime's HTTP client (fetch in the browser's worker and in Node).
import type { HttpStreamFormat, HttpStreamReceiver } from "../../../../sources/net/HttpStreamReceiver";
import { httpStream } from "../../../../sources/net/streams";
import type { AnyStream, BuildContext } from "../../../compileContext";

export function compileHttpStream({ ssc, params, watchStatus }: BuildContext): AnyStream {
  const stream = httpStream(ssc, String(params.url), params.format as HttpStreamFormat);
  watchStatus(stream.receiver as HttpStreamReceiver);
  return stream;
}
