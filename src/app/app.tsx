export function App() {
  return (
    <main className="mx-auto max-w-4xl p-6">
      <h1 className="text-2xl font-semibold">pith-explorer</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">Explore and verify Pith Number records in your browser.</p>
    </main>
  );
}
