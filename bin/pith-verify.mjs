#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the CLI and the app share one core source.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register();
const entry = fileURLToPath(new URL('../src/cli/pith-verify.ts', import.meta.url));
process.argv[1] = entry;
await import(entry);
