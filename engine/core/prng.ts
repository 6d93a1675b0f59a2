// A small seeded PRNG (mulberry32): same seed, same sequence, on every JS engine, and in the PySpark and
// Scala exports (engine/codegen/runtime ports it: 32-bit integer steps, then one exact division).
const SQRT_3 = 1.7320508075688772;

export class Prng {
  /** Kept as a signed 32-bit integer (the same bits as the unsigned state): V8 then holds it untagged in
   * the object, where an unsigned value above 2^31 is a double and each step cost a number conversion. */
  private state: number;

  constructor(seed: number) {
    this.state = seed | 0;
  }

  /** Uniform in [0, 1): the next 32-bit draw over 2^32. */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** The next draw as an unsigned 32-bit integer (next() is this over 2^32, exactly). */
  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Integer in [0, n). */
  nextInt(n: number): number {
    return Math.floor(this.next() * n);
  }

  /**
   * Approximately standard normal: the sum of four uniforms, centred and scaled to variance 1 (Irwin-Hall).
   * Only additions and one multiplication, so Python and the JVM compute the same double; Math.log and
   * Math.cos (Box-Muller) may differ in the last bit between JavaScript, Python's libm and Java.
   */
  nextGaussian(): number {
    return (this.next() + this.next() + this.next() + this.next() - 2) * SQRT_3;
  }
}
