/**
 * A deep link's verdict before React has loaded (issue 10): for `/pith/<26-character suffix>`, the
 * boot script (src/app/boot.ts) looks the record up and verifies it with the same query the record
 * page uses (recordQuery, in the app's own query client), shows the first screen of the record page
 * from the core's report, and only then loads React. React's record page finds that result in the
 * cache and takes this screen's place, with the same classes (record-header-style.ts).
 *
 * Why: ReactDOM and the router are about 87 KB gzip, near the whole budget of the first verdict;
 * the boot chunk, the verifier and this file are about 72 KB (config/size-budget.ts).
 *
 * Plain DOM and textContent only: every string here can come from a hostile document.
 *
 * Loaded on demand (app/boot.ts, and main.ts fetches it early on /pith/ paths): the home page does
 * not fetch this drawing code (config/first-load-chunks.ts keeps it out of the boot chunk).
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ResolvedRecord } from '../../core/mirrors/resolve-record';
import { mismatchLead } from '../../core/query/mismatch-lead';
import { visibleProse } from '../../core/text/visible-text';
import type { Query } from '../../core/query/parse-query';
import type { DisplayField } from '../../core/verify/report-types';
import { recordQuery } from '../mirrors/record-query';
import { getSettings } from '../settings/settings-store';
import { loadVerifier } from '../verification/verify-client';
import { BINDING_BADGE_CLASS, BINDING_CLASS, BINDING_ICON, BINDING_WORD } from '../ui/binding-style';
import { pageTitle } from '../ui/page-title';
import { LOGO_CLASS, SITE_HEADER_CLASS, SITE_HEADER_HEIGHT_CLASS, SITE_HEADER_ROW_CLASS } from '../ui/site-header-style';
import { VERDICT_BADGE_CLASS, VERDICT_CLASS, VERDICT_ICON, VERDICT_SIZE_CLASS, VERDICT_WORD } from '../ui/status-style';
import { FIRST_VERDICT_ATTRIBUTE, removeFirstVerdict } from './first-verdict-hold';
import { recordTabTitle, verdictAnnouncement } from './record-tab-title';
import { cutCodeUnits } from '../../core/text/cut-text';
import { TAG_CLASS } from '../ui/tag';
import {
  HEADER_CLASS,
  HEADLINE_CLASS,
  listedReasons,
  MISMATCH_CLASS,
  MUTED_CLASS,
  NUMBER_CLASS,
  NUMBER_GROUP_CLASS,
  NUMBER_ROW_CLASS,
  ORIGIN_CLASS,
  ORIGIN_NOTE_CLASS,
  ORIGIN_URL_CLASS,
  originTag,
  REASON_CLASS,
  REASONS_CLASS,
  RECORD_VIEW_CLASS,
  SHORT_GROUP_CLASS,
  SHORT_NUMBER_CLASS,
  shortNumberOf,
  TITLE_CLASS,
  TITLE_PREVIEW,
  TITLE_ROW_CLASS,
  VERDICT_BOX_CLASS,
  VERDICT_ROW_CLASS,
} from './record-header-style';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.append(...children);
  return e;
}

function bindingBadge(field: DisplayField, name: string, extra = ''): HTMLElement {
  const explain = field.note;
  const badge = el('span', `${BINDING_BADGE_CLASS} ${BINDING_CLASS[field.binding]} ${extra}`, el('span', '', BINDING_ICON[field.binding]), BINDING_WORD[field.binding], el('span', 'sr-only', `: ${explain}`));
  badge.firstElementChild!.setAttribute('aria-hidden', 'true');
  badge.dataset.binding = field.binding;
  badge.dataset.field = name;
  badge.title = explain;
  return badge;
}

/**
 * The record page's first screen, from the core's report and the resolver's answer: its header
 * (record-header.tsx) without the buttons (copy, cite), the note when the record is not quite what
 * was asked for, and which mirror served it (record-origin.tsx), which is also the largest text on a
 * phone's first screen (Lighthouse's LCP element once React had drawn it).
 */
export function firstVerdictElement(record: ResolvedRecord, understood: string): HTMLElement {
  const { report } = record;
  const title = report.fields.title;
  // Shown as React's page shows it (LongText): its invisible and direction-changing characters as code points.
  const titleText = title ? (title.value.length > TITLE_PREVIEW ? `${visibleProse(cutCodeUnits(title.value, TITLE_PREVIEW))}…` : visibleProse(title.value)) : `Untitled ${report.kindLabel}`;
  // At most 4 lines here: 300 wide characters are 14 lines on a phone, which pushed the verdict off
  // its first screen (a hostile review, 2026-12-02). React's page shows the title with "show more".
  const h1 = el('h1', `${TITLE_CLASS} line-clamp-4`, el('span', title ? '[unicode-bidi:isolate]' : MUTED_CLASS, titleText));
  const titleRow = el('div', TITLE_ROW_CLASS, h1);
  if (title) titleRow.append(bindingBadge(title, 'title', 'mt-2'));

  const numberRow = el('div', NUMBER_ROW_CLASS);
  const numberField = report.fields['pith-number'];
  if (report.pithNumber) {
    const code = el('code', NUMBER_CLASS, report.pithNumber);
    code.dataset.testid = 'pith-number';
    numberRow.append(el('span', NUMBER_GROUP_CLASS, code, ...(numberField ? [bindingBadge(numberField, 'pith-number')] : [])));
  } else numberRow.append(el('span', MUTED_CLASS, 'no pith number'));
  const short = shortNumberOf(report);
  const shortField = report.fields['short-pith-number'];
  if (short) numberRow.append(el('span', SHORT_GROUP_CLASS, el('code', SHORT_NUMBER_CLASS, short), ...(shortField && shortField.value === short ? [bindingBadge(shortField, 'short-pith-number')] : [])));

  const verdict = el('span', `${VERDICT_BADGE_CLASS} ${VERDICT_CLASS[report.verdict]} ${VERDICT_SIZE_CLASS.md}`, el('span', '', VERDICT_ICON[report.verdict]), VERDICT_WORD[report.verdict]);
  verdict.firstElementChild!.setAttribute('aria-hidden', 'true');
  verdict.dataset.verdict = report.verdict;
  const headline = el('p', HEADLINE_CLASS, report.headline.summary);
  headline.dataset.testid = 'headline';
  const verdictBox = el('div', VERDICT_BOX_CLASS, el('div', VERDICT_ROW_CLASS, verdict, headline));
  verdictBox.dataset.testid = 'record-verdict';
  const reasons = listedReasons(report);
  if (reasons.length > 0) {
    const list = el('ul', REASONS_CLASS, ...reasons.map((r) => el('li', REASON_CLASS, r.text)));
    list.dataset.testid = 'headline-reasons';
    verdictBox.append(list);
  }
  // Empty when inserted, filled a frame later: screen readers announce a live region's changes, not
  // the text it is created with.
  const status = el('p', 'sr-only');
  status.setAttribute('role', 'status');
  requestAnimationFrame(() => (status.textContent = verdictAnnouncement(report, record.mismatches.length > 0)));

  const column = el('div', RECORD_VIEW_CLASS, el('header', HEADER_CLASS, titleRow, numberRow, verdictBox, status));
  if (record.mismatches.length > 0) {
    const lead = el('strong', 'mb-1 block', mismatchLead(report.pithNumber));
    lead.dataset.testid = 'mismatch-lead';
    const note = el('div', MISMATCH_CLASS, lead, ...record.mismatches.map((m) => el('p', '', el('span', '', '! '), m.message)));
    note.setAttribute('role', 'note');
    note.dataset.testid = 'request-mismatch';
    for (const bang of note.querySelectorAll('span')) bang.setAttribute('aria-hidden', 'true');
    // Before the header, as the app's page has it: read before the verdict.
    column.prepend(note);
  }
  const origin = el('div', ORIGIN_CLASS, el('p', '', el('span', TAG_CLASS, originTag(record.url)), ' Fetched from ', el('strong', '', record.mirror.name), ' ', el('span', ORIGIN_URL_CLASS, record.url), ` for ${understood}.`));
  origin.dataset.testid = 'record-origin';
  if (record.note) origin.append(el('p', ORIGIN_NOTE_CLASS, `Note: ${record.note}.`));
  const loading = el('p', 'text-sm text-slate-500 dark:text-slate-400', 'Loading the checks and the rest of this record…');
  loading.dataset.firstVerdictLoading = '';
  column.append(origin, loading);
  const root = el('div', '', siteBand(), el('main', 'mx-auto max-w-6xl px-4 pb-16', column));
  root.setAttribute(FIRST_VERDICT_ATTRIBUTE, '');
  return root;
}

/**
 * Looks the deep link's record up and verifies it through `client` (the query the record page will
 * read), saying so at once, then shows its first screen just before `root` (React's container,
 * still empty): 'shown'. 'failed', showing nothing, when the lookup fails: the app's own page then
 * says why, from the same cached answer (recordQuery does not retry on mount). 'waiting' when
 * no answer came within `waitMs`: the app starts and shows the lookup itself.
 */
export async function showFirstVerdict(root: HTMLElement, query: Query, client: QueryClient, waitMs: number): Promise<'shown' | 'failed' | 'waiting'> {
  const { mirrors, userKeys } = getSettings();
  // The verifier chunk is fetched while the mirror is asked, not after the record has arrived.
  void loadVerifier().catch(() => undefined);
  // Said at once, as the record page's skeleton says it; React's skeleton takes its place if React starts first.
  const pending = pendingElement(query.understood);
  root.before(pending);
  const lookup = client.fetchQuery(recordQuery(query, mirrors, userKeys, client)).then(
    (record) => ({ record }),
    () => null,
  );
  const outcome = await Promise.race([lookup, new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), waitMs))]);
  // A slow or hung mirror: React starts, its record page reads the same lookup (the query is in
  // flight in the cache) and says what happens; this module draws nothing more.
  if (outcome === 'late') return 'waiting';
  if (outcome === null) {
    // Through the hand-over, which keeps a focused home link's focus for the app's header.
    removeFirstVerdict();
    return 'failed';
  }
  document.title = pageTitle(recordTabTitle(outcome.record.report, outcome.record.mismatches.length > 0));
  const shown = firstVerdictElement(outcome.record, query.understood);
  // Focus on the pending band's home link stays on the home link (replaced, it fell to <body>).
  const hadFocus = pending.contains(document.activeElement);
  pending.replaceWith(shown);
  if (hadFocus) shown.querySelector('a')?.focus();
  return 'shown';
}

/** Before the lookup has answered: the app's band and what is being done (the record page's skeleton words). */
function pendingElement(understood: string): HTMLElement {
  const status = el('p', 'py-8 text-sm text-slate-600 dark:text-slate-400', `Looking up ${understood} and verifying it…`);
  status.setAttribute('role', 'status');
  const main = el('main', 'mx-auto max-w-6xl px-4 pb-16', status);
  main.setAttribute('aria-busy', 'true');
  const e = el('div', '', siteBand(), main);
  e.setAttribute(FIRST_VERDICT_ATTRIBUTE, 'pending');
  return e;
}

/** The app's header band, with a real link home (it works before React), as tall as the app's. */
function siteBand(): HTMLElement {
  const home = el('a', LOGO_CLASS, 'pith-explorer');
  home.href = '/';
  home.setAttribute('aria-label', 'pith-explorer, home');
  return el('div', `${SITE_HEADER_CLASS} ${SITE_HEADER_HEIGHT_CLASS}`, el('div', SITE_HEADER_ROW_CLASS, home));
}
