import type { CodegenConfig } from '@graphql-codegen/cli';

/** The SDK is generated from the committed schema and the operation documents in sdk/operations. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: 'sdk/operations/**/*.graphql',
  generates: {
    'sdk/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typescript-generic-sdk'],
      config: {
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>', ID: 'string' },
        enumsAsTypes: true,
        // Result fields always present (nullable ones as null); variables and input fields optional.
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        useTypeImports: true,
        documentMode: 'documentNode',
        rawRequest: false,
      },
    },
  },
  hooks: { afterAllFileWrite: [] },
};

export default config;
