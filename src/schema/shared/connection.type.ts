import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/**
 * Relay connection for a node type. `withTotal` adds `totalCount` only where counting is cheap
 * (not on the audit trail, which grows without bound).
 */
export function Connection<T extends object>(Node: ClassType<T>, name: string, withTotal = true) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => Node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    totalCount?: number;
  }
  if (withTotal) Field(() => Int)(ConnectionType.prototype, 'totalCount');
  return ConnectionType;
}
