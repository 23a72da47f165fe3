/** "1 record", "3 records": a count with its noun (issue 9: correct plurals everywhere). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
