/**
 * Drop anywhere (a visible overlay while dragging) and paste anywhere (Ctrl/Cmd+V outside text
 * fields), by the one paste rule (classifyPaste): JSON is verified as if dropped, an identifier is
 * looked up, other text is shown with what is wrong with it. Nothing is sent.
 */
import { navigate, searchString } from '../ui/navigation';
import { useEffect, useRef, useState } from 'react';
import { classifyPaste, pathForQuery } from '../../core/query/query-path';
import { sourcesFromDataTransfer } from './collect-files';
import { useIntake } from './use-intake';

function isEditable(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
}

export function DropOverlay() {
  const intake = useIntake();
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);

  useEffect(() => {
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].some((t) => t === 'Files' || t === 'text/plain');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const leave = () => {
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer) return;
      e.preventDefault();
      depth.current = 0;
      setDragging(false);
      void sourcesFromDataTransfer(e.dataTransfer).then(intake);
    };
    const paste = (e: ClipboardEvent) => {
      if (isEditable(e.target) || !e.clipboardData) return;
      const files = [...e.clipboardData.files];
      const text = e.clipboardData.getData('text/plain');
      if (files.length === 0 && text.trim() === '') return;
      e.preventDefault();
      if (files.length > 0) {
        void intake(files.map((f) => ({ name: f.name, file: f })));
        return;
      }
      const pasted = classifyPaste(text);
      if (pasted.kind === 'documents') void intake([{ name: 'pasted text', text }]);
      else if (pasted.kind === 'query') navigate(pathForQuery(pasted.query));
      else navigate(`/${searchString({ q: text.trim().slice(0, 2000) })}`);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    window.addEventListener('paste', paste);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
      window.removeEventListener('paste', paste);
    };
  }, [intake]);

  if (!dragging) return null;
  return (
    <div className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-teal-900/70 p-8" data-testid="drop-overlay" role="presentation">
      {/* A solid box: the page's own text showed through the tint and under these words. */}
      <div className="rounded-2xl border-4 border-dashed border-white bg-teal-800 p-10 text-center text-white shadow-2xl">
        <p className="text-2xl font-semibold">Drop to verify</p>
        <p className="mt-2 text-sm">Records, bundles, states, arrays, JSONL, whole folders. Checked in this browser; nothing is uploaded.</p>
      </div>
    </div>
  );
}
