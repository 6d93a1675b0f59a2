// Page clicks {userId, page, eventTimeMs}: users are picked uniformly, pages with a skew towards the
// first ones (home, products, ...), the event time is the arrival time.
import { type GeneratorOptions, GeneratorReceiver } from "./GeneratorReceiver";

export interface Click {
  userId: string;
  page: string;
  eventTimeMs: number;
}

export interface ClickStreamOptions extends GeneratorOptions {
  users?: number;
  pages?: number;
}

const NAMED_PAGES = ["/home", "/products", "/search", "/cart", "/checkout", "/about", "/help", "/account"];

export class ClickStreamReceiver extends GeneratorReceiver<Click> {
  private readonly users: number;
  private readonly pages: string[];
  /** "user-1", ... made on first use and kept, not made per click. */
  private readonly userIds: string[] = [];

  constructor(options: ClickStreamOptions = {}) {
    super(options);
    this.users = Math.max(1, Math.floor(options.users ?? 20));
    const pages = Math.max(1, Math.floor(options.pages ?? 10));
    this.pages = Array.from({ length: pages }, (_, i) => NAMED_PAGES[i] ?? `/page-${i + 1}`);
  }

  protected fill(n: number, fromMs: number, spanMs: number): Click[] {
    const out = new Array<Click>(n);
    for (let i = 0; i < n; i++) out[i] = this.nextRecord(fromMs + Math.floor(((i + 1) * spanMs) / n));
    return out;
  }

  protected nextRecord(arrivalMs: number): Click {
    const user = this.prng.nextInt(this.users);
    // squaring a uniform draw favours low indexes: the first pages get most clicks
    const r = this.prng.next();
    const page = Math.floor(r * r * this.pages.length);
    const userId = (this.userIds[user] ??= `user-${user + 1}`);
    return { userId, page: this.pages[page], eventTimeMs: arrivalMs };
  }
}
