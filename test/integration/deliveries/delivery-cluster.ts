import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { DeliverySink } from '../../fixtures/delivery-sink';
import { SmtpSink } from '../../fixtures/smtp-sink';
import { startCluster, type TestCluster, type TestNode } from '../../fixtures/test-node';

export const SIGNING_SECRET = `whsec_${Buffer.from('deliveries-test-signing-key-0123456789').toString('base64')}`;
export const SLACK_TOKEN = 'T0000SECRET/B0000SECRET/slackSecretToken12345';
export const ROUTING_KEY = 'R0UT1NGKEYR0UT1NGKEYR0UT1NGKEY12';
export const AUTH_TOKEN = 'twilio-auth-token-secret-999';
export const SMTP_PASSWORD = 'smtp-password-secret-777';
const SECRETS = [SIGNING_SECRET, SIGNING_SECRET.slice(6), 'slackSecretToken12345', ROUTING_KEY, AUTH_TOKEN, SMTP_PASSWORD, Buffer.from(`AC0123456789:${AUTH_TOKEN}`).toString('base64')];

export interface DeliveryFixture {
  sink: DeliverySink;
  smtp: SmtpSink;
  node: TestNode;
  owner: ControlPlaneClient;
  /** Keeps a GraphQL answer, to prove at the end that no secret was ever in one. */
  seen<T>(value: T): T;
  /** A WEBHOOK channel to the sink's `path`, signed with SIGNING_SECRET. */
  webhookChannel(path: string): Promise<string>;
  /** No secret value in any answer kept by seen() nor in any log line so far. */
  expectNoSecretsLeaked(): void;
}

/**
 * One node with the local sinks (HTTP sink for Slack, PagerDuty, webhooks and Twilio; a real SMTP
 * server), private targets allowed, small retry delays, and its log kept in memory.
 */
export function useDeliveryCluster(): DeliveryFixture {
  const lines: string[] = [];
  const responses: unknown[] = [];
  let cluster: TestCluster | undefined;
  const fx = {} as DeliveryFixture;
  beforeAll(async () => {
    fx.sink = await DeliverySink.start();
    fx.smtp = await SmtpSink.start({ user: 'mailer', password: SMTP_PASSWORD });
    cluster = await startCluster({
      logLines: lines,
      env: {
        LOG_LEVEL: 'debug',
        ALLOW_PRIVATE_TARGETS: 'true',
        DELIVERY_MAX_ATTEMPTS: '3',
        DELIVERY_BACKOFF_BASE_MS: '20',
        DELIVERY_BACKOFF_MAX_MS: '600000',
        DELIVERY_TIMEOUT_MS: '400',
        WORKER_POLL_INTERVAL_MS: '100',
        PAGERDUTY_EVENTS_URL: `${fx.sink.url}/pagerduty`,
        TWILIO_API_URL: `${fx.sink.url}/twilio`,
      },
    });
    fx.node = cluster.nodes[0]!;
    fx.owner = await fx.node.owner();
  });
  afterAll(async () => {
    await cluster?.close();
    await fx.sink?.close();
    await fx.smtp?.close();
  });
  fx.seen = <T>(value: T): T => {
    responses.push(value);
    return value;
  };
  fx.webhookChannel = async (path) => {
    const { createChannel } = fx.seen(
      await fx.owner.CreateChannel({ input: { name: `hook ${randomUUID()}`, type: 'WEBHOOK', settings: { url: `${fx.sink.url}${path}` }, secrets: { signingSecret: SIGNING_SECRET } } }),
    );
    return createChannel.id;
  };
  fx.expectNoSecretsLeaked = () => {
    const answers = JSON.stringify(responses);
    const logs = lines.join('');
    expect(logs).toContain('delivery sent');
    expect(logs).toContain('"path":"/graphql"');
    for (const secret of SECRETS) {
      expect(answers, 'GraphQL answers').not.toContain(secret);
      expect(logs, 'log lines').not.toContain(secret);
    }
  };
  return fx;
}
