import type { operations } from './schema';

type Success<O> = O extends { responses: infer R } ? R[Extract<keyof R, 200 | 201>] : never;
type JsonOf<O> = [Success<O>] extends [never] ? never : Success<O> extends { content: { 'application/json': infer B } } ? B : never;

/**
 * The JSON an operation answers with, as the OpenAPI document declares it; while the
 * document declares none, the feature's own mirror of the API's DTO (`Fallback`).
 * Once the document declares it, the generated type wins and tsc checks our use of it.
 */
export type ResponseOf<K extends keyof operations, Fallback> = [JsonOf<operations[K]>] extends [never] ? Fallback : JsonOf<operations[K]>;
