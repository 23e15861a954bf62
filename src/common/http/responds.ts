import { applyDecorators, ParseUUIDPipe, RequestMethod, type Type } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { ApiExtraModels, ApiParam, ApiProperty, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import type { OpenAPIObject } from '@nestjs/swagger';
type SchemaObject = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];
import { ERROR_STATUS, type ErrorCode } from '../errors/error-codes.js';

/** The name of the problem+json schema in the document's components. */
export const PROBLEM_SCHEMA = 'Problem';
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** Every stable code, in the order of the table, so the document's enum is the table. */
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** RFC 9457 problem document as the ProblemFilter writes it; extension members vary per code. */
export function problemSchema(): SchemaObject {
  return {
    type: 'object',
    description: 'RFC 9457 problem document. Clients switch on `code`; `detail` is for the person reading the screen. Some codes add extension members (e.g. `currentStatus`, `lockedUntil`, `retryAfterSeconds`).',
    required: ['type', 'title', 'status', 'detail', 'code', 'instance'],
    properties: {
      type: { type: 'string', example: 'urn:firearms-registry:problem:firearm-not-found' },
      title: { type: 'string', example: 'Firearm not found' },
      status: { type: 'integer', example: 404 },
      detail: { type: 'string' },
      code: { $ref: '#/components/schemas/ErrorCode' },
      instance: { type: 'string', example: '/api/firearms/3f8c7a64-2c1e-4d6b-9a51-0e7c2b1d4f90' },
      requestId: { type: 'string' },
      errors: {
        type: 'array',
        description: 'One entry per field refused, for bad input.',
        items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string', example: 'serialNumber' }, message: { type: 'string' } } },
      },
    },
    additionalProperties: true,
  };
}

/** Adds the problem and error-code schemas the responses below refer to. */
export function addProblemSchemas(document: OpenAPIObject): void {
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas.ErrorCode = { type: 'string', enum: [...ERROR_CODES], description: 'Stable error code (src/common/errors/error-codes.ts).' };
  document.components.schemas[PROBLEM_SCHEMA] = problemSchema();
}

function codesWithStatus(status: number): ErrorCode[] {
  return ERROR_CODES.filter((code) => ERROR_STATUS[code] === status);
}

/** One problem+json error response; the description names the codes the table gives that status. */
export function ProblemResponse(status: number | 'default', description?: string) {
  const codes = status === 'default' ? [] : codesWithStatus(status);
  const text = description ?? (status === 'default' ? 'Any other error (e.g. 413, 415, 423, 500, 503).' : `Problem (${codes.join(', ') || 'see code'}).`);
  return ApiResponse({
    status,
    description: text,
    content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: `#/components/schemas/${PROBLEM_SCHEMA}` } } },
  });
}

export class PageInfo {
  @ApiProperty({ type: 'integer', example: 50 })
  limit: number;

  @ApiProperty({ type: 'integer', example: 0 })
  offset: number;

  @ApiProperty({ type: 'integer', description: 'Rows matching the filters, all pages together: exact up to 1,000, the planner\'s estimate beyond (see totalIsExact).' })
  total: number;

  @ApiProperty({ description: 'False when `total` is an estimate: more than 1,000 rows match, and counting them all would cost every page.' })
  totalIsExact: boolean;
}

const pages = new Map<Type<unknown>, Type<unknown>>();

/** The paged list of one item type, as a named schema (`FirearmPage`) so the client gets a type per list. */
export function PageOf(item: Type<unknown>): Type<unknown> {
  let page = pages.get(item);
  if (!page) {
    page = class {};
    Object.defineProperty(page, 'name', { value: `${item.name.replace(/Response$/, '')}Page` });
    ApiProperty({ type: item, isArray: true })(page.prototype, 'items');
    ApiProperty({ type: PageInfo })(page.prototype, 'page');
    pages.set(item, page);
  }
  return page;
}

export interface RespondsOptions {
  /** A paged list (`items` + `page`) of the type. */
  list?: boolean;
  /** A plain JSON array of the type. */
  array?: boolean;
  description?: string;
  /** Error statuses besides 401/403 (declared by @Permission) and `default`; derived from the route when omitted. */
  errors?: number[];
}

/** What Nest answers on success when no @HttpCode says otherwise. */
function successStatus(handler: object): number {
  const declared = Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined;
  if (declared !== undefined) return declared;
  return Reflect.getMetadata(METHOD_METADATA, handler) === RequestMethod.POST ? 201 : 200;
}

/** Reads: bad query or id, not found. Writes add conflicts and refused business rules. */
function defaultErrors(handler: object): number[] {
  const path = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
  if (Reflect.getMetadata(METHOD_METADATA, handler) !== RequestMethod.GET) return [400, 404, 409, 422];
  return path.includes(':') ? [400, 404] : [400];
}

/** Compile-time proof that a response class and a mapper's return type describe the same object. */
export type SameShape<A, B> = [A] extends [never] ? false : [B] extends [never] ? false : [A] extends [B] ? ([B] extends [A] ? true : false) : false;

type KeysOfAny<T> = T extends unknown ? keyof T : never;

/**
 * For mappers whose result is a union (a restricted person, an organisation): every
 * variant fits the class, and the class names every key any variant has.
 */
export type Describes<C, M> = [M] extends [never] ? false : [M] extends [C] ? ([Exclude<KeysOfAny<M>, keyof C>] extends [never] ? true : false) : false;

/** What JSON.stringify makes of a value: dates become ISO strings (for handlers that return entities). */
export type Json<T> = T extends Date ? string : T extends (infer U)[] ? Json<U>[] : T extends object ? { [K in keyof T]: Json<T[K]> } : T;

/** `format: uuid` on every path parameter the route parses with ParseUUIDPipe. */
function uuidPathParams(target: object, key: string | symbol): string[] {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, target.constructor, key) ?? {}) as Record<string, { index: number; data?: unknown; pipes?: unknown[] }>;
  return Object.entries(args)
    .filter(([type, arg]) => Number(type.split(':')[0]) === RouteParamtypes.PARAM && typeof arg.data === 'string' && (arg.pipes ?? []).some((p) => p instanceof ParseUUIDPipe || p === ParseUUIDPipe))
    .map(([, arg]) => arg.data as string);
}

function route(handler: object): void {
  if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) throw new Error('@Responds must be written above the route decorator (@Get, @Post, ...), so it reads the status Nest answers with.');
}

/** Properties a class validates with @IsUUID (inherited ones included). */
function uuidPropertiesOf(type: Function): string[] {
  return getMetadataStorage()
    .getTargetValidationMetadatas(type, '', true, false)
    .filter((m) => m.name === 'isUuid')
    .map((m) => m.propertyName);
}

/** Query parameters a controller's handler validates as uuids, by operation id (`Controller_method`, Nest's default). */
function uuidQueries(controllers: Type<unknown>[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const controller of controllers) {
    for (let proto = controller.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const key of Object.getOwnPropertyNames(proto)) {
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, key) ?? {}) as Record<string, { index: number; data?: unknown }>;
        const types = (Reflect.getMetadata('design:paramtypes', proto, key) ?? []) as Function[];
        const names = Object.entries(args)
          .filter(([type, arg]) => Number(type.split(':')[0]) === RouteParamtypes.QUERY && arg.data === undefined && typeof types[arg.index] === 'function')
          .flatMap(([, arg]) => uuidPropertiesOf(types[arg.index]));
        const id = `${controller.name}_${key}`;
        if (names.length && !found.has(id)) found.set(id, names);
      }
    }
  }
  return found;
}

/**
 * `format: uuid` wherever the code validates with @IsUUID: request body schemas (by class
 * name) and query parameters. The document then says what validation enforces, without a
 * second declaration on every DTO that could drift from it.
 */
export function addUuidFormats(document: OpenAPIObject, controllers: Type<unknown>[]): void {
  const queries = uuidQueries(controllers);
  const schemas = (document.components?.schemas ?? {}) as Record<string, { properties?: Record<string, { type?: string; format?: string; items?: { format?: string } }> }>;
  const targets = (getMetadataStorage() as unknown as { validationMetadatas: Map<Function, unknown[]> }).validationMetadatas;
  for (const target of targets.keys()) {
    const properties = schemas[target.name]?.properties;
    if (!properties) continue;
    for (const name of uuidPropertiesOf(target)) {
      const property = properties[name];
      if (property?.type === 'array' && property.items) property.items.format = 'uuid';
      // `string | null` reflects as Object: @IsUUID says it is a string.
      else if (property && !('$ref' in property)) Object.assign(property, { type: 'string', format: 'uuid' });
    }
  }
  for (const operations of Object.values(document.paths)) {
    for (const operation of Object.values(operations) as { operationId?: string; parameters?: { in: string; name: string; schema?: { type?: string; format?: string; items?: { format?: string } } }[] }[]) {
      const names = queries.get(operation.operationId ?? '') ?? [];
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in !== 'query' || !names.includes(parameter.name) || !parameter.schema) continue;
        if (parameter.schema.type === 'array' && parameter.schema.items) parameter.schema.items.format = 'uuid';
        else parameter.schema.format = 'uuid';
      }
    }
  }
}

function errorDecorators(target: object, key: string | symbol, descriptor: PropertyDescriptor, options: RespondsOptions): void {
  const errors = options.errors ?? defaultErrors(descriptor.value as object);
  const decorators = [...errors.map((status) => ProblemResponse(status)), ProblemResponse('default'), ...uuidPathParams(target, key).map((name) => ApiParam({ name, type: String, format: 'uuid' }))];
  applyDecorators(...decorators)(target, key, descriptor);
}

/**
 * The success response of a handler (its status read from the route, so the document
 * cannot disagree with what Nest answers), its problem+json errors, and uuid path
 * parameters. Write it above the route decorator. `null` means 204 No Content.
 */
export function Responds(type: Type<unknown> | Type<unknown>[] | null, options: RespondsOptions = {}): MethodDecorator {
  return (target, key, descriptor) => {
    const handler = descriptor.value as object;
    route(handler);
    const status = successStatus(handler);
    if ((type === null) !== (status === 204)) throw new Error(`@Responds on ${String(key)}: ${type === null ? 'no body needs @HttpCode(204)' : 'a 204 handler has no body: use @Responds(null)'}.`);
    // Several types: the body is one of them (e.g. a country, a category or an action).
    if (Array.isArray(type)) ApiExtraModels(...type)(target, key, descriptor);
    const body =
      type === null ? {} : Array.isArray(type) ? { schema: { oneOf: type.map((t) => ({ $ref: getSchemaPath(t) })) } } : options.list ? { type: PageOf(type) } : { type, isArray: options.array ?? false };
    ApiResponse({ status, description: options.description ?? (type === null ? 'Done; no content.' : 'Success.'), ...body })(target, key, descriptor);
    errorDecorators(target, key, descriptor, options);
  };
}

/** A file download (PDF, CSV) with its content type instead of JSON. */
Responds.file = function file(contentType: string, options: Omit<RespondsOptions, 'list' | 'array'> = {}): MethodDecorator {
  return (target, key, descriptor) => {
    const handler = descriptor.value as object;
    route(handler);
    ApiResponse({
      status: successStatus(handler),
      description: options.description ?? 'The file.',
      content: { [contentType]: { schema: { type: 'string', format: 'binary' } } },
    })(target, key, descriptor);
    errorDecorators(target, key, descriptor, options);
  };
};
