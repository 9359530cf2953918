import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../shared/connection.type';
import { PageArgs } from '../shared/page.args';
import { DateTime, JSONObject } from '../shared/scalars';

export enum AuditOutcome {
  SUCCESS = 'SUCCESS',
  DENIED = 'DENIED',
  FAILURE = 'FAILURE',
}
registerEnumType(AuditOutcome, { name: 'AuditOutcome' });

export enum AuditActorType {
  USER = 'USER',
  SYSTEM = 'SYSTEM',
  ANONYMOUS = 'ANONYMOUS',
}
registerEnumType(AuditActorType, { name: 'AuditActorType' });

@ObjectType()
export class AuditLog {
  @Field(() => ID)
  id!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Set on subscription events: their position in the event log, to pass as `after` to resume from there. Null in lists (use the edge cursor).',
  })
  cursor?: string | null;

  @Field(() => DateTime)
  occurredAt!: Date;

  @Field(() => AuditActorType)
  actorType!: AuditActorType;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { description: 'Event name from the audit catalogue, e.g. user.created.' })
  action!: string;

  @Field(() => String, { nullable: true })
  targetType!: string | null;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => JSONObject, {
    nullable: true,
    description: 'Changed fields with before/after; values are omitted without audit:readValues.',
  })
  changes!: Record<string, unknown> | null;

  @Field(() => JSONObject, { nullable: true })
  metadata!: Record<string, unknown> | null;

  @Field(() => AuditOutcome)
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => String, { nullable: true })
  userAgent!: string | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of the event in the tamper-evident hash chain: unique, increasing within a transaction (transactions are chained in commit order), with gaps where a transaction rolled back.' })
  chainSeq!: number | null;

  @Field(() => String, { nullable: true, description: 'sha256 of the hash of the event written before it in the same transaction and of this event; each committed transaction is sealed into a block chained to the previous one, so editing or removing any event shows.' })
  hash!: string | null;
}

@ObjectType({ description: 'Result of recomputing the audit hash chain.' })
export class AuditIntegrity {
  @Field(() => Boolean)
  verified!: boolean;

  @Field(() => Int, { description: 'Events whose hash was recomputed and matched, in chain order, from where verification started.' })
  checked!: number;

  @Field(() => Int, { nullable: true, description: 'Lowest chain number that no longer verifies (an event changed, removed, re-ordered or added, or where a removed transaction would be).' })
  firstBrokenSeq!: number | null;

  @Field(() => Int)
  headSeq!: number;

  @Field(() => String, { description: 'Hash of the newest block (one per committed transaction): keep a copy elsewhere to detect a rewritten history.' })
  headHash!: string;

  @Field(() => Boolean, { description: 'Whether every event was recomputed (true), or only those after the newest valid signed checkpoint.' })
  full!: boolean;

  @Field(() => Int, { description: 'Events before the checkpoint verification started after (0 for a full verification).' })
  fromSeq!: number;

  @Field(() => Int, { description: 'Signed checkpoints whose signature and hash were checked.' })
  checkpointsChecked!: number;

  @Field(() => Int, { description: 'Checkpoints that are forged (signature fails) or that the chain no longer matches (rewritten history).' })
  invalidCheckpoints!: number;
}

export const AuditLogConnection = Connection(AuditLog, 'AuditLog');

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  action?: string | null;

  @Field(() => String, { nullable: true })
  targetType?: string | null;

  @Field(() => String, { nullable: true })
  targetId?: string | null;

  @Field(() => DateTime, { nullable: true })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true })
  to?: Date | null;
}

@ArgsType()
export class AuditLogsArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  filter?: AuditLogFilter | null;
}
