/**
 * The overlay's styles, inside its shadow roots: the page's CSS cannot reach them and they cannot
 * reach the page. Sizes in px because the host page may set any root font size.
 */
export const BADGE_CSS = `
:host { all: initial; display: inline-block; margin: 4px 0 2px; vertical-align: middle; }
button {
  display: inline-flex; align-items: center; gap: 4px; min-height: 24px; padding: 2px 8px;
  border: 1px solid rgba(0,0,0,.35); border-radius: 12px; cursor: pointer;
  font: 600 12px/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
}
button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.labels { font-weight: 400; }
`;

export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.panel {
  position: fixed; top: 64px; right: 16px; z-index: 2147483646; width: 400px; max-width: calc(100vw - 32px);
  max-height: calc(100vh - 80px); overflow: auto; background: #ffffff; color: #14213d;
  border: 1px solid #8a94a6; border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.25);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
}
.panel[hidden] { display: none; }
.card { padding: 12px 14px 14px; }
.card__header { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; }
.card__title { font-size: 15px; margin: 0; line-height: 1.5; }
.card__title:focus { outline: none; }
.urgency { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 13px; }
.card__acute { background: #fde7ea; border-left: 4px solid #b00020; margin: 10px 0; padding: 6px 8px; font-weight: 600; }
.card__meta { color: #3d4a5c; margin: 6px 0 0; }
.card__reminder { margin: 6px 0 0; font-style: italic; color: #3d4a5c; }
h3 { font-size: 13px; margin: 14px 0 4px; text-transform: none; }
ul, ol { margin: 0; padding-left: 20px; }
li { margin: 2px 0; }
.card__suggestions li { margin: 8px 0; }
.card__reply { margin: 0 0 4px; padding: 6px 8px; background: #f3f5f8; border-radius: 6px; white-space: pre-wrap; }
button {
  font: inherit; min-height: 32px; padding: 4px 12px; border-radius: 6px; cursor: pointer;
  border: 1px solid #1d4e89; background: #ffffff; color: #1d4e89;
}
button:disabled { opacity: .6; cursor: default; }
button:focus-visible, textarea:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.card__primary { background: #1d4e89; color: #ffffff; }
.card__secondary { margin-top: 4px; }
.card__label { display: block; font-weight: 600; margin-top: 14px; }
.card__hint { margin: 2px 0 4px; color: #3d4a5c; font-size: 13px; }
textarea { width: 100%; font: inherit; padding: 6px; border: 1px solid #8a94a6; border-radius: 6px; resize: vertical; }
.card__findings { margin-top: 6px; font-size: 13px; }
.card__findings p { margin: 0 0 2px; }
.finding--error { color: #8a0018; }
.card__error { display: block; color: #8a0018; font-size: 13px; }
.card__actions { display: flex; gap: 8px; margin-top: 14px; flex-wrap: wrap; }
.card__status { min-height: 1em; margin: 8px 0 0; font-size: 13px; }
.highlight {
  position: absolute; z-index: 2147483645; pointer-events: none; border: 3px solid #0b57d0;
  border-radius: 8px; box-shadow: 0 0 0 4px rgba(11,87,208,.25); transition: opacity .6s;
}
@media (prefers-color-scheme: dark) {
  .panel { background: #111827; color: #f2f4f8; border-color: #4b5563; }
  .card__meta, .card__reminder, .card__hint { color: #c7cfdb; }
  .card__reply { background: #1f2937; }
  .card__acute { background: #3b0a12; }
  button { background: #111827; color: #9cc3f5; border-color: #9cc3f5; }
  .card__primary { background: #9cc3f5; color: #111827; }
  textarea { background: #0b1220; color: #f2f4f8; }
  .finding--error, .card__error { color: #ff9aa9; }
}
`;
