import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// CPU profile of the large-feed load for scripts/profile.sh; not part of the test suite.
export default defineConfig({
  ...base,
  testDir: './prof',
  reporter: [['list']],
  timeout: 180_000,
  use: { ...base.use, screenshot: 'off', trace: 'off' },
});
