#!/usr/bin/env bash
# Fetches Apache Kafka's broker (org.apache.kafka:kafka_2.13, KRaft mode, no ZooKeeper) and its run-time
# dependencies from Maven Central into the ignored folder .kafka-jars/, for the tests against a real
# broker and `npx tsx scripts/kafka/broker.ts start`. Needs Java 17 and Maven. Idempotent: a second run
# only checks the version and returns.
set -euo pipefail
cd "$(dirname "$0")/../.."
KAFKA_VERSION="4.4.0"
JARS=.kafka-jars

command -v java >/dev/null || { echo "scripts/kafka/setup.sh: Java 17 is required (apt-get install openjdk-17-jre-headless)" >&2; exit 1; }
if [ ! -f "$JARS/.complete-$KAFKA_VERSION" ]; then
  command -v mvn >/dev/null || { echo "scripts/kafka/setup.sh: Maven (mvn) is required to fetch the Kafka jars" >&2; exit 1; }
  rm -rf "$JARS"
  mvn -q -B -f scripts/kafka/pom.xml dependency:copy-dependencies \
    -Dkafka.version="$KAFKA_VERSION" -DincludeScope=runtime -DoutputDirectory="$PWD/$JARS"
  touch "$JARS/.complete-$KAFKA_VERSION"
fi
echo "scripts/kafka/setup.sh: Apache Kafka $KAFKA_VERSION (kafka_2.13, KRaft) in $JARS"

# spark-streaming-kafka-0-10, which the Scala export of a Kafka direct stream imports, with kafka-clients:
# what a test compiles that export against, beside Spark's own jars (.spark-jars, from spark/setup.sh).
SPARK_KAFKA_JARS=.spark-kafka-jars
if [ ! -f "$SPARK_KAFKA_JARS/.complete" ]; then
  rm -rf "$SPARK_KAFKA_JARS"
  mvn -q -B -f scripts/kafka/spark-kafka-pom.xml dependency:copy-dependencies -DincludeScope=runtime \
    -DincludeArtifactIds=spark-streaming-kafka-0-10_2.12,spark-token-provider-kafka-0-10_2.12,kafka-clients \
    -DoutputDirectory="$PWD/$SPARK_KAFKA_JARS"
  touch "$SPARK_KAFKA_JARS/.complete"
fi
echo "scripts/kafka/setup.sh: spark-streaming-kafka-0-10 and kafka-clients in $SPARK_KAFKA_JARS"
