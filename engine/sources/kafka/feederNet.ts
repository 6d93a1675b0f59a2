// The WebSocket the browser's engine worker lends the Kafka kind (to reach the feeder); unset in Node,
// where kafkajs reads the broker itself.
import type { FeederSocketOpener } from "./FeederKafkaClient";

let net: FeederSocketOpener | undefined;

export function setFeederNet(opener: FeederSocketOpener | undefined): void {
  net = opener;
}

export function feederNet(): FeederSocketOpener | undefined {
  return net;
}
