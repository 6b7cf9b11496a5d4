/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset paths so the built page also works when opened from a saved folder.
  base: './',
  plugins: [react()],
  // The Word export (the docx package, ~1 MB) is its own chunk, loaded only when exporting.
  build: { chunkSizeWarningLimit: 1500 },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Imports of PDF and Word files load pdfjs and parse real files; on a loaded 2-core machine
    // one such test can pass the 5 s default without anything being wrong.
    testTimeout: 20_000,
  },
});
