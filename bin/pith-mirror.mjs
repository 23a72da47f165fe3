#!/usr/bin/env node
// The pith-mirror command: the compiled src/cli/pith-mirror.ts (see run-compiled.mjs).
import { runCompiled } from './run-compiled.mjs';

await runCompiled('pith-mirror');
