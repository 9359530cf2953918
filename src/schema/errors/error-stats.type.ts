import { Field, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../shared/scalars';

@ObjectType({ description: 'A count of errors sharing one value (a class, a code or an operation).' })
export class ErrorCount {
  @Field(() => String)
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'One error message with its code, how often it occurred, and a request to look up in the logs.' })
export class ErrorMessageStat {
  @Field(() => String)
  message!: string;

  @Field(() => String, { description: 'The extensions.code clients received.' })
  code!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => String, { nullable: true, description: 'The X-Request-Id of the latest occurrence: its log lines carry it.' })
  sampleRequestId!: string | null;

  @Field(() => DateTime)
  lastSeen!: Date;
}

@ObjectType({ description: 'Errors returned by GraphQL operations over HTTP in [from, to), classified once each.' })
export class ErrorStats {
  @Field(() => DateTime)
  from!: Date;

  @Field(() => DateTime)
  to!: Date;

  @Field(() => Int)
  total!: number;

  @Field(() => [ErrorCount], {
    description: 'By class (transient, permanent, user, system, validation, authorization, network, database, external); an error with several classes counts in each.',
  })
  byClass!: ErrorCount[];

  @Field(() => [ErrorCount], { description: 'By extensions.code.' })
  byCode!: ErrorCount[];

  @Field(() => [ErrorCount], { description: 'By operation name (bounded as in /metrics: `anonymous`, `other`); at most 100.' })
  byOperation!: ErrorCount[];

  @Field(() => [ErrorMessageStat], { description: 'Most frequent messages first.' })
  topMessages!: ErrorMessageStat[];
}
