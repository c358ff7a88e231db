/**
 * A button that swaps its part of the page for something else (a saved card, the step footer
 * moving up) must not let the second click of a double-click land on whatever is now under the
 * pointer: a link to the next page, or "Change my answers". Call this as the swap happens: for
 * a moment, the rest of a double-click (a click whose `detail` is 2 or more) does nothing.
 */
export function ignoreRestOfDoubleClick(ms = 1000): void {
  if (typeof document === 'undefined') return;
  const until = performance.now() + ms;
  const onClick = (event: MouseEvent) => {
    if (performance.now() > until) document.removeEventListener('click', onClick, true);
    else if (event.detail > 1) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
  document.addEventListener('click', onClick, true);
}
