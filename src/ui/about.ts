/**
 * The header's "About & method" and "Share": a modal dialog that explains the atlas and its marks,
 * and a button that copies the link of the view on screen (the address bar always holds it).
 */
import { ABOUT_UI } from '../i18n/en-about.ts';
import { closeOnEscape } from './dialog.ts';
import { el } from './dom.ts';

export function buildAboutDialog(): { button: HTMLButtonElement; dialog: HTMLDialogElement } {
  const close = el('button', { type: 'button', class: 'about-close', 'data-testid': 'about-close' }, ABOUT_UI.close);
  const dialog = el(
    'dialog',
    { class: 'about-dialog', 'data-testid': 'about', 'aria-labelledby': 'about-title' },
    el('h2', { id: 'about-title' }, ABOUT_UI.title),
    ...ABOUT_UI.sections.map((s) => el('section', {}, el('h3', {}, s.heading), ...s.body.map((p) => el('p', {}, p)))),
    close,
  );
  const button = el('button', { type: 'button', class: 'header-button', 'data-testid': 'about-button', 'aria-haspopup': 'dialog' }, ABOUT_UI.button);
  closeOnEscape(dialog);
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => button.focus());
  button.addEventListener('click', () => {
    if (!dialog.isConnected) document.body.append(dialog);
    dialog.showModal();
    close.focus();
  });
  return { button, dialog };
}

/** Copies the address of the view; where the clipboard is refused, shows the link to copy by hand. */
export function buildShareButton(): HTMLElement {
  const status = el('span', { class: 'share-status', role: 'status', 'data-testid': 'share-status' });
  const button = el('button', { type: 'button', class: 'header-button', 'data-testid': 'share', title: ABOUT_UI.shareTitle }, ABOUT_UI.share);
  button.addEventListener('click', () => {
    const link = location.href;
    navigator.clipboard
      .writeText(link)
      .then(() => {
        status.textContent = ABOUT_UI.shareCopied;
      })
      .catch(() => {
        const field = el('input', { type: 'text', readonly: true, value: link, 'aria-label': ABOUT_UI.shareSelect, class: 'share-field' });
        status.replaceChildren(field);
        field.select();
      });
  });
  return el('span', { class: 'share' }, button, status);
}
