import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globals: true,
    pool: 'threads',
    testTimeout: 30_000,
  },
});
