import type { PublicUser } from '../../db/queries/users.queries';
import type { UserSnapshot } from '../../pubsub/topics';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toSnapshot(u: PublicUser): UserSnapshot {
  return {
    ...u,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
    lastLoginAt: iso(u.lastLoginAt),
    deletedAt: iso(u.deletedAt),
  };
}

export function fromSnapshot(s: UserSnapshot): PublicUser {
  const date = (v: string | null) => (v ? new Date(v) : null);
  return {
    ...s,
    createdAt: new Date(s.createdAt),
    updatedAt: new Date(s.updatedAt),
    lastLoginAt: date(s.lastLoginAt),
    deletedAt: date(s.deletedAt),
  };
}

/** Fields compared for audit before/after; the password hash never appears. */
export const AUDITED_USER_FIELDS = ['email', 'name', 'status', 'labels', 'deletedAt'] as const;

export const userResource = (u: Pick<PublicUser, 'id' | 'labels'>) =>
  ({ type: 'users', id: u.id, labels: u.labels }) as const;

/**
 * Something a user owns (their sessions, their permissions). It carries the owner's labels, so a
 * LABELS scope such as team=payments reaches what payments users own, and SELF reaches one's own.
 */
export const ownedBy = <T extends 'sessions' | 'permissionSets'>(type: T, owner: Pick<PublicUser, 'id' | 'labels'>, id?: string) =>
  ({ type, id: id ?? null, ownerId: owner.id, labels: owner.labels }) as const;

/**
 * Users returned to someone who just proved to be them (login, refresh): the request is still
 * anonymous, but they may see their own sensitive fields.
 */
export const shownToThemselves = new WeakSet<object>();

/**
 * Users read by a lean page whose `email` the query already reduced to what the viewer may see
 * (decided once for the page, see UserService.list): the field resolver shows it as is.
 */
const EMAIL_DECIDED = Symbol('emailDecided');

export const emailDecided = {
  // A symbol-keyed mark on the row, not a WeakSet: 50 WeakSet entries per page were ~3 % of its
  // CPU plus ephemeron work in every GC. Rows come from our own reads; nothing a client sends
  // can carry a symbol key, and JSON and GraphQL never see one.
  add(row: object): void {
    (row as Record<symbol, unknown>)[EMAIL_DECIDED] = true;
  },
  has(row: object): boolean {
    return (row as Record<symbol, unknown>)[EMAIL_DECIDED] === true;
  },
};
