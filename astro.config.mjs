// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import mdx from '@astrojs/mdx';
import AstroPWA from '@vite-pwa/astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEXT_SETTINGS_SCRIPT } from './src/ui/text-settings.js';

/** Every built page under `dir`. @type {(dir: string) => string[]} */
const pages = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? pages(join(dir, d.name))
      : d.name.endsWith('.html')
        ? [join(dir, d.name)]
        : [],
  );

/**
 * Astro writes `<style>astro-island,…{display:contents}</style>` into <body> before the first
 * island, which is not valid HTML (a <style> in <body>). The same rule is in src/ui/global.css,
 * so the inline copy is dropped from the built pages. Runs before the service worker is built,
 * so its precache lists the final pages.
 *
 * @returns {import('astro').AstroIntegration}
 */
function islandStyleInCss() {
  const INLINE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
  /** @type {import('astro').AstroIntegration} */
  const integration = {
    name: 'second-look:island-style-in-css',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of pages(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          if (html.includes(INLINE)) writeFileSync(file, html.replace(INLINE, ''));
        }
      },
    },
  };
  return integration;
}

/**
 * Astro puts the hash of every inline script and style of the whole site into every page's
 * Content-Security-Policy (17 hashes, about 0.6 KiB gzip a page, incompressible). Each built page
 * keeps only the hashes of the inline scripts and styles it holds: the same policy for what the
 * page runs, and a lighter first visit. Runs after {@link islandStyleInCss}, which removes one.
 *
 * @returns {import('astro').AstroIntegration}
 */
function cspHashesPerPage() {
  const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(">)/;
  /** @type {(text: string) => string} */
  const sha256 = (text) => createHash('sha256').update(text).digest('base64');
  /** @type {import('astro').AstroIntegration} */
  const integration = {
    name: 'second-look:csp-hashes-per-page',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of pages(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          if (!META.test(html)) continue;
          const inline = new Set(
            [
              ...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g),
              ...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g),
            ].map((m) => sha256(m[1] ?? '')),
          );
          /** @type {(token: string, hash: string) => string} */
          const keep = (token, hash) => (inline.has(hash) ? token : '');
          /** @type {(all: string, open: string, policy: string, close: string) => string} */
          const trim = (_, open, policy, close) =>
            open + policy.replace(/ 'sha256-([^']+)'/g, keep) + close;
          const trimmed = html.replace(META, trim);
          if (trimmed !== html) writeFileSync(file, trimmed);
        }
      },
    },
  };
  return integration;
}

// SL_OUT_DIR / SL_CACHE_DIR let several builds run side by side (e.g. parallel test runs).
// SL_BASE: the SCORM packager builds under a marker path it then makes relative
// (tools/package-scorm.mjs); the site itself is served from the root.
export default defineConfig({
  site: 'http://127.0.0.1:4321',
  base: process.env.SL_BASE ?? '/',
  trailingSlash: 'always',
  outDir: process.env.SL_OUT_DIR ?? './dist',
  cacheDir: process.env.SL_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    react(),
    mdx(),
    islandStyleInCss(),
    cspHashesPerPage(),
    // Offline after one visit: a service worker precaches the whole built site.
    AstroPWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        name: 'Second Look',
        short_name: 'Second Look',
        description: 'A media-literacy lesson: take a second look before you believe or share.',
        lang: 'en-GB',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fdfcf8',
        theme_color: '#1b5e8c',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Every page, script, style and icon, and the JSON islands fetch when needed (red-flags
        // hints and explanations, experts and statistics answers); the manifest is added by the
        // plugin itself.
        globPatterns: ['**/*.{html,js,css,svg,png,ico,json}'],
        navigateFallback: null,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
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
      // The one inline script Astro does not hash itself: the text settings, in every page's head.
      scriptDirective: {
        hashes: [`sha256-${createHash('sha256').update(TEXT_SETTINGS_SCRIPT).digest('base64')}`],
      },
    },
  },
  server: { host: '127.0.0.1' },
  vite: {
    build: {
      rollupOptions: {
        output: {
          // The saved-progress code every page with saved state needs (the stores, their checks,
          // the step footer and the storage notice), in one file: fewer requests on a slow
          // connection and better compression than many small chunks. What only one or two
          // pages use (impressions, start fresh, the student's name) stays out of it.
          manualChunks(id) {
            if (/node_modules\/(nanostores|@nanostores\/persistent)\//.test(id))
              return 'lesson-state';
            // Vite's helper for lazy imports: one shared copy, not one inside each chunk that
            // loads something lazily (the storage notice, the red-flags island).
            if (id.includes('vite/preload-helper')) return 'lesson-state';
            if (
              /src\/(stores\/(storage|progress|assignment|module-time)|core\/(progress|assignment|steps|shape)|i18n\/translate|ui\/scripts\/(step-footer|storage-notice))\.ts$/.test(
                id,
              )
            )
              return 'lesson-state';
            // React with the two small pieces every island page loads beside it.
            if (
              /node_modules\/(react|react-dom|scheduler|@nanostores\/react|@astrojs\/react)\//.test(
                id,
              )
            )
              return 'react';
            // The islands' shared parts ride with React: a chunk of their own costs a request.
            if (
              /src\/ui\/(use-module-time\.ts|strings\.tsx|use-case-progress\.ts|deferred\.tsx)$/.test(
                id,
              )
            )
              return 'react';
            return undefined;
          },
        },
      },
    },
  },
});
