/** "1 record", "3 records": a count with its noun (issue 9: correct plurals everywhere). */
import { formatCount } from '../../core/text/format-count';
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
