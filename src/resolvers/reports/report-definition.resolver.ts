import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  CreateReportDefinitionInput,
  ReportDefinition,
  ReportDefinitionConnection,
  ReportDefinitionsArgs,
  ReportTemplateInfo,
  UpdateReportDefinitionInput,
} from '../../schema/reports/report-definition.type';
import type { AppContext } from '../../server/context';
import { effectiveSections } from '../../services/reports/report-build';
import { connectionNodes, selectionOf } from '../shared/selection-of';

// GraphQL input objects arrive as class instances with nulls; the service validates every field.
const plain = (o: object | null | undefined) => (o ? ({ ...o } as Record<string, unknown>) : null);

@Resolver(() => ReportDefinition)
export class ReportDefinitionResolver {
  @Query(() => [ReportTemplateInfo], { description: 'The five built-in templates with their default sections and parameters.' })
  reportTemplates(@Ctx() ctx: AppContext) {
    return ctx.services.reportDefinitions.templates();
  }

  @Query(() => ReportDefinition)
  reportDefinition(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.reportDefinitions.get(id);
  }

  @Query(() => ReportDefinitionConnection, { description: 'Report definitions, newest first.' })
  reportDefinitions(@Args(() => ReportDefinitionsArgs) { first, after }: ReportDefinitionsArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return ctx.services.reportDefinitions.list(first, after, connectionNodes(selectionOf(info)));
  }

  @Mutation(() => ReportDefinition)
  createReportDefinition(@Arg('input', () => CreateReportDefinitionInput) input: CreateReportDefinitionInput, @Ctx() ctx: AppContext) {
    return ctx.services.reportDefinitions.create({ ...input, parameters: plain(input.parameters) });
  }

  @Mutation(() => ReportDefinition, { description: 'Optimistic: `version` is the one you read; a stale one is a CONFLICT.' })
  updateReportDefinition(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateReportDefinitionInput) input: UpdateReportDefinitionInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.reportDefinitions.update(id, version, { ...input, parameters: plain(input.parameters) });
  }

  @Mutation(() => ReportDefinition, { description: 'Deletes the definition and returns it as it was; its runs stay.' })
  deleteReportDefinition(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.reportDefinitions.delete(id);
  }

  @Mutation(() => ReportDefinition, { description: 'A copy under a new name, owned by the caller.' })
  cloneReportDefinition(@Arg('id', () => ID) id: string, @Arg('name', () => String) name: string, @Ctx() ctx: AppContext) {
    return ctx.services.reportDefinitions.clone(id, name);
  }

  @FieldResolver(() => [String])
  sections(@Root() d: { template: unknown; sections?: unknown }): string[] {
    return effectiveSections(d);
  }
}
