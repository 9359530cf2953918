/**
 * What a client selected under a field, by field name (aliases merged, fragments inlined, @skip
 * and @include applied); a leaf maps to an empty selection. Resolvers read it from the resolve info
 * (src/resolvers/shared/selection-of.ts) and hand it down as plain data; lean reads (this folder)
 * fetch only the columns and relations it names.
 */
export type Selection = ReadonlyMap<string, Selection>;

/** Fields of `selection` not in `known`: a read path that meets one falls back to its full read. */
export function selectsOnly(selection: Selection, known: ReadonlySet<string>): boolean {
  for (const name of selection.keys()) if (!known.has(name)) return false;
  return true;
}
