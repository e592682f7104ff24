// How many threads `xxgk check` uses: --jobs as given, else the cores but only as many as the run
// repays (a worker loads and compiles the engine anew).

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { FILES_PER_THREAD, parseArgs, threads } from '../../server/src/cli/args';

test('default: one thread per core, at most one per FILES_PER_THREAD files, at least one', () => {
  const cores = availableParallelism();
  const args = parseArgs(['check', 'reports']);
  assert.ok(args !== 'version' && args.jobs === null);
  assert.equal(threads({ jobs: null }, 0), 1);
  assert.equal(threads({ jobs: null }, 500), 1);
  assert.equal(threads({ jobs: null }, 2 * FILES_PER_THREAD), Math.min(cores, 2));
  assert.equal(threads({ jobs: null }, 100_000), Math.min(cores, 100_000 / FILES_PER_THREAD));
});

test('--jobs N: N threads, no more than there are files', () => {
  const args = parseArgs(['check', '--jobs', '3', 'reports']);
  assert.ok(args !== 'version' && args.jobs === 3);
  assert.equal(threads(args, 500), 3);
  assert.equal(threads(args, 2), 2);
  assert.equal(threads({ jobs: 1 }, 100_000), 1);
});
