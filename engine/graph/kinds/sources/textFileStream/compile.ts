// textFileStream: the real directory where the runtime has directories (Node), else a drop folder the
// page fills with the files dropped on the node (the browser's worker).
import { DropFolder } from "../../../../sources/net/DropFolder";
import type { FileInputDStream } from "../../../../sources/net/FileInputDStream";
import { textFileStream } from "../../../../sources/net/streams";
import type { AnyStream, BuildContext } from "../../../compileContext";

export function compileTextFileStream({
  ssc,
  params,
  net,
  watchStatus,
  addDropFolder,
}: BuildContext): AnyStream {
  let stream: FileInputDStream;
  if (net?.listDirectory) stream = textFileStream(ssc, String(params.directory));
  else {
    if (!net) throw new Error("textFileStream needs a runtime with files: none is available here");
    const folder = new DropFolder(net.now);
    addDropFolder(folder);
    stream = textFileStream(ssc, folder);
  }
  watchStatus(stream);
  return stream;
}
