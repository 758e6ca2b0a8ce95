/**
 * A bubbling, composed `mind-*` event with a typed detail, as every element dispatches them. Built
 * outside the element classes so the Custom Elements Manifest analyzer does not list a phantom
 * event named after the parameter: each element documents its own events.
 */
export function mindEvent<T>(type: `mind-${string}`, detail: T, cancelable = false): CustomEvent<T> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
}
