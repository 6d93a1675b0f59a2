// The simulated cluster's executors as slots: partition p of any RDD runs (and is cached) on slot
// p % n, and receiver i (in the order the pipeline creates them) runs on slot i % n, as Spark's
// schedulers spread tasks and receivers evenly. A lost executor's slot gets a new executor with the next
// id, as the cluster manager replaces it, so the cluster keeps its size.

export class SimulatedCluster {
  private readonly slots: string[];
  private nextId: number;

  constructor(executors: number) {
    const n = Math.max(1, Math.floor(executors));
    this.slots = Array.from({ length: n }, (_, i) => String(i));
    this.nextId = n;
  }

  get size(): number {
    return this.slots.length;
  }

  executorIds(): readonly string[] {
    return this.slots;
  }

  slotOf(executorId: string): number {
    return this.slots.indexOf(executorId);
  }

  /** The slot that runs partition `split` of any RDD. */
  slotOfPartition(split: number): number {
    return split % this.slots.length;
  }

  /** The executor receiver number `index` runs on. */
  receiverExecutor(index: number): string {
    return this.slots[index % this.slots.length];
  }

  /** Replaces the executor of `slot` with a new one; returns the new executor's id. */
  replace(slot: number): string {
    const id = String(this.nextId++);
    this.slots[slot] = id;
    return id;
  }
}
