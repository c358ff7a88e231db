/**
 * Read aloud on a static page, first step (inline, tiny): show the controls once the browser has
 * a voice (never a dead button: without speech synthesis or a voice they stay hidden), and on the
 * first press run the engine's page script, kept inert in a <template> until then.
 */
const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
if (synth) {
  const show = () => {
    if (synth.getVoices().length === 0) return;
    for (const group of document.querySelectorAll<HTMLElement>('[data-read-aloud="static"]'))
      group.hidden = false;
  };
  show();
  synth.addEventListener('voiceschanged', show);
  let loading = false;
  document.addEventListener('click', (event) => {
    // Once the page script runs, it handles presses itself.
    if (document.documentElement.hasAttribute('data-read-aloud-ready')) return;
    const button = (event.target as Element).closest?.('[data-read-aloud="static"] button');
    const group = button?.closest('[data-read-aloud]');
    if (!button || !group) return;
    group.setAttribute(
      'data-read-aloud-pending',
      button.getAttribute('data-read-aloud-action') ?? '',
    );
    if (loading) return;
    loading = true;
    const script = document
      .querySelector<HTMLTemplateElement>('template[data-read-aloud-script]')
      ?.content.querySelector('script');
    if (script) document.body.append(document.importNode(script, true));
  });
}
