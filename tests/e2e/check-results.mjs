// Fails the run when Playwright ran no test, skipped any, or any failed.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (err) {
  console.error(`No Playwright results at ${file}: ${err.message}`);
  process.exit(1);
}
const { expected = 0, unexpected = 0, skipped = 0, flaky = 0 } = report.stats ?? {};
console.log(`Browser tests: ${expected} passed, ${unexpected} failed, ${flaky} flaky, ${skipped} skipped`);
if (expected === 0) {
  console.error('FAIL: no browser test ran');
  process.exit(1);
}
if (unexpected > 0 || skipped > 0 || flaky > 0) {
  console.error('FAIL: every browser test must run and pass');
  process.exit(1);
}
