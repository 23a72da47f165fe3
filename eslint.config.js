// Lint: typescript-eslint + React hooks, and the one-way import rule
// core → features → app (src/core is pure TypeScript: no React, DOM, fetch or node:).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import { readdirSync } from 'node:fs';

/**
 * Which features a feature may import (bulletproof-react: features by user job, one-way imports);
 * `ui`, the shared components, may be used by every feature and imports none.
 * This is the whole graph: anything not listed is an error (boundaries/dependencies below), and
 * the graph itself must stay acyclic (checked right here, so a cycle cannot even be configured).
 */
const FEATURE_DEPS = {
  ui: [],
  settings: ['mirrors'],
  lookup: ['intake', 'mirrors', 'settings', 'verification'],
  verification: [],
  report: [],
  share: [],
  compute: [],
  mirrors: ['verification'],
  batch: ['settings', 'verification'],
  intake: ['batch', 'settings'],
  compare: ['mirrors', 'settings', 'verification'],
  graph: ['mirrors', 'settings', 'verification'],
  record: ['batch', 'compare', 'graph', 'lookup', 'mirrors', 'offline', 'report', 'settings', 'share', 'verification'],
  home: ['intake', 'lookup', 'mirrors'],
  offline: [],
};

function assertAcyclic(graph) {
  const state = new Map();
  const visit = (node, trail) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'open') throw new Error(`eslint.config.js: FEATURE_DEPS has a cycle: ${[...trail, node].join(' → ')}`);
    state.set(node, 'open');
    for (const next of graph[node] ?? []) visit(next, [...trail, node]);
    state.set(node, 'done');
  };
  for (const node of Object.keys(graph)) visit(node, []);
}
assertAcyclic(FEATURE_DEPS);
// A feature folder missing from the graph would be unchecked: refuse to lint until it is added.
for (const dir of readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })) {
  if (dir.isDirectory() && !Object.hasOwn(FEATURE_DEPS, dir.name)) throw new Error(`eslint.config.js: src/features/${dir.name} is not in FEATURE_DEPS`);
}

const FEATURES = Object.keys(FEATURE_DEPS);
const featureBoundaries = {
  files: ['src/**/*.{ts,tsx}'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    'boundaries/elements': [
      { type: 'core', pattern: 'src/core' },
      ...FEATURES.map((f) => ({ type: `feature-${f}`, pattern: `src/features/${f}` })),
      { type: 'app', pattern: 'src/app' },
      { type: 'cli', pattern: 'src/cli' },
    ],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'allow',
        policies: FEATURES.map((f) => ({
          from: { element: { type: `feature-${f}` } },
          disallow: { to: { element: { types: { anyOf: FEATURES.filter((g) => g !== f && g !== 'ui' && !FEATURE_DEPS[f].includes(g)).map((g) => `feature-${g}`) } } } },
        })),
      },
    ],
  },
};

/** valibot is imported through its adapter, which states the schema policy (src/core/documents/valibot.ts). */
const valibotThroughAdapter = { regex: '^valibot$', allowTypeImports: true, message: 'Import v from src/core/documents/valibot.ts: it states the schema policy the helpers in schemas.ts keep.' };

const coreForbidden = {
  patterns: [
    valibotThroughAdapter,
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*'], message: 'src/core is framework-free: no React or TanStack.' },
    { regex: '^node:', message: 'src/core runs in browsers and workers too: no node: imports.' },
    { regex: '(^|/)(features|app|cli|workers)(/|$)', message: 'Imports flow core → features → app: core imports only core.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'public', 'bench/results', 'bench/.tmp', '.tmp', 'packages/core/dist', 'docs/api', 'dist-cli'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['bin/**/*.mjs', 'scripts/**/*.{js,mjs}', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022, TextEncoder: 'readonly', TextDecoder: 'readonly', atob: 'readonly', btoa: 'readonly', crypto: 'readonly', globalThis: 'readonly' } },
    rules: {
      'no-restricted-imports': ['error', coreForbidden],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'src/core does no I/O: pass data in.' },
        { name: 'window', message: 'src/core must run in a Worker and in node.' },
        { name: 'document', message: 'src/core must run in a Worker and in node.' },
        { name: 'localStorage', message: 'src/core must run in a Worker and in node.' },
        { name: 'navigator', message: 'src/core must run in node.' },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: ['src/features/**/*.test.ts', 'src/features/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)app(/|$)', message: 'Imports flow core → features → app: a feature never imports the app shell.' }, { regex: '^node:', message: 'Browser code: no node: imports.' }, valibotThroughAdapter] }],
    },
  },
  {
    // The badge (issue 12) runs on other people's pages: the core and the DOM, no framework, no app code.
    files: ['src/embed/**/*.ts'],
    ignores: ['src/embed/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            valibotThroughAdapter,
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*'], message: 'The badge is framework-free.' },
            { regex: '(^|/)(features|app|cli)(/|$)', message: 'The badge imports the core only.' },
            { regex: '^node:', message: 'Browser code: no node: imports.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [valibotThroughAdapter] }] },
  },
  { files: ['src/core/documents/valibot.ts'], rules: { 'no-restricted-imports': 'off' } },
  featureBoundaries,
  {
    files: ['src/**/*.tsx', 'src/features/**/*.ts', 'src/app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
