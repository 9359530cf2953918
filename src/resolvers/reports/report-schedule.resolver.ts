import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ReportScheduleRow } from '../../db/queries/report-schedules.queries';
import { CreateReportScheduleInput, ReportRecipient, ReportSchedule, ReportScheduleConnection, UpdateReportScheduleInput } from '../../schema/reports/report-schedule.type';
import { PageArgs } from '../../schema/shared/page.args';
import type { AppContext } from '../../server/context';
import { shownTarget } from '../../services/reports/schedules/schedule-recipients';

@Resolver(() => ReportSchedule)
export class ReportScheduleResolver {
  @Query(() => ReportScheduleConnection, { description: 'Report schedules, oldest first. Needs reports:read.' })
  reportSchedules(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('definitionId', () => ID, { nullable: true }) definitionId: string | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.reportSchedules.list(first, after, definitionId);
  }

  @Query(() => ReportSchedule, { description: 'Needs reports:read.' })
  reportSchedule(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.reportSchedules.get(id);
  }

  @Mutation(() => ReportSchedule, { description: 'Needs reports:schedule and reports:run (the schedule runs with its owner’s rights: yours).' })
  createReportSchedule(@Arg('input', () => CreateReportScheduleInput) input: CreateReportScheduleInput, @Ctx() ctx: AppContext) {
    return ctx.services.reportSchedules.create(input);
  }

  @Mutation(() => ReportSchedule, { description: 'Needs reports:schedule and reports:run; you become the owner. CONFLICT when version is stale.' })
  updateReportSchedule(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateReportScheduleInput) input: UpdateReportScheduleInput, @Ctx() ctx: AppContext) {
    return ctx.services.reportSchedules.update(id, input);
  }

  @Mutation(() => Boolean, { description: 'Needs reports:schedule. Runs already queued still finish.' })
  deleteReportSchedule(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.reportSchedules.delete(id);
  }

  @FieldResolver(() => [ReportRecipient], { description: 'Slack and webhook URLs by their origin only; email addresses in full with reports:schedule, else by their domain (…@example.com).' })
  recipients(@Root() row: ReportScheduleRow, @Ctx() ctx: AppContext): ReportRecipient[] {
    const fullEmail = ctx.authz.can('reports:schedule', { type: 'reports' });
    return row.recipients.map((r) => ({ kind: r.kind as ReportRecipient['kind'], target: shownTarget(r, fullEmail), secretSet: r.kind !== 'EMAIL' }));
  }
}
