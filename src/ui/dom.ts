/**
 * The one way UI code makes DOM: elements, attributes and text nodes. Text from data only ever
 * becomes a text node (never innerHTML), so a quote or a name cannot inject markup.
 */
export type Child = Node | string | null | undefined | false;

export interface Attrs {
  [name: string]: string | number | boolean | undefined;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Removes every child (used instead of innerHTML = ''). */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

const deferred = new WeakMap<HTMLDetailsElement, () => Node[]>();

/**
 * A <details> whose content is built when it is first opened (or at once if it is open already).
 * `fillDeferred` builds every pending one under a root, for code that must reach a row inside.
 */
export function deferContent(details: HTMLDetailsElement, build: () => Node[]): void {
  if (details.open) {
    details.append(...build());
    return;
  }
  deferred.set(details, build);
  details.addEventListener('toggle', () => fillOne(details), { once: true });
}

function fillOne(details: HTMLDetailsElement): void {
  const build = deferred.get(details);
  if (!build) return;
  deferred.delete(details);
  details.append(...build());
}

export function fillDeferred(root: ParentNode): void {
  // a fold's content may hold folds of its own: fill until none is left waiting
  let waiting = [...root.querySelectorAll('details')].filter((d) => deferred.has(d));
  while (waiting.length > 0) {
    for (const d of waiting) fillOne(d);
    waiting = [...root.querySelectorAll('details')].filter((d) => deferred.has(d));
  }
}
