// saveToDatabase in each language: foreachRDD with the guide's idempotent write keyed by batch time,
// into SQLite (TypeScript: better-sqlite3; PySpark: Python's sqlite3; Scala: JDBC with the sqlite-jdbc
// driver). The studio's IndexedDB table is what this stands for in the browser.
import type { KindEmitters } from "../../../../codegen/internals/emit";

const NOTE = "In the studio's browser these rows went to IndexedDB (the Tables tab); here they go to SQLite.";

export const saveToDatabaseEmitters: KindEmitters = {
  typescript: (_s, h) => {
    h.use("SqliteDatabase");
    const db = h.define("Db", `new SqliteDatabase(${h.lit("file")})`);
    return `${h.input(0)}.foreachRDD((rdd, timeMs) => ${db}.writeBatch(${h.lit("table")}, timeMs, rdd.collect()))`;
  },
  pyspark: (_s, h) => {
    h.note(NOTE);
    const timeMs = h.helper("js_time_ms");
    const save = h.standIn({
      fn: "save_to_sqlite",
      code: [
        "def save_to_sqlite(file, table):",
        '    """foreachRDD function: a batch\'s rows replace that batch time\'s rows in one transaction (idempotent)."""',
        "    import sqlite3",
        "",
        "    def save(time, rdd):",
        `        batch_time = ${timeMs}(time)`,
        "        rows = []",
        "        for idx, r in enumerate(rdd.collect()):",
        "            pair = isinstance(r, tuple) and len(r) == 2",
        "            rows.append((batch_time, idx, str(r[0]) if pair else None, json.dumps(r[1] if pair else r), str(r)))",
        "        with sqlite3.connect(file) as con:  # one transaction",
        '            con.execute(f"CREATE TABLE IF NOT EXISTS {table} (batch_time INTEGER NOT NULL, idx INTEGER NOT NULL, "',
        '                        "key TEXT, value TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (batch_time, idx))")',
        '            con.execute(f"DELETE FROM {table} WHERE batch_time = ?", (batch_time,))',
        '            con.executemany(f"INSERT INTO {table} VALUES (?, ?, ?, ?, ?)", rows)',
        "",
        "    return save",
      ],
    });
    h.standIn({ fn: "json", code: ["import json"] });
    return `${h.input(0)}.foreachRDD(${save}(${h.lit("file")}, ${h.lit("table")}))`;
  },
  scala: (_s, h) => {
    h.note(NOTE);
    h.note("Needs the SQLite JDBC driver: spark-submit --packages org.xerial:sqlite-jdbc:3.46.1.3");
    const save = h.standIn({
      fn: "saveToSqlite",
      code: [
        "  /** A batch's rows replace that batch time's rows in one JDBC transaction (idempotent per batch time). */",
        // RDD[_], not a type parameter: eta-expanded, it is then a (RDD[_], Time) => Unit that picks
        // foreachRDD's two-argument overload (a generic one leaves T open and the overload ambiguous).
        "  def saveToSqlite(file: String, table: String)(rdd: RDD[_], time: Time): Unit = {",
        "    val records = rdd.collect()",
        '    val connection = java.sql.DriverManager.getConnection(s"jdbc:sqlite:$file")',
        "    try {",
        "      connection.setAutoCommit(false)",
        '      connection.createStatement().execute(s"CREATE TABLE IF NOT EXISTS $table (batch_time INTEGER NOT NULL, " +',
        '        "idx INTEGER NOT NULL, key TEXT, value TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (batch_time, idx))")',
        '      val delete = connection.prepareStatement(s"DELETE FROM $table WHERE batch_time = ?")',
        "      delete.setLong(1, time.milliseconds)",
        "      delete.executeUpdate()",
        '      val insert = connection.prepareStatement(s"INSERT INTO $table VALUES (?, ?, ?, ?, ?)")',
        "      for ((r, idx) <- records.zipWithIndex) {",
        "        val (key, value) = r match { case (k, v) => (k.toString, v.toString); case other => (null, other.toString) }",
        "        insert.setLong(1, time.milliseconds); insert.setInt(2, idx); insert.setString(3, key)",
        "        insert.setString(4, value); insert.setString(5, r.toString); insert.addBatch()",
        "      }",
        "      insert.executeBatch()",
        "      connection.commit()",
        "    } finally connection.close()",
        "  }",
      ],
    });
    return `${h.input(0)}.foreachRDD(${save}(${h.lit("file")}, ${h.lit("table")}) _)`;
  },
};
