/// <reference types="node" />
// Answers to open questions and poll results through the HTTP client (issue 16), against the mock
// server (or the real one with MINDSHARE_CONTRACT_BACKEND): the mock pack's coach owns "n-open".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMindError, type MindshareChange } from '@mindshare/core';
import { testWorld } from './testing/test-world.js';

describe('answers and poll results over the HTTP client', () => {
  it('lets the owner read an answer, mark it handled and reopen it; replies are validated', async () => {
    const world = testWorld();
    const anna = await world.open();
    await world.time.settle(anna.respond('n-open', 'Trop cher, « vraiment »'));
    await world.time.settle(anna.vote('n-poll', ['pro']));
    const coach = await world.open({ token: 'token-coach-camille' });
    const changes: MindshareChange[] = [];
    coach.subscribe((change) => changes.push(change));

    const [entry, ...rest] = await world.time.settle(coach.responses({ nuggetId: 'n-open', handled: false }));
    assert.equal(rest.length, 0);
    assert.deepEqual(
      [entry!.id, entry!.text, entry!.sellerName, entry!.partnerName],
      ['n-open~s-anna', 'Trop cher, « vraiment »', 'Anna Martin', 'Alpha'],
    );
    const handled = await world.time.settle(coach.markResponseHandled(entry!.id, true));
    assert.deepEqual([handled.handled, handled.handledByName], [true, 'Camille Coach']);
    assert.deepEqual(changes, [{ origin: 'local', areas: ['feed'] }]);
    assert.deepEqual(
      (await world.time.settle(coach.responses({ handled: true }))).map((answer) => answer.id),
      ['n-open~s-anna'],
    );
    assert.equal((await world.time.settle(coach.markResponseHandled(entry!.id, false))).handled, false);

    assert.deepEqual(await world.time.settle(coach.pollResults('n-poll')), {
      options: [
        { optionId: 'basic', count: 0 },
        { optionId: 'pro', count: 1 },
      ],
      voters: 1,
    });
    assert.deepEqual(
      (await world.time.settle(coach.polls())).map((poll) => [poll.nuggetId, poll.voters]),
      [['n-poll', 1]],
    );

    const refused = (promise: Promise<unknown>, code: string) =>
      assert.rejects(world.time.settle(promise), (error: unknown) => isMindError(error) && error.code === code);
    await refused(anna.responses(), 'MIND_FORBIDDEN');
    await refused(coach.markResponseHandled('n-open~s-nobody', true), 'MIND_NOT_FOUND');
    await assert.rejects(coach.markResponseHandled('', true), (error: unknown) =>
      isMindError(error, 'MIND_INVALID_INPUT'),
    );
    await anna.close();
    await coach.close();
  });

  it("pages on (at, id), lists the question filter's choices, and refuses a malformed handled filter as the server does", async () => {
    const world = testWorld();
    const anna = await world.open();
    const bruno = await world.open({ token: 'token-s-bruno' });
    // Two answers in the same millisecond.
    await world.time.settle(anna.respond('n-open', 'Price.'));
    await world.time.settle(bruno.respond('n-open', 'Support.'));
    const coach = await world.open({ token: 'token-coach-camille' });

    const [first] = await world.time.settle(coach.responses({ nuggetId: 'n-open', limit: 1 }));
    const rest = await world.time.settle(
      coach.responses({ nuggetId: 'n-open', limit: 1, before: first!.at, beforeId: first!.id }),
    );
    assert.deepEqual([first!.id, ...rest.map((entry) => entry.id)], ['n-open~s-anna', 'n-open~s-bruno']);
    assert.deepEqual(
      (await world.time.settle(coach.responseQuestions())).map((question) => question.nuggetId),
      ['n-open'],
    );

    const request = new Request(`${world.server.baseUrl}/v1/responses?handled=yes`, {
      headers: { authorization: 'Bearer token-coach-camille' },
    });
    const reply = await world.time.settle(world.server.fetch(request));
    assert.equal(reply.status, 400);
    assert.equal(((await reply.json()) as { error: { code: string } }).error.code, 'MIND_INVALID_INPUT');
    await Promise.all([anna.close(), bruno.close(), coach.close()]);
  });
});
