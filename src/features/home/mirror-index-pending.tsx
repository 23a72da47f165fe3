/** What the embedded mirror's list says until its chunk and the mirror's index have arrived (home-page.tsx, embedded-records.tsx). */
export function MirrorIndexPending() {
  return (
    <p className="text-sm text-slate-500 dark:text-slate-400" aria-busy="true">
      Loading the mirror's index…
    </p>
  );
}
