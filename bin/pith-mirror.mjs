#!/usr/bin/env node
// Runs the TypeScript mirror builder through tsx, so the CLI and the app share one core source.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register();
const entry = fileURLToPath(new URL('../src/cli/pith-mirror.ts', import.meta.url));
process.argv[1] = entry;
await import(entry);
