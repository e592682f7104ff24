// Runs a task at most once per `delay` ms, after the first of a burst of requests, so the last
// request of a burst is always followed by a run (trailing). Pure (unit-tested).

export class Throttle {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly delay: () => number, private readonly task: () => void) {}

  schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.task();
    }, this.delay());
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
