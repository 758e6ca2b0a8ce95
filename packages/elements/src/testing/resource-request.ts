import { expect, oneEvent } from '@open-wc/testing';

/**
 * Clicks a resource link the way a seller does, with a portal listener that handles the request
 * itself, and checks what every element promises: a cancellable `mind-request-resource` naming the
 * price list for question `q-support`, and no navigation once the portal handled it.
 */
export async function expectPriceListRequest(el: HTMLElement, link: HTMLAnchorElement): Promise<void> {
  el.addEventListener('mind-request-resource', (event) => event.preventDefault(), { once: true });
  const requested = oneEvent(el, 'mind-request-resource');
  const allowed = link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
  const event = await requested;
  expect(event.cancelable).to.equal(true);
  expect(event.detail).to.deep.equal({
    resourceId: 'price-list',
    url: 'https://northwind.example/prices',
    title: 'Price list',
    questionId: 'q-support',
  });
  expect(allowed, 'the portal handled it: the link did not navigate').to.equal(false);
}
