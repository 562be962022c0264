/**
 * What a request selects, read from its operation: resolvers use it to fetch in one read what
 * the nested fields will ask for, and no more. Walkers follow fragments (valid documents have
 * no fragment cycles).
 */
import {
  getNamedType,
  isAbstractType,
  isLeafType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type FieldNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
  type SelectionNode,
} from 'graphql';
import type { Projection } from '../graph/read.js';

/** The fields of a selection set, with those of its fragments. */
export function fieldsIn(info: GraphQLResolveInfo, set: readonly SelectionNode[] | undefined): FieldNode[] {
  return (set ?? []).flatMap((s) =>
    s.kind === Kind.FIELD ? [s]
    : s.kind === Kind.INLINE_FRAGMENT ? fieldsIn(info, s.selectionSet.selections)
    : fieldsIn(info, info.fragments[s.name.value]?.selectionSet.selections),
  );
}

/**
 * Does the field being resolved select the field path `path`? `["produced"]` is a direct child;
 * `["nodes", "place"]` a grandchild, as in a connection's nodes.
 */
export function asksFor(info: GraphQLResolveInfo, ...path: string[]): boolean {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) level = level.flatMap((f) => fieldsIn(info, f.selectionSet?.selections)).filter((f) => f.name.value === name);
  return level.length > 0;
}

/** Every field of the operation, at any depth. */
export function operationFields(info: GraphQLResolveInfo): FieldNode[] {
  const all: FieldNode[] = [];
  const walk = (fields: FieldNode[]): void => {
    for (const f of fields) {
      all.push(f);
      walk(fieldsIn(info, f.selectionSet?.selections));
    }
  };
  walk(fieldsIn(info, info.operation.selectionSet.selections));
  return all;
}

/**
 * The leaf (scalar and enum) fields the operation selects on each object type, anywhere in it:
 * what a read that primes loaders for the whole request must project. A field selected on an
 * interface or union counts for each of its types. Leaf fields only: object fields have their
 * own resolvers and are never read from the parent map; they only add the parent's `id`.
 */
export function leafFieldsByType(info: GraphQLResolveInfo): Projection {
  // The server caches parsed documents, so a query asked again brings the same operation node.
  const cached = projections.get(info.operation);
  if (cached) return cached;
  const byType = new Map<string, Set<string>>();
  const add = (type: string, field: string) => {
    let fields = byType.get(type);
    if (!fields) byType.set(type, (fields = new Set()));
    fields.add(field);
  };
  const typeInfo = new TypeInfo(info.schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType();
      const type = typeInfo.getType();
      if (!parent || !type || node.name.value.startsWith('__')) return;
      const owners = isAbstractType(parent) ? info.schema.getPossibleTypes(parent) : [parent];
      // An object field is loaded by its parent's id: the parent's map must carry it.
      const field = isLeafType(getNamedType(type)) ? node.name.value : 'id';
      for (const owner of owners) add(owner.name, field);
    },
  });
  visit(info.operation, visitor);
  for (const fragment of Object.values(info.fragments)) visit(fragment, visitor);
  projections.set(info.operation, byType);
  return byType;
}

/** Projections by operation: a function of the document alone (not of its variables). */
const projections = new WeakMap<OperationDefinitionNode, Projection>();
