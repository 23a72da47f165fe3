/** "Unknown / not checkable": what nobody outside pith.science can check, always listed, never shown as valid. */
export function UnknownsList({ items, headingId, level, testId }: { items: readonly string[]; headingId?: string; level: 2 | 3; testId: string }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={headingId} className="space-y-2" data-testid={testId}>
      <Heading id={headingId} className={level === 2 ? 'text-lg font-semibold' : 'font-semibold'}>
        Unknown / not checkable
      </Heading>
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
        {items.map((u) => (
          <li key={u}>{u}</li>
        ))}
      </ul>
    </section>
  );
}
