/**
 * What one check is, for the registry (registry.ts): a stable id, a title, its role in the verdict,
 * the function that runs it, and the shell commands that repeat it without this app. Adding a
 * check is one file exporting one of these, one line in the registry, and fixtures.
 */
import type { CheckOutcome, CheckResult } from './check-types';
import type { CheckContext } from './context';
import type { ReplayCommand, ReplayInputs } from './replay/replay-types';

/**
 * How a check counts in the verdict (verdictOf):
 * - chain: a link record → digest → number → signature; verified needs every chain check to pass.
 * - gate: its warn caps the verdict at incomplete (unknown versions fail closed).
 * - binding: ties unsigned data to the chain; a fail makes the record invalid, a skip costs nothing.
 * - graph: unsigned graph data; a fail makes the record invalid, a pass never helps make it verified.
 */
export type CheckRole = 'chain' | 'gate' | 'binding' | 'graph';

export interface CheckDefinition {
  readonly id: string;
  readonly title: string;
  readonly role: CheckRole;
  readonly run: (ctx: CheckContext) => CheckOutcome | Promise<CheckOutcome>;
  /** Commands a sceptic can paste to repeat the check (empty when a shell cannot repeat it). */
  readonly replay: (check: CheckResult, inputs: ReplayInputs) => ReplayCommand[];
}
