import { VIEWPORT_MARGIN } from './position';

/**
 * Styles of the popover's closed shadow root; nothing here can leak out to
 * the page, and the page cannot override the host's: for !important rules
 * the shadow tree's own (:host here) win over every page rule, whatever its
 * layer or specificity. Only left/top come from the host's inline style.
 * `all: initial` sits on the inner container, not on :host: on :host it would
 * also override the inline left/top that position the popover. The container
 * still cuts off every inherited page style. Its text cannot be selected:
 * a page's `window.find()` places the document's selection on text it
 * finds, shadow trees included, and `getSelection().toString()` would then
 * read it out.
 */
/** The popover's widest (CSS px): the term list opens this wide, centred. */
export const POPOVER_WIDTH = 380;

export const POPOVER_CSS = `
.root { all: initial; display: block; user-select: none; -webkit-user-select: none; }
/* The live region: read by screen readers, never seen. */
.announce { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
:host {
  position: fixed !important;
  z-index: 2147483647 !important;
  display: block !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  translate: none !important;
  scale: none !important;
  rotate: none !important;
  zoom: 1 !important;
  filter: none !important;
  backdrop-filter: none !important;
  mix-blend-mode: normal !important;
  clip-path: none !important;
  mask: none !important;
  content-visibility: visible !important;
  contain: none !important;
  pointer-events: auto !important;
  right: auto !important;
  bottom: auto !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  outline: 0 !important;
  background: transparent !important;
  box-shadow: none !important;
  overflow: visible !important;
  width: max-content !important;
  height: auto !important;
  min-width: 0 !important;
  min-height: 0 !important;
  max-width: min(${POPOVER_WIDTH}px, calc(100vw - ${2 * VIEWPORT_MARGIN}px)) !important;
  max-height: none !important;
  color-scheme: light dark;
}
:host(:not(:popover-open)) { display: none !important; }
* { box-sizing: border-box; }
.card {
  --fg: #1d1b26; --muted: #5b5870; --bg: #ffffff; --line: #dedbe8; --accent: #5b3fc4; --chip: #f1eefb;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(20, 16, 40, 0.22);
  padding: 12px 14px 10px;
  max-height: min(70vh, 520px); overflow: auto;
  text-align: left; direction: ltr; letter-spacing: normal; word-spacing: normal;
  animation: appear 120ms ease-out;
}
@media (prefers-color-scheme: dark) {
  .card { --fg: #ece9f7; --muted: #aaa5c2; --bg: #211f2b; --line: #3a3650; --accent: #b7a6ff; --chip: #2f2b40; }
}
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }
@media (prefers-contrast: more) {
  .card { --muted: #3b3850; --line: #5b5870; border-width: 2px; }
  .chip, .know { border: 1px solid var(--fg); }
}
@media (prefers-contrast: more) and (prefers-color-scheme: dark) {
  .card { --muted: #d6d2e8; --line: #aaa5c2; }
}
@keyframes appear { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
.head { display: flex; align-items: baseline; gap: 8px; }
.category { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.yours { font-size: 11px; color: var(--accent); }
.close, .back {
  all: unset; cursor: pointer; color: var(--muted); font-size: 16px; line-height: 1;
  padding: 2px 6px; border-radius: 6px;
}
.close { margin-left: auto; }
.close:hover, .back:hover { background: var(--chip); }
h2 { margin: 4px 0 6px; font-size: 16px; font-weight: 650; line-height: 1.3; }
p { margin: 0 0 8px; }
.long { white-space: pre-line; }
.more {
  all: unset; cursor: pointer; color: var(--accent); font-weight: 600; font-size: 13px;
  border-radius: 4px; padding: 1px 2px;
}
.related { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0 8px; align-items: center; }
.related-label { font-size: 12px; color: var(--muted); }
.chip {
  all: unset; cursor: pointer; font-size: 12px; padding: 2px 8px; border-radius: 999px;
  background: var(--chip); color: var(--fg);
}
.chip:hover { outline: 1px solid var(--accent); }
.meta { font-size: 12px; color: var(--muted); border-top: 1px solid var(--line); padding-top: 6px; }
.meta a { color: var(--accent); }
.suggestion { font-size: 13px; color: var(--muted); font-style: italic; margin: 4px 0 0; }
.know {
  all: unset; cursor: pointer; font-size: 12px; color: var(--accent); margin-top: 6px;
  padding: 2px 8px; border: 1px solid var(--line); border-radius: 999px;
}
.know:hover { background: var(--chip); }
button:focus-visible, a:focus-visible, [role="option"]:focus-visible, .list:focus-visible {
  outline: 2px solid var(--accent); outline-offset: 2px;
}
.list { list-style: none; margin: 6px 0 0; padding: 0; max-height: 50vh; overflow: auto; outline: none; }
.list li { display: flex; gap: 8px; padding: 5px 8px; border-radius: 6px; cursor: pointer; }
.list li[aria-selected="true"] { background: var(--chip); outline: 1px solid var(--accent); }
.count { margin-left: auto; color: var(--muted); font-variant-numeric: tabular-nums; }
.hint { font-size: 12px; color: var(--muted); margin-top: 6px; }
/* "Wrong or outdated?" and its form. */
.flag { margin-top: 6px; }
.flag-open {
  all: unset; cursor: pointer; font-size: 12px; color: var(--muted); text-decoration: underline;
  border-radius: 4px; padding: 1px 2px;
}
.flag-open:hover { color: var(--accent); }
.flag-existing, .flag-status { font-size: 12px; color: var(--muted); margin: 0 0 4px; }
.flag-status:empty { margin: 0; }
.flag-form { margin-top: 8px; border-top: 1px solid var(--line); padding-top: 8px; font-size: 13px; }
.flag-kinds { border: 0; margin: 0 0 6px; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 14px; }
.flag-kinds legend { padding: 0; margin: 0 0 4px; font-weight: 600; }
.flag-kind { display: inline-flex; gap: 5px; align-items: center; cursor: pointer; }
.flag-kind input { margin: 0; accent-color: var(--accent); }
.flag-note-label { display: block; margin: 4px 0 2px; font-size: 12px; color: var(--muted); }
/* The note can be selected and edited like any text field. */
.flag-note {
  display: block; width: 100%; min-height: 3.5em; font: inherit; color: var(--fg); background: var(--bg);
  border: 1px solid var(--muted); border-radius: 6px; padding: 4px 6px; resize: vertical;
  user-select: text; -webkit-user-select: text;
}
.flag-local { font-size: 11px; color: var(--muted); margin: 4px 0 6px; }
.flag-actions { display: flex; gap: 8px; }
.flag-save, .flag-cancel {
  all: unset; cursor: pointer; font-size: 12px; padding: 3px 10px; border-radius: 999px; border: 1px solid var(--line);
}
.flag-save { background: var(--accent); color: var(--bg); border-color: var(--accent); font-weight: 600; }
.flag-save:disabled { opacity: 0.55; cursor: default; }
.flag-cancel:hover, .flag-open:focus-visible { background: var(--chip); }
input:focus-visible, textarea:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
`;
