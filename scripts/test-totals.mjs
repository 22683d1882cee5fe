#!/usr/bin/env node
// Prints the line CI reads, "N passed, N failed", from vitest's JSON report. A run that stopped
// before vitest (type errors, a failed build) counts as one failure, never as a silent zero.
import { existsSync, readFileSync } from 'node:fs';

const [report, exitCode] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
if (report && existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed = (r.numFailedTests ?? 0) + (r.numRuntimeErrorTests ?? 0);
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // a suite that failed to load (import error) has no tests but is a failure
  for (const s of r.testResults ?? []) if (s.status === 'failed' && (s.assertionResults ?? []).length === 0) failed++;
}
if (Number(exitCode) !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
