import { MindError } from '@mindshare/core';

/** How the server is configured: each field from a flag or, failing that, an environment variable. */
export interface ServerSettings {
  readonly port: number;
  readonly host: string;
  /** A PostgreSQL server; without it, an embedded PostgreSQL (PGlite) in `dataDir` or in memory. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly inMemory: boolean;
  /** Redis for shared leaderboards; without it, boards live in the process. */
  readonly redisUrl: string | undefined;
  /** Names the store (1 to 53 of `a-z`, `0-9`, `_`): its PostgreSQL schema `mindshare_<name>`, its Redis keys (`main` by default). */
  readonly storeName: string | undefined;
  readonly tokenSecret: string | undefined;
  readonly jwksUrl: string | undefined;
  readonly tokenIssuer: string | undefined;
  readonly tokenAudience: string | undefined;
  readonly adminToken: string | undefined;
  /** Keys leaderboard pseudonyms; without it, a random secret kept in the database. Never logged. */
  readonly pseudonymSecret: string | undefined;
  readonly packFile: string | undefined;
  readonly directoryFile: string | undefined;
  /** A folder for pitch media; in the database when unset. */
  readonly mediaDir: string | undefined;
  readonly mediaMaxBytes: number;
  readonly mediaTypes: readonly string[];
  readonly origins: readonly string[];
  readonly bodyLimit: number;
  /** Requests per viewer per minute. */
  readonly rateLimit: number;
  /** Days an idempotency record is kept (as long as a device may stay offline with queued writes). */
  readonly keyRetentionDays: number;
  /** A folder served at `/` (the demo portal); nothing is served when unset. */
  readonly staticDir: string | undefined;
  /** Development mode: a route that mints tokens for anyone. Never in production. */
  readonly dev: boolean;
  readonly logLevel: string;
  /** Webhook endpoints: a JSON array, or the path of a JSON file (see docs/server.md, "Webhooks"). */
  readonly webhooks: string | undefined;
  /** Delay before a failed webhook is sent again; doubled each attempt up to `webhookRetryMaxMs`. */
  readonly webhookRetryBaseMs: number;
  readonly webhookRetryMaxMs: number;
  /** Hours a webhook delivery is retried before it is marked failed. */
  readonly webhookRetryHours: number;
  readonly webhookTimeoutMs: number;
  readonly webhookPollMs: number;
  readonly webhookTickMs: number;
  readonly webhookClosingSoonHours: number;
  /** The Learning Record Store's xAPI endpoint; learning records are off without it (see docs/server.md, "Learning records (xAPI)"). */
  readonly xapiEndpoint: string | undefined;
  readonly xapiKey: string | undefined;
  readonly xapiSecret: string | undefined;
  /** A whole `Authorization` value for the LRS, instead of the key and secret. Never logged. */
  readonly xapiAuthorization: string | undefined;
  readonly xapiActivityBase: string | undefined;
  readonly xapiAccountHomePage: string | undefined;
  /** Identify people by their directory e-mail (`mbox`) rather than their account. */
  readonly xapiMbox: boolean;
}

interface Setting {
  readonly key: keyof ServerSettings;
  readonly flag: string;
  readonly env: string;
  readonly kind: 'string' | 'number' | 'boolean' | 'list';
  readonly fallback?: string;
  readonly help: string;
  /** A number setting that must be a whole number up to this (ports). */
  readonly wholeUpTo?: number;
  /** The only values a string setting takes. */
  readonly choices?: readonly string[];
}

/** The levels pino logs at, `--log-level` (LOG_LEVEL) accepts one. */
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every setting, in the order `--help` prints them. */
export const SETTINGS: readonly Setting[] = [
  {
    key: 'port',
    flag: '--port',
    env: 'PORT',
    kind: 'number',
    fallback: '8080',
    wholeUpTo: 65535,
    help: 'HTTP port (0: any free port).',
  },
  {
    key: 'host',
    flag: '--host',
    env: 'HOST',
    kind: 'string',
    fallback: '127.0.0.1',
    help: 'Interface to listen on (0.0.0.0 in a container).',
  },
  {
    key: 'databaseUrl',
    flag: '--database-url',
    env: 'DATABASE_URL',
    kind: 'string',
    help: 'PostgreSQL connection string. Without it: embedded PostgreSQL (PGlite).',
  },
  {
    key: 'dataDir',
    flag: '--data-dir',
    env: 'MINDSHARE_DATA_DIR',
    kind: 'string',
    fallback: './mindshare-data',
    help: 'Folder of the embedded database.',
  },
  {
    key: 'inMemory',
    flag: '--in-memory',
    env: 'MINDSHARE_IN_MEMORY',
    kind: 'boolean',
    help: 'Embedded database in memory: everything is lost at exit.',
  },
  {
    key: 'redisUrl',
    flag: '--redis-url',
    env: 'REDIS_URL',
    kind: 'string',
    help: 'Redis for leaderboards shared by several processes. Without it: in process.',
  },
  {
    key: 'storeName',
    flag: '--store-name',
    env: 'MINDSHARE_STORE',
    kind: 'string',
    fallback: 'main',
    help: 'Name of the store, 1 to 53 of a-z, 0-9 and _: its PostgreSQL schema is mindshare_<name>, its Redis keys mindshare:<name>:…',
  },
  {
    key: 'tokenSecret',
    flag: '--token-secret',
    env: 'MINDSHARE_TOKEN_SECRET',
    kind: 'string',
    help: 'Shared HS256 secret the portal signs tokens with (at least 32 characters); not with --jwks-url.',
  },
  {
    key: 'jwksUrl',
    flag: '--jwks-url',
    env: 'MINDSHARE_JWKS_URL',
    kind: 'string',
    help: "URL of the portal's JSON Web Key Set (RS256/ES256/EdDSA tokens).",
  },
  {
    key: 'tokenIssuer',
    flag: '--token-issuer',
    env: 'MINDSHARE_TOKEN_ISSUER',
    kind: 'string',
    help: 'Required `iss` of tokens.',
  },
  {
    key: 'tokenAudience',
    flag: '--token-audience',
    env: 'MINDSHARE_TOKEN_AUDIENCE',
    kind: 'string',
    help: 'Required `aud` of tokens.',
  },
  {
    key: 'adminToken',
    flag: '--admin-token',
    env: 'MINDSHARE_ADMIN_TOKEN',
    kind: 'string',
    help: 'Bearer token of the admin routes (publishing packs and directories). No admin routes without it.',
  },
  {
    key: 'pseudonymSecret',
    flag: '--pseudonym-secret',
    env: 'MINDSHARE_PSEUDONYM_SECRET',
    kind: 'string',
    help: 'Secret that keys leaderboard pseudonyms (at least 32 characters; the same for every process). Without it: a random one kept in the database.',
  },
  {
    key: 'packFile',
    flag: '--pack',
    env: 'MINDSHARE_PACK',
    kind: 'string',
    help: 'Content pack (JSON) used when the database holds none yet.',
  },
  {
    key: 'directoryFile',
    flag: '--directory',
    env: 'MINDSHARE_DIRECTORY',
    kind: 'string',
    help: 'Directory (JSON, or CSV from a PRM export) used when the database holds none yet.',
  },
  {
    key: 'mediaDir',
    flag: '--media-dir',
    env: 'MINDSHARE_MEDIA_DIR',
    kind: 'string',
    help: 'Folder for pitch videos. Default: in the database.',
  },
  {
    key: 'mediaMaxBytes',
    flag: '--media-max-bytes',
    env: 'MINDSHARE_MEDIA_MAX_BYTES',
    kind: 'number',
    fallback: String(200 * 1024 * 1024),
    help: 'Largest pitch recording accepted.',
  },
  {
    key: 'mediaTypes',
    flag: '--media-types',
    env: 'MINDSHARE_MEDIA_TYPES',
    kind: 'list',
    fallback: 'video/webm,video/mp4,audio/webm,audio/mp4,audio/ogg',
    help: 'Media types accepted for pitches (comma-separated; parameters such as codecs allowed).',
  },
  {
    key: 'origins',
    flag: '--origins',
    env: 'MINDSHARE_ORIGINS',
    kind: 'list',
    fallback: '',
    help: 'Portal origins allowed to call (CORS), comma-separated, e.g. https://portal.example.com.',
  },
  {
    key: 'bodyLimit',
    flag: '--body-limit',
    env: 'MINDSHARE_BODY_LIMIT',
    kind: 'number',
    fallback: String(1024 * 1024),
    help: 'Largest JSON body, in bytes (media chunks: 16 MiB).',
  },
  {
    key: 'rateLimit',
    flag: '--rate-limit',
    env: 'MINDSHARE_RATE_LIMIT',
    kind: 'number',
    fallback: '600',
    help: 'Requests per viewer per minute before 429.',
  },
  {
    key: 'keyRetentionDays',
    flag: '--key-retention-days',
    env: 'MINDSHARE_KEY_RETENTION_DAYS',
    kind: 'number',
    fallback: '30',
    help: 'Days an Idempotency-Key is remembered.',
  },
  {
    key: 'staticDir',
    flag: '--static',
    env: 'MINDSHARE_STATIC',
    kind: 'string',
    help: 'A folder served at / (the demo portal).',
  },
  {
    key: 'dev',
    flag: '--dev',
    env: 'MINDSHARE_DEV',
    kind: 'boolean',
    help: 'Development mode: POST /dev/token mints a token for any directory person. Never in production.',
  },
  {
    key: 'logLevel',
    flag: '--log-level',
    env: 'LOG_LEVEL',
    kind: 'string',
    fallback: 'info',
    choices: LOG_LEVELS,
    help: `pino level: ${LOG_LEVELS.join(', ')}.`,
  },
  {
    key: 'webhooks',
    flag: '--webhooks',
    env: 'MINDSHARE_WEBHOOKS',
    kind: 'string',
    help: 'Webhook endpoints: a JSON array [{"id","url","secret":"whsec_…","events":[…]}], or the path of a JSON file holding it.',
  },
  {
    key: 'webhookRetryBaseMs',
    flag: '--webhook-retry-base-ms',
    env: 'MINDSHARE_WEBHOOK_RETRY_BASE_MS',
    kind: 'number',
    fallback: '5000',
    help: 'Delay before a failed webhook is retried; doubled each attempt, with jitter.',
  },
  {
    key: 'webhookRetryMaxMs',
    flag: '--webhook-retry-max-ms',
    env: 'MINDSHARE_WEBHOOK_RETRY_MAX_MS',
    kind: 'number',
    fallback: String(60 * 60 * 1000),
    help: 'Longest delay between two attempts of a webhook.',
  },
  {
    key: 'webhookRetryHours',
    flag: '--webhook-retry-hours',
    env: 'MINDSHARE_WEBHOOK_RETRY_HOURS',
    kind: 'number',
    fallback: '24',
    help: 'Hours a webhook is retried before it is marked failed (then replayed from the admin routes).',
  },
  {
    key: 'webhookTimeoutMs',
    flag: '--webhook-timeout-ms',
    env: 'MINDSHARE_WEBHOOK_TIMEOUT_MS',
    kind: 'number',
    fallback: '10000',
    help: 'Time a receiver has to answer a webhook before the attempt counts as failed.',
  },
  {
    key: 'webhookPollMs',
    flag: '--webhook-poll-ms',
    env: 'MINDSHARE_WEBHOOK_POLL_MS',
    kind: 'number',
    fallback: '1000',
    help: 'How often each process looks for webhooks due.',
  },
  {
    key: 'webhookTickMs',
    flag: '--webhook-tick-ms',
    env: 'MINDSHARE_WEBHOOK_TICK_MS',
    kind: 'number',
    fallback: '60000',
    help: 'How often time-driven events (nugget releases, questions due, challenge windows) are looked for.',
  },
  {
    key: 'webhookClosingSoonHours',
    flag: '--webhook-closing-soon-hours',
    env: 'MINDSHARE_WEBHOOK_CLOSING_SOON_HOURS',
    kind: 'number',
    fallback: '24',
    help: 'Hours before a challenge closes that challenge.closing_soon is sent.',
  },
  {
    key: 'xapiEndpoint',
    flag: '--xapi-endpoint',
    env: 'MINDSHARE_XAPI_ENDPOINT',
    kind: 'string',
    help: "A Learning Record Store's xAPI endpoint (https): learning records are sent there as xAPI 1.0.3 statements. Off without it.",
  },
  {
    key: 'xapiKey',
    flag: '--xapi-key',
    env: 'MINDSHARE_XAPI_KEY',
    kind: 'string',
    help: "The LRS's key (Basic authentication), with --xapi-secret.",
  },
  {
    key: 'xapiSecret',
    flag: '--xapi-secret',
    env: 'MINDSHARE_XAPI_SECRET',
    kind: 'string',
    help: "The LRS's secret (Basic authentication).",
  },
  {
    key: 'xapiAuthorization',
    flag: '--xapi-authorization',
    env: 'MINDSHARE_XAPI_AUTHORIZATION',
    kind: 'string',
    help: 'A whole Authorization header for the LRS ("Basic …", "Bearer …"), instead of key and secret.',
  },
  {
    key: 'xapiActivityBase',
    flag: '--xapi-activity-base',
    env: 'MINDSHARE_XAPI_ACTIVITY_BASE',
    kind: 'string',
    help: 'Base IRI of activity ids: <base>/challenges/<id>, <base>/nuggets/<id>, … (required with --xapi-endpoint).',
  },
  {
    key: 'xapiAccountHomePage',
    flag: '--xapi-account-home-page',
    env: 'MINDSHARE_XAPI_ACCOUNT_HOME_PAGE',
    kind: 'string',
    help: "Home page of the people's accounts (the portal): actors are {homePage, name: directory id} (required with --xapi-endpoint).",
  },
  {
    key: 'xapiMbox',
    flag: '--xapi-mbox',
    env: 'MINDSHARE_XAPI_MBOX',
    kind: 'boolean',
    help: 'Identify people by their directory e-mail (mbox) instead of their account, where the directory has one.',
  },
];

/** `mindshare-server --help`. */
export function helpText(): string {
  const width = Math.max(...SETTINGS.map((setting) => setting.flag.length + setting.env.length)) + 6;
  const lines = SETTINGS.map((setting) => {
    const names = `${setting.flag}${setting.kind === 'boolean' ? '' : ' …'}  ${setting.env}`;
    const fallback = setting.fallback ? ` (default: ${setting.fallback})` : '';
    return `  ${names.padEnd(width)}${setting.help}${fallback}`;
  });
  return [
    'Usage: mindshare-server [command] [options]',
    '',
    'Commands:',
    '  serve (default)            Run the server: migrations first, then HTTP.',
    '  migrate                    Create or upgrade the database schema, then exit.',
    '  publish <file>             Validate a content pack or directory (.json, directory .csv) and publish it',
    '                             to the database; running servers pick it up without a restart.',
    '',
    'Options (flag, or environment variable):',
    ...lines,
    '  --help                                    This text.',
  ].join('\n');
}

/** The command line after its options: the command and its arguments. */
export interface ParsedCommandLine {
  readonly command: string;
  readonly args: readonly string[];
  readonly help: boolean;
  readonly settings: ServerSettings;
}

function invalid(message: string, where: string): never {
  throw new MindError('MIND_INVALID_INPUT', message, { path: [where] });
}

/**
 * Reads flags (`--port 8080`, `--port=8080`, `--dev`) and, for what they leave unset, the
 * environment. An unknown flag or a malformed number is refused, naming it.
 */
export function parseCommandLine(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ParsedCommandLine {
  const given = new Map<string, string>();
  const rest: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      rest.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const setting = SETTINGS.find((candidate) => candidate.flag === flag);
    if (!setting) invalid(`Unknown option ${flag} (see --help).`, flag);
    if (setting.kind === 'boolean') given.set(setting.key, inline ?? 'true');
    else {
      const value = inline ?? argv[++i];
      if (value === undefined) invalid(`${flag} needs a value.`, flag);
      given.set(setting.key, value);
    }
  }
  const settings: Record<string, unknown> = {};
  for (const setting of SETTINGS) {
    const raw = given.get(setting.key) ?? nonEmpty(env[setting.env]) ?? setting.fallback;
    settings[setting.key] = convert(setting, raw);
  }
  return { command: rest[0] ?? 'serve', args: rest.slice(1), help, settings: settings as unknown as ServerSettings };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function convert(setting: Setting, raw: string | undefined): unknown {
  switch (setting.kind) {
    case 'boolean': {
      // Strict: a typo must not switch on a development route.
      if (raw === undefined) return false;
      const value = raw.toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(value)) return true;
      if (['0', 'false', 'no', 'off'].includes(value)) return false;
      return invalid(`${setting.flag} (${setting.env}) must be true or false, not "${raw}".`, setting.env);
    }
    case 'list':
      return (raw ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
    case 'number': {
      if (raw === undefined) return undefined;
      const value = Number(raw);
      // Checked here, before anything is opened: Node's own refusal of a port comes after the migrations.
      if (setting.wholeUpTo !== undefined && !(Number.isInteger(value) && value >= 0 && value <= setting.wholeUpTo))
        invalid(
          `${setting.flag} (${setting.env}) must be a whole number from 0 to ${setting.wholeUpTo}, not "${raw}".`,
          setting.env,
        );
      if (!Number.isFinite(value) || value < 0)
        invalid(`${setting.flag} (${setting.env}) must be a non-negative number, not "${raw}".`, setting.env);
      return value;
    }
    default:
      if (raw !== undefined && setting.choices && !setting.choices.includes(raw))
        invalid(
          `${setting.flag} (${setting.env}) must be one of ${setting.choices.join(', ')}, not "${raw}".`,
          setting.env,
        );
      return raw;
  }
}
