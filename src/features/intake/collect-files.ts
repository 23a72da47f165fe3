/**
 * Turns a drop (files and whole folders) or a picker's FileList into named
 * sources. Folders are walked recursively; hidden files (.DS_Store…) skipped.
 */
import type { InputSource } from '../batch/batch-run';

function isHidden(name: string): boolean {
  return name.split('/').some((part) => part.startsWith('.'));
}

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  // readEntries returns at most ~100 entries per call: call until it returns none.
  return new Promise((resolve, reject) => {
    const out: FileSystemEntry[] = [];
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(out);
        else {
          out.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, out: InputSource[]): Promise<void> {
  const path = entry.fullPath.replace(/^\//, '');
  if (isHidden(path)) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ name: path, file });
  } else if (entry.isDirectory) {
    const children = await readAll((entry as FileSystemDirectoryEntry).createReader());
    children.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const c of children) await walk(c, out);
  }
}

export async function sourcesFromDataTransfer(dt: DataTransfer): Promise<InputSource[]> {
  const entries = [...dt.items].map((i) => (i.kind === 'file' ? i.webkitGetAsEntry() : null));
  if (entries.some((e) => e !== null)) {
    const out: InputSource[] = [];
    for (const e of entries) if (e) await walk(e, out);
    return out;
  }
  // No entry API (e.g. files from a synthetic or older drop): take the files as they are.
  if (dt.files.length > 0) return sourcesFromFileList(dt.files);
  const text = dt.getData('text/plain');
  return text ? [{ name: 'dropped text', text }] : [];
}

export function sourcesFromFileList(list: FileList | null): InputSource[] {
  return [...(list ?? [])]
    .map((file) => ({ name: file.webkitRelativePath || file.name, file }))
    .filter((s) => !isHidden(s.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}
