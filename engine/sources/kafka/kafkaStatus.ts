// What a Kafka node shows, in the shape every real source's node shows (SourceStatus): the connection
// state and its message (unreachable broker, lost broker, feeder closed), how many records arrived, the
// last few as partition@offset key=value, and a short log of state changes.

import type { StatusSource } from "../../graph/compileContext";
import { LAST_RECORDS, MAX_LOG_LINES, type SourceStatus } from "../net/SourceStatus";
import type { DirectKafkaInputDStream } from "./DirectKafkaInputDStream";

const cut = (s: string) => (s.length > 200 ? `${s.slice(0, 199)}…` : s);

export function kafkaStatusSource(stream: DirectKafkaInputDStream, endpoint: string): StatusSource {
  let received = 0;
  let dropped = 0;
  const lastRecords: string[] = [];
  const log: string[] = [];
  const source: StatusSource = {
    status(): SourceStatus {
      const s = stream.status;
      return {
        state: s.state,
        endpoint,
        received,
        dropped,
        lastRecords: [...lastRecords],
        message: s.state === "connected" && !s.message?.startsWith("Dropped") ? undefined : s.message,
        log: [...log],
      };
    },
  };
  stream.onStatus((s) => {
    if (s.message?.startsWith("Dropped")) dropped++;
    const line = `${s.state}${s.message ? `: ${s.message}` : ""}`;
    log.push(line);
    if (log.length > MAX_LOG_LINES) log.shift();
    source.onStatus?.(source.status(), line);
  });
  stream.onReceived((records) => {
    received += records.length;
    for (const r of records.slice(-LAST_RECORDS)) {
      lastRecords.push(cut(`${r.topic}-${r.partition}@${r.offset} ${r.key ?? "null"}=${r.value ?? "null"}`));
    }
    lastRecords.splice(0, Math.max(0, lastRecords.length - LAST_RECORDS));
    source.onStatus?.(source.status());
  });
  return source;
}
