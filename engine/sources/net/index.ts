// Real sources: the public part (engine/index.ts re-exports it).
export { DropFolder } from "./DropFolder";
export { type DirectorySource, FileInputDStream, MIN_REMEMBER_DURATION_MS } from "./FileInputDStream";
export { type HttpStreamFormat, HttpStreamReceiver } from "./HttpStreamReceiver";
export { DEFAULT_MAX_LINE_CHARS, LineFramer } from "./LineFramer";
export {
  type Connection,
  defaultNet,
  type FileEntry,
  type NetEnv,
  type OutgoingSocket,
  type StreamHandlers,
  setDefaultNet,
} from "./NetEnv";
export { NetReceiver, type NetReceiverOptions, SPARK_RESTART_DELAY_MS } from "./NetReceiver";
export { type SocketAddress, SocketReceiver } from "./SocketReceiver";
export type { SourceState, SourceStatus } from "./SourceStatus";
export {
  httpStream,
  type SocketStreamOptions,
  socketTextStream,
  textFileStream,
  webSocketTextStream,
} from "./streams";
