import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../shared/connection.type';
import { PageArgs } from '../shared/page.args';
import { DateTime, JSONObject } from '../shared/scalars';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

/** Same values as SECURITY_EVENT_KINDS in services/security (a unit test keeps them equal). */
export const SECURITY_EVENT_KIND_VALUES = [
  'LOGIN_FAILURE_BURST',
  'CREDENTIAL_STUFFING',
  'REFRESH_TOKEN_REUSE',
  'NEW_IP_AND_USER_AGENT',
  'FORBIDDEN_BURST',
  'API_KEY_OUTSIDE_CIDRS',
  'IP_NOT_ALLOWED',
  'MFA_DISABLED',
  'OWNER_LEVEL_GRANT',
  'AUDIT_CHAIN_BROKEN',
] as const;
export const SecurityEventKind = asEnum(SECURITY_EVENT_KIND_VALUES);
export type SecurityEventKind = (typeof SECURITY_EVENT_KIND_VALUES)[number];
registerEnumType(SecurityEventKind, { name: 'SecurityEventKind', description: 'What threat detection noticed.' });

export const SECURITY_SEVERITY_VALUES = ['INFO', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export const SecuritySeverity = asEnum(SECURITY_SEVERITY_VALUES);
export type SecuritySeverity = (typeof SECURITY_SEVERITY_VALUES)[number];
registerEnumType(SecuritySeverity, { name: 'SecuritySeverity', description: 'INFO < LOW < MEDIUM < HIGH < CRITICAL.' });

@ObjectType({ description: 'Something threat detection raised, linked to the audit events behind it.' })
export class SecurityEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Set on subscription events: their position in the event log, to pass as `after` to resume from there. Null in lists (use the edge cursor).',
  })
  cursor?: string | null;

  @Field(() => DateTime)
  occurredAt!: Date;

  @Field(() => SecurityEventKind)
  kind!: SecurityEventKind;

  @Field(() => SecuritySeverity)
  severity!: SecuritySeverity;

  @Field(() => ID, { nullable: true, description: 'The user the event is about (the actor, or the targeted account).' })
  userId!: string | null;

  @Field(() => ID, { nullable: true })
  apiKeyId!: string | null;

  @Field(() => String, { nullable: true, description: 'Client IP of the request that raised it.' })
  ip!: string | null;

  @Field(() => String, { nullable: true })
  userAgent!: string | null;

  @Field(() => String)
  summary!: string;

  @Field(() => JSONObject)
  details!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Request that raised it: its audit events are linked.' })
  requestId!: string | null;

  auditIds!: number[];
}

export const SecurityEventConnection = Connection(SecurityEvent, 'SecurityEvent');

@InputType()
export class SecurityEventFilter {
  @Field(() => [SecurityEventKind], { nullable: true })
  kinds?: SecurityEventKind[] | null;

  @Field(() => SecuritySeverity, { nullable: true, description: 'Only events at least this severe.' })
  minSeverity?: SecuritySeverity | null;

  @Field(() => ID, { nullable: true })
  userId?: string | null;

  @Field(() => DateTime, { nullable: true })
  since?: Date | null;

  @Field(() => DateTime, { nullable: true })
  until?: Date | null;
}

@ArgsType()
export class SecurityEventsArgs extends PageArgs {
  @Field(() => SecurityEventFilter, { nullable: true })
  filter?: SecurityEventFilter | null;
}
