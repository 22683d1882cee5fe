/**
 * Bringing one figure (or a heading) into view for a reader who followed a link to it: every
 * folded section around it opens, it scrolls into view and takes the focus. Used by the event
 * card, the national figures and the popups a data check opens.
 */
import { fillDeferred } from './dom.ts';

export function reveal(target: HTMLElement, block: ScrollLogicalPosition): void {
  for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  target.scrollIntoView({ block });
  target.focus({ preventScroll: true });
}

/** A claim's row inside a popup or panel just opened for it, marked so the reader sees which. */
export function focusClaimIn(root: HTMLElement, claimId: string): void {
  fillDeferred(root);
  const row = root.querySelector<HTMLElement>(`[data-testid="claim"][data-claim-id="${CSS.escape(claimId)}"]`);
  if (!row) return;
  row.tabIndex = -1;
  row.classList.add('claim-target');
  // the popup is placed on the next frame; scroll and focus after it is laid out
  requestAnimationFrame(() => reveal(row, 'nearest'));
}
