import type { FastifySchema } from "fastify";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { HEADER, SERVED_WHILE_CLOSING } from "./context";
import { problemResponses } from "./schemas";

/*
 * The OpenAPI 3.1 document at /v1/openapi.json, as @fastify/swagger builds it from the routes' zod schemas: what
 * Java and Go platforms generate their clients from. Each route passes through `openApiTransform`, the whole
 * document through `openApiTransformObject`. cli/test/serve/openapi-contract.test.ts checks the document against
 * the OpenAPI 3.1 schema and every endpoint's answers against the document.
 */

/**
 * A route's operation: what every route shares added to its own schema (`withCommonResponses`), then
 * fastify-type-provider-zod's transform, which converts the zod schemas (a response's too when it is given by media
 * type), and a body given by media type (`{ content: { "application/x-ndjson": { schema } } }`): each media type's
 * schema converted as a body schema, so @fastify/swagger puts each under its type in `requestBody`.
 */
export const openApiTransform: typeof jsonSchemaTransform = (input) => {
  const doc = { ...input, schema: withCommonResponses(input.schema, input.route, input.route.config?.scope) };
  const body = doc.schema?.body as { content?: Record<string, { schema: unknown }> } | undefined;
  if (body?.content === undefined) return jsonSchemaTransform(doc);
  const out = jsonSchemaTransform({ ...doc, schema: { ...doc.schema, body: undefined } });
  const content = Object.fromEntries(
    Object.entries(body.content).map(([type, { schema }]) => [type, { schema: (jsonSchemaTransform({ ...doc, schema: { body: schema } }).schema as { body: unknown }).body }]),
  );
  return { ...out, schema: { ...out.schema, body: { content } } };
};

/**
 * The answers every route may give besides its own. From its access (`config.scope`): a route that takes a key
 * answers 401 without a valid one and 429 past the key's rate limit, and 403 when the key lacks the route's scope;
 * a public route (health, readiness, the document) needs no key, which `security: []` tells a client generated from
 * a document whose default is the bearer key. A POST route parses whatever body comes with a content type, even
 * one it does not read (the admin reload): 400 to a body that does not parse, 413 to one too large, 415 to a type it
 * does not take. A route with a path parameter answers 400 to a %-escape that does not decode and 414 to a
 * parameter past the router's length limit. And on every route 408, a request not received within --timeout-ms
 * (app.ts), 500, a fault of the service (logged; the problem never carries a stack trace), and 503 once shutdown has
 * begun (but on the routes still served then).
 */
function withCommonResponses<S extends FastifySchema | undefined>(schema: S, route: { url: string; method: string | string[] }, scope: string | null | undefined): S {
  if (schema === undefined || (schema as { hide?: boolean }).hide === true) return schema;
  const own = (schema.response ?? {}) as Record<string, unknown>;
  const access = scope === undefined ? [] : scope === null ? [401, 429] : [401, 403, 429];
  const body = ([] as string[]).concat(route.method).includes("POST") ? [400, 413, 415] : [];
  const params = route.url.includes(":") ? [400, 414] : [];
  const common = problemResponses(...access, ...body, ...params, 408, 500, ...(SERVED_WHILE_CLOSING.has(route.url) ? [] : [503]));
  return { ...schema, ...(scope === undefined ? { security: [] } : {}), response: byStatus({ ...common, ...own }) };
}

/** Responses in the order of their status codes. */
function byStatus<T>(responses: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}

/** The response headers the document declares, as components. */
const HEADERS = {
  [HEADER.contentHash]: {
    description: "规则集内容哈希 / the rule set's content hash: SHA-256 of the RFC 8785 canonical JSON of its packs and overrides",
    required: true,
    schema: { type: "string", pattern: "^[0-9a-f]{64}$" },
  },
  [HEADER.rulesetVersion]: { description: "the rule set's packs and versions, e.g. national@2.0.0+liaocheng@1.0.0", required: true, schema: { type: "string" } },
  [HEADER.toolVersion]: { description: "the version of ggzy-cli that answered", required: true, schema: { type: "string" } },
  [HEADER.decisionId]: { description: "决策记录编号 / the id of this call's record in the decision log (the body's decisionId)", required: true, schema: { type: "string", format: "uuid" } },
  "WWW-Authenticate": { description: 'the scheme to authenticate with: Bearer realm="ggzy"', required: true, schema: { type: "string" } },
} as const;

const headerRef = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });

interface Media {
  schema?: { required?: string[]; anyOf?: Array<{ required?: string[] }> };
}
interface Response {
  headers?: Record<string, unknown>;
  content?: Record<string, Media>;
}
interface Document {
  paths?: Record<string, Record<string, { responses?: Record<string, Response> }>>;
  components?: { schemas?: Record<string, unknown>; headers?: Record<string, unknown> };
}

/**
 * The whole document: the schemas registered with an id (the problem details, `Problem`, the results) become
 * components that the operations refer to (fastify-type-provider-zod also makes an input twin of each,
 * `ProblemInput`, folded into its result when a request carries one back, dropped when nothing refers to it); and
 * the headers the service sends (`withHeaders`).
 */
export const openApiTransformObject: typeof jsonSchemaTransformObject = (input) => {
  const doc = jsonSchemaTransformObject(input) as Document;
  withHeaders(doc);
  if (doc.components?.schemas !== undefined) foldInputTwins(doc, doc.components.schemas);
  const schemas = doc.components?.schemas;
  if (schemas !== undefined) {
    const used = reachableSchemas({ ...doc, components: { ...doc.components, schemas: {} } }, schemas);
    for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
  }
  return doc as ReturnType<typeof jsonSchemaTransformObject>;
};

/**
 * A request that carries a result back (the draw record a verification sends) refers to the result's input twin
 * (`DrawRecordInput`), which differs from the result only in not refusing unknown keys (the library strips them). A
 * generator would make two classes of one record; so such a twin is replaced by the result itself wherever it is
 * referred to. A twin that differs in anything else (a default, an optional field) is kept.
 */
function foldInputTwins(doc: Document, schemas: Record<string, unknown>): void {
  const twins = Object.keys(schemas).filter((name) => {
    const base = schemas[name.replace(/Input$/, "")];
    return name.endsWith("Input") && base !== undefined && JSON.stringify(schemas[name]) === JSON.stringify(withoutClosedObjects(base));
  });
  if (twins.length === 0) return;
  const pattern = new RegExp(`"#/components/schemas/(${twins.join("|")})"`, "g");
  const folded = JSON.parse(JSON.stringify(doc).replace(pattern, (_m, name: string) => `"#/components/schemas/${name.replace(/Input$/, "")}"`)) as Document;
  Object.assign(doc, folded);
  for (const name of twins) delete doc.components?.schemas?.[name];
}

/** A schema without its `additionalProperties: false` (zod's output schema of an object; its input schema has none). */
function withoutClosedObjects(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema), function (this: unknown, key, value: unknown) {
    return key === "additionalProperties" && value === false ? undefined : value;
  });
}

/** Names of the component schemas the document refers to, directly or through other components (twins that only
 * refer to each other, such as `ItemBreakdownInput` → `RecordContributionInput`, are not reached). */
function reachableSchemas(rest: unknown, schemas: Record<string, unknown>): Set<string> {
  const used = new Set<string>();
  const refs = (value: unknown): string[] => [...JSON.stringify(value).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1] as string);
  const queue = refs(rest);
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (used.has(name)) continue;
    used.add(name);
    queue.push(...refs(schemas[name]));
  }
  return used;
}

/**
 * The headers each response carries: every answer the rule set's hash and version and the tool's version (set
 * before anything else can refuse the request); the answer of a decision — a 200 whose body has a decisionId — its
 * id, and a 422 of a decision route may (a refusal by the library or by the route's own checks is a decision too);
 * a 401 the scheme to authenticate with.
 */
function withHeaders(doc: Document): void {
  doc.components = { ...doc.components, headers: { ...doc.components?.headers, ...HEADERS } };
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item)) {
      const responses = op.responses ?? {};
      const decides = bodyHasDecisionId(responses["200"], true);
      for (const [status, response] of Object.entries(responses)) {
        response.headers = {
          ...response.headers,
          [HEADER.contentHash]: headerRef(HEADER.contentHash),
          [HEADER.rulesetVersion]: headerRef(HEADER.rulesetVersion),
          [HEADER.toolVersion]: headerRef(HEADER.toolVersion),
          ...(status === "200" && bodyHasDecisionId(response, false) ? { [HEADER.decisionId]: headerRef(HEADER.decisionId) } : {}),
          ...(status === "422" && decides ? { [HEADER.decisionId]: { ...HEADERS[HEADER.decisionId], required: false, description: "the id of the refusal's record in the decision log, when the refusal is a decision (the input broke its schema or a rule of the protocol)" } } : {}),
          ...(status === "401" ? { "WWW-Authenticate": headerRef("WWW-Authenticate") } : {}),
        };
      }
    }
  }
}

/** Whether a response's body has a required decisionId: at its top level, or (`orLines`) in a line of JSON Lines. */
function bodyHasDecisionId(response: Response | undefined, orLines: boolean): boolean {
  return Object.values(response?.content ?? {}).some(
    (m) => m.schema?.required?.includes("decisionId") === true || (orLines && m.schema?.anyOf?.some((s) => s.required?.includes("decisionId") === true) === true),
  );
}
