// Lint: typescript-eslint + React hooks, and the one-way import rule
// core → features → app (src/core is pure TypeScript: no React, DOM, fetch or node:).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const coreForbidden = {
  patterns: [
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*'], message: 'src/core is framework-free: no React or TanStack.' },
    { regex: '^node:', message: 'src/core runs in browsers and workers too: no node: imports.' },
    { regex: '(^|/)(features|app|cli|workers)(/|$)', message: 'Imports flow core → features → app: core imports only core.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'public', 'bench/results', 'bench/.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['bin/**/*.mjs', 'scripts/**/*.{js,mjs}'],
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
    ignores: ['src/features/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)app(/|$)', message: 'Imports flow core → features → app: a feature never imports the app shell.' }, { regex: '^node:', message: 'Browser code: no node: imports.' }] }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/features/**/*.ts', 'src/app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
