import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Where code may import from: arrows point down only (pages → modules and ui → stores → core;
 * content is read through src/content). A module imports only its own folder, plus other
 * modules' schema.ts (the shape of their content). Class mode and the summary present every
 * other module, and the teacher's code check reads every result, so these three may also use
 * other modules' scoring.ts and static .astro views — never
 * their islands, parts or stores. See README "Where things live".
 */
const layers = {
  'boundaries/elements': [
    { type: 'core', pattern: 'src/core' },
    { type: 'i18n', pattern: 'src/i18n' },
    { type: 'stores', pattern: 'src/stores' },
    { type: 'content', pattern: 'src/content' },
    { type: 'module', pattern: 'src/modules/*', capture: ['name'] },
    { type: 'ui', pattern: 'src/ui' },
    { type: 'layouts', pattern: 'src/layouts' },
    { type: 'pages', pattern: 'src/pages' },
  ],
  // A module's public files: its content schema, its pure scoring and its static .astro views.
  'boundaries/files': [
    { category: 'schema', pattern: 'src/modules/*/schema.ts' },
    { category: 'scoring', pattern: 'src/modules/*/{scoring,report}.ts' },
    { category: 'view', pattern: 'src/modules/*/*.astro' },
  ],
  'import/resolver': { node: { extensions: ['.ts', '.tsx', '.astro', '.js', '.mjs', '.json'] } },
};
const may = (from, ...to) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: to } } } },
});
/** Another module's content schema (the shape of its content). */
const schemas = (from) => ({
  from: { element: { type: from } },
  allow: { to: { element: { type: 'module' }, file: { categories: 'schema' } } },
});
/** Any file of a module may use any other file of the same module. */
const ownModule = {
  from: { element: { type: 'module' } },
  allow: { to: { element: { type: 'module', captured: { name: '{{ from.captured.name }}' } } } },
};
/** The modules that present the others (class mode, the summary) use their scoring and views. */
const presenter = (name) => ({
  from: { element: { type: 'module', captured: { name } } },
  allow: {
    to: { element: { type: 'module' }, file: { categories: { anyOf: ['scoring', 'view'] } } },
  },
});

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      'tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx,astro,mjs,js}'],
    plugins: { boundaries },
    settings: layers,
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            may('core', 'core'),
            may('i18n', 'i18n'),
            may('stores', 'core', 'stores'),
            may('content', 'core', 'content'),
            schemas('content'),
            may('ui', 'core', 'stores', 'content', 'i18n', 'ui'),
            schemas('ui'),
            may('module', 'core', 'stores', 'content', 'i18n', 'ui'),
            schemas('module'),
            ownModule,
            presenter('class-mode'),
            presenter('summary'),
            presenter('check'),
            may('layouts', 'core', 'content', 'i18n', 'ui', 'layouts'),
            may('pages', 'core', 'content', 'i18n', 'ui', 'layouts', 'module'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      // Core is pure: no DOM globals, no Astro, no Node built-ins.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(astro(:|/)|node:|react)', message: 'src/core is pure TypeScript.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
);
