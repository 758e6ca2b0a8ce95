/// <reference types="node" />
// The HTTP client against the mock server (core's engine behind the contract), on a manual clock.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMemoryStorage, isMindError, type MindshareChange } from '@mindshare/core';
import { HttpResponse } from 'msw';
import { createHttpClient } from './http-client.js';
import { sendViewerRequest, type SentRequest } from './sent-request.js';
import { testWorld } from './testing/test-world.js';

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => isMindError(error) && error.code === code);
}

/** A `fetch` to the world's server that keeps the requests for the viewer, and says when one was answered. */
function countingViewerAsks(world: ReturnType<typeof testWorld>) {
  let answer!: () => void;
  const asks: Request[] = [];
  const viewerAsks = {
    get count() {
      return asks.length;
    },
    /** The requests sent with `token`. */
    by: (token: string) => asks.filter((request) => request.headers.get('authorization') === `Bearer ${token}`),
    answered: new Promise<void>((resolve) => (answer = resolve)),
  };
  const fetch = async (request: Request) => {
    const viewer = new URL(request.url).pathname.endsWith('/v1/viewer');
    if (viewer) asks.push(request);
    const reply = await world.server.fetch(request);
    // Once the reply is in the sender's hands, a task later.
    if (viewer) setTimeout(answer, 0);
    return reply;
  };
  return { fetch, viewerAsks };
}

const yes = { kind: 'true-false', value: true };
const no = { kind: 'true-false', value: false };

describe('createHttpClient', () => {
  it('answers, finishes and ranks through the server (happy path)', async () => {
    const world = testWorld({ questions: 3 });
    const client = await world.open();
    assert.equal(client.viewer.id, 's-anna');
    assert.equal(client.now(), world.time.current);
    const changes: MindshareChange[] = [];
    client.subscribe((change) => changes.push(change));
    const listings = await world.time.settle(client.challenges());
    assert.deepEqual(
      listings.map((listing) => listing.id),
      ['marathon', 'sprint'],
    );
    const attempt = await world.time.settle(client.startAttempt('marathon'));
    assert.equal(attempt.questionIds.length, 3);
    assert.deepEqual(changes, [{ origin: 'local', areas: ['challenges'] }]);
    for (const questionId of attempt.questionIds) {
      const question = await world.time.settle(client.showQuestion(attempt.id, questionId));
      assert.equal(question.id, questionId);
      const outcome = await world.time.settle(client.answer(attempt.id, questionId, yes));
      assert.equal(outcome.status, 'scored');
      assert.ok(outcome.status === 'scored' && outcome.correct);
    }
    const finished = await world.time.settle(client.finishAttempt(attempt.id));
    assert.equal(finished.correct, 3);
    assert.equal(finished.rank, 1);
    const board = await world.time.settle(client.leaderboard({ challengeId: 'marathon', limit: 5 }));
    assert.equal(board.me?.rank, 1);
    assert.deepEqual((await client.outbox()).pending, []);
    assert.ok(changes.some((change) => change.origin === 'local' && change.areas.includes('challenges')));
    assert.ok(changes.some((change) => change.origin === 'remote' && change.areas.includes('leaderboard')));
    await client.close();
  });

  it('starts an attempt with the question answered next already revealed, when asked to, and refuses another option', async () => {
    const world = testWorld({ questions: 3 });
    const client = await world.open();
    await rejectsWith(
      world.time.settle(client.startAttempt('marathon', { reveal: 'all' } as never)),
      'MIND_INVALID_INPUT',
    );
    const attempt = await world.time.settle(client.startAttempt('marathon', { reveal: 'next' }));
    assert.equal(attempt.id, `marathon.1.${client.viewer.id}`, 'the refused start started nothing');
    assert.deepEqual(
      attempt.questions.map((question) => question.id),
      [attempt.questionIds[0]],
    );
    await client.close();
  });

  it('maps the server error body to a MindError with the server code', async () => {
    const world = testWorld({ questions: 2 });
    const client = await world.open();
    const attempt = await world.time.settle(client.startAttempt('marathon'));
    const first = attempt.questionIds[0]!;
    await world.time.settle(client.answer(attempt.id, first, yes));
    await rejectsWith(world.time.settle(client.answer(attempt.id, first, no)), 'MIND_ALREADY_ANSWERED');
    await rejectsWith(world.time.settle(client.startAttempt('nope')), 'MIND_NOT_FOUND');
    // A refusal the caller saw is not kept as a refused write.
    assert.deepEqual(await client.outbox(), { pending: [], refused: [] });
    await client.close();
  });

  it('refuses malformed input before queueing anything', async () => {
    const world = testWorld();
    const client = await world.open();
    await rejectsWith(client.answer('', 'q', true), 'MIND_INVALID_INPUT');
    await rejectsWith(client.respond('n-hello', ''), 'MIND_INVALID_INPUT');
    assert.equal((await client.outbox()).pending.length, 0);
    await client.close();
  });

  it('calls a token function before every request', async () => {
    const world = testWorld();
    let calls = 0;
    const client = await world.open({
      token: () => {
        calls += 1;
        return 'token-s-anna';
      },
    });
    await world.time.settle(client.challenges());
    await world.time.settle(client.feed());
    assert.equal(calls, 3);
    await client.close();
  });

  it('rejects reads with MIND_NETWORK when the server cannot be reached', async () => {
    const world = testWorld();
    const client = await world.open();
    world.setFault('network-error');
    await rejectsWith(world.time.settle(client.challenges()), 'MIND_NETWORK');
    world.setFault('timeout');
    await rejectsWith(world.time.settle(client.feed()), 'MIND_NETWORK');
    await client.close();
  });

  it('abandons a fetch that never settles and ignores its signal after timeoutMs', async () => {
    const world = testWorld();
    let hang = false;
    const client = await world.open({
      timeoutMs: 1_000,
      fetch: (request) => (hang ? new Promise<Response>(() => undefined) : world.server.fetch(request)),
    });
    hang = true;
    const before = world.time.current;
    await rejectsWith(world.time.settle(client.challenges()), 'MIND_NETWORK');
    assert.equal(world.time.current - before, 1_000);
    await client.close();
  });

  it('rejects malformed replies with MIND_BAD_RESPONSE and changes no local state', async () => {
    const world = testWorld({ questions: 2 });
    const client = await world.open();
    const attempt = await world.time.settle(client.startAttempt('marathon'));
    const changes: MindshareChange[] = [];
    world.setFault('malformed');
    await rejectsWith(world.time.settle(client.challenges()), 'MIND_BAD_RESPONSE');
    await rejectsWith(world.time.settle(client.attempt(attempt.id)), 'MIND_BAD_RESPONSE');
    client.subscribe((change) => changes.push(change));
    const question = attempt.questionIds[0]!;
    await rejectsWith(world.time.settle(client.answer(attempt.id, question, yes)), 'MIND_BAD_RESPONSE');
    // The answer is still queued (not acknowledged, not refused), and no remote change was announced.
    const status = await client.outbox();
    assert.equal(status.pending.length, 1);
    assert.equal(status.pending[0]!.lastError?.code, 'MIND_BAD_RESPONSE');
    assert.deepEqual(status.refused, []);
    assert.ok(changes.every((change) => change.origin === 'local'));
    world.setFault(undefined);
    assert.deepEqual(await world.time.settle(client.flush()), { delivered: 1, refused: 0, pending: 0 });
    assert.equal(world.server.applications.size, 2);
    await client.close();
  });

  it('rejects a revealed question whose reply leaks an answer key', async () => {
    const world = testWorld({ questions: 1 });
    const client = await world.open({
      fetch: async (request) => {
        const response = await world.server.fetch(request);
        if (!request.url.endsWith('/shown')) return response;
        return HttpResponse.json({ ...((await response.json()) as object), answer: true });
      },
    });
    const attempt = await world.time.settle(client.startAttempt('marathon'));
    await rejectsWith(world.time.settle(client.showQuestion(attempt.id, attempt.questionIds[0]!)), 'MIND_BAD_RESPONSE');
    await client.close();
  });

  it('needs the server to reveal a question: offline, showQuestion rejects and nothing is queued', async () => {
    const world = testWorld({ questions: 1 });
    const client = await world.open();
    const attempt = await world.time.settle(client.startAttempt('marathon'));
    world.setFault('network-error');
    await rejectsWith(world.time.settle(client.showQuestion(attempt.id, attempt.questionIds[0]!)), 'MIND_NETWORK');
    assert.deepEqual((await client.outbox()).pending, []);
    await client.close();
  });

  it('needs the server to claim a review: offline it rejects with MIND_NETWORK and queues nothing', async () => {
    const world = testWorld();
    const coach = await world.open({ token: 'token-coach-camille' });
    await rejectsWith(world.time.settle(coach.claimReview('rec-none')), 'MIND_NOT_FOUND');
    world.setFault('network-error');
    await rejectsWith(world.time.settle(coach.claimReview('rec-none', { takeOver: true })), 'MIND_NETWORK');
    await rejectsWith(world.time.settle(coach.releaseReview('rec-none')), 'MIND_NETWORK');
    assert.deepEqual((await coach.outbox()).pending, []);
    await coach.close();
  });

  it('keeps the details of a refusal, such as the coach holding a claim', async () => {
    const world = testWorld();
    const holder = { coachId: 'mgr-marc', coachName: 'Marc Manager' };
    const coach = await world.open({
      token: 'token-coach-camille',
      fetch: async (request) =>
        request.url.endsWith('/claim')
          ? HttpResponse.json(
              { error: { code: 'MIND_CONFLICT', message: 'Marc Manager is reviewing it.', details: holder } },
              { status: 409 },
            )
          : world.server.fetch(request),
    });
    await assert.rejects(
      world.time.settle(coach.claimReview('rec-1')),
      (error: unknown) => isMindError(error, 'MIND_CONFLICT') && assert.deepEqual(error.details, holder) === undefined,
    );
    await coach.close();
  });

  it('reads every area, with server refusals as their codes', async () => {
    const world = testWorld();
    const client = await world.open();
    const catalog = await world.time.settle(client.catalog());
    assert.deepEqual(
      catalog.topics.map((topic) => topic.id),
      ['offer'],
    );
    const feed = await world.time.settle(client.feed());
    assert.ok(feed.items.some((item) => item.nugget.id === 'n-poll'));
    const tally = await world.time.settle(client.vote('n-poll', ['pro']));
    assert.equal(tally.voters, 1);
    await world.time.settle(client.respond('n-open', 'Too expensive'));
    await rejectsWith(world.time.settle(client.respond('n-hello', 'Thanks')), 'MIND_INVALID_INPUT');
    assert.equal((await world.time.settle(client.pitchPrompts()))[0]?.id, 'elevator');
    const mastery = await world.time.settle(client.mastery({ by: 'seller' }));
    assert.ok(Array.isArray(mastery.rows));
    const board = await world.time.settle(client.leaderboard({ challengeId: 'marathon', scope: 'partner', limit: 3 }));
    assert.equal(board.scope, 'partner');
    await rejectsWith(world.time.settle(client.tierReport()), 'MIND_FORBIDDEN');
    const exported = await world.time.settle(client.exportSellerData('s-anna'));
    assert.equal(exported.sellerId, 's-anna');
    await world.time.settle(client.setRepetitionHold(world.time.current + 86_400_000));
    await client.close();
  });

  it('sets the board visibility online, announces it to the leaderboard, and fails at once offline', async () => {
    const world = testWorld();
    const client = await world.open();
    const areas: string[][] = [];
    client.subscribe((change) => areas.push([...change.areas]));
    await world.time.settle(client.setBoardVisibility(false));
    assert.deepEqual(areas, [['leaderboard']]);
    const board = await world.time.settle(client.leaderboard({ challengeId: 'marathon' }));
    assert.equal(board.visible, false);
    world.setFault('network-error');
    await rejectsWith(world.time.settle(client.setBoardVisibility(true)), 'MIND_NETWORK');
    assert.deepEqual((await client.outbox()).pending, [], 'not queued: a privacy choice is made online or not at all');
    await rejectsWith(client.setBoardVisibility('yes' as unknown as boolean), 'MIND_INVALID_INPUT');
    await client.close();
  });

  it('asks the server for the viewer while the outbox opens, and keeps its clock as it was when the reply came', async () => {
    const world = testWorld();
    let replied!: () => void;
    const viewerReplied = new Promise<void>((resolve) => (replied = resolve));
    const fetch = async (request: Request) => {
      const reply = await world.server.fetch(request);
      if (new URL(request.url).pathname.endsWith('/v1/viewer')) replied();
      return reply;
    };
    const storage = createMemoryStorage({ database: world.device });
    const open = storage.open.bind(storage);
    // The outbox's store opens once the viewer's reply came (never, were it asked for only after),
    // and takes five seconds more, as a first IndexedDB upgrade may.
    storage.open = async (schema) => {
      await viewerReplied;
      // The client reads the reply's body (in memory) before it holds the reply.
      await new Promise((resolve) => setTimeout(resolve, 20));
      world.time.current += 5_000;
      return open(schema);
    };
    // Not through world.open, whose manual clock would take the open's real wait for a hang.
    const client = await createHttpClient({
      baseUrl: world.server.baseUrl,
      token: 'token-s-anna',
      storage,
      fetch,
      clock: world.time.clock,
      scheduler: world.time,
    });
    assert.equal(client.viewer.id, 's-anna');
    // The server's clock and this device's are one here: the offset is none, not the open's 5 s.
    assert.equal(client.now(), world.time.current);
    await client.close();
  });

  it('leaves no request running when the outbox cannot open', async () => {
    const world = testWorld();
    let asked!: (signal: AbortSignal) => void;
    const request = new Promise<AbortSignal>((resolve) => (asked = resolve));
    // The viewer's request never answers; the store fails once it is under way.
    const fetch = (incoming: Request) => {
      asked(incoming.signal);
      return new Promise<Response>(() => {});
    };
    const storage = createMemoryStorage({ database: world.device });
    storage.open = async () => {
      await request;
      throw new Error('the store is blocked');
    };
    // Not through world.open: its manual clock would fire the request's own time limit.
    await assert.rejects(
      createHttpClient({ baseUrl: world.server.baseUrl, token: 'token-s-anna', storage, fetch, scheduler: world.time }),
      /the store is blocked/,
    );
    assert.equal((await request).aborted, true, 'the viewer’s request is aborted');
    assert.equal(world.time.pending, 0, 'and its time limit cleared');
  });

  it('reads the viewer request sent before it was created: the server is asked once, its clock taken when the reply came', async () => {
    const world = testWorld();
    const { fetch, viewerAsks } = countingViewerAsks(world);
    const target = { baseUrl: world.server.baseUrl, token: 'token-s-anna', fetch, clock: world.time.clock };
    const viewerRequest = sendViewerRequest(target);
    await viewerAsks.answered;
    // The client's code takes three seconds to come on a slow network.
    world.time.current += 3_000;
    const client = await createHttpClient({
      ...target,
      storage: createMemoryStorage({ database: world.device }),
      scheduler: world.time,
      viewerRequest,
    });
    assert.equal(client.viewer.id, 's-anna');
    assert.equal(viewerAsks.count, 1, 'asked once');
    // The server's clock and this device's are one: no offset, not the three seconds' wait.
    assert.equal(client.now(), world.time.current);
    await client.close();
  });

  it('takes a viewer request once, and only one sent for its own server and token: otherwise it asks itself', async () => {
    const world = testWorld();
    const { fetch, viewerAsks } = countingViewerAsks(world);
    const anna = { baseUrl: world.server.baseUrl, token: 'token-s-anna', fetch };
    const open = (viewerRequest: SentRequest) =>
      createHttpClient({
        ...anna,
        storage: createMemoryStorage({ database: world.device }),
        scheduler: world.time,
        viewerRequest,
      });
    // Taken while its reply is still on the way.
    const sent = sendViewerRequest(anna);
    const first = await open(sent);
    assert.equal(first.viewer.id, 's-anna');
    assert.equal(viewerAsks.count, 1);
    await first.close();
    // Its reply was read: a second client given it asks the server again, and starts.
    const second = await open(sent);
    assert.equal(second.viewer.id, 's-anna');
    assert.equal(viewerAsks.count, 2, 'the second client asked itself');
    await second.close();
    // Sent for another seller: abandoned, and the client asks for its own viewer.
    const third = await open(sendViewerRequest({ ...anna, token: 'token-s-bob' }));
    assert.equal(third.viewer.id, 's-anna', 'never the viewer of another token');
    assert.ok(
      viewerAsks.by('token-s-bob').every((request) => request.signal.aborted),
      'the other seller’s request abandoned, if it went out at all',
    );
    await third.close();
    // Abandoned before it was handed over (a retry after a failed start): asked again.
    const abandoned = sendViewerRequest(anna);
    abandoned.abort();
    const asked = viewerAsks.count;
    const fourth = await open(abandoned);
    assert.equal(fourth.viewer.id, 's-anna');
    assert.equal(viewerAsks.count - asked, 1, 'asked afresh, not failed on the abandoned request');
    await fourth.close();
    // Not made by sendViewerRequest: abandoned, and the client asks itself.
    let abortedByHand = false;
    const fifth = await open({ abort: () => (abortedByHand = true) });
    assert.equal(fifth.viewer.id, 's-anna');
    assert.equal(abortedByHand, true, 'a request the client cannot read is abandoned');
    await fifth.close();
    // The same server, written with a trailing slash: taken.
    const slash = sendViewerRequest({ ...anna, baseUrl: `${anna.baseUrl}/` });
    const before = viewerAsks.count;
    const sixth = await open(slash);
    assert.equal(viewerAsks.count - before, 1, 'one request, the one sent before');
    await sixth.close();
  });

  it('abandons the viewer request sent before it when the outbox cannot open, or when it is given the viewer', async () => {
    const world = testWorld();
    const signals: AbortSignal[] = [];
    // The server never answers.
    const fetch = (request: Request) => {
      signals.push(request.signal);
      return new Promise<Response>(() => {});
    };
    const target = { baseUrl: world.server.baseUrl, token: 'token-s-anna', fetch };
    const blocked = createMemoryStorage({ database: world.device });
    blocked.open = () => Promise.reject(new Error('the store is blocked'));
    await assert.rejects(
      createHttpClient({
        ...target,
        storage: blocked,
        scheduler: world.time,
        viewerRequest: sendViewerRequest(target),
      }),
      /the store is blocked/,
    );
    assert.equal(signals[0]?.aborted, true, 'abandoned when the outbox cannot open');
    assert.equal(world.time.pending, 0, 'with no time limit left running');
    const earlier = await world.open();
    const { viewer } = earlier;
    await earlier.close();
    const client = await createHttpClient({
      ...target,
      storage: createMemoryStorage({ database: world.device }),
      scheduler: world.time,
      viewer,
      viewerRequest: sendViewerRequest(target),
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.ok(
      signals.slice(1).every((signal) => signal.aborted),
      'abandoned when the viewer is known: never sent, or aborted',
    );
    await client.close();
  });

  it('uses the cached viewer when it starts offline', async () => {
    const world = testWorld();
    await (await world.open()).close();
    world.setFault('network-error');
    const client = await world.open();
    assert.equal(client.viewer.id, 's-anna');
    await client.close();
    const fresh = testWorld();
    fresh.setFault('network-error');
    await rejectsWith(fresh.open(), 'MIND_NETWORK');
  });
});
