/**
 * An optional shared cache in front of a loader's batch function, given by the services layer
 * (which owns what is cached and how it is invalidated). Without one the batch goes to the database.
 */
export type BatchThrough<K, V> = (keys: readonly K[], load: (keys: readonly K[]) => Promise<V[]>) => Promise<V[]>;

export const direct = <K, V>(keys: readonly K[], load: (keys: readonly K[]) => Promise<V[]>): Promise<V[]> => load(keys);
