import { HeaderMap, type ApolloServerPlugin, type BaseContext, type GraphQLRequestListener } from '@apollo/server';
import type { ErrorRequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { AppError, type ErrorCode } from '../errors/app-error';
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from '../errors/unavailable';

const body = (message: string, code: ErrorCode) => ({ errors: [{ message, extensions: { code } }] });

/**
 * Body-parser failures happen before GraphQL sees the request; answer them in GraphQL's error
 * shape with a 4xx instead of express's default HTML 500.
 */
export const bodyErrorHandler: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  const type = (err as { type?: string }).type;
  if (type === 'entity.too.large') return void res.status(413).json(body('Request body exceeds 1 MB', 'BAD_USER_INPUT'));
  if (type === 'entity.parse.failed') return void res.status(400).json(body('Malformed JSON in request body', 'BAD_USER_INPUT'));
  const status = (err as { status?: number }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return void res.status(status).json(body('Bad request', 'BAD_USER_INPUT'));
  }
  return void res.status(500).json(body('Internal server error', 'INTERNAL'));
};

/**
 * The one rule for credentials over HTTP: an operation refused before it runs because it needs a
 * signed-in caller answers 401 with UNAUTHENTICATED, whether the token was missing, malformed,
 * expired or revoked, with the `WWW-Authenticate` challenge RFC 7235 requires (RFC 6750's
 * `invalid_token` when one was sent). A refusal for lack of permission answers 403. Public
 * operations (login, refreshSession, verifyMfa, OIDC) ignore a rejected header and run; their own
 * failures (a wrong password, a used refresh token) are GraphQL errors in a 200 answer.
 */
export function refusalHead(code: ErrorCode, tokenRejected: boolean): { status: number; headers?: HeaderMap } {
  if (code !== 'UNAUTHENTICATED') return { status: 403 };
  const challenge = tokenRejected ? 'Bearer error="invalid_token"' : 'Bearer';
  return { status: 401, headers: new HeaderMap([['www-authenticate', challenge]]) };
}

/**
 * PostgreSQL (or another dependency) is away: 503 with Retry-After, in GraphQL's error shape, for
 * the paths that choose an HTTP status themselves (context creation, the response plugin).
 */
export function unavailableHttpError(): GraphQLError {
  const appError = AppError.unavailable(UNAVAILABLE_RETRY_AFTER_SECONDS);
  return new GraphQLError(appError.message, {
    originalError: appError,
    extensions: { code: appError.code, http: { status: 503, headers: new HeaderMap([['retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS)]]) } },
  });
}

/** Answers with 503 and Retry-After whenever an operation failed because a dependency is away. */
const unavailableStatusListener: GraphQLRequestListener<BaseContext> = {
  async willSendResponse({ response }) {
    if (response.body.kind !== 'single') return;
    const errors = response.body.singleResult.errors;
    if (!errors?.some((e) => e.extensions?.code === ('UNAVAILABLE' satisfies ErrorCode))) return;
    response.http.status = 503;
    response.http.headers.set('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
  },
};

/** Stateless: one listener for every request. */
export const unavailableStatusPlugin: ApolloServerPlugin<BaseContext> = { requestDidStart: async () => unavailableStatusListener };
