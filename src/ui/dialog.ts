/**
 * Escape closes a modal <dialog> and goes no further: the map's popup behind it listens for
 * Escape on the document, and must not close with it.
 */
export function closeOnEscape(dialog: HTMLDialogElement): void {
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    dialog.close();
  });
}
