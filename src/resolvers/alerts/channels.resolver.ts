import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DeliveryAttemptRow, NotificationChannelRow } from '../../db/schema';
import type { AppContext } from '../../server/context';
import type { DeliveryWithAttempts } from '../../services/deliveries/delivery-log.service';
import { CreateChannelInput, NotificationChannel, NotificationChannelConnection, UpdateChannelInput } from '../../schema/alerts/channel.type';
import { DeliveryAttempt, DeliveryOrigin, NotificationDelivery, NotificationDeliveryConnection, NotificationDeliveryFilter } from '../../schema/alerts/delivery.type';
import { PageArgs } from '../../schema/shared/page.args';

@Resolver(() => NotificationChannel)
export class ChannelResolver {
  @Query(() => NotificationChannelConnection, { description: 'Notification channels, oldest first (alerts:read). Secrets are never shown.' })
  channels(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: AppContext) {
    return ctx.services.channels.list(first, after);
  }

  @Mutation(() => NotificationChannel, { description: 'Secrets are sealed at rest and never returned (alerts:manageChannels).' })
  createChannel(@Arg('input', () => CreateChannelInput) input: CreateChannelInput, @Ctx() ctx: AppContext) {
    return ctx.services.channels.create(input);
  }

  @Mutation(() => NotificationChannel, { description: 'Settings are replaced as a whole when given; secrets are merged (set, replaced, cleared).' })
  updateChannel(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateChannelInput) input: UpdateChannelInput, @Ctx() ctx: AppContext) {
    return ctx.services.channels.update(id, input);
  }

  @Mutation(() => Boolean, { description: 'Pending deliveries to it fail ("the channel was deleted"); the delivery log is kept.' })
  deleteChannel(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.channels.delete(id);
  }

  @Mutation(() => NotificationDelivery, { description: 'Sends a test message through the channel; follow it in notificationDeliveries.' })
  testChannel(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.channels.test(id).then((d) => ({ ...d, attemptLog: [] }));
  }

  @FieldResolver(() => [String])
  secretsSet(@Root() channel: NotificationChannelRow) {
    return channel.secretNames;
  }
}

@Resolver(() => NotificationDelivery)
export class DeliveryResolver {
  @Query(() => NotificationDeliveryConnection, { description: 'The delivery log, newest first, with every attempt (alerts:read).' })
  notificationDeliveries(
    @Arg('filter', () => NotificationDeliveryFilter, { nullable: true }) filter: NotificationDeliveryFilter | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.deliveries.list(filter, first, after);
  }

  @Mutation(() => NotificationDelivery, { description: 'Sends a FAILED or DEAD delivery again with a fresh budget of attempts (alerts:manageChannels).' })
  retryDelivery(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.deliveries.retry(id);
  }

  @FieldResolver(() => DeliveryOrigin)
  origin(@Root() d: DeliveryWithAttempts): DeliveryOrigin {
    return { kind: d.originKind, id: d.originId };
  }

  @FieldResolver(() => Int)
  attemptCount(@Root() d: DeliveryWithAttempts): number {
    return d.attempts;
  }

  @FieldResolver(() => [DeliveryAttempt])
  attempts(@Root() d: DeliveryWithAttempts): DeliveryAttemptRow[] {
    return d.attemptLog;
  }
}
