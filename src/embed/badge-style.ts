/**
 * The badge's stylesheet, adopted by its shadow root (a constructable stylesheet: a host page's
 * Content-Security-Policy without 'unsafe-inline' still allows it, and no rule of the host page
 * reaches inside). The verdict is a word and an icon, never a colour alone.
 *
 * Against the host page (found by review): the colours are custom properties set on the inner link,
 * not on :host, so a host rule on pith-badge cannot redefine them; the host element's ::before and
 * ::after are emptied with !important, which beats the host page's own !important (CSS Cascade 5
 * §6.4: for important declarations the inner context wins), so no fake "Verified" can be drawn
 * beside or over the badge by generated content; direction is fixed, since `all` does not reset it.
 */
export const BADGE_CSS = `
:host { display: inline-block; color-scheme: light dark; }
:host([hidden]) { display: none; }
:host::before, :host::after { content: none !important; display: none !important; }
a {
  all: initial; direction: ltr; unicode-bidi: isolate; font: 14px/1.35 system-ui, -apple-system, "Segoe UI", sans-serif;
  box-sizing: border-box; display: inline-flex; align-items: flex-start; gap: .5em; max-width: 32em; padding: .45em .7em;
  border: 1px solid var(--edge); border-radius: .5em; background: var(--bg); color: var(--fg); cursor: pointer; text-decoration: none;
  --bg: #fff; --fg: #0f172a; --muted: #475569; --edge: #cbd5e1;
}
a:focus-visible { outline: 2px solid #0f766e; outline-offset: 2px; }
.icon { flex: none; font-weight: 700; width: 1.3em; height: 1.3em; border-radius: 50%; display: inline-grid; place-items: center; color: #fff; background: var(--tone); font-size: .85em; margin-top: .1em; }
.body, .details { display: grid; gap: .1em; min-width: 0; }
.verdict { font-weight: 650; color: var(--tone-text); }
.number { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .9em; }
.title, .reason { overflow-wrap: anywhere; }
.reason { font-size: .85em; color: var(--muted); }
.mark { font-size: .8em; color: var(--muted); }
:host([size="small"]) .title, :host([size="small"]) .reason { display: none; }
@media (prefers-color-scheme: dark) { :host(:not([theme="light"])) a { --bg: #0f172a; --fg: #f1f5f9; --muted: #cbd5e1; --edge: #334155; } }
:host([theme="dark"]) a { --bg: #0f172a; --fg: #f1f5f9; --muted: #cbd5e1; --edge: #334155; }
a[data-state="verified"] { --tone: #047857; --tone-text: #047857; }
a[data-state="incomplete"] { --tone: #b45309; --tone-text: #92400e; }
a[data-state="invalid"], a[data-state="wrong-record"] { --tone: #b91c1c; --tone-text: #b91c1c; }
a[data-state="checking"], a[data-state="unreachable"], a[data-state="not-found"], a[data-state="bad-input"] { --tone: #64748b; --tone-text: var(--fg); }
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) a[data-state="verified"] { --tone-text: #6ee7b7; }
  :host(:not([theme="light"])) a[data-state="incomplete"] { --tone-text: #fcd34d; }
  :host(:not([theme="light"])) a[data-state="invalid"], :host(:not([theme="light"])) a[data-state="wrong-record"] { --tone-text: #fca5a5; }
}
:host([theme="dark"]) a[data-state="verified"] { --tone-text: #6ee7b7; }
:host([theme="dark"]) a[data-state="incomplete"] { --tone-text: #fcd34d; }
:host([theme="dark"]) a[data-state="invalid"], :host([theme="dark"]) a[data-state="wrong-record"] { --tone-text: #fca5a5; }
`;
