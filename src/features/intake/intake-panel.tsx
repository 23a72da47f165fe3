/** The home page's "verify files" box: pickers for files and folders, and a paste area. */
import { BUTTON_CLASS } from '../ui/button';
import { Tag } from '../ui/tag';
import { useState } from 'react';
import { sourcesFromFileList } from './collect-files';
import { useIntake } from './use-intake';

// A file picker is a label styled as a button; its focus ring follows the hidden input (focus-within).
const button = `${BUTTON_CLASS} focus-within:outline-2 focus-within:outline-teal-600`;

/**
 * What is in the paste box, kept for the page's life (memory only, never stored): Back from the
 * verdict finds the text as it was, to fix and verify again (a new user's walk-through, 2026-12-03:
 * it came back empty).
 */
let draft = '';

export function IntakePanel() {
  const intake = useIntake();
  const [text, setTextState] = useState(() => draft);
  const setText = (t: string) => {
    draft = t;
    setTextState(t);
  };
  return (
    <section aria-labelledby="intake-heading" className="space-y-3 rounded-xl border-2 border-dashed border-slate-300 p-4 dark:border-slate-700">
      <h2 id="intake-heading" className="text-lg font-semibold">
        Verify a file <Tag className="ml-1 align-middle" title="Verified in this browser; nothing is sent over the network">local</Tag>
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">Drop files or folders anywhere on the page, pick them, or paste JSON (Ctrl/Cmd+V). Records, bundles, states, arrays and JSONL are recognised by their content. Nothing is sent over the network.</p>
      <div className="flex flex-wrap gap-2">
        <label className={button}>
          Choose files…
          <input type="file" multiple className="sr-only" data-testid="file-input" onChange={(e) => void intake(sourcesFromFileList(e.currentTarget.files)).finally(() => undefined)} />
        </label>
        <label className={button}>
          Choose a folder…
          <input type="file" multiple className="sr-only" data-testid="folder-input" {...{ webkitdirectory: '' }} onChange={(e) => void intake(sourcesFromFileList(e.currentTarget.files))} />
        </label>
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim() !== '') void intake([{ name: 'pasted text', text }]);
        }}
        className="space-y-2"
      >
        <label htmlFor="paste-json" className="block text-sm font-medium">
          Or paste JSON here
        </label>
        <textarea id="paste-json" value={text} onChange={(e) => setText(e.target.value)} rows={3} spellCheck={false} className="w-full rounded-lg border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900" placeholder='{"record_type":"pith_number_record", …}' />
        <button type="submit" className={button} disabled={text.trim() === ''}>
          Verify pasted JSON
        </button>
      </form>
    </section>
  );
}
