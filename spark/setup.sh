#!/usr/bin/env bash
# Installs what `npm run test:spark` and `dstream-studio run --on spark` need, into ignored folders of
# the repository: PySpark (Apache Spark's own, from PyPI) in .venv-spark/, and spark-streaming with its
# run-time dependencies plus scala-compiler (from Maven Central) in .spark-jars/. Idempotent: a second
# run only checks the versions and returns.
set -euo pipefail
cd "$(dirname "$0")/.."
SPARK_VERSION="3.5.9"
VENV=.venv-spark
JARS=.spark-jars

command -v java >/dev/null || { echo "spark/setup.sh: Java 17 is required (apt-get install openjdk-17-jre-headless)" >&2; exit 1; }

if ! "$VENV/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$SPARK_VERSION')" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "pyspark==$SPARK_VERSION"
fi

# The marker names the pom's contents too: a dependency added there is fetched on the next run.
MARKER="$JARS/.complete-$SPARK_VERSION-$(sha1sum spark/scala/pom.xml | cut -c1-12)"
if [ ! -f "$MARKER" ]; then
  command -v mvn >/dev/null || { echo "spark/setup.sh: Maven (mvn) is required to fetch the Spark jars" >&2; exit 1; }
  rm -rf "$JARS"
  mvn -q -B -f spark/scala/pom.xml dependency:copy-dependencies \
    -Dspark.version="$SPARK_VERSION" -DincludeScope=runtime -DoutputDirectory="$PWD/$JARS"
  touch "$MARKER"
fi
echo "spark/setup.sh: PySpark $SPARK_VERSION in $VENV, spark-streaming $SPARK_VERSION and scalac in $JARS"
