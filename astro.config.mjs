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
  // No code blocks in the lesson; Shiki's inline styles would clash with the CSP.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page: only this site's own scripts (plus hashes of
  // Astro's island loader), no third-party origins, no inline event handlers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  server: { host: '127.0.0.1' },
});
