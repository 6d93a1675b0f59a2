// Spark's StateSpec: everything mapWithState needs, built fluently:
//   StateSpec.function((key, value, state) => mapped).timeout(ms).initialState(pairs).numPartitions(n)
// The function gets value undefined when its key is timing out (Spark's None); returning undefined emits
// nothing (Spark's None).
import { requireThat } from "../core/errors";
import type { RDD } from "../core/rdd/index";
import type { State } from "./State";

export type MappingFunction<K, V, S, U> = (key: K, value: V | undefined, state: State<S>) => U | undefined;

export class StateSpec<K, V, S, U> {
  private timeoutMs?: number;
  private initial?: [K, S][] | RDD<[K, S]>;
  private partitions?: number;

  private constructor(readonly mappingFunction: MappingFunction<K, V, S, U>) {}

  static function<K, V, S, U>(mappingFunction: MappingFunction<K, V, S, U>): StateSpec<K, V, S, U> {
    if (typeof mappingFunction !== "function") throw new Error("requirement failed");
    return new StateSpec(mappingFunction);
  }

  /** Idle duration after which a key's state is removed (the function is called once more first). */
  timeout(idleDurationMs: number): this {
    this.timeoutMs = idleDurationMs;
    return this;
  }

  initialState(pairs: [K, S][] | RDD<[K, S]>): this {
    this.initial = pairs;
    return this;
  }

  /** Spark builds a HashPartitioner here, which refuses a negative count. */
  numPartitions(numPartitions: number): this {
    requireThat(numPartitions >= 0, `Number of partitions (${numPartitions}) cannot be negative.`);
    this.partitions = numPartitions;
    return this;
  }

  getTimeoutInterval(): number | undefined {
    return this.timeoutMs;
  }

  getInitialState(): [K, S][] | RDD<[K, S]> | undefined {
    return this.initial;
  }

  getNumPartitions(): number | undefined {
    return this.partitions;
  }
}
