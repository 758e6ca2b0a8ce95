/**
 * Registers `tag` unless something already did: a portal may load the CDN bundle and the npm
 * build, or two widgets' bundles, on one page, and a second `define` would throw.
 * A different class already registered under the tag is left alone and reported once.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(`Mindshare: <${tag}> is already defined by another copy of the library; keeping that one.`);
  }
}
