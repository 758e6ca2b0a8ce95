import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { scenarioDirectory, scenarioPack } from '@mindshare/core/testing';
import { verifyTokens } from './auth/tokens.js';
import { main } from './cli.js';
import { readPublished } from './content/published.js';
import { openDatabase } from './storage/database.js';

/** Runs the command line, capturing what it prints. */
async function cli(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = console.log;
  const error = console.error;
  console.log = (...parts: unknown[]) => void out.push(parts.join(' '));
  console.error = (...parts: unknown[]) => void err.push(parts.join(' '));
  try {
    const code = await main(args, {});
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    console.log = log;
    console.error = error;
  }
}

describe('mindshare-server (command line)', () => {
  it('lists every setting with its variable in --help, and refuses an unknown option naming it', async () => {
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    for (const name of [
      'PORT',
      'DATABASE_URL',
      'REDIS_URL',
      'MINDSHARE_TOKEN_SECRET',
      'MINDSHARE_JWKS_URL',
      'MINDSHARE_ORIGINS',
      'MINDSHARE_MEDIA_DIR',
      'MINDSHARE_PACK',
    ]) {
      assert.match(help.out, new RegExp(name));
    }
    const unknown = await cli(['--prot', '80']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /--prot/);
  });

  it('migrates, then publishes a pack and a CSV directory into the database, refusing a bad one with its problems', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'mindshare-cli-'));
    const data = join(folder, 'data');
    await writeFile(join(folder, 'pack.json'), JSON.stringify(scenarioPack()));
    await writeFile(join(folder, 'directory.json'), JSON.stringify(scenarioDirectory()));
    await writeFile(join(folder, 'bad.csv'), 'seller_id;display_name;role\ns-x;X;pilot\n');

    const migrated = await cli(['migrate', '--data-dir', data]);
    assert.equal(migrated.code, 0, migrated.err);
    assert.match(migrated.out, /published content/);
    assert.match((await cli(['migrate', '--data-dir', data])).out, /up to date/);

    // Alone in the database, a pack is still checked on its own.
    await writeFile(join(folder, 'broken.json'), JSON.stringify({ ...scenarioPack(), challenges: [{ id: 'c' }] }));
    const broken = await cli(['publish', join(folder, 'broken.json'), '--data-dir', data]);
    assert.equal(broken.code, 1);
    assert.match(broken.err, /challenges\.0/);
    assert.equal((await cli(['publish', join(folder, 'pack.json'), '--data-dir', data])).code, 0);
    assert.equal((await cli(['publish', join(folder, 'directory.json'), '--data-dir', data])).code, 0);
    const bad = await cli(['publish', join(folder, 'bad.csv'), '--data-dir', data]);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /row 2/);
    assert.match(bad.err, /role/);

    const database = await openDatabase({ dataDir: data, storeName: 'main' });
    try {
      const published = await readPublished(database);
      assert.equal(published.pack?.version, 1);
      assert.equal(published.directory?.version, 1, 'the bad directory changed nothing');
    } finally {
      await database.close();
    }
  });
});

describe('tokens from a key set (JWKS)', () => {
  it('accepts a token signed with a published key and refuses one signed with another', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const other = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    const jwks = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
      const authenticate = verifyTokens({ jwksUrl: url, issuer: 'https://portal.test', audience: 'mindshare' });
      const sign = (key: CryptoKey) =>
        new SignJWT({})
          .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
          .setSubject('s-anna')
          .setIssuer('https://portal.test')
          .setAudience('mindshare')
          .setExpirationTime('5m')
          .sign(key);
      assert.equal(await authenticate(`Bearer ${await sign(privateKey)}`), 's-anna');
      await assert.rejects(authenticate(`Bearer ${await sign(other.privateKey)}`), /signature/);
      // A token made with an HS256 "key" guessed from the public key is refused outright.
      await assert.rejects(authenticate('Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzLWFubmEifQ.x'));
    } finally {
      jwks.close();
    }
  });
});
