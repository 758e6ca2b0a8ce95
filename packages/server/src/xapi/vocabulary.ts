// The xAPI vocabulary of the statements the server sends: established IRIs only (ADL's verbs and
// activity types, the Activity Streams and Tin Can registries), listed with their sources in
// docs/server.md, "Learning records (xAPI)".

const ADL_VERB = 'http://adlnet.gov/expapi/verbs/';
const ADL_ACTIVITY = 'http://adlnet.gov/expapi/activities/';

/** The verbs, by the name the docs and the queue's `type` column use. */
export const VERBS = {
  attempted: `${ADL_VERB}attempted`,
  answered: `${ADL_VERB}answered`,
  completed: `${ADL_VERB}completed`,
  /** An attempt whose time ran out: what was answered in time still counts. */
  terminated: `${ADL_VERB}terminated`,
  passed: `${ADL_VERB}passed`,
  failed: `${ADL_VERB}failed`,
  experienced: `${ADL_VERB}experienced`,
  responded: `${ADL_VERB}responded`,
  /** Activity Streams 1.0 "submit", in ADL's registry; ADL has no verb of its own for it. */
  submitted: 'http://activitystrea.ms/schema/1.0/submit',
  /** Tin Can registry: "the actor has reviewed the object". */
  reviewed: 'http://id.tincanapi.com/verb/reviewed',
  /** Tin Can registry: "the actor has earned or has been awarded the object". */
  earned: 'http://id.tincanapi.com/verb/earned',
} as const;

/** A verb's name (see {@link VERBS}). */
export type VerbName = keyof typeof VERBS;

/** Activity types (`object.definition.type`) by what the activity is. */
export const ACTIVITY_TYPES = {
  challenge: `${ADL_ACTIVITY}assessment`,
  question: `${ADL_ACTIVITY}cmi.interaction`,
  info: `${ADL_ACTIVITY}lesson`,
  video: `${ADL_ACTIVITY}media`,
  poll: `${ADL_ACTIVITY}cmi.interaction`,
  'open-question': `${ADL_ACTIVITY}cmi.interaction`,
  'mini-quiz': `${ADL_ACTIVITY}assessment`,
  pitchPrompt: `${ADL_ACTIVITY}performance`,
  certification: 'http://id.tincanapi.com/activitytype/certificate',
  badge: 'http://activitystrea.ms/schema/1.0/badge',
} as const;

/** `context.platform` of every statement. */
export const PLATFORM = 'Mindshare';
