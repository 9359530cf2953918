import type * as Types from './graphql';
import type { DocumentNode } from 'graphql';
import * as Operations from './graphql';









































































































































export type Requester<C = {}> = <R, V>(doc: DocumentNode, vars?: V, options?: C) => Promise<R> | AsyncIterable<R>
export function getSdk<C>(requester: Requester<C>) {
  return {
    AlertRules(variables?: Types.AlertRulesQueryVariables, options?: C): Promise<Types.AlertRulesQuery> {
      return requester<Types.AlertRulesQuery, Types.AlertRulesQueryVariables>(Operations.AlertRulesDocument, variables, options) as Promise<Types.AlertRulesQuery>;
    },
    AlertRule(variables: Types.AlertRuleQueryVariables, options?: C): Promise<Types.AlertRuleQuery> {
      return requester<Types.AlertRuleQuery, Types.AlertRuleQueryVariables>(Operations.AlertRuleDocument, variables, options) as Promise<Types.AlertRuleQuery>;
    },
    AlertStateHistory(variables?: Types.AlertStateHistoryQueryVariables, options?: C): Promise<Types.AlertStateHistoryQuery> {
      return requester<Types.AlertStateHistoryQuery, Types.AlertStateHistoryQueryVariables>(Operations.AlertStateHistoryDocument, variables, options) as Promise<Types.AlertStateHistoryQuery>;
    },
    CreateAlertRule(variables: Types.CreateAlertRuleMutationVariables, options?: C): Promise<Types.CreateAlertRuleMutation> {
      return requester<Types.CreateAlertRuleMutation, Types.CreateAlertRuleMutationVariables>(Operations.CreateAlertRuleDocument, variables, options) as Promise<Types.CreateAlertRuleMutation>;
    },
    UpdateAlertRule(variables: Types.UpdateAlertRuleMutationVariables, options?: C): Promise<Types.UpdateAlertRuleMutation> {
      return requester<Types.UpdateAlertRuleMutation, Types.UpdateAlertRuleMutationVariables>(Operations.UpdateAlertRuleDocument, variables, options) as Promise<Types.UpdateAlertRuleMutation>;
    },
    SetAlertRuleEnabled(variables: Types.SetAlertRuleEnabledMutationVariables, options?: C): Promise<Types.SetAlertRuleEnabledMutation> {
      return requester<Types.SetAlertRuleEnabledMutation, Types.SetAlertRuleEnabledMutationVariables>(Operations.SetAlertRuleEnabledDocument, variables, options) as Promise<Types.SetAlertRuleEnabledMutation>;
    },
    DeleteAlertRule(variables: Types.DeleteAlertRuleMutationVariables, options?: C): Promise<Types.DeleteAlertRuleMutation> {
      return requester<Types.DeleteAlertRuleMutation, Types.DeleteAlertRuleMutationVariables>(Operations.DeleteAlertRuleDocument, variables, options) as Promise<Types.DeleteAlertRuleMutation>;
    },
    AlertRuleStateChanged(variables?: Types.AlertRuleStateChangedSubscriptionVariables, options?: C): AsyncIterable<Types.AlertRuleStateChangedSubscription> {
      return requester<Types.AlertRuleStateChangedSubscription, Types.AlertRuleStateChangedSubscriptionVariables>(Operations.AlertRuleStateChangedDocument, variables, options) as AsyncIterable<Types.AlertRuleStateChangedSubscription>;
    },
    AlertNotifications(variables: Types.AlertNotificationsQueryVariables, options?: C): Promise<Types.AlertNotificationsQuery> {
      return requester<Types.AlertNotificationsQuery, Types.AlertNotificationsQueryVariables>(Operations.AlertNotificationsDocument, variables, options) as Promise<Types.AlertNotificationsQuery>;
    },
    AlertsWithNotifications(variables?: Types.AlertsWithNotificationsQueryVariables, options?: C): Promise<Types.AlertsWithNotificationsQuery> {
      return requester<Types.AlertsWithNotificationsQuery, Types.AlertsWithNotificationsQueryVariables>(Operations.AlertsWithNotificationsDocument, variables, options) as Promise<Types.AlertsWithNotificationsQuery>;
    },
    AlertStats(variables: Types.AlertStatsQueryVariables, options?: C): Promise<Types.AlertStatsQuery> {
      return requester<Types.AlertStatsQuery, Types.AlertStatsQueryVariables>(Operations.AlertStatsDocument, variables, options) as Promise<Types.AlertStatsQuery>;
    },
    Channels(variables?: Types.ChannelsQueryVariables, options?: C): Promise<Types.ChannelsQuery> {
      return requester<Types.ChannelsQuery, Types.ChannelsQueryVariables>(Operations.ChannelsDocument, variables, options) as Promise<Types.ChannelsQuery>;
    },
    CreateChannel(variables: Types.CreateChannelMutationVariables, options?: C): Promise<Types.CreateChannelMutation> {
      return requester<Types.CreateChannelMutation, Types.CreateChannelMutationVariables>(Operations.CreateChannelDocument, variables, options) as Promise<Types.CreateChannelMutation>;
    },
    UpdateChannel(variables: Types.UpdateChannelMutationVariables, options?: C): Promise<Types.UpdateChannelMutation> {
      return requester<Types.UpdateChannelMutation, Types.UpdateChannelMutationVariables>(Operations.UpdateChannelDocument, variables, options) as Promise<Types.UpdateChannelMutation>;
    },
    DeleteChannel(variables: Types.DeleteChannelMutationVariables, options?: C): Promise<Types.DeleteChannelMutation> {
      return requester<Types.DeleteChannelMutation, Types.DeleteChannelMutationVariables>(Operations.DeleteChannelDocument, variables, options) as Promise<Types.DeleteChannelMutation>;
    },
    TestChannel(variables: Types.TestChannelMutationVariables, options?: C): Promise<Types.TestChannelMutation> {
      return requester<Types.TestChannelMutation, Types.TestChannelMutationVariables>(Operations.TestChannelDocument, variables, options) as Promise<Types.TestChannelMutation>;
    },
    NotificationDeliveries(variables?: Types.NotificationDeliveriesQueryVariables, options?: C): Promise<Types.NotificationDeliveriesQuery> {
      return requester<Types.NotificationDeliveriesQuery, Types.NotificationDeliveriesQueryVariables>(Operations.NotificationDeliveriesDocument, variables, options) as Promise<Types.NotificationDeliveriesQuery>;
    },
    RetryDelivery(variables: Types.RetryDeliveryMutationVariables, options?: C): Promise<Types.RetryDeliveryMutation> {
      return requester<Types.RetryDeliveryMutation, Types.RetryDeliveryMutationVariables>(Operations.RetryDeliveryDocument, variables, options) as Promise<Types.RetryDeliveryMutation>;
    },
    EscalationPolicies(variables?: Types.EscalationPoliciesQueryVariables, options?: C): Promise<Types.EscalationPoliciesQuery> {
      return requester<Types.EscalationPoliciesQuery, Types.EscalationPoliciesQueryVariables>(Operations.EscalationPoliciesDocument, variables, options) as Promise<Types.EscalationPoliciesQuery>;
    },
    CreateEscalationPolicy(variables: Types.CreateEscalationPolicyMutationVariables, options?: C): Promise<Types.CreateEscalationPolicyMutation> {
      return requester<Types.CreateEscalationPolicyMutation, Types.CreateEscalationPolicyMutationVariables>(Operations.CreateEscalationPolicyDocument, variables, options) as Promise<Types.CreateEscalationPolicyMutation>;
    },
    UpdateEscalationPolicy(variables: Types.UpdateEscalationPolicyMutationVariables, options?: C): Promise<Types.UpdateEscalationPolicyMutation> {
      return requester<Types.UpdateEscalationPolicyMutation, Types.UpdateEscalationPolicyMutationVariables>(Operations.UpdateEscalationPolicyDocument, variables, options) as Promise<Types.UpdateEscalationPolicyMutation>;
    },
    DeleteEscalationPolicy(variables: Types.DeleteEscalationPolicyMutationVariables, options?: C): Promise<Types.DeleteEscalationPolicyMutation> {
      return requester<Types.DeleteEscalationPolicyMutation, Types.DeleteEscalationPolicyMutationVariables>(Operations.DeleteEscalationPolicyDocument, variables, options) as Promise<Types.DeleteEscalationPolicyMutation>;
    },
    AlertEscalation(variables: Types.AlertEscalationQueryVariables, options?: C): Promise<Types.AlertEscalationQuery> {
      return requester<Types.AlertEscalationQuery, Types.AlertEscalationQueryVariables>(Operations.AlertEscalationDocument, variables, options) as Promise<Types.AlertEscalationQuery>;
    },
    AlertsWithEscalation(variables?: Types.AlertsWithEscalationQueryVariables, options?: C): Promise<Types.AlertsWithEscalationQuery> {
      return requester<Types.AlertsWithEscalationQuery, Types.AlertsWithEscalationQueryVariables>(Operations.AlertsWithEscalationDocument, variables, options) as Promise<Types.AlertsWithEscalationQuery>;
    },
    AcknowledgeAlert(variables: Types.AcknowledgeAlertMutationVariables, options?: C): Promise<Types.AcknowledgeAlertMutation> {
      return requester<Types.AcknowledgeAlertMutation, Types.AcknowledgeAlertMutationVariables>(Operations.AcknowledgeAlertDocument, variables, options) as Promise<Types.AcknowledgeAlertMutation>;
    },
    UnacknowledgeAlert(variables: Types.UnacknowledgeAlertMutationVariables, options?: C): Promise<Types.UnacknowledgeAlertMutation> {
      return requester<Types.UnacknowledgeAlertMutation, Types.UnacknowledgeAlertMutationVariables>(Operations.UnacknowledgeAlertDocument, variables, options) as Promise<Types.UnacknowledgeAlertMutation>;
    },
    ResolveAlert(variables: Types.ResolveAlertMutationVariables, options?: C): Promise<Types.ResolveAlertMutation> {
      return requester<Types.ResolveAlertMutation, Types.ResolveAlertMutationVariables>(Operations.ResolveAlertDocument, variables, options) as Promise<Types.ResolveAlertMutation>;
    },
    SnoozeAlert(variables: Types.SnoozeAlertMutationVariables, options?: C): Promise<Types.SnoozeAlertMutation> {
      return requester<Types.SnoozeAlertMutation, Types.SnoozeAlertMutationVariables>(Operations.SnoozeAlertDocument, variables, options) as Promise<Types.SnoozeAlertMutation>;
    },
    AddAlertNote(variables: Types.AddAlertNoteMutationVariables, options?: C): Promise<Types.AddAlertNoteMutation> {
      return requester<Types.AddAlertNoteMutation, Types.AddAlertNoteMutationVariables>(Operations.AddAlertNoteDocument, variables, options) as Promise<Types.AddAlertNoteMutation>;
    },
    CreateSilence(variables: Types.CreateSilenceMutationVariables, options?: C): Promise<Types.CreateSilenceMutation> {
      return requester<Types.CreateSilenceMutation, Types.CreateSilenceMutationVariables>(Operations.CreateSilenceDocument, variables, options) as Promise<Types.CreateSilenceMutation>;
    },
    UpdateSilence(variables: Types.UpdateSilenceMutationVariables, options?: C): Promise<Types.UpdateSilenceMutation> {
      return requester<Types.UpdateSilenceMutation, Types.UpdateSilenceMutationVariables>(Operations.UpdateSilenceDocument, variables, options) as Promise<Types.UpdateSilenceMutation>;
    },
    ExpireSilence(variables: Types.ExpireSilenceMutationVariables, options?: C): Promise<Types.ExpireSilenceMutation> {
      return requester<Types.ExpireSilenceMutation, Types.ExpireSilenceMutationVariables>(Operations.ExpireSilenceDocument, variables, options) as Promise<Types.ExpireSilenceMutation>;
    },
    CreateInhibitionRule(variables: Types.CreateInhibitionRuleMutationVariables, options?: C): Promise<Types.CreateInhibitionRuleMutation> {
      return requester<Types.CreateInhibitionRuleMutation, Types.CreateInhibitionRuleMutationVariables>(Operations.CreateInhibitionRuleDocument, variables, options) as Promise<Types.CreateInhibitionRuleMutation>;
    },
    DeleteInhibitionRule(variables: Types.DeleteInhibitionRuleMutationVariables, options?: C): Promise<Types.DeleteInhibitionRuleMutation> {
      return requester<Types.DeleteInhibitionRuleMutation, Types.DeleteInhibitionRuleMutationVariables>(Operations.DeleteInhibitionRuleDocument, variables, options) as Promise<Types.DeleteInhibitionRuleMutation>;
    },
    Alert(variables: Types.AlertQueryVariables, options?: C): Promise<Types.AlertQuery> {
      return requester<Types.AlertQuery, Types.AlertQueryVariables>(Operations.AlertDocument, variables, options) as Promise<Types.AlertQuery>;
    },
    Alerts(variables?: Types.AlertsQueryVariables, options?: C): Promise<Types.AlertsQuery> {
      return requester<Types.AlertsQuery, Types.AlertsQueryVariables>(Operations.AlertsDocument, variables, options) as Promise<Types.AlertsQuery>;
    },
    AlertTimeline(variables: Types.AlertTimelineQueryVariables, options?: C): Promise<Types.AlertTimelineQuery> {
      return requester<Types.AlertTimelineQuery, Types.AlertTimelineQueryVariables>(Operations.AlertTimelineDocument, variables, options) as Promise<Types.AlertTimelineQuery>;
    },
    Silence(variables: Types.SilenceQueryVariables, options?: C): Promise<Types.SilenceQuery> {
      return requester<Types.SilenceQuery, Types.SilenceQueryVariables>(Operations.SilenceDocument, variables, options) as Promise<Types.SilenceQuery>;
    },
    Silences(variables?: Types.SilencesQueryVariables, options?: C): Promise<Types.SilencesQuery> {
      return requester<Types.SilencesQuery, Types.SilencesQueryVariables>(Operations.SilencesDocument, variables, options) as Promise<Types.SilencesQuery>;
    },
    InhibitionRules(variables?: Types.InhibitionRulesQueryVariables, options?: C): Promise<Types.InhibitionRulesQuery> {
      return requester<Types.InhibitionRulesQuery, Types.InhibitionRulesQueryVariables>(Operations.InhibitionRulesDocument, variables, options) as Promise<Types.InhibitionRulesQuery>;
    },
    AlertRoutingTree(variables?: Types.AlertRoutingTreeQueryVariables, options?: C): Promise<Types.AlertRoutingTreeQuery> {
      return requester<Types.AlertRoutingTreeQuery, Types.AlertRoutingTreeQueryVariables>(Operations.AlertRoutingTreeDocument, variables, options) as Promise<Types.AlertRoutingTreeQuery>;
    },
    SetAlertRoutingTree(variables: Types.SetAlertRoutingTreeMutationVariables, options?: C): Promise<Types.SetAlertRoutingTreeMutation> {
      return requester<Types.SetAlertRoutingTreeMutation, Types.SetAlertRoutingTreeMutationVariables>(Operations.SetAlertRoutingTreeDocument, variables, options) as Promise<Types.SetAlertRoutingTreeMutation>;
    },
    AlertTimeIntervals(variables?: Types.AlertTimeIntervalsQueryVariables, options?: C): Promise<Types.AlertTimeIntervalsQuery> {
      return requester<Types.AlertTimeIntervalsQuery, Types.AlertTimeIntervalsQueryVariables>(Operations.AlertTimeIntervalsDocument, variables, options) as Promise<Types.AlertTimeIntervalsQuery>;
    },
    CreateAlertTimeInterval(variables: Types.CreateAlertTimeIntervalMutationVariables, options?: C): Promise<Types.CreateAlertTimeIntervalMutation> {
      return requester<Types.CreateAlertTimeIntervalMutation, Types.CreateAlertTimeIntervalMutationVariables>(Operations.CreateAlertTimeIntervalDocument, variables, options) as Promise<Types.CreateAlertTimeIntervalMutation>;
    },
    UpdateAlertTimeInterval(variables: Types.UpdateAlertTimeIntervalMutationVariables, options?: C): Promise<Types.UpdateAlertTimeIntervalMutation> {
      return requester<Types.UpdateAlertTimeIntervalMutation, Types.UpdateAlertTimeIntervalMutationVariables>(Operations.UpdateAlertTimeIntervalDocument, variables, options) as Promise<Types.UpdateAlertTimeIntervalMutation>;
    },
    DeleteAlertTimeInterval(variables: Types.DeleteAlertTimeIntervalMutationVariables, options?: C): Promise<Types.DeleteAlertTimeIntervalMutation> {
      return requester<Types.DeleteAlertTimeIntervalMutation, Types.DeleteAlertTimeIntervalMutationVariables>(Operations.DeleteAlertTimeIntervalDocument, variables, options) as Promise<Types.DeleteAlertTimeIntervalMutation>;
    },
    AlertChanged(variables?: Types.AlertChangedSubscriptionVariables, options?: C): AsyncIterable<Types.AlertChangedSubscription> {
      return requester<Types.AlertChangedSubscription, Types.AlertChangedSubscriptionVariables>(Operations.AlertChangedDocument, variables, options) as AsyncIterable<Types.AlertChangedSubscription>;
    },
    AuditIntegrity(variables?: Types.AuditIntegrityQueryVariables, options?: C): Promise<Types.AuditIntegrityQuery> {
      return requester<Types.AuditIntegrityQuery, Types.AuditIntegrityQueryVariables>(Operations.AuditIntegrityDocument, variables, options) as Promise<Types.AuditIntegrityQuery>;
    },
    AuditLogs(variables?: Types.AuditLogsQueryVariables, options?: C): Promise<Types.AuditLogsQuery> {
      return requester<Types.AuditLogsQuery, Types.AuditLogsQueryVariables>(Operations.AuditLogsDocument, variables, options) as Promise<Types.AuditLogsQuery>;
    },
    AuditLogCount(variables?: Types.AuditLogCountQueryVariables, options?: C): Promise<Types.AuditLogCountQuery> {
      return requester<Types.AuditLogCountQuery, Types.AuditLogCountQueryVariables>(Operations.AuditLogCountDocument, variables, options) as Promise<Types.AuditLogCountQuery>;
    },
    AuditLogged(variables?: Types.AuditLoggedSubscriptionVariables, options?: C): AsyncIterable<Types.AuditLoggedSubscription> {
      return requester<Types.AuditLoggedSubscription, Types.AuditLoggedSubscriptionVariables>(Operations.AuditLoggedDocument, variables, options) as AsyncIterable<Types.AuditLoggedSubscription>;
    },
    UnlockAccount(variables: Types.UnlockAccountMutationVariables, options?: C): Promise<Types.UnlockAccountMutation> {
      return requester<Types.UnlockAccountMutation, Types.UnlockAccountMutationVariables>(Operations.UnlockAccountDocument, variables, options) as Promise<Types.UnlockAccountMutation>;
    },
    Login(variables: Types.LoginMutationVariables, options?: C): Promise<Types.LoginMutation> {
      return requester<Types.LoginMutation, Types.LoginMutationVariables>(Operations.LoginDocument, variables, options) as Promise<Types.LoginMutation>;
    },
    RefreshSession(variables: Types.RefreshSessionMutationVariables, options?: C): Promise<Types.RefreshSessionMutation> {
      return requester<Types.RefreshSessionMutation, Types.RefreshSessionMutationVariables>(Operations.RefreshSessionDocument, variables, options) as Promise<Types.RefreshSessionMutation>;
    },
    Logout(variables?: Types.LogoutMutationVariables, options?: C): Promise<Types.LogoutMutation> {
      return requester<Types.LogoutMutation, Types.LogoutMutationVariables>(Operations.LogoutDocument, variables, options) as Promise<Types.LogoutMutation>;
    },
    Sessions(variables?: Types.SessionsQueryVariables, options?: C): Promise<Types.SessionsQuery> {
      return requester<Types.SessionsQuery, Types.SessionsQueryVariables>(Operations.SessionsDocument, variables, options) as Promise<Types.SessionsQuery>;
    },
    RevokeSession(variables: Types.RevokeSessionMutationVariables, options?: C): Promise<Types.RevokeSessionMutation> {
      return requester<Types.RevokeSessionMutation, Types.RevokeSessionMutationVariables>(Operations.RevokeSessionDocument, variables, options) as Promise<Types.RevokeSessionMutation>;
    },
    EnrollTotp(variables?: Types.EnrollTotpMutationVariables, options?: C): Promise<Types.EnrollTotpMutation> {
      return requester<Types.EnrollTotpMutation, Types.EnrollTotpMutationVariables>(Operations.EnrollTotpDocument, variables, options) as Promise<Types.EnrollTotpMutation>;
    },
    ConfirmTotp(variables: Types.ConfirmTotpMutationVariables, options?: C): Promise<Types.ConfirmTotpMutation> {
      return requester<Types.ConfirmTotpMutation, Types.ConfirmTotpMutationVariables>(Operations.ConfirmTotpDocument, variables, options) as Promise<Types.ConfirmTotpMutation>;
    },
    DisableTotp(variables?: Types.DisableTotpMutationVariables, options?: C): Promise<Types.DisableTotpMutation> {
      return requester<Types.DisableTotpMutation, Types.DisableTotpMutationVariables>(Operations.DisableTotpDocument, variables, options) as Promise<Types.DisableTotpMutation>;
    },
    VerifyMfa(variables: Types.VerifyMfaMutationVariables, options?: C): Promise<Types.VerifyMfaMutation> {
      return requester<Types.VerifyMfaMutation, Types.VerifyMfaMutationVariables>(Operations.VerifyMfaDocument, variables, options) as Promise<Types.VerifyMfaMutation>;
    },
    Reauthenticate(variables?: Types.ReauthenticateMutationVariables, options?: C): Promise<Types.ReauthenticateMutation> {
      return requester<Types.ReauthenticateMutation, Types.ReauthenticateMutationVariables>(Operations.ReauthenticateDocument, variables, options) as Promise<Types.ReauthenticateMutation>;
    },
    BeginOidcLogin(variables?: Types.BeginOidcLoginMutationVariables, options?: C): Promise<Types.BeginOidcLoginMutation> {
      return requester<Types.BeginOidcLoginMutation, Types.BeginOidcLoginMutationVariables>(Operations.BeginOidcLoginDocument, variables, options) as Promise<Types.BeginOidcLoginMutation>;
    },
    CompleteOidcLogin(variables: Types.CompleteOidcLoginMutationVariables, options?: C): Promise<Types.CompleteOidcLoginMutation> {
      return requester<Types.CompleteOidcLoginMutation, Types.CompleteOidcLoginMutationVariables>(Operations.CompleteOidcLoginDocument, variables, options) as Promise<Types.CompleteOidcLoginMutation>;
    },
    CacheStats(variables?: Types.CacheStatsQueryVariables, options?: C): Promise<Types.CacheStatsQuery> {
      return requester<Types.CacheStatsQuery, Types.CacheStatsQueryVariables>(Operations.CacheStatsDocument, variables, options) as Promise<Types.CacheStatsQuery>;
    },
    InvalidateCache(variables: Types.InvalidateCacheMutationVariables, options?: C): Promise<Types.InvalidateCacheMutation> {
      return requester<Types.InvalidateCacheMutation, Types.InvalidateCacheMutationVariables>(Operations.InvalidateCacheDocument, variables, options) as Promise<Types.InvalidateCacheMutation>;
    },
    ErrorStats(variables: Types.ErrorStatsQueryVariables, options?: C): Promise<Types.ErrorStatsQuery> {
      return requester<Types.ErrorStatsQuery, Types.ErrorStatsQueryVariables>(Operations.ErrorStatsDocument, variables, options) as Promise<Types.ErrorStatsQuery>;
    },
    PushMetrics(variables: Types.PushMetricsMutationVariables, options?: C): Promise<Types.PushMetricsMutation> {
      return requester<Types.PushMetricsMutation, Types.PushMetricsMutationVariables>(Operations.PushMetricsDocument, variables, options) as Promise<Types.PushMetricsMutation>;
    },
    MetricSeries(variables?: Types.MetricSeriesQueryVariables, options?: C): Promise<Types.MetricSeriesQuery> {
      return requester<Types.MetricSeriesQuery, Types.MetricSeriesQueryVariables>(Operations.MetricSeriesDocument, variables, options) as Promise<Types.MetricSeriesQuery>;
    },
    MetricRange(variables: Types.MetricRangeQueryVariables, options?: C): Promise<Types.MetricRangeQuery> {
      return requester<Types.MetricRangeQuery, Types.MetricRangeQueryVariables>(Operations.MetricRangeDocument, variables, options) as Promise<Types.MetricRangeQuery>;
    },
    GrantPermission(variables: Types.GrantPermissionMutationVariables, options?: C): Promise<Types.GrantPermissionMutation> {
      return requester<Types.GrantPermissionMutation, Types.GrantPermissionMutationVariables>(Operations.GrantPermissionDocument, variables, options) as Promise<Types.GrantPermissionMutation>;
    },
    RevokeGrant(variables: Types.RevokeGrantMutationVariables, options?: C): Promise<Types.RevokeGrantMutation> {
      return requester<Types.RevokeGrantMutation, Types.RevokeGrantMutationVariables>(Operations.RevokeGrantDocument, variables, options) as Promise<Types.RevokeGrantMutation>;
    },
    DelegatePermissions(variables: Types.DelegatePermissionsMutationVariables, options?: C): Promise<Types.DelegatePermissionsMutation> {
      return requester<Types.DelegatePermissionsMutation, Types.DelegatePermissionsMutationVariables>(Operations.DelegatePermissionsDocument, variables, options) as Promise<Types.DelegatePermissionsMutation>;
    },
    RevokeDelegation(variables: Types.RevokeDelegationMutationVariables, options?: C): Promise<Types.RevokeDelegationMutation> {
      return requester<Types.RevokeDelegationMutation, Types.RevokeDelegationMutationVariables>(Operations.RevokeDelegationDocument, variables, options) as Promise<Types.RevokeDelegationMutation>;
    },
    Delegations(variables: Types.DelegationsQueryVariables, options?: C): Promise<Types.DelegationsQuery> {
      return requester<Types.DelegationsQuery, Types.DelegationsQueryVariables>(Operations.DelegationsDocument, variables, options) as Promise<Types.DelegationsQuery>;
    },
    EffectivePermissions(variables: Types.EffectivePermissionsQueryVariables, options?: C): Promise<Types.EffectivePermissionsQuery> {
      return requester<Types.EffectivePermissionsQuery, Types.EffectivePermissionsQueryVariables>(Operations.EffectivePermissionsDocument, variables, options) as Promise<Types.EffectivePermissionsQuery>;
    },
    CheckPermission(variables: Types.CheckPermissionQueryVariables, options?: C): Promise<Types.CheckPermissionQuery> {
      return requester<Types.CheckPermissionQuery, Types.CheckPermissionQueryVariables>(Operations.CheckPermissionDocument, variables, options) as Promise<Types.CheckPermissionQuery>;
    },
    WhoCan(variables: Types.WhoCanQueryVariables, options?: C): Promise<Types.WhoCanQuery> {
      return requester<Types.WhoCanQuery, Types.WhoCanQueryVariables>(Operations.WhoCanDocument, variables, options) as Promise<Types.WhoCanQuery>;
    },
    PermissionHistory(variables: Types.PermissionHistoryQueryVariables, options?: C): Promise<Types.PermissionHistoryQuery> {
      return requester<Types.PermissionHistoryQuery, Types.PermissionHistoryQueryVariables>(Operations.PermissionHistoryDocument, variables, options) as Promise<Types.PermissionHistoryQuery>;
    },
    PermissionsChanged(variables: Types.PermissionsChangedSubscriptionVariables, options?: C): AsyncIterable<Types.PermissionsChangedSubscription> {
      return requester<Types.PermissionsChangedSubscription, Types.PermissionsChangedSubscriptionVariables>(Operations.PermissionsChangedDocument, variables, options) as AsyncIterable<Types.PermissionsChangedSubscription>;
    },
    PermissionSets(variables?: Types.PermissionSetsQueryVariables, options?: C): Promise<Types.PermissionSetsQuery> {
      return requester<Types.PermissionSetsQuery, Types.PermissionSetsQueryVariables>(Operations.PermissionSetsDocument, variables, options) as Promise<Types.PermissionSetsQuery>;
    },
    PermissionSet(variables: Types.PermissionSetQueryVariables, options?: C): Promise<Types.PermissionSetQuery> {
      return requester<Types.PermissionSetQuery, Types.PermissionSetQueryVariables>(Operations.PermissionSetDocument, variables, options) as Promise<Types.PermissionSetQuery>;
    },
    CreatePermissionSet(variables: Types.CreatePermissionSetMutationVariables, options?: C): Promise<Types.CreatePermissionSetMutation> {
      return requester<Types.CreatePermissionSetMutation, Types.CreatePermissionSetMutationVariables>(Operations.CreatePermissionSetDocument, variables, options) as Promise<Types.CreatePermissionSetMutation>;
    },
    UpdatePermissionSet(variables: Types.UpdatePermissionSetMutationVariables, options?: C): Promise<Types.UpdatePermissionSetMutation> {
      return requester<Types.UpdatePermissionSetMutation, Types.UpdatePermissionSetMutationVariables>(Operations.UpdatePermissionSetDocument, variables, options) as Promise<Types.UpdatePermissionSetMutation>;
    },
    ClonePermissionSet(variables: Types.ClonePermissionSetMutationVariables, options?: C): Promise<Types.ClonePermissionSetMutation> {
      return requester<Types.ClonePermissionSetMutation, Types.ClonePermissionSetMutationVariables>(Operations.ClonePermissionSetDocument, variables, options) as Promise<Types.ClonePermissionSetMutation>;
    },
    DeletePermissionSet(variables: Types.DeletePermissionSetMutationVariables, options?: C): Promise<Types.DeletePermissionSetMutation> {
      return requester<Types.DeletePermissionSetMutation, Types.DeletePermissionSetMutationVariables>(Operations.DeletePermissionSetDocument, variables, options) as Promise<Types.DeletePermissionSetMutation>;
    },
    AddPermissionSetParent(variables: Types.AddPermissionSetParentMutationVariables, options?: C): Promise<Types.AddPermissionSetParentMutation> {
      return requester<Types.AddPermissionSetParentMutation, Types.AddPermissionSetParentMutationVariables>(Operations.AddPermissionSetParentDocument, variables, options) as Promise<Types.AddPermissionSetParentMutation>;
    },
    RemovePermissionSetParent(variables: Types.RemovePermissionSetParentMutationVariables, options?: C): Promise<Types.RemovePermissionSetParentMutation> {
      return requester<Types.RemovePermissionSetParentMutation, Types.RemovePermissionSetParentMutationVariables>(Operations.RemovePermissionSetParentDocument, variables, options) as Promise<Types.RemovePermissionSetParentMutation>;
    },
    AssignPermissionSet(variables: Types.AssignPermissionSetMutationVariables, options?: C): Promise<Types.AssignPermissionSetMutation> {
      return requester<Types.AssignPermissionSetMutation, Types.AssignPermissionSetMutationVariables>(Operations.AssignPermissionSetDocument, variables, options) as Promise<Types.AssignPermissionSetMutation>;
    },
    RevokePermissionSet(variables: Types.RevokePermissionSetMutationVariables, options?: C): Promise<Types.RevokePermissionSetMutation> {
      return requester<Types.RevokePermissionSetMutation, Types.RevokePermissionSetMutationVariables>(Operations.RevokePermissionSetDocument, variables, options) as Promise<Types.RevokePermissionSetMutation>;
    },
    ReportTemplates(variables?: Types.ReportTemplatesQueryVariables, options?: C): Promise<Types.ReportTemplatesQuery> {
      return requester<Types.ReportTemplatesQuery, Types.ReportTemplatesQueryVariables>(Operations.ReportTemplatesDocument, variables, options) as Promise<Types.ReportTemplatesQuery>;
    },
    ReportDefinition(variables: Types.ReportDefinitionQueryVariables, options?: C): Promise<Types.ReportDefinitionQuery> {
      return requester<Types.ReportDefinitionQuery, Types.ReportDefinitionQueryVariables>(Operations.ReportDefinitionDocument, variables, options) as Promise<Types.ReportDefinitionQuery>;
    },
    ReportDefinitions(variables?: Types.ReportDefinitionsQueryVariables, options?: C): Promise<Types.ReportDefinitionsQuery> {
      return requester<Types.ReportDefinitionsQuery, Types.ReportDefinitionsQueryVariables>(Operations.ReportDefinitionsDocument, variables, options) as Promise<Types.ReportDefinitionsQuery>;
    },
    CreateReportDefinition(variables: Types.CreateReportDefinitionMutationVariables, options?: C): Promise<Types.CreateReportDefinitionMutation> {
      return requester<Types.CreateReportDefinitionMutation, Types.CreateReportDefinitionMutationVariables>(Operations.CreateReportDefinitionDocument, variables, options) as Promise<Types.CreateReportDefinitionMutation>;
    },
    UpdateReportDefinition(variables: Types.UpdateReportDefinitionMutationVariables, options?: C): Promise<Types.UpdateReportDefinitionMutation> {
      return requester<Types.UpdateReportDefinitionMutation, Types.UpdateReportDefinitionMutationVariables>(Operations.UpdateReportDefinitionDocument, variables, options) as Promise<Types.UpdateReportDefinitionMutation>;
    },
    DeleteReportDefinition(variables: Types.DeleteReportDefinitionMutationVariables, options?: C): Promise<Types.DeleteReportDefinitionMutation> {
      return requester<Types.DeleteReportDefinitionMutation, Types.DeleteReportDefinitionMutationVariables>(Operations.DeleteReportDefinitionDocument, variables, options) as Promise<Types.DeleteReportDefinitionMutation>;
    },
    CloneReportDefinition(variables: Types.CloneReportDefinitionMutationVariables, options?: C): Promise<Types.CloneReportDefinitionMutation> {
      return requester<Types.CloneReportDefinitionMutation, Types.CloneReportDefinitionMutationVariables>(Operations.CloneReportDefinitionDocument, variables, options) as Promise<Types.CloneReportDefinitionMutation>;
    },
    ReportSchedules(variables?: Types.ReportSchedulesQueryVariables, options?: C): Promise<Types.ReportSchedulesQuery> {
      return requester<Types.ReportSchedulesQuery, Types.ReportSchedulesQueryVariables>(Operations.ReportSchedulesDocument, variables, options) as Promise<Types.ReportSchedulesQuery>;
    },
    ReportSchedule(variables: Types.ReportScheduleQueryVariables, options?: C): Promise<Types.ReportScheduleQuery> {
      return requester<Types.ReportScheduleQuery, Types.ReportScheduleQueryVariables>(Operations.ReportScheduleDocument, variables, options) as Promise<Types.ReportScheduleQuery>;
    },
    CreateReportSchedule(variables: Types.CreateReportScheduleMutationVariables, options?: C): Promise<Types.CreateReportScheduleMutation> {
      return requester<Types.CreateReportScheduleMutation, Types.CreateReportScheduleMutationVariables>(Operations.CreateReportScheduleDocument, variables, options) as Promise<Types.CreateReportScheduleMutation>;
    },
    UpdateReportSchedule(variables: Types.UpdateReportScheduleMutationVariables, options?: C): Promise<Types.UpdateReportScheduleMutation> {
      return requester<Types.UpdateReportScheduleMutation, Types.UpdateReportScheduleMutationVariables>(Operations.UpdateReportScheduleDocument, variables, options) as Promise<Types.UpdateReportScheduleMutation>;
    },
    DeleteReportSchedule(variables: Types.DeleteReportScheduleMutationVariables, options?: C): Promise<Types.DeleteReportScheduleMutation> {
      return requester<Types.DeleteReportScheduleMutation, Types.DeleteReportScheduleMutationVariables>(Operations.DeleteReportScheduleDocument, variables, options) as Promise<Types.DeleteReportScheduleMutation>;
    },
    RunReport(variables: Types.RunReportMutationVariables, options?: C): Promise<Types.RunReportMutation> {
      return requester<Types.RunReportMutation, Types.RunReportMutationVariables>(Operations.RunReportDocument, variables, options) as Promise<Types.RunReportMutation>;
    },
    CancelReportRun(variables: Types.CancelReportRunMutationVariables, options?: C): Promise<Types.CancelReportRunMutation> {
      return requester<Types.CancelReportRunMutation, Types.CancelReportRunMutationVariables>(Operations.CancelReportRunDocument, variables, options) as Promise<Types.CancelReportRunMutation>;
    },
    ReportRun(variables: Types.ReportRunQueryVariables, options?: C): Promise<Types.ReportRunQuery> {
      return requester<Types.ReportRunQuery, Types.ReportRunQueryVariables>(Operations.ReportRunDocument, variables, options) as Promise<Types.ReportRunQuery>;
    },
    ReportRuns(variables?: Types.ReportRunsQueryVariables, options?: C): Promise<Types.ReportRunsQuery> {
      return requester<Types.ReportRunsQuery, Types.ReportRunsQueryVariables>(Operations.ReportRunsDocument, variables, options) as Promise<Types.ReportRunsQuery>;
    },
    ReportRunChanged(variables: Types.ReportRunChangedSubscriptionVariables, options?: C): AsyncIterable<Types.ReportRunChangedSubscription> {
      return requester<Types.ReportRunChangedSubscription, Types.ReportRunChangedSubscriptionVariables>(Operations.ReportRunChangedDocument, variables, options) as AsyncIterable<Types.ReportRunChangedSubscription>;
    },
    ApiKeys(variables?: Types.ApiKeysQueryVariables, options?: C): Promise<Types.ApiKeysQuery> {
      return requester<Types.ApiKeysQuery, Types.ApiKeysQueryVariables>(Operations.ApiKeysDocument, variables, options) as Promise<Types.ApiKeysQuery>;
    },
    CreateApiKey(variables: Types.CreateApiKeyMutationVariables, options?: C): Promise<Types.CreateApiKeyMutation> {
      return requester<Types.CreateApiKeyMutation, Types.CreateApiKeyMutationVariables>(Operations.CreateApiKeyDocument, variables, options) as Promise<Types.CreateApiKeyMutation>;
    },
    RevokeApiKey(variables: Types.RevokeApiKeyMutationVariables, options?: C): Promise<Types.RevokeApiKeyMutation> {
      return requester<Types.RevokeApiKeyMutation, Types.RevokeApiKeyMutationVariables>(Operations.RevokeApiKeyDocument, variables, options) as Promise<Types.RevokeApiKeyMutation>;
    },
    RotateApiKey(variables: Types.RotateApiKeyMutationVariables, options?: C): Promise<Types.RotateApiKeyMutation> {
      return requester<Types.RotateApiKeyMutation, Types.RotateApiKeyMutationVariables>(Operations.RotateApiKeyDocument, variables, options) as Promise<Types.RotateApiKeyMutation>;
    },
    SetUserIpAllowlist(variables: Types.SetUserIpAllowlistMutationVariables, options?: C): Promise<Types.SetUserIpAllowlistMutation> {
      return requester<Types.SetUserIpAllowlistMutation, Types.SetUserIpAllowlistMutationVariables>(Operations.SetUserIpAllowlistDocument, variables, options) as Promise<Types.SetUserIpAllowlistMutation>;
    },
    SetPermissionSetIpAllowlist(variables: Types.SetPermissionSetIpAllowlistMutationVariables, options?: C): Promise<Types.SetPermissionSetIpAllowlistMutation> {
      return requester<Types.SetPermissionSetIpAllowlistMutation, Types.SetPermissionSetIpAllowlistMutationVariables>(Operations.SetPermissionSetIpAllowlistDocument, variables, options) as Promise<Types.SetPermissionSetIpAllowlistMutation>;
    },
    UserIpAllowlist(variables: Types.UserIpAllowlistQueryVariables, options?: C): Promise<Types.UserIpAllowlistQuery> {
      return requester<Types.UserIpAllowlistQuery, Types.UserIpAllowlistQueryVariables>(Operations.UserIpAllowlistDocument, variables, options) as Promise<Types.UserIpAllowlistQuery>;
    },
    PermissionSetIpAllowlist(variables: Types.PermissionSetIpAllowlistQueryVariables, options?: C): Promise<Types.PermissionSetIpAllowlistQuery> {
      return requester<Types.PermissionSetIpAllowlistQuery, Types.PermissionSetIpAllowlistQueryVariables>(Operations.PermissionSetIpAllowlistDocument, variables, options) as Promise<Types.PermissionSetIpAllowlistQuery>;
    },
    RateLimitPolicies(variables?: Types.RateLimitPoliciesQueryVariables, options?: C): Promise<Types.RateLimitPoliciesQuery> {
      return requester<Types.RateLimitPoliciesQuery, Types.RateLimitPoliciesQueryVariables>(Operations.RateLimitPoliciesDocument, variables, options) as Promise<Types.RateLimitPoliciesQuery>;
    },
    RateLimitStats(variables?: Types.RateLimitStatsQueryVariables, options?: C): Promise<Types.RateLimitStatsQuery> {
      return requester<Types.RateLimitStatsQuery, Types.RateLimitStatsQueryVariables>(Operations.RateLimitStatsDocument, variables, options) as Promise<Types.RateLimitStatsQuery>;
    },
    CreateRateLimitPolicy(variables: Types.CreateRateLimitPolicyMutationVariables, options?: C): Promise<Types.CreateRateLimitPolicyMutation> {
      return requester<Types.CreateRateLimitPolicyMutation, Types.CreateRateLimitPolicyMutationVariables>(Operations.CreateRateLimitPolicyDocument, variables, options) as Promise<Types.CreateRateLimitPolicyMutation>;
    },
    UpdateRateLimitPolicy(variables: Types.UpdateRateLimitPolicyMutationVariables, options?: C): Promise<Types.UpdateRateLimitPolicyMutation> {
      return requester<Types.UpdateRateLimitPolicyMutation, Types.UpdateRateLimitPolicyMutationVariables>(Operations.UpdateRateLimitPolicyDocument, variables, options) as Promise<Types.UpdateRateLimitPolicyMutation>;
    },
    DeleteRateLimitPolicy(variables: Types.DeleteRateLimitPolicyMutationVariables, options?: C): Promise<Types.DeleteRateLimitPolicyMutation> {
      return requester<Types.DeleteRateLimitPolicyMutation, Types.DeleteRateLimitPolicyMutationVariables>(Operations.DeleteRateLimitPolicyDocument, variables, options) as Promise<Types.DeleteRateLimitPolicyMutation>;
    },
    SecurityEvents(variables?: Types.SecurityEventsQueryVariables, options?: C): Promise<Types.SecurityEventsQuery> {
      return requester<Types.SecurityEventsQuery, Types.SecurityEventsQueryVariables>(Operations.SecurityEventsDocument, variables, options) as Promise<Types.SecurityEventsQuery>;
    },
    SecurityEventCount(variables?: Types.SecurityEventCountQueryVariables, options?: C): Promise<Types.SecurityEventCountQuery> {
      return requester<Types.SecurityEventCountQuery, Types.SecurityEventCountQueryVariables>(Operations.SecurityEventCountDocument, variables, options) as Promise<Types.SecurityEventCountQuery>;
    },
    SecurityEventRaised(variables?: Types.SecurityEventRaisedSubscriptionVariables, options?: C): AsyncIterable<Types.SecurityEventRaisedSubscription> {
      return requester<Types.SecurityEventRaisedSubscription, Types.SecurityEventRaisedSubscriptionVariables>(Operations.SecurityEventRaisedDocument, variables, options) as AsyncIterable<Types.SecurityEventRaisedSubscription>;
    },
    ResetMfa(variables: Types.ResetMfaMutationVariables, options?: C): Promise<Types.ResetMfaMutation> {
      return requester<Types.ResetMfaMutation, Types.ResetMfaMutationVariables>(Operations.ResetMfaDocument, variables, options) as Promise<Types.ResetMfaMutation>;
    },
    RotateEncryptionKey(variables?: Types.RotateEncryptionKeyMutationVariables, options?: C): Promise<Types.RotateEncryptionKeyMutation> {
      return requester<Types.RotateEncryptionKeyMutation, Types.RotateEncryptionKeyMutationVariables>(Operations.RotateEncryptionKeyDocument, variables, options) as Promise<Types.RotateEncryptionKeyMutation>;
    },
    CreateUser(variables: Types.CreateUserMutationVariables, options?: C): Promise<Types.CreateUserMutation> {
      return requester<Types.CreateUserMutation, Types.CreateUserMutationVariables>(Operations.CreateUserDocument, variables, options) as Promise<Types.CreateUserMutation>;
    },
    UpdateUser(variables: Types.UpdateUserMutationVariables, options?: C): Promise<Types.UpdateUserMutation> {
      return requester<Types.UpdateUserMutation, Types.UpdateUserMutationVariables>(Operations.UpdateUserDocument, variables, options) as Promise<Types.UpdateUserMutation>;
    },
    SuspendUser(variables: Types.SuspendUserMutationVariables, options?: C): Promise<Types.SuspendUserMutation> {
      return requester<Types.SuspendUserMutation, Types.SuspendUserMutationVariables>(Operations.SuspendUserDocument, variables, options) as Promise<Types.SuspendUserMutation>;
    },
    ReactivateUser(variables: Types.ReactivateUserMutationVariables, options?: C): Promise<Types.ReactivateUserMutation> {
      return requester<Types.ReactivateUserMutation, Types.ReactivateUserMutationVariables>(Operations.ReactivateUserDocument, variables, options) as Promise<Types.ReactivateUserMutation>;
    },
    DeleteUser(variables: Types.DeleteUserMutationVariables, options?: C): Promise<Types.DeleteUserMutation> {
      return requester<Types.DeleteUserMutation, Types.DeleteUserMutationVariables>(Operations.DeleteUserDocument, variables, options) as Promise<Types.DeleteUserMutation>;
    },
    RestoreUser(variables: Types.RestoreUserMutationVariables, options?: C): Promise<Types.RestoreUserMutation> {
      return requester<Types.RestoreUserMutation, Types.RestoreUserMutationVariables>(Operations.RestoreUserDocument, variables, options) as Promise<Types.RestoreUserMutation>;
    },
    ChangePassword(variables: Types.ChangePasswordMutationVariables, options?: C): Promise<Types.ChangePasswordMutation> {
      return requester<Types.ChangePasswordMutation, Types.ChangePasswordMutationVariables>(Operations.ChangePasswordDocument, variables, options) as Promise<Types.ChangePasswordMutation>;
    },
    Me(variables?: Types.MeQueryVariables, options?: C): Promise<Types.MeQuery> {
      return requester<Types.MeQuery, Types.MeQueryVariables>(Operations.MeDocument, variables, options) as Promise<Types.MeQuery>;
    },
    User(variables: Types.UserQueryVariables, options?: C): Promise<Types.UserQuery> {
      return requester<Types.UserQuery, Types.UserQueryVariables>(Operations.UserDocument, variables, options) as Promise<Types.UserQuery>;
    },
    Users(variables?: Types.UsersQueryVariables, options?: C): Promise<Types.UsersQuery> {
      return requester<Types.UsersQuery, Types.UsersQueryVariables>(Operations.UsersDocument, variables, options) as Promise<Types.UsersQuery>;
    },
    UserChanged(variables?: Types.UserChangedSubscriptionVariables, options?: C): AsyncIterable<Types.UserChangedSubscription> {
      return requester<Types.UserChangedSubscription, Types.UserChangedSubscriptionVariables>(Operations.UserChangedDocument, variables, options) as AsyncIterable<Types.UserChangedSubscription>;
    }
  };
}
export type Sdk = ReturnType<typeof getSdk>;