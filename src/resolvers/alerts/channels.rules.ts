import { can, type PermissionMap } from '../../authz/rule-spec';

/** Notification channels and the delivery log (issue 10). */
export const channelsRules: Partial<PermissionMap> = {
  Query: {
    channels: can('alerts:read'),
    notificationDeliveries: can('alerts:read'),
  },
  Mutation: {
    createChannel: can('alerts:manageChannels'),
    updateChannel: can('alerts:manageChannels'),
    deleteChannel: can('alerts:manageChannels'),
    testChannel: can('alerts:manageChannels'),
    retryDelivery: can('alerts:manageChannels'),
  },
};
