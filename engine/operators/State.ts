/**
 * Spark's State: what the mapWithState function sees for one key. One StateImpl is reused across
 * keys (wrap / wrapTimingOutState), as Spark's MapWithStateRDDRecord does.
 */
export interface State<S> {
  exists(): boolean;
  /** Throws "State is not set" when there is no state (Spark's NoSuchElementException). */
  get(): S;
  getOption(): S | undefined;
  update(newState: S): void;
  remove(): void;
  isTimingOut(): boolean;
  toString(): string;
}

function requirement(ok: boolean, message: string): void {
  if (!ok) throw new Error(`requirement failed: ${message}`);
}

export class StateImpl<S> implements State<S> {
  private state: S | undefined;
  private defined = false;
  private timingOut = false;
  private updated = false;
  private removed = false;

  exists(): boolean {
    return this.defined;
  }

  get(): S {
    if (!this.defined) throw new Error("State is not set");
    return this.state as S;
  }

  getOption(): S | undefined {
    return this.defined ? this.state : undefined;
  }

  update(newState: S): void {
    requirement(!this.removed, "Cannot update the state after it has been removed");
    requirement(!this.timingOut, "Cannot update the state that is timing out");
    this.state = newState;
    this.defined = true;
    this.updated = true;
  }

  remove(): void {
    requirement(!this.timingOut, "Cannot remove the state that is timing out");
    requirement(!this.removed, "Cannot remove the state that has already been removed");
    this.defined = false;
    this.updated = false;
    this.removed = true;
  }

  isTimingOut(): boolean {
    return this.timingOut;
  }

  isRemoved(): boolean {
    return this.removed;
  }

  isUpdated(): boolean {
    return this.updated;
  }

  toString(): string {
    return this.defined ? String(this.state) : "<state not set>";
  }

  /** Point this object at a key's state (or none) for the next call of the mapping function. */
  wrap(present: boolean, state?: S): void {
    this.state = present ? state : undefined;
    this.defined = present;
    this.timingOut = false;
    this.removed = false;
    this.updated = false;
  }

  wrapTimingOutState(state: S): void {
    this.state = state;
    this.defined = true;
    this.timingOut = true;
    this.removed = false;
    this.updated = false;
  }
}
