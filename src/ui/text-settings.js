/**
 * Text settings (size, line spacing, font): the whole feature's code is this one small inline
 * script in every page's <head>, so a saved choice applies before the first paint and no page
 * loads a script file for it. It sets `data-text` on <html> (src/ui/css/text-settings.css styles
 * it); the panel's radios (src/ui/TextSettings.astro) change it and save it, and other open tabs
 * follow (storage event).
 *
 * Storage is touched here directly, not through src/stores/storage.ts (a bundled module): every
 * access is guarded, so blocked or full storage only means the choice is not remembered. A saved
 * value that is not exactly a valid setting is ignored (the defaults apply).
 *
 * Written compact by hand: there is no minifier for inline scripts, and every page carries it.
 * astro.config.mjs puts its hash in the Content-Security-Policy; tests/unit/text-settings.test.ts
 * runs it.
 */

/** The localStorage key. */
export const TEXT_SETTINGS_KEY = 'second-look:text';

/**
 * A setting is three characters, one per radio group (named `ts0`, `ts1`, `ts2`), the first value
 * of each the default: size 1–4; line spacing n(ormal) or w(ider); font s(ite) or r(eadable).
 */
export const TEXT_SETTINGS = ['1234', 'nw', 'sr'];
const DEFAULT = TEXT_SETTINGS.map((values) => values[0]).join('');
const VALID = `^${TEXT_SETTINGS.map((values) => `[${values}]`).join('')}$`;

export const TEXT_SETTINGS_SCRIPT = [
  // d: document, k: the key, s: the setting now.
  `{let d=document,k="${TEXT_SETTINGS_KEY}",s,`,
  // a(saved): apply it if valid, else the defaults.
  `a=j=>d.documentElement.dataset.text=s=/${VALID}/.test(j)?j:"${DEFAULT}",`,
  // c(): the panel's radios show the setting now.
  'c=()=>d.querySelectorAll(".text-settings input").forEach(r=>r.checked=s[r.name[2]]==r.value);',
  'try{a(localStorage[k])}catch{a()}',
  'd.addEventListener("DOMContentLoaded",c);',
  'addEventListener("storage",e=>{e.key==k&&(a(e.newValue),c())});',
  // Back to a page kept whole by the browser (back/forward cache): what was chosen meanwhile.
  'addEventListener("pageshow",e=>{if(e.persisted){try{a(localStorage[k])}catch{}c()}});',
  // A radio changed: the new setting applies at once, and is saved if storage allows.
  'd.addEventListener("change",e=>{let r=e.target,t=[...s];if(/^ts[012]$/.test(r.name)){t[r.name[2]]=r.value;a(t.join(""));try{localStorage[k]=s}catch{}}})}',
].join('');
