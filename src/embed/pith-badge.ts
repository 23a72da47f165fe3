/**
 * `<pith-badge>` (issue 12): a badge that verifies in the reader's browser. It fetches the record from
 * a mirror, recomputes its canonical hash and number and checks its Ed25519 receipt against the pinned
 * key with the explorer's own core (badge-check.ts), and only then says "verified".
 *
 *   <script type="module" src="https://explorer.example/embed/pith-badge.js"></script>
 *   <pith-badge number="pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74">
 *     <a href="https://explorer.example/pith/UTTGU3KIYM6JKD6ALUV7A7CX74">pith:2017:UTTGU3KI…</a>
 *   </pith-badge>
 *
 * Attributes: number or arxiv (number wins when both are given); mirror (space-separated base URLs;
 * default pith.science, then the explorer's own mirror); theme light | dark | auto; size small | full.
 * Without JavaScript the inner link is what shows. No framework; Shadow DOM, so the host page's CSS
 * cannot restyle the verdict. Mistakes in the attributes are reported on the console for the author.
 */
import { parsePithNumber } from '../core/pith/pith-number';
import { visibleText } from '../core/text/visible-text';
import { badgeMirrors, checkBadge, type BadgeState } from './badge-check';
import { BADGE_CSS } from './badge-style';

const WORD: Record<BadgeState['kind'], string> = {
  checking: 'Checking…',
  verified: 'Verified',
  incomplete: 'Incomplete',
  invalid: 'Invalid',
  'wrong-record': 'Wrong record',
  unreachable: 'Unreachable',
  'not-found': 'Not found',
  'bad-input': 'Badge error',
};
const ICON: Record<BadgeState['kind'], string> = { checking: '…', verified: '✓', incomplete: '!', invalid: '✗', 'wrong-record': '✗', unreachable: '?', 'not-found': '?', 'bad-input': '!' };
const TITLE_MARK = { bound: 'title bound to the signed record', unbound: 'title not bound: shown as served', contradicted: 'title contradicts the signed record' } as const;

/** The explorer's origin: the badge script is served from it (dist/embed/pith-badge.js). */
const EXPLORER = new URL('/', import.meta.url).href;

let sheet: CSSStyleSheet | null = null;
function styles(): CSSStyleSheet {
  sheet ??= new CSSStyleSheet();
  if (sheet.cssRules.length === 0) sheet.replaceSync(BADGE_CSS);
  return sheet;
}

function el(tag: string, cls: string, text = ''): HTMLElement {
  const e = document.createElement(tag);
  e.className = cls;
  e.textContent = text;
  return e;
}

/** The custom element; each instance fetches and verifies on its own. */
export class PithBadge extends HTMLElement {
  static observedAttributes = ['number', 'arxiv', 'mirror'];
  // One link and one status node for the element's life: a re-check updates them in place, so focus
  // stays and the live region is the same node (a newly inserted one is not reliably announced).
  #link = document.createElement('a');
  #icon = el('span', 'icon');
  #status = el('span', 'verdict');
  #details = el('span', 'details');
  #run = 0;
  #scheduled = false;
  #checked: string | null = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles()];
    this.#icon.setAttribute('aria-hidden', 'true');
    this.#status.setAttribute('role', 'status');
    const body = el('span', 'body');
    body.append(this.#status, this.#details);
    this.#link.append(this.#icon, body);
    this.#link.target = '_blank';
    this.#link.rel = 'noopener';
    root.append(this.#link);
  }

  connectedCallback() {
    this.#schedule();
  }

  attributeChangedCallback() {
    this.#schedule();
  }

  /** One check per change, however many callbacks it fires (an element parsed with three attributes fires four). */
  #schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      const key = JSON.stringify([this.getAttribute('number'), this.getAttribute('arxiv'), this.getAttribute('mirror')]);
      if (this.isConnected && key !== this.#checked) {
        this.#checked = key;
        void this.#check();
      }
    });
  }

  async #check() {
    const run = ++this.#run;
    const request = {
      number: this.getAttribute('number'),
      arxiv: this.getAttribute('arxiv'),
      mirrors: (this.getAttribute('mirror') ?? '').split(/\s+/).filter(Boolean),
      explorer: EXPLORER,
    };
    if (request.number !== null && request.arxiv !== null) console.warn(`<pith-badge>: both number and arxiv are given; the number (${request.number}) is used.`);
    for (const e of badgeMirrors(request).errors) console.warn(`<pith-badge>: a mirror entry was left out: ${e}`);
    this.#draw({ kind: 'checking' });
    const state = await checkBadge(request, (url, init) => fetch(url, init));
    if (run === this.#run) this.#draw(state);
  }

  #draw(state: BadgeState) {
    const asked = this.getAttribute('number') ?? (this.getAttribute('arxiv') !== null ? `arXiv:${this.getAttribute('arxiv')}` : '');
    const suffix = 'suffix' in state && state.kind !== 'wrong-record' ? state.suffix : null;
    // The number and reasons come from outside: invisible and direction-changing characters are written out.
    const number = visibleText('number' in state ? state.number : asked, 60);
    this.#link.dataset.state = state.kind;
    this.#link.href = new URL(suffix ? `/pith/${suffix}` : `/?q=${encodeURIComponent(asked)}`, EXPLORER).href;
    this.#icon.textContent = ICON[state.kind];
    this.#status.textContent = WORD[state.kind];
    const parts: HTMLElement[] = [];
    const askedPith = parsePithNumber(asked);
    const shown = 'suffix' in state ? `pith:${state.number.split(':').pop()!.slice(0, 8)}` : askedPith.ok ? `pith:${askedPith.value.suffix.slice(0, 8)}` : visibleText(asked, 24);
    if (shown) {
      const n = el('span', 'number', shown);
      n.title = number;
      parts.push(n);
    }
    if ('title' in state && state.title) {
      const title = el('span', 'title', visibleText(state.title, 120));
      if (state.titleBinding) {
        title.dataset.binding = state.titleBinding;
        title.append(' ', el('span', 'mark', `(${TITLE_MARK[state.titleBinding]})`));
      }
      parts.push(title);
    }
    const reason = 'reason' in state && state.kind !== 'verified' ? visibleText(state.reason, 300) : null;
    if (reason) parts.push(el('span', 'reason', reason));
    this.#details.replaceChildren(...parts);
    this.#link.setAttribute('aria-label', [`${WORD[state.kind]}: ${number}`, reason, 'Opens the record in pith-explorer.'].filter(Boolean).map((t) => t!.replace(/[.\s]+$/, '')).join('. ') + '.');
    this.dataset.state = state.kind;
  }
}

if (!customElements.get('pith-badge')) customElements.define('pith-badge', PithBadge);
