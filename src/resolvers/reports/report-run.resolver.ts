import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { ReportFormat, ReportRun, ReportRunConnection, ReportRunsArgs } from '../../schema/reports/report-run.type';
import type { AppContext } from '../../server/context';
import { connectionNodes, selectionOf } from '../shared/selection-of';

@Resolver(() => ReportRun)
export class ReportRunResolver {
  @Query(() => ReportRun, { description: 'A run you requested (or any run, with reports:write); NOT_FOUND otherwise.' })
  reportRun(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.reportRuns.get(id);
  }

  @Query(() => ReportRunConnection, { description: 'Your runs, newest first (everyone\'s with reports:write).' })
  reportRuns(@Args(() => ReportRunsArgs) { first, after, definitionId }: ReportRunsArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return ctx.services.reportRuns.list(definitionId, first, after, connectionNodes(selectionOf(info)));
  }

  @Mutation(() => ReportRun, { description: 'Queues a run and returns it at once (QUEUED); watch it with reportRunChanged.' })
  runReport(@Arg('definitionId', () => ID) definitionId: string, @Arg('formats', () => [ReportFormat]) formats: ReportFormat[], @Ctx() ctx: AppContext) {
    return ctx.services.reportRuns.run(definitionId, formats);
  }

  @Mutation(() => ReportRun, { description: 'A queued run ends CANCELLED at once; a running one stops at its next batch.' })
  cancelReportRun(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.reportRuns.cancel(id);
  }

  @Subscription(() => ReportRun, {
    description: "The run now, then each change (progress only grows), ending after its end state.",
    subscribe: ({ args, context }) => (context as AppContext).services.reportRuns.subscribe(args['runId'] as string),
  })
  reportRunChanged(@Root() run: ReportRun, @Arg('runId', () => ID) _runId: string): ReportRun {
    return run;
  }
}
