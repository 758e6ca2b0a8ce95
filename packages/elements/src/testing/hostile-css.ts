/**
 * Global CSS a portal might ship that breaks careless widgets: a reset that unsets everything in
 * the light DOM (hosts included), hidden buttons, and huge fonts.
 */
const HOSTILE_CSS = `
  * { all: unset; }
  head, script, style { display: none; }
  html { font-size: 40px; }
  body { display: block; font-size: 2.5rem; line-height: 0.8; color: #777; }
  button { display: none !important; }
  table, ol, ul { display: none; }
  [role] { visibility: hidden; }
`;

/** Adds the hostile stylesheet to the document; returns a function that removes it. */
export function addHostileCss(): () => void {
  const style = document.createElement('style');
  style.textContent = HOSTILE_CSS;
  document.head.append(style);
  return () => style.remove();
}

/** Nodes of every kind (elements, text, comments) under a root: what "DOM size" costs. */
export function countNodes(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

/** Whether an element is rendered with a size and not hidden by visibility or opacity. */
export function isShown(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
}
