import type { FastifySchema } from "fastify";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { problemResponses } from "./schemas";

/*
 * The OpenAPI 3.1 document at /v1/openapi.json, as @fastify/swagger builds it from the routes' zod schemas: what
 * Java and Go platforms generate their clients from. Each route passes through `openApiTransform`, the whole
 * document through `openApiTransformObject`. cli/test/serve/openapi-contract.test.ts checks the document against
 * the OpenAPI 3.1 schema and every endpoint's answers against the document.
 */

/**
 * A route's operation: what every route shares added to its own schema (`withAccess`), then
 * fastify-type-provider-zod's transform, which converts the zod schemas (a response's too when it is given by media
 * type), and a body given by media type (`{ content: { "application/x-ndjson": { schema } } }`): each media type's
 * schema converted as a body schema, so @fastify/swagger puts each under its type in `requestBody`.
 */
export const openApiTransform: typeof jsonSchemaTransform = (input) => {
  const doc = { ...input, schema: withAccess(input.schema, input.route.config?.scope) };
  const body = doc.schema?.body as { content?: Record<string, { schema: unknown }> } | undefined;
  if (body?.content === undefined) return jsonSchemaTransform(doc);
  const out = jsonSchemaTransform({ ...doc, schema: { ...doc.schema, body: undefined } });
  const content = Object.fromEntries(
    Object.entries(body.content).map(([type, { schema }]) => [type, { schema: (jsonSchemaTransform({ ...doc, schema: { body: schema } }).schema as { body: unknown }).body }]),
  );
  return { ...out, schema: { ...out.schema, body: { content } } };
};

/**
 * What a route's access says about its answers, from its scope (`config.scope`): a route that takes a key answers
 * 401 without a valid one and 429 past the key's rate limit, and 403 when the key lacks the route's scope; a public
 * route (health, readiness, the document) needs no key, which `security: []` tells a client generated from a
 * document whose default is the bearer key.
 */
function withAccess<S extends FastifySchema | undefined>(schema: S, scope: string | null | undefined): S {
  if (schema === undefined || (schema as { hide?: boolean }).hide === true) return schema;
  if (scope === undefined) return { ...schema, security: [] };
  const own = (schema.response ?? {}) as Record<string, unknown>;
  const access = problemResponses(...(scope === null ? [401, 429] : [401, 403, 429]));
  return { ...schema, response: byStatus({ ...access, ...own }) };
}

/** Responses in the order of their status codes. */
function byStatus<T>(responses: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The whole document: the schemas registered with an id (the problem details, `Problem`) become components that
 * the operations refer to; fastify-type-provider-zod also makes an input twin of each (`ProblemInput`), dropped here
 * when nothing refers to it.
 */
export const openApiTransformObject: typeof jsonSchemaTransformObject = (input) => {
  const doc = jsonSchemaTransformObject(input) as { components?: { schemas?: Record<string, unknown> } };
  const schemas = doc.components?.schemas;
  if (schemas !== undefined) {
    const text = JSON.stringify(doc);
    for (const name of Object.keys(schemas)) {
      if (!text.includes(JSON.stringify(`#/components/schemas/${name}`))) delete schemas[name];
    }
  }
  return doc as ReturnType<typeof jsonSchemaTransformObject>;
};
