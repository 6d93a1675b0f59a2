// socketTextStream-like: the given lines, one record each, at a rate, repeated from the top when
// exhausted (what `nc -lk 9999` would send if someone kept pasting the same text).
import { type GeneratorOptions, GeneratorReceiver } from "./GeneratorReceiver";

export interface TextLinesOptions extends GeneratorOptions {
  lines: readonly string[];
}

export class TextLinesReceiver extends GeneratorReceiver<string> {
  private readonly lines: readonly string[];
  private next = 0;

  constructor(options: TextLinesOptions) {
    super(options);
    this.lines = options.lines.length > 0 ? options.lines : [""];
  }

  /** Lines carry no time, so the arrival times are not computed. */
  protected fill(n: number): string[] {
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = this.nextRecord();
    return out;
  }

  protected nextRecord(): string {
    const line = this.lines[this.next];
    this.next = (this.next + 1) % this.lines.length;
    return line;
  }
}
