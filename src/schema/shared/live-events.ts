/** The `after` argument every subscription takes: resume from a delivered event's cursor. */
export const AFTER_DESCRIPTION =
  'Resume after this cursor (a delivered event\'s `cursor`): missed events are replayed first, then the stream goes live. ' +
  'A cursor older than the event log keeps fails with CURSOR_EXPIRED: refetch, then subscribe without it.';
