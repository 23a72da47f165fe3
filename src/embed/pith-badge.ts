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
 * Attributes: number or arxiv; mirror (space-separated base URLs; default pith.science, then the
 * explorer's own mirror); theme light | dark | auto; size small | full. Without JavaScript the inner
 * link is what shows. No framework; Shadow DOM, so the host page's CSS cannot restyle the verdict.
 */
import { visibleText } from '../core/text/visible-text';
import { checkBadge, type BadgeState } from './badge-check';
import { BADGE_CSS } from './badge-style';

const WORD: Record<BadgeState['kind'], string> = {
  checking: 'Checking…',
  verified: 'Verified',
  incomplete: 'Incomplete',
  invalid: 'Invalid',
  unreachable: 'Unreachable',
  'not-found': 'Not found',
  'bad-input': 'Badge error',
};
const ICON: Record<BadgeState['kind'], string> = { checking: '…', verified: '✓', incomplete: '!', invalid: '✗', unreachable: '?', 'not-found': '?', 'bad-input': '!' };
const TITLE_MARK = { bound: 'title bound to the signed record', unbound: 'title not bound: shown as served', contradicted: 'title contradicts the signed record' } as const;

/** The explorer's origin: the badge script is served from it (dist/embed/pith-badge.js). */
const EXPLORER = new URL('/', import.meta.url).href;

let sheet: CSSStyleSheet | null = null;
function styles(): CSSStyleSheet {
  sheet ??= new CSSStyleSheet();
  if (sheet.cssRules.length === 0) sheet.replaceSync(BADGE_CSS);
  return sheet;
}

function el(tag: string, cls: string, text: string): HTMLElement {
  const e = document.createElement(tag);
  e.className = cls;
  e.textContent = text;
  return e;
}

/** The custom element; each instance fetches and verifies on its own. */
export class PithBadge extends HTMLElement {
  static observedAttributes = ['number', 'arxiv', 'mirror'];
  #root: ShadowRoot;
  #run = 0;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [styles()];
  }

  connectedCallback() {
    void this.#check();
  }

  attributeChangedCallback() {
    if (this.isConnected) void this.#check();
  }

  async #check() {
    const run = ++this.#run;
    this.#draw({ kind: 'checking' });
    const state = await checkBadge(
      {
        number: this.getAttribute('number'),
        arxiv: this.getAttribute('arxiv'),
        mirrors: (this.getAttribute('mirror') ?? '').split(/\s+/).filter(Boolean),
        explorer: EXPLORER,
      },
      (url) => fetch(url, { credentials: 'omit', headers: { Accept: 'application/json' } }),
    );
    if (run === this.#run) this.#draw(state);
  }

  #draw(state: BadgeState) {
    const link = document.createElement('a');
    link.dataset.state = state.kind;
    const suffix = 'suffix' in state ? state.suffix : null;
    const asked = this.getAttribute('number') ?? (this.getAttribute('arxiv') ? `arXiv:${this.getAttribute('arxiv')}` : '');
    link.href = new URL(suffix ? `/pith/${suffix}` : `/?q=${encodeURIComponent(asked)}`, EXPLORER).href;
    link.target = '_blank';
    link.rel = 'noopener';
    const icon = el('span', 'icon', ICON[state.kind]);
    icon.setAttribute('aria-hidden', 'true');
    const body = el('span', 'body', '');
    // The verdict is text, announced when it changes (a polite live region), not a colour alone.
    const verdict = el('span', 'verdict', WORD[state.kind]);
    verdict.setAttribute('role', 'status');
    verdict.setAttribute('aria-live', 'polite');
    body.append(verdict);
    const number = 'number' in state ? state.number : asked;
    // The short number on the badge (pith:<first 8>), the full one in its title and accessible name.
    const shown = suffix ? `pith:${suffix.slice(0, 8)}` : visibleText(number, 24);
    if (shown) {
      const n = el('span', 'number', shown);
      n.title = number;
      body.append(n);
    }
    if ('title' in state && state.title) {
      // Text from the document, so invisible and direction-changing characters are shown, not obeyed.
      const title = el('span', 'title', visibleText(state.title, 120));
      if (state.titleBinding) {
        title.dataset.binding = state.titleBinding;
        title.append(' ', el('span', 'mark', `(${TITLE_MARK[state.titleBinding]})`));
      }
      body.append(title);
    }
    if (state.kind !== 'checking' && state.kind !== 'verified') body.append(el('span', 'reason', visibleText(state.reason, 300)));
    link.append(icon, body);
    link.setAttribute('aria-label', `${WORD[state.kind]}: ${number}${'reason' in state && state.kind !== 'verified' ? `. ${state.reason}` : ''}. Opens the record in pith-explorer.`);
    this.#root.replaceChildren(link);
    this.dataset.state = state.kind;
  }
}

if (!customElements.get('pith-badge')) customElements.define('pith-badge', PithBadge);
