/**
 * Getting the checked document onto a sceptic's disk as record.json, which every check's replay
 * commands (the registry's, see verify/replay/shell.ts for the safety rules) then read.
 */
import { HEX64, RECORD_FILE, shellQuote } from '../verify/replay/shell';
import type { ReplayCommand } from '../verify/replay/replay-types';

export type { ReplayCommand };

/** Where the checked document came from: a mirror, a file (maybe one entry of several), or elsewhere. */
export type ReportSource =
  | { readonly type: 'mirror'; readonly mirror: string; readonly url: string }
  | { readonly type: 'file'; readonly name: string; readonly index?: number | null }
  /** E.g. a share link; `description` says what it was, in a few words. */
  | { readonly type: 'other'; readonly description: string };

const SAVE_IT = `save the document with this app's "Download JSON" button (it keeps the bytes exactly) and rename it to ${RECORD_FILE}`;

/** How to get the document as record.json, and what cannot be fetched again. */
export function fetchCommands(source: ReportSource, documentSha256: string | null): { commands: ReplayCommand[]; notes: string[] } {
  const commands: ReplayCommand[] = [];
  const notes: string[] = [];
  if (source.type === 'file' && (source.index === undefined || source.index === null)) {
    commands.push({ what: `Copy the checked file to ${RECORD_FILE} (the commands below read that name).`, command: `cp ${shellQuote(source.name)} ${RECORD_FILE}`, expectOutput: null });
  } else if (source.type === 'file') {
    notes.push(`The document is entry ${source.index} of ${source.name}, which holds several; ${SAVE_IT}.`);
  } else if (source.type === 'mirror' && /^https?:\/\//.test(source.url)) {
    commands.push({ what: `Fetch the document from the mirror as ${RECORD_FILE}.`, command: `curl -sSfL -o ${RECORD_FILE} ${shellQuote(source.url)}`, expectOutput: null });
    notes.push('A mirror may serve other bytes later; the checks below hold for whatever file you run them on.');
  } else if (source.type === 'mirror') {
    notes.push(`The mirror address ${source.url} is relative to this app; ${SAVE_IT}.`);
  } else {
    notes.push(`The document came from ${source.description}; ${SAVE_IT}.`);
  }
  if (documentSha256 && HEX64.test(documentSha256)) {
    commands.push({
      what: 'SHA-256 of the whole file, to confirm it is the one this report was made from.',
      command: `python3 -c 'import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest())' ${RECORD_FILE}`,
      expectOutput: documentSha256,
    });
  }
  return { commands, notes };
}
