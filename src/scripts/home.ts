/**
 * Home page, first step: a first-time visitor has nothing saved, so the page needs no more
 * script than this. The "Continue" code (and the saved-progress code it uses) loads only when
 * something is saved, when storage is switched off (to say so), or when another tab saves.
 */
const KEYS = ['second-look:progress', 'second-look:progress:previous'];

/** Runs the page's second script, kept inert in a <template> until now. */
let loading = false;
const load = () => {
  const script = document
    .querySelector<HTMLTemplateElement>('template[data-continue-script]')
    ?.content.querySelector('script');
  if (loading || !script) return;
  loading = true;
  document.body.append(document.importNode(script, true));
};

try {
  const probe = 'second-look:probe';
  localStorage.setItem(probe, '1');
  localStorage.removeItem(probe);
  if (KEYS.some((key) => localStorage.getItem(key) !== null)) load();
  else
    window.addEventListener('storage', (event) => {
      if (event.key !== null && KEYS.includes(event.key)) load();
    });
} catch {
  load();
}
