// Prints the count per engine and a closing "N passed, N failed" line.
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class CountReporter implements Reporter {
  private counts = new Map<string, { passed: number; failed: number; skipped: number; ms: number }>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const engine = test.parent.project()?.name ?? 'tests';
    const count = this.counts.get(engine) ?? { passed: 0, failed: 0, skipped: 0, ms: 0 };
    // Only the last try counts (there are no retries, but a flaky mark would show it).
    if (result.status === 'passed') count.passed++;
    else if (result.status === 'skipped') count.skipped++;
    else count.failed++;
    count.ms += result.duration;
    this.counts.set(engine, count);
  }

  onEnd(_result: FullResult): void {
    let passed = 0;
    let failed = 0;
    for (const [engine, c] of this.counts) {
      console.log(`${engine}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped (${(c.ms / 1000).toFixed(1)}s in tests)`);
      passed += c.passed;
      failed += c.failed;
    }
    console.log(`${passed} passed, ${failed} failed`);
  }
}
