import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';

export const DateTime = DateTimeResolver;
/** Free-form JSON object (labels, audit before/after). */
export const JSONObject = JSONObjectResolver;
