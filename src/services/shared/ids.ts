import { v7 } from 'uuid';

/** Time-ordered ids: keyset pagination on the primary key returns newest first. */
export const newId = (): string => v7();
