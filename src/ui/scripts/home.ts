/**
 * Home page, first step: a first-time visitor has nothing saved, so the page needs no more
 * script than this. The "Continue" code (and the saved-progress code it uses) loads only when
 * something is saved, when storage is switched off (to say so), or when another tab saves.
 */
const template = document.querySelector<HTMLTemplateElement>('template[data-continue-script]');
/** The keys that mean "something is saved" (the store's own, passed by the page). */
const keys = JSON.parse(template?.dataset['savedKeys'] ?? '[]') as string[];

/** Runs the page's second script, kept inert in the <template> until now. */
let loading = false;
const load = () => {
  const script = template?.content.querySelector('script');
  if (loading || !script) return;
  loading = true;
  document.body.append(document.importNode(script, true));
};

try {
  // Storage that can be read but not written (full, or a private mode) needs the notice too.
  const probe = template?.dataset['probeKey'] ?? '';
  localStorage.setItem(probe, '1');
  localStorage.removeItem(probe);
  if (keys.some((key) => localStorage.getItem(key) !== null)) load();
  else
    window.addEventListener('storage', (event) => {
      if (event.key !== null && keys.includes(event.key)) load();
    });
} catch {
  // Storage switched off or not writable: the Continue code says so.
  load();
}
