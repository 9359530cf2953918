import type { CodegenConfig } from '@graphql-codegen/cli';

/** Type options shared by both outputs, so the SDK methods and the typed documents agree. */
const typeConfig = {
  scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>', ID: 'string' },
  enumsAsTypes: true,
  // Result fields always present (nullable ones as null); variables and input fields optional.
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
  useTypeImports: true,
};

/**
 * The SDK is generated from the committed schema and the operation documents in sdk/operations.
 * graphql.ts: the types and one `TypedDocumentNode` per operation (its fragments inlined), usable
 * as is by Apollo Client, urql or any client that reads typed documents. sdk.ts: the method-per-
 * operation client over those same documents.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: 'sdk/operations/**/*.graphql',
  generates: {
    'sdk/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: { ...typeConfig, documentMode: 'documentNode' },
    },
    'sdk/generated/sdk.ts': {
      plugins: [
        { add: { content: "import type * as Types from './graphql';" } },
        'typescript-generic-sdk',
      ],
      config: {
        ...typeConfig,
        documentMode: 'external',
        importDocumentNodeExternallyFrom: './graphql',
        importOperationTypesFrom: 'Types',
        rawRequest: false,
      },
    },
  },
  hooks: { afterAllFileWrite: [] },
};

export default config;
