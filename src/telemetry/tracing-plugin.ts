import type { ApolloServerPlugin } from '@apollo/server';
import { context, SpanStatusCode, trace } from '@opentelemetry/api';
import { classifyError } from '../errors/classify';
import type { Tracing } from './tracing';

/** Milliseconds since the epoch, sub-millisecond (span start times in the past). */
const nowMs = () => performance.timeOrigin + performance.now();

/**
 * Names the request's span after its operation (`query Login`) and marks errors. A resolver span
 * is recorded only for a field slower than TRACING_SLOW_FIELD_MS: spans for every field would cost
 * more than most fields do. Installed only when tracing is on.
 */
export function tracingPlugin(tracing: Tracing): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const span = trace.getSpan(context.active());
      if (!span) return;
      const parent = context.active();
      return {
        async didResolveOperation({ operationName, operation }) {
          const type = operation?.operation ?? 'query';
          span.updateName(`${type} ${operationName ?? 'anonymous'}`);
          span.setAttribute('graphql.operation.type', type);
          if (operationName) span.setAttribute('graphql.operation.name', operationName);
        },
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              const started = nowMs();
              return (error) => {
                const ended = nowMs();
                if (ended - started < tracing.slowFieldMs) return;
                const field = `${info.parentType.name}.${info.fieldName}`;
                const fieldSpan = tracing.tracer.startSpan(
                  `resolve ${field}`,
                  { startTime: started, attributes: { 'graphql.field.path': field } },
                  parent,
                );
                if (error) fieldSpan.setStatus({ code: SpanStatusCode.ERROR });
                fieldSpan.end(ended);
              };
            },
          };
        },
        async didEncounterErrors({ errors }) {
          const codes = [...new Set(errors.map((e) => classifyError(e).code))];
          span.setAttribute('graphql.error.codes', codes);
          span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(',') });
        },
      };
    },
  };
}
