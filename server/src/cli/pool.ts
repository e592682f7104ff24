// A fixed set of worker threads running one script: tasks are queued and handed to the next idle
// worker; each answer settles its task's promise. The workers run `serve` with the work to do.

import { parentPort, Worker } from 'worker_threads';

interface Job<T, R> { task: T; resolve(r: R): void; reject(e: unknown): void }

export class Pool<T, R> {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Job<T, R>[] = [];
  private head = 0;

  constructor(size: number, script: string) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(script);
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  run(task: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    while (this.idle.length && this.head < this.queue.length) {
      const w = this.idle.pop()!;
      const job = this.queue[this.head];
      this.queue[this.head++] = undefined as unknown as Job<T, R>; // answered jobs are not kept
      const onMessage = (r: R) => { w.off('error', onError); this.idle.push(w); job.resolve(r); this.next(); };
      const onError = (e: unknown) => { w.off('message', onMessage); job.reject(e); };
      w.once('message', onMessage);
      w.once('error', onError);
      w.postMessage(job.task);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(w => w.terminate()));
  }
}

/** In a worker: answers every task with `work(task)`. */
export function serve<T, R>(work: (task: T) => R): void {
  parentPort!.on('message', (task: T) => parentPort!.postMessage(work(task)));
}
