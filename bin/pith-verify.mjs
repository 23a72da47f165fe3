#!/usr/bin/env node
// The pith-verify command: the compiled src/cli/pith-verify.ts (see run-compiled.mjs).
import { runCompiled } from './run-compiled.mjs';

await runCompiled('pith-verify');
