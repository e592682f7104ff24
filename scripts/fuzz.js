// Long run of the property test (test/unit/helpers/properties.ts) on the compiled tree:
// random edits of the synthetic reports and, when shared/ is there, of the real ones, through
// analyse, fix-all and format. Every case runs (a failure does not stop the run); prints the
// counts, each kind of failure with its first case, and the slowest case.
//
//   npm run fuzz                       100,000 cases
//   npm run fuzz -- --runs 5000 --seed 42
//
// Interrupted (Ctrl-C), it prints what it has so far. Exit status 1 when a property failed.
const path = require('path');
const fc = require('fast-check');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg('runs', Number(process.env.XXGK_FUZZ_RUNS ?? 100_000));
const seed = arg('seed', Date.now() % 2 ** 31);

const props = require(path.join(__dirname, '..', 'out', 'test', 'unit', 'helpers', 'properties.js'));
const synthetic = props.synthReports().map((text, i) => ({ name: `synthetic #${i}`, text }));
const docs = [...synthetic, ...props.realReports(path.join(__dirname, '..', '..', 'shared'))];

let cases = 0;
let slowest = { ms: 0, name: '', length: 0, edits: [] };
const failures = new Map(); // message → { count, name, edits }
const started = Date.now();

function summary() {
  const failed = [...failures.values()].reduce((n, f) => n + f.count, 0);
  console.log(`seed ${seed}: ${cases} cases run of ${runs} asked, ${docs.length} documents (${docs.length - synthetic.length} real), ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`passed ${cases - failed}, failed ${failed}`);
  for (const [message, f] of failures) console.log(`  ${f.count} × ${message}\n    first: ${f.name} with edits ${JSON.stringify(f.edits)}`);
  console.log(`slowest case: ${slowest.ms.toFixed(1)} ms, ${slowest.name}, ${slowest.length} characters, edits ${JSON.stringify(slowest.edits)}`);
  return failed;
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { process.stderr.write('\ninterrupted\n'); process.exit(summary() ? 1 : 130); });

const property = fc.property(fc.nat({ max: docs.length - 1 }), fc.array(props.editArb, { minLength: 1, maxLength: 8 }), (k, edits) => {
  const doc = docs[k];
  const text = props.applyRandomEdits(doc.text, edits);
  const t0 = performance.now();
  try {
    props.checkProperties(text);
  } catch (e) {
    const message = String(e && e.message || e).split('\n')[0].replace(/\d+/g, 'N');
    const f = failures.get(message) ?? { count: 0, name: doc.name, edits };
    f.count++;
    failures.set(message, f);
  }
  const ms = performance.now() - t0;
  cases++;
  if (ms > slowest.ms) slowest = { ms, name: doc.name, length: text.length, edits };
});

// Batches of 1,000 cases, yielding in between so that an interrupt is seen.
(async () => {
  for (let batch = 0; cases < runs; batch++) {
    fc.check(property, { numRuns: Math.min(1000, runs - cases), seed: seed + batch });
    process.stderr.write(`\r${cases} cases, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    await new Promise(resolve => setImmediate(resolve));
  }
  process.stderr.write('\n');
  process.exit(summary() ? 1 : 0);
})();
