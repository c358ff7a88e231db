// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import mdx from '@astrojs/mdx';

// SL_OUT_DIR / SL_CACHE_DIR let several builds run side by side (e.g. parallel test runs).
export default defineConfig({
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  outDir: process.env.SL_OUT_DIR ?? './dist',
  cacheDir: process.env.SL_CACHE_DIR ?? './node_modules/.astro',
  integrations: [react(), mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
