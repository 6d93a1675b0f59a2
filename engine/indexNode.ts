// Node entry of the engine's public API (package.json "exports" → "./engine" → "node"): everything of
// engine/index.ts, with real files as the default file system, so saveAsTextFiles in `npx tsx` programs
// and `dstream-studio run` writes directories on disk like Spark (relative paths: the working directory).
// Browser bundles use engine/index.ts and never see node:fs.
import { setDefaultFileSystem } from "./sinks/fileSystem";
import { NodeFileSystem } from "./sinks/NodeFileSystem";
import { setKafkaClientFactory } from "./sources/kafka/KafkaClient";
import { KafkajsClient, kafkajsClientFactory } from "./sources/kafka/node/KafkajsClient";
import { setDefaultNet } from "./sources/net/NetEnv";
import { nodeNet } from "./sources/net/nodeNet";

export * from "./index";
export { SqliteDatabase } from "./sinks/db/SqliteDatabase";
export { KafkajsClient, NodeFileSystem };

setDefaultFileSystem(() => new NodeFileSystem());
// Real sources (socketTextStream over TCP, textFileStream on a directory, HTTP streams) use Node's network.
setDefaultNet(nodeNet());
// Direct Kafka streams read a real broker with kafkajs (the browser entry has no Kafka client of its own).
setKafkaClientFactory(kafkajsClientFactory);
