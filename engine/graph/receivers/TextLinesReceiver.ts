// The socketTextStream stand-in: a fixed list of lines "sent down the socket" at a rate, repeated from
// the top when exhausted. Deterministic: the lines of (from, to] depend only on the times and the rate.
import { Receiver } from "../../sources/Receiver";

export class TextLinesReceiver extends Receiver<string> {
  private sent = 0;
  /** Fractional records carried to the next interval, so a rate of 0.5/s gives a line every 2 s. */
  private carry = 0;

  constructor(
    private readonly lines: readonly string[],
    rate: number,
  ) {
    super();
    this.setRate(rate);
  }

  onStart(): void {}
  onStop(): void {}

  override generate(fromMs: number, toMs: number): void {
    if (this.lines.length === 0) return;
    const due = (this.effectiveRate() * (toMs - fromMs)) / 1000 + this.carry;
    const n = Math.floor(due + 1e-9);
    this.carry = due - n;
    for (let i = 0; i < n; i++) this.store(this.lines[(this.sent + i) % this.lines.length]);
    this.sent += n;
  }
}
