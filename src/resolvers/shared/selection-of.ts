import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * Look-ahead on the resolve info: what a client selected under a field, by field name (aliases
 * merged, fragments inlined, @skip and @include applied); a leaf maps to an empty selection. The
 * same shape as `Selection` in src/db/read (resolvers do not import db/; the types match
 * structurally). Abstract types are not told apart: a fragment on any type counts, which can only
 * make a read fetch more, never less.
 */
export type Selection = ReadonlyMap<string, Selection>;


const EMPTY: Selection = new Map();

/** The selection under the field being resolved. */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  const out = new Map<string, Map<string, Selection>>();
  for (const node of info.fieldNodes) if (node.selectionSet) collect(info, node.selectionSet, out);
  return out;
}

/** A connection's node selection: `edges { node { … } }` (aliases and fragments merged). */
export function connectionNodes(connection: Selection): Selection {
  return connection.get('edges')?.get('node') ?? EMPTY;
}

function included(info: GraphQLResolveInfo, node: FieldNode | { directives?: FieldNode['directives'] }): boolean {
  if (!node.directives?.length) return true;
  const skip = getDirectiveValues(GraphQLSkipDirective, node, info.variableValues);
  if (skip?.['if'] === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues);
  return include?.['if'] !== false;
}

function collect(info: GraphQLResolveInfo, set: SelectionSetNode, out: Map<string, Map<string, Selection>>, seen = new Set<string>()): void {
  for (const sel of set.selections) {
    if (!included(info, sel)) continue;
    if (sel.kind === Kind.FIELD) {
      const name = sel.name.value;
      if (name === '__typename') continue;
      let sub = out.get(name);
      if (!sub) out.set(name, (sub = new Map()));
      if (sel.selectionSet) collect(info, sel.selectionSet, sub as Map<string, Map<string, Selection>>);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      collect(info, sel.selectionSet, out, seen);
    } else {
      const name = sel.name.value;
      const fragment = info.fragments[name];
      // Validation forbids fragment cycles; `seen` only keeps a repeated spread from being walked twice.
      if (!fragment || seen.has(name)) continue;
      seen.add(name);
      collect(info, fragment.selectionSet, out, seen);
    }
  }
}

