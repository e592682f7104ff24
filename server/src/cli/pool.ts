// A fixed set of worker threads running one script. Each worker has a few tasks in flight (answered in
// the order sent), so that it never idles waiting for the main thread to hand it the next one; a task
// goes to the worker with the fewest in flight, and each answer settles its task's promise. The
// workers run `serve` with the work to do.

import { parentPort, Worker } from 'worker_threads';

interface Job<T, R> { task: T; resolve(r: R): void; reject(e: unknown): void }

/** Tasks in flight per worker. */
export const DEPTH = 8;

export class Pool<T, R> {
  private readonly workers: { w: Worker; inFlight: Job<T, R>[] }[] = [];
  get size(): number { return this.workers.length; }
  private readonly queue: Job<T, R>[] = [];
  private head = 0;

  constructor(size: number, script: string) {
    for (let i = 0; i < size; i++) {
      const slot = { w: new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 8 } }), inFlight: [] as Job<T, R>[] };
      slot.w.on('message', (r: R) => { slot.inFlight.shift()!.resolve(r); this.next(); });
      slot.w.on('error', e => { for (const job of slot.inFlight.splice(0)) job.reject(e); });
      this.workers.push(slot);
    }
  }

  run(task: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    while (this.head < this.queue.length) {
      let slot = this.workers[0];
      for (const s of this.workers) if (s.inFlight.length < slot.inFlight.length) slot = s;
      if (slot.inFlight.length >= DEPTH) return;
      const job = this.queue[this.head];
      this.queue[this.head++] = undefined as unknown as Job<T, R>; // handed-out jobs are not kept here
      slot.inFlight.push(job);
      slot.w.postMessage(job.task);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(s => s.w.terminate()));
  }
}

/**
 * Starts `start(item)` for the items in order, at most `ahead` of them waiting to be taken, and
 * hands each result to `take` in item order: results are printed as they come without keeping a
 * promise (and its result) for every file of a large run.
 */
export async function inOrder<I, R>(items: readonly I[], start: (item: I) => Promise<R>, take: (result: R, index: number) => void, ahead: number): Promise<void> {
  const waiting: Promise<R>[] = [];
  let next = 0;
  for (let i = 0; i < items.length; i++) {
    while (next < items.length && next - i < ahead) waiting.push(start(items[next++]));
    take(await waiting.shift()!, i);
  }
}

/** In a worker: answers every task with `work(task)`, in the order received. */
export function serve<T, R>(work: (task: T) => R): void {
  parentPort!.on('message', (task: T) => parentPort!.postMessage(work(task)));
}
