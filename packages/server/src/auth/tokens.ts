import { redactedUrl } from '../redacted-url.js';
import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { MindError } from '@mindshare/core';

/** Who a request is from: the directory id its token names, or a rejection (401). */
export type Authenticate = (authorization: string | undefined) => Promise<string>;

/** How the portal's tokens are checked. */
export interface TokenOptions {
  /** A shared HS256 secret (development, or a portal without a key set); at least 32 characters. Not with `jwksUrl`. */
  readonly secret?: string | undefined;
  /** The portal's JSON Web Key Set URL (asymmetric keys, rotated by the portal). */
  readonly jwksUrl?: string | undefined;
  readonly issuer?: string | undefined;
  readonly audience?: string | undefined;
  /** Tolerated clock difference with the portal, in seconds (default 30). */
  readonly clockToleranceSeconds?: number;
}

/**
 * A request without a valid token: answered 401 (the client retries with a fresh token), where
 * a known person asking for another's data is 403.
 */
export class Unauthenticated extends MindError {
  /** `MIND_FORBIDDEN` with why the token was refused; `cause` is the verifier's error. */
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('MIND_FORBIDDEN', message, options);
  }
}

/** Tokens remembered at most; the oldest is forgotten first. */
const TOKEN_CACHE_SIZE = 10_000;

const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** The HS256 key of a shared secret, refusing secrets short enough to guess. */
export function secretKey(secret: string): Uint8Array {
  if (secret.length < 32) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      '--token-secret (MINDSHARE_TOKEN_SECRET) must have at least 32 characters; use a random value such as `openssl rand -hex 32`, the one the portal signs with.',
      { path: ['MINDSHARE_TOKEN_SECRET'] },
    );
  }
  return new TextEncoder().encode(secret);
}

/**
 * Verifies `Authorization: Bearer <JWT>` with jose: signature (the shared secret or the key set),
 * `exp` and `nbf` (with a small tolerance), and `iss` and `aud` when configured. `sub` is the
 * viewer's directory id.
 */
export function verifyTokens(options: TokenOptions): Authenticate {
  if (!options.secret && !options.jwksUrl) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      'Set --token-secret (MINDSHARE_TOKEN_SECRET) or --jwks-url (MINDSHARE_JWKS_URL): the server must know who is asking.',
      { path: ['MINDSHARE_TOKEN_SECRET'] },
    );
  }
  // Either one alone decides which tokens pass: with both, tokens signed with the secret would be
  // refused without a word about it.
  if (options.secret && options.jwksUrl) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      'Set --token-secret (MINDSHARE_TOKEN_SECRET) or --jwks-url (MINDSHARE_JWKS_URL), not both: the portal signs with one of them.',
      { path: ['MINDSHARE_JWKS_URL'] },
    );
  }
  if (
    options.jwksUrl &&
    !/^https:\/\//.test(options.jwksUrl) &&
    !/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(options.jwksUrl)
  ) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `--jwks-url (MINDSHARE_JWKS_URL) must be https (keys fetched in clear could be swapped), not "${redactedUrl(options.jwksUrl) ?? 'a URL'}".`,
      { path: ['MINDSHARE_JWKS_URL'] },
    );
  }
  const key: Uint8Array | JWTVerifyGetKey = options.jwksUrl
    ? createRemoteJWKSet(new URL(options.jwksUrl))
    : secretKey(options.secret!);
  const verifyOptions = {
    algorithms: options.jwksUrl ? ASYMMETRIC : ['HS256'],
    clockTolerance: options.clockToleranceSeconds ?? 30,
    // A token without an expiry would open the API for ever to whoever copied it.
    requiredClaims: ['exp', 'sub'],
    ...(options.issuer ? { issuer: options.issuer } : {}),
    ...(options.audience ? { audience: options.audience } : {}),
  };
  // A portal's token is sent with every request for minutes: verified once, it is remembered
  // until it expires (jose through WebCrypto cost 0.6 ms of CPU per request under load).
  const verified = new Map<string, { sub: string; exp: number }>();
  return async (authorization) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw new Unauthenticated('Missing bearer token: send Authorization: Bearer <token>.');
    const known = verified.get(token);
    if (known && known.exp * 1000 > Date.now()) return known.sub;
    if (known) verified.delete(token);
    try {
      const { payload } = await jwtVerify(token, key as Uint8Array, verifyOptions);
      if (typeof payload.sub !== 'string' || payload.sub === '')
        throw new Unauthenticated('The token has no subject (sub).');
      if (verified.size >= TOKEN_CACHE_SIZE) verified.delete(verified.keys().next().value!);
      verified.set(token, { sub: payload.sub, exp: payload.exp! });
      return payload.sub;
    } catch (error) {
      if (error instanceof Unauthenticated) throw error;
      throw new Unauthenticated(tokenProblem(error), { cause: error });
    }
  };
}

function tokenProblem(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `The token's "${error.claim}" claim is not accepted (${error.reason}).`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature does not verify.';
  return 'The token is not valid.';
}

/**
 * Signs a token the way a portal does (HS256 with the shared secret): for the development route
 * and for tests. Production portals mint theirs (see docs/server.md).
 */
export async function signToken(
  secret: string,
  subject: string,
  options: { issuer?: string | undefined; audience?: string | undefined; expiresIn?: string | number } = {},
): Promise<string> {
  let jwt = new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(subject).setIssuedAt();
  jwt = jwt.setExpirationTime(options.expiresIn ?? '8h');
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(secretKey(secret));
}
