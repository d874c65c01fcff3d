import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// In-browser measurements for scripts/bench.sh; not part of the test suite.
export default defineConfig({
  ...base,
  testDir: './perf',
  reporter: [['list']],
  timeout: 180_000,
  use: { ...base.use, screenshot: 'off', trace: 'off' },
});
