import {
  MindError,
  plainText,
  type AnswerResponse,
  type Challenge,
  type ContentPack,
  type Directory,
  type LocalizedRichText,
  type LocalizedText,
  type Nugget,
} from '@mindshare/core';
import { statementId } from './statement-id.js';
import { StatementSchema, type Activity, type Agent, type Result, type Statement } from './statement.schema.js';
import { ACTIVITY_TYPES, PLATFORM, VERBS, type VerbName } from './vocabulary.js';
import type { XapiConfig } from './xapi-config.js';

/** What statements are built from: the operator's settings, and the pack and directory in force. */
export interface StatementSource {
  readonly config: XapiConfig;
  readonly pack: ContentPack;
  readonly directory: Directory;
}

/** A statement before its id, actor and context are filled in. */
export interface StatementDraft {
  readonly verb: VerbName;
  /** What the statement is about beside its verb (an attempt, a recording…): its id derives from both. */
  readonly about: string;
  /** The directory id of who did it. */
  readonly actorId: string;
  readonly object: Statement['object'];
  /** When it happened (epoch ms of the engine record). */
  readonly at: number;
  readonly result?: Result;
  /** What ties statements of one attempt or recording together: turned into a UUID. */
  readonly registration?: string;
  readonly parent?: Activity;
}

const plain = (text: LocalizedRichText): LocalizedText =>
  Object.fromEntries(Object.entries(text).map(([locale, value]) => [locale, plainText(value)]));

/** An activity of the pack: `<base>/<collection>/<id>`, its type, and its name in every language of the pack. */
export function activity(
  source: StatementSource,
  collection: string,
  id: string,
  type: string,
  name: LocalizedText | undefined,
  extra: Pick<Activity['definition'], 'interactionType' | 'choices'> = {},
): Activity {
  return {
    objectType: 'Activity',
    id: `${source.config.activityBase}/${collection}/${encodeURIComponent(id)}`,
    definition: { type, ...(name ? { name: { ...name } } : {}), ...extra },
  };
}

/** A challenge as an activity. */
export function challengeActivity(source: StatementSource, challengeId: string, challenge?: Challenge): Activity {
  const found = challenge ?? source.pack.challenges.find((candidate) => candidate.id === challengeId);
  return activity(source, 'challenges', challengeId, ACTIVITY_TYPES.challenge, found?.title);
}

const INTERACTIONS = {
  single: 'choice',
  multiple: 'choice',
  'true-false': 'true-false',
  ordering: 'sequencing',
  numeric: 'numeric',
} as const;

/** A question of a challenge as an interaction activity, named by its prompt. */
export function questionActivity(source: StatementSource, challenge: Challenge, questionId: string): Activity {
  const question = challenge.questions.find((candidate) => candidate.id === questionId);
  return activity(
    source,
    'questions',
    questionId,
    ACTIVITY_TYPES.question,
    question ? plain(question.prompt) : undefined,
    question ? { interactionType: INTERACTIONS[question.kind] } : {},
  );
}

/** A nugget as an activity of its kind; a poll lists its options as the interaction's choices. */
export function nuggetActivity(source: StatementSource, nuggetId: string): Activity {
  const nugget: Nugget | undefined = source.pack.nuggets.find((candidate) => candidate.id === nuggetId);
  const type = nugget ? ACTIVITY_TYPES[nugget.kind] : ACTIVITY_TYPES.info;
  const extra: Pick<Activity['definition'], 'interactionType' | 'choices'> =
    nugget?.kind === 'poll'
      ? {
          interactionType: 'choice',
          choices: nugget.options.map((option) => ({ id: option.id, description: { ...option.label } })),
        }
      : nugget?.kind === 'open-question'
        ? { interactionType: 'long-fill-in' }
        : {};
  return activity(source, 'nuggets', nuggetId, type, nugget?.title, extra);
}

/** A seller's response in xAPI's interaction format: ids joined by `[,]`, booleans and numbers as text. */
export function interactionResponse(response: AnswerResponse): string {
  switch (response.kind) {
    case 'single':
      return response.choiceId;
    case 'multiple':
      return response.choiceIds.join('[,]');
    case 'ordering':
      return response.itemIds.join('[,]');
    default:
      return String(response.value);
  }
}

/**
 * Whom an agent names, by directory id: its account's name, or the person whose e-mail its `mbox`
 * is (`mailto:` left out) in `directory`; `undefined` when it names no one known.
 */
export function agentPerson(actor: unknown, directory: Directory | undefined): string | undefined {
  const agent = actor as { account?: { name?: unknown }; mbox?: unknown } | undefined;
  if (typeof agent?.account?.name === 'string') return agent.account.name;
  if (typeof agent?.mbox !== 'string') return undefined;
  const email = agent.mbox.replace(/^mailto:/, '');
  return directory?.sellers.find((person) => person.email === email)?.id;
}

/**
 * Who did it: the directory account (`homePage` from the settings, `name` the directory id), or
 * the person's e-mail only when the operator opted in and the directory has one. xAPI takes
 * exactly one identifier per agent, so it is one or the other, never both.
 */
export function agent(source: StatementSource, personId: string): Agent {
  const email = source.config.mbox
    ? source.directory.sellers.find((person) => person.id === personId)?.email
    : undefined;
  return email
    ? { objectType: 'Agent', mbox: `mailto:${email}` }
    : { objectType: 'Agent', account: { homePage: source.config.homePage, name: personId } };
}

/**
 * A statement that does not validate, with the statement as it was built: a bug of the mapping
 * (or a setting its checks let through), never the seller's. The rules record it as a failed
 * delivery instead of failing the write that caused it (see statement-rules.ts).
 */
export class InvalidStatement extends MindError {
  /** The statement as built, which the LRS would refuse. */
  readonly statement: { readonly id: string; readonly timestamp: string };

  constructor(statement: { readonly id: string; readonly timestamp: string }, message: string, path: string[]) {
    super('MIND_INVALID_INPUT', message, { path });
    this.statement = statement;
  }
}

/**
 * The full statement of a draft: its id from what it is about, the actor, `context` (platform,
 * the actor's language, registration, parent) and the engine's time. Validated before it is
 * queued: one that does not validate is a bug, thrown as {@link InvalidStatement} naming the field.
 */
export function buildStatement(source: StatementSource, draft: StatementDraft): Statement {
  const { config, pack } = source;
  const person = source.directory.sellers.find((candidate) => candidate.id === draft.actorId);
  const statement = {
    id: statementId(`${config.activityBase}\u0000${draft.verb}\u0000${draft.about}`),
    actor: agent(source, draft.actorId),
    verb: { id: VERBS[draft.verb], display: { en: draft.verb } },
    object: draft.object,
    ...(draft.result ? { result: draft.result } : {}),
    context: {
      ...(draft.registration === undefined
        ? {}
        : { registration: statementId(`${config.activityBase}\u0000registration\u0000${draft.registration}`) }),
      ...(draft.parent ? { contextActivities: { parent: [draft.parent] } } : {}),
      platform: PLATFORM,
      language: person?.locale ?? pack.defaultLocale,
    },
    timestamp: new Date(draft.at).toISOString(),
  };
  const parsed = StatementSchema.safeParse(statement);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const about = draft.about.replaceAll('\u0000', ' ');
    throw new InvalidStatement(
      statement,
      `The xAPI statement "${draft.verb}" of ${about} is not valid at ${issue.path.join('.')}: ${issue.message}`,
      ['statement', ...issue.path.map(String)],
    );
  }
  return parsed.data;
}
