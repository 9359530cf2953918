import { AppError } from '../../errors/app-error';
import { containsNul } from './text';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount?: number | Promise<number>;
}

/** A count known already, or a query run only if the client selects `totalCount`. */
export type TotalCount = number | (() => Promise<number>);

/** `first` is bounded so no request can ask for an unbounded list. */
export function pageSize(first: number | null | undefined): number {
  const n = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw AppError.badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, 'first');
  }
  return n;
}

/** Opaque cursors: a kind tag keeps a users cursor from being replayed against audit logs. */
export function encodeCursor(kind: string, key: unknown): string {
  return Buffer.from(JSON.stringify([kind, key])).toString('base64url');
}

export function decodeCursor<K>(kind: string, cursor: string | null | undefined, isKey: (k: unknown) => k is K): K | null {
  if (!cursor) return null;
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // A NUL in a key would reach PostgreSQL as text and fail there, whatever `isKey` accepts.
    if (Array.isArray(decoded) && decoded[0] === kind && !containsNul(decoded[1]) && isKey(decoded[1])) return decoded[1];
  } catch {
    // fall through to the typed error
  }
  throw AppError.badInput('after is not a valid cursor for this list', 'after');
}

/**
 * An edge whose cursor is encoded when read: most pages select `node` only, and encoding a cursor
 * for each of 50 rows nobody asked for was ~1 % of a users page's CPU. A getter on the prototype,
 * so an edge costs one small object as before.
 */
class Edge<Row, Node> {
  #cursor: string | undefined;
  readonly #row: Row;
  readonly #cursorOf: (row: Row) => string;

  constructor(row: Row, readonly node: Node, cursorOf: (row: Row) => string) {
    this.#row = row;
    this.#cursorOf = cursorOf;
  }

  get cursor(): string {
    return (this.#cursor ??= this.#cursorOf(this.#row));
  }
}

/** Builds a connection from a page fetched with one extra row (`first + 1`). */
export function toConnection<Row, Node = Row>(
  rows: Row[],
  first: number,
  cursorOf: (row: Row) => string,
  toNode: (row: Row) => Node = (row) => row as unknown as Node,
  totalCount?: TotalCount,
): Connection<Node> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => new Edge(row, toNode(row), cursorOf));
  const connection: Connection<Node> = {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
  if (typeof totalCount === 'number') connection.totalCount = totalCount;
  else if (totalCount) {
    // A getter: GraphQL reads `totalCount` only when it is selected, so the count query runs only
    // then, and once however many aliases ask for it.
    let counted: Promise<number> | undefined;
    Object.defineProperty(connection, 'totalCount', { enumerable: true, get: () => (counted ??= totalCount()) });
  }
  return connection;
}

export const isUuid = (v: unknown): v is string =>
  typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
