import Ajv2020 from "ajv/dist/2020";
import type { ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { LightMyRequestResponse } from "fastify";

/*
 * What the service's OpenAPI document promises, checked against what it answers. The document is what Java and Go
 * trading platforms generate their clients from: a status, a content type, a header or a body shape it does not
 * declare makes a generated client fail at run time. Used by openapi-contract.test.ts.
 */

/** The parts of an OpenAPI 3.1 document the contract reads. */
export interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown>; responses?: Record<string, unknown>; headers?: Record<string, unknown> };
  [key: string]: unknown;
}

interface Media {
  schema?: unknown;
}

interface Header {
  required?: boolean;
  schema?: unknown;
  $ref?: string;
}

interface Response {
  description: string;
  content?: Record<string, Media>;
  headers?: Record<string, Header>;
  $ref?: string;
}

export interface Operation {
  operationId?: string;
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: unknown }>;
  requestBody?: { required?: boolean; content: Record<string, Media> };
  responses: Record<string, Response>;
  security?: unknown[];
}

/** HTTP methods an OpenAPI path item may hold. */
export const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Every operation of the document: method, path template and the operation. */
export function operations(doc: OpenApiDoc): Array<{ method: string; path: string; op: Operation }> {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m] !== undefined).map((method) => ({ method, path, op: item[method] as Operation })),
  );
}

/** The value a local `$ref` (`#/a/b`) points at in `doc`, or undefined when it points at nothing. */
export function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  const tokens = ref.slice(1).split("/").slice(1).map((t) => decodeURIComponent(t).replace(/~1/g, "/").replace(/~0/g, "~"));
  let at: unknown = doc;
  for (const t of tokens) {
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, t)) return undefined;
    at = (at as Record<string, unknown>)[t];
  }
  return at;
}

/** Every `$ref` in `value` with the JSON path where it stands. */
export function refsIn(value: unknown, path = "$"): Array<{ at: string; ref: string }> {
  if (value === null || typeof value !== "object") return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => refsIn(v, `${path}[${i}]`));
  return Object.entries(value).flatMap(([k, v]) => (k === "$ref" && typeof v === "string" ? [{ at: path, ref: v }] : refsIn(v, `${path}.${k}`)));
}

/** JSON pointer of a path template under `paths` (`/v1/check` → `/paths/~1v1~1check`). */
function pointerToken(s: string): string {
  return s.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Media type without its parameters, lower case (`application/json; charset=utf-8` → `application/json`). */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

/** What one exchange did against the document; `problems` is empty when the answer keeps the contract. */
export interface Exchange {
  method: string;
  url: string;
  status: number;
  /** The path template of the operation that answered, when the document declares one. */
  path: string | undefined;
  problems: string[];
}

/**
 * The document compiled for checking: every schema in it (a parameter's, a body's, a response's, a header's, a
 * component's) is compiled by ajv's JSON Schema 2020-12 class, `$ref`s resolved inside the document.
 */
/**
 * Validators by the text of their schema and of the document's components (which its $refs may reach): the same
 * schema stands at many places (the check routes' query, the problem of every error), and in both documents the
 * tests read (with keys and without); compiling the largest record schemas takes ajv about a second each.
 */
const byContent = new Map<string, ValidateFunction>();

export class Contract {
  readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly components: string;
  private static readonly DOC_ID = "urn:ggzy:openapi";
  /** Each exchange checked, for the coverage assertions. */
  readonly exchanges: Exchange[] = [];

  constructor(readonly doc: OpenApiDoc) {
    // strict: a keyword ajv does not know is an error, not silently ignored (a misspelt keyword constrains nothing);
    // union types (`type: ["string", "integer"]`) are JSON Schema 2020-12 and OpenAPI 3.1.
    // OpenAPI 3.1's own schema keywords (discriminator, xml, externalDocs, example) are allowed as annotations.
    this.ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    for (const keyword of ["discriminator", "xml", "externalDocs", "example"]) this.ajv.addKeyword({ keyword });
    // The whole document, under an id, so that every schema is compiled in place and its $refs resolve in it. Ajv
    // compiles the root of a schema a $ref points into: the document's own fields are declared as keywords that
    // check nothing (their values are not schemas), and only the schemas inside are compiled, strictly.
    for (const keyword of Object.keys(doc).filter((k) => !this.ajv.getKeyword(k))) this.ajv.addKeyword({ keyword });
    this.ajv.addSchema(doc as object, Contract.DOC_ID, undefined, false);
    this.components = JSON.stringify(doc.components ?? {});
  }

  /** The compiled schema at a JSON pointer into the document (`/paths/~1healthz/get/...`). */
  validator(pointer: string): ValidateFunction {
    let v = this.compiled.get(pointer);
    if (v === undefined) {
      const key = `${this.components}\n${JSON.stringify(resolvePointer(this.doc, `#${pointer}`))}`;
      v = byContent.get(key) ?? this.ajv.compile({ $ref: `${Contract.DOC_ID}#${pointer}` });
      byContent.set(key, v);
      this.compiled.set(pointer, v);
    }
    return v;
  }

  /** The pointers of every schema object of the document, with a readable name. */
  schemaPointers(): Array<{ name: string; pointer: string }> {
    const out: Array<{ name: string; pointer: string }> = [];
    for (const { method, path, op } of operations(this.doc)) {
      const base = `/paths/${pointerToken(path)}/${method}`;
      (op.parameters ?? []).forEach((p, i) => {
        if (p.schema !== undefined) out.push({ name: `${method} ${path} parameter ${p.in} ${p.name}`, pointer: `${base}/parameters/${i}/schema` });
      });
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
        if (media.schema !== undefined) out.push({ name: `${method} ${path} request ${type}`, pointer: `${base}/requestBody/content/${pointerToken(type)}/schema` });
      }
      for (const [status, response] of Object.entries(op.responses)) {
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (media.schema !== undefined) out.push({ name: `${method} ${path} ${status} ${type}`, pointer: `${base}/responses/${status}/content/${pointerToken(type)}/schema` });
        }
        for (const [name, header] of Object.entries(response.headers ?? {})) {
          if (header.$ref === undefined && header.schema !== undefined) out.push({ name: `${method} ${path} ${status} header ${name}`, pointer: `${base}/responses/${status}/headers/${pointerToken(name)}/schema` });
        }
      }
    }
    for (const name of Object.keys(this.doc.components?.schemas ?? {})) out.push({ name: `components.schemas.${name}`, pointer: `/components/schemas/${pointerToken(name)}` });
    for (const name of Object.keys(this.doc.components?.headers ?? {})) out.push({ name: `components.headers.${name}`, pointer: `/components/headers/${pointerToken(name)}/schema` });
    return out;
  }

  /**
   * The operation that answers `method url`: a concrete path before a templated one (OpenAPI 3.1 §4.8.8), the
   * template's `{name}` matching one path segment.
   */
  find(method: string, url: string): { path: string; op: Operation } | undefined {
    const m = method.toLowerCase();
    const pathname = url.split("?")[0]!.replace(/\/+$/, "") || "/";
    const candidates = Object.entries(this.doc.paths).filter(([, item]) => item[m] !== undefined);
    const exact = candidates.find(([p]) => p === pathname);
    if (exact) return { path: exact[0], op: exact[1][m] as Operation };
    for (const [p, item] of candidates) {
      const re = new RegExp(`^${p.split(/\{[^}]+\}/).map((s) => s.replace(/[.*+?^$()|[\]\\]/g, "\\$&")).join("[^/]+")}$`);
      if (re.test(pathname)) return { path: p, op: item[m] as Operation };
    }
    return undefined;
  }

  private errors(v: ValidateFunction, data: unknown): string | undefined {
    if (v(data)) return undefined;
    return this.ajv.errorsText(v.errors?.slice(0, 4), { dataVar: "body" });
  }

  /**
   * Checks a request the service was sent against the operation's parameters and request body: what the service
   * takes, the document must describe (a client generated from it validates before it sends). `body`: the text
   * sent (undefined: none), `contentType` the header sent.
   */
  requestProblems(method: string, url: string, contentType: string | undefined, body: string | undefined): string[] {
    const found = this.find(method, url);
    if (found === undefined) return [`${method} ${url}: no such operation in the document`];
    const { path, op } = found;
    const base = `/paths/${pointerToken(path)}/${method.toLowerCase()}`;
    const problems: string[] = [];
    const query = new URLSearchParams(url.split("?")[1] ?? "");
    (op.parameters ?? []).forEach((p, i) => {
      if (p.in !== "query" || p.schema === undefined) return;
      const value = query.get(p.name);
      if (value === null) {
        if (p.required === true) problems.push(`query parameter ${p.name} is required by the document but was not sent`);
        return;
      }
      const e = this.errors(this.validator(`${base}/parameters/${i}/schema`), value);
      if (e !== undefined) problems.push(`query parameter ${p.name}=${value}: ${e}`);
    });
    for (const name of query.keys()) {
      if (!(op.parameters ?? []).some((p) => p.in === "query" && p.name === name)) problems.push(`query parameter ${name} is not declared`);
    }
    if (body === undefined) {
      if (op.requestBody?.required === true) problems.push("the document requires a body");
      return problems;
    }
    const type = mediaType(contentType);
    const media = op.requestBody?.content[type];
    if (media === undefined) return [...problems, `request content type ${type} is not declared (declared: ${Object.keys(op.requestBody?.content ?? {}).join(", ")})`];
    if (media.schema === undefined) return problems;
    const value = type === "application/json" || type.endsWith("+json") ? (JSON.parse(body) as unknown) : body;
    const e = this.errors(this.validator(`${base}/requestBody/content/${pointerToken(type)}/schema`), value);
    if (e !== undefined) problems.push(`request body: ${e}`);
    return problems;
  }

  /**
   * Checks an answer against the operation that answered it: its status is declared, its content type is one the
   * status declares, its body (every line of a JSON Lines body) validates against that type's schema, and every
   * header the response declares required is sent and validates. An answer from no declared operation (an unknown
   * route or kind) must be a problem that validates against the document's problem schema.
   */
  check(method: string, url: string, r: LightMyRequestResponse): Exchange {
    const found = this.find(method, url);
    const problems = found === undefined ? this.undeclaredRouteProblems(r) : this.responseProblems(found.path, method.toLowerCase(), found.op, r);
    const exchange = { method: method.toUpperCase(), url, status: r.statusCode, path: found?.path, problems };
    this.exchanges.push(exchange);
    return exchange;
  }

  private responseProblems(path: string, method: string, op: Operation, r: LightMyRequestResponse): string[] {
    const status = String(r.statusCode);
    const key = status in op.responses ? status : `${status[0]}XX` in op.responses ? `${status[0]}XX` : "default" in op.responses ? "default" : undefined;
    if (key === undefined) return [`status ${status} is not declared (declared: ${Object.keys(op.responses).join(", ")}); body ${r.body.slice(0, 200)}`];
    const response = op.responses[key]!;
    const base = `/paths/${pointerToken(path)}/${method}/responses/${key}`;
    const problems: string[] = [];
    for (const [name, declared] of Object.entries(response.headers ?? {})) {
      // A header object in place, or a reference to one (`#/components/headers/…`).
      const pointer = declared.$ref !== undefined ? declared.$ref.slice(1) : `${base}/headers/${pointerToken(name)}`;
      const header = resolvePointer(this.doc, `#${pointer}`) as Header | undefined;
      if (header === undefined) {
        problems.push(`header ${name}: ${declared.$ref ?? pointer} does not resolve`);
        continue;
      }
      const value = r.headers[name.toLowerCase()];
      if (value === undefined) {
        if (header.required === true) problems.push(`header ${name} is declared required but was not sent`);
        continue;
      }
      if (header.schema !== undefined) {
        const e = this.errors(this.validator(`${pointer}/schema`), String(value));
        if (e !== undefined) problems.push(`header ${name}: ${e}`);
      }
    }
    const content = response.content ?? {};
    const type = mediaType(r.headers["content-type"] as string | undefined);
    if (Object.keys(content).length === 0) {
      if (r.body !== "") problems.push(`status ${status} declares no body, but ${type} was sent`);
      return problems;
    }
    const media = content[type];
    if (media === undefined) return [...problems, `content type ${type} is not declared for ${status} (declared: ${Object.keys(content).join(", ")})`];
    if (media.schema === undefined) return problems;
    const v = this.validator(`${base}/content/${pointerToken(type)}/schema`);
    for (const [i, value] of bodyValues(type, r.body).entries()) {
      if ("error" in value) {
        problems.push(`body ${i + 1} does not parse as ${type}: ${value.error}`);
        continue;
      }
      const e = this.errors(v, value.value);
      if (e !== undefined) problems.push(`${type === "application/x-ndjson" ? `line ${i + 1}` : "body"} does not match the ${status} schema: ${e}`);
    }
    return problems;
  }

  /** The document's problem schema: the one of every problem+json response it declares, which must be one shape. */
  problemSchemaPointer(): string {
    const pointers = new Map<string, string>();
    for (const { method, path, op } of operations(this.doc)) {
      for (const [status, response] of Object.entries(op.responses)) {
        const media = response.content?.["application/problem+json"];
        if (media?.schema !== undefined) pointers.set(JSON.stringify(media.schema), `/paths/${pointerToken(path)}/${method}/responses/${status}/content/application~1problem+json/schema`);
      }
    }
    if (pointers.size !== 1) throw new Error(`the document declares ${pointers.size} different problem schemas`);
    return [...pointers.values()][0]!;
  }

  private undeclaredRouteProblems(r: LightMyRequestResponse): string[] {
    if (r.statusCode < 400) return [`status ${r.statusCode} from a route the document does not declare`];
    const type = mediaType(r.headers["content-type"] as string | undefined);
    if (type !== "application/problem+json") return [`an undeclared route answered ${r.statusCode} as ${type}, not application/problem+json`];
    const e = this.errors(this.validator(this.problemSchemaPointer()), JSON.parse(r.body) as unknown);
    return e === undefined ? [] : [`the problem does not match the document's problem schema: ${e}`];
  }
}

/** The values of a body: one JSON value, or one per non-blank line of JSON Lines, or the text itself. */
function bodyValues(type: string, body: string): Array<{ value: unknown } | { error: string }> {
  const parse = (text: string): { value: unknown } | { error: string } => {
    try {
      return { value: JSON.parse(text) as unknown };
    } catch (e) {
      return { error: (e as Error).message };
    }
  };
  if (type === "application/x-ndjson") return body.split("\n").filter((l) => l.trim() !== "").map(parse);
  if (type === "application/json" || type.endsWith("+json")) return [parse(body)];
  return [{ value: body }];
}
