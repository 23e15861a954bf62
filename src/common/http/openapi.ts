import type { INestApplication, Type } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { addProblemSchemas, addUuidFormats } from './responds.js';

/** The path under which every API route is served; the web interface owns the rest. */
export const API_PREFIX = 'api';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('National Firearms Registry API')
    .setDescription(
      'Record-keeping and tracing of firearms, parts and ammunition (UN Firearms Protocol, International Tracing Instrument, SDG 16.4.2). ' +
        'Errors are RFC 9457 problem+json documents with a stable `code`.',
    )
    .setVersion('0.1.0')
    .addServer(`/${API_PREFIX}`)
    .addBearerAuth()
    .build();
  // Paths are relative to the server URL, so a generated client is given the base URL once.
  const document = SwaggerModule.createDocument(app, config, { ignoreGlobalPrefix: true });
  addProblemSchemas(document);
  const controllers = [...app.get(ModulesContainer).values()].flatMap((m) => [...m.controllers.values()].map((c) => c.metatype as Type<unknown>));
  addUuidFormats(document, controllers);
  return document;
}

export function setUpOpenApi(app: INestApplication): void {
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => buildOpenApiDocument(app), { jsonDocumentUrl: `${API_PREFIX}/openapi.json` });
}
