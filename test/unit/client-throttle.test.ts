// The preview's update throttle (client/src/throttle.ts).

import { test, mock } from 'node:test';
import * as assert from 'node:assert/strict';
import { Throttle } from '../../client/src/throttle';

test('a burst of requests runs the task once, after the delay; a later request runs it again', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    let runs = 0;
    const t = new Throttle(() => 300, () => runs++);
    t.schedule(); t.schedule();
    mock.timers.tick(299);
    t.schedule();
    assert.equal(runs, 0);
    mock.timers.tick(1);
    assert.equal(runs, 1);
    t.schedule();
    mock.timers.tick(300);
    assert.equal(runs, 2);
    t.schedule();
    t.dispose();
    mock.timers.tick(1000);
    assert.equal(runs, 2, 'disposed: pending run dropped');
  } finally {
    mock.timers.reset();
  }
});

test('the delay is read when a burst starts (a changed setting applies to the next burst)', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    let delay = 100, runs = 0;
    const t = new Throttle(() => delay, () => runs++);
    t.schedule();
    delay = 1000;
    mock.timers.tick(100);
    assert.equal(runs, 1);
    t.schedule();
    mock.timers.tick(999);
    assert.equal(runs, 1);
    mock.timers.tick(1);
    assert.equal(runs, 2);
  } finally {
    mock.timers.reset();
  }
});
