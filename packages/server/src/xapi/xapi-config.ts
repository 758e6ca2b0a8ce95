import * as z from 'zod/mini';
import { MindError } from '@mindshare/core';
import { deliveryUrlSetting } from '../delivery/delivery-url.js';
import type { ServerSettings } from '../settings.js';

// The message goes on the string schema too: a variable left unset fails there, before the check.
const absoluteUrl = (what: string) =>
  z.string(`expected ${what}`).check(
    z.refine((value) => {
      try {
        return ['https:', 'http:'].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `expected ${what}`),
  );

/** The xAPI settings, by the environment variable that sets each, as an operator writes them. */
const XapiSettingsSchema = z.strictObject({
  MINDSHARE_XAPI_ENDPOINT: deliveryUrlSetting(
    'expected the https URL of the LRS\'s xAPI endpoint (http only to 127.0.0.1 or localhost), e.g. "https://lrs.example.com/xapi"',
    "give the LRS's key and secret as MINDSHARE_XAPI_KEY and MINDSHARE_XAPI_SECRET (or MINDSHARE_XAPI_AUTHORIZATION), which are never logged",
  ),
  MINDSHARE_XAPI_KEY: z.optional(z.string().check(z.minLength(1))),
  MINDSHARE_XAPI_SECRET: z.optional(z.string().check(z.minLength(1))),
  MINDSHARE_XAPI_AUTHORIZATION: z.optional(
    z.string().check(z.regex(/^\S+ \S/, 'expected a scheme and credentials, e.g. "Basic …"')),
  ),
  MINDSHARE_XAPI_ACTIVITY_BASE: absoluteUrl(
    'the base IRI of activity ids, e.g. "https://learning.example.com/mindshare"',
  ),
  MINDSHARE_XAPI_ACCOUNT_HOME_PAGE: absoluteUrl(
    'the home page of the accounts of the directory, e.g. "https://portal.example.com"',
  ),
  MINDSHARE_XAPI_MBOX: z.boolean(),
});

/** Where and how statements are sent, and how actors and activities are named (see docs/server.md). */
export interface XapiConfig {
  /** The LRS's xAPI base URL, without a trailing slash: statements go to `${endpoint}/statements`. */
  readonly endpoint: string;
  /** The `Authorization` header of every request. Never logged. */
  readonly authorization: string;
  /** Activity ids are `${activityBase}/challenges/<id>` and so on; no trailing slash. */
  readonly activityBase: string;
  /** `actor.account.homePage`; `actor.account.name` is the directory id. */
  readonly homePage: string;
  /** Whether the actor is the person's e-mail (`mbox`) when the directory has one. */
  readonly mbox: boolean;
}

const trimSlash = (value: string) => value.replace(/\/+$/, '');

/**
 * The xAPI configuration of the settings, or `undefined` when no endpoint is set (learning records
 * are off). Refuses a partial or malformed one with `MIND_INVALID_INPUT`, one problem per variable.
 */
export function readXapiConfig(settings: ServerSettings): XapiConfig | undefined {
  if (settings.xapiEndpoint === undefined) return undefined;
  const given = {
    MINDSHARE_XAPI_ENDPOINT: settings.xapiEndpoint,
    MINDSHARE_XAPI_KEY: settings.xapiKey,
    MINDSHARE_XAPI_SECRET: settings.xapiSecret,
    MINDSHARE_XAPI_AUTHORIZATION: settings.xapiAuthorization,
    MINDSHARE_XAPI_ACTIVITY_BASE: settings.xapiActivityBase,
    MINDSHARE_XAPI_ACCOUNT_HOME_PAGE: settings.xapiAccountHomePage,
    MINDSHARE_XAPI_MBOX: settings.xapiMbox,
  };
  const parsed = XapiSettingsSchema.safeParse(given);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
  const hasKey = given.MINDSHARE_XAPI_KEY !== undefined;
  const hasSecret = given.MINDSHARE_XAPI_SECRET !== undefined;
  if (given.MINDSHARE_XAPI_AUTHORIZATION !== undefined && (hasKey || hasSecret))
    problems.push({
      path: ['MINDSHARE_XAPI_AUTHORIZATION'],
      message: 'expected either the key and secret or a whole Authorization value, not both',
    });
  else if (given.MINDSHARE_XAPI_AUTHORIZATION === undefined && !(hasKey && hasSecret))
    problems.push({
      path: [hasKey ? 'MINDSHARE_XAPI_SECRET' : 'MINDSHARE_XAPI_KEY'],
      message:
        "expected the LRS's credentials: MINDSHARE_XAPI_KEY and MINDSHARE_XAPI_SECRET (Basic), or MINDSHARE_XAPI_AUTHORIZATION",
    });
  if (problems.length > 0 || !parsed.success) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `The xAPI settings are not valid: ${problems.map((problem) => `${problem.path.join('.')}: ${problem.message}`).join('; ')}`,
      { path: problems[0]!.path, problems },
    );
  }
  const { data } = parsed;
  return {
    endpoint: trimSlash(data.MINDSHARE_XAPI_ENDPOINT),
    authorization:
      data.MINDSHARE_XAPI_AUTHORIZATION ??
      `Basic ${Buffer.from(`${data.MINDSHARE_XAPI_KEY}:${data.MINDSHARE_XAPI_SECRET}`).toString('base64')}`,
    activityBase: trimSlash(data.MINDSHARE_XAPI_ACTIVITY_BASE),
    homePage: data.MINDSHARE_XAPI_ACCOUNT_HOME_PAGE,
    mbox: data.MINDSHARE_XAPI_MBOX,
  };
}
