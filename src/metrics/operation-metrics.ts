import type { ApolloServerPlugin } from '@apollo/server';
import { classifyError, type ErrorClassification } from '../errors/classify';
import {
  classifiedErrorsTotal,
  graphqlDurationSeconds,
  graphqlErrorsTotal,
  graphqlFailedOperationsTotal,
  graphqlRequestsTotal,
} from './registry';
import { operationNames } from './operation-names';

/** One error of one operation, classified; what error analytics stores. */
export interface ClassifiedOperationError extends ErrorClassification {
  operation: string;
  requestId: string | null;
}

interface RequestContext {
  meta?: { requestId?: string };
  authz?: { viewer: unknown };
}

/**
 * Per-operation counts, latency and errors for every GraphQL request over HTTP. Each error is
 * classified here once; `onErrors` receives the classifications (error analytics), never blocking.
 */
export function operationMetricsPlugin(onErrors?: (errors: ClassifiedOperationError[]) => void): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let operation = 'anonymous';
      let type = 'unknown';
      let resolved = false;
      let failed = false;
      return {
        async didResolveOperation({ operationName, operation: op, request, contextValue }) {
          // No operation found for the name asked for: still counted under (the label of) that name.
          const claim = !op ? 'none' : contextValue?.authz?.viewer ? 'signedIn' : 'anonymous';
          operation = operationNames.label(op ? operationName : request.operationName, claim);
          type = op?.operation ?? 'unknown';
          resolved = true;
        },
        async didEncounterErrors({ errors, contextValue, operationName, request }) {
          // Errors before the operation was resolved (parse, validation) still name what was asked.
          if (!resolved) operation = operationNames.label(operationName ?? request.operationName, 'none');
          const classified = errors.map((e) => classifyError(e));
          if (classified.some((c) => c.code === 'INTERNAL')) failed = true;
          for (const c of classified) {
            graphqlErrorsTotal.inc({ operation, code: c.code });
            for (const cls of c.classes) classifiedErrorsTotal.inc({ class: cls });
          }
          const requestId = contextValue?.meta?.requestId ?? null;
          onErrors?.(classified.map((c) => ({ ...c, operation, requestId })));
        },
        async willSendResponse({ response }) {
          graphqlRequestsTotal.inc({ operation, type });
          if (failed || (response.http.status ?? 200) >= 500) graphqlFailedOperationsTotal.inc({ operation });
          graphqlDurationSeconds.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
