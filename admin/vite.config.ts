import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Where the NestJS backend listens during local development. */
const backendUrl = 'http://localhost:3000';

export default defineConfig({
  // The backend serves the built SPA under /admin/.
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': { target: backendUrl, changeOrigin: true },
      '/health': { target: backendUrl, changeOrigin: true },
    },
  },
  test: {
    environment: 'jsdom',
    globals: false,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
