/**
 * Brings one figure into view inside a popup or panel just opened for it: unfolds what hides it,
 * scrolls to it and gives it focus, so a reader who followed a data check lands on the figure.
 */
import { fillDeferred } from './dom.ts';

export function focusClaimIn(root: HTMLElement, claimId: string): void {
  fillDeferred(root);
  const row = root.querySelector<HTMLElement>(`[data-testid="claim"][data-claim-id="${CSS.escape(claimId)}"]`);
  if (!row) return;
  for (let d = row.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  row.tabIndex = -1;
  row.classList.add('claim-target');
  // the popup is placed on the next frame; scroll and focus after it is laid out
  requestAnimationFrame(() => {
    row.scrollIntoView({ block: 'nearest' });
    row.focus({ preventScroll: true });
  });
}
