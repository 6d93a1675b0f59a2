// The client where none can run (no Node client installed, no feeder socket): the stream stays empty and
// its status says why, so the run goes on and the node shows the message.
import type { KafkaClientListener, KafkaConsumerClient } from "./KafkaClient";

export class UnavailableKafkaClient implements KafkaConsumerClient {
  private listener?: KafkaClientListener;
  constructor(private readonly reason: string) {}

  start(listener: KafkaClientListener): void {
    this.listener = listener;
    listener.onAssigned([]);
    listener.onStatus({ state: "closed", message: this.reason });
  }

  async commit(): Promise<void> {}

  async close(): Promise<void> {
    this.listener?.onStatus({ state: "closed", message: this.reason });
  }
}
