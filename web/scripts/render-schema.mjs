import openapiTS, { astToString } from 'openapi-typescript';

export const SCHEMA_HEADER = '/** Generated from openapi.json by `npm run api:generate -w web`; never edit by hand. */\n\n';

/** The TypeScript types openapi-typescript produces for an OpenAPI document (shared by the generator and the staleness test). */
export async function renderSchema(document) {
  const ast = await openapiTS(structuredClone(document), { alphabetize: true });
  return SCHEMA_HEADER + astToString(ast);
}
