import type { ErrorRequestHandler } from 'express';
import type { ErrorCode } from '../errors/app-error';

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
