import { fixture, html } from '@open-wc/testing';
import { LitElement, nothing, type TemplateResult } from 'lit';
import { defineElement } from '../shared/base/define.js';
import { MindLocalizeController } from '../shared/i18n/localize.js';

/**
 * A bare element that renders whatever `view` returns, with a localize controller of its own: the
 * smallest host in which to test a shared template function (an error view, a comment list, a
 * question's answers) as an element would show it, in a shadow root.
 */
export class TemplateHost extends LitElement {
  readonly localize = new MindLocalizeController(this);
  /** What to render; called on every update, with the host (for its `localize`). */
  view: ((host: TemplateHost) => TemplateResult) | undefined;

  override render(): TemplateResult | typeof nothing {
    return this.view ? this.view(this) : nothing;
  }
}
defineElement('mind-test-template-host', TemplateHost);

/** Mounts a {@link TemplateHost} showing `view`, resolved once it rendered. */
export async function mountTemplate(view: (host: TemplateHost) => TemplateResult): Promise<TemplateHost> {
  return fixture<TemplateHost>(html`<mind-test-template-host .view=${view}></mind-test-template-host>`);
}
