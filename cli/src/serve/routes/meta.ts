import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { withBuiltinDocs } from "ggzy-rules/authoring";
import { schemaNames, toJsonSchema } from "ggzy-rules/model";
import type { ServeContext } from "../context";
import { ServiceError } from "../problem";
import { HealthSchema, RulesResponseSchema, problemResponses } from "../schemas";

/** `GET /v1/rules`, `GET /v1/schemas[/{name}]`, health, readiness, metrics and the admin reload. */
export function metaRoutes(app: FastifyInstance, ctx: ServeContext, state: { closing: boolean }): void {
  app.get(
    "/v1/rules",
    { config: { scope: null }, schema: { operationId: "getRules", tags: ["rules"], summary: "规则目录 / the rule catalogue of the current rule set", response: { 200: RulesResponseSchema } } },
    async (req) => {
      // The catalogue a platform shows: the built-in rules and clauses titled (documentation, not in the packs).
      const set = withBuiltinDocs(req.ruleSet);
      return {
        rulesetVersion: set.version,
        contentHash: set.contentHash,
        toolVersion: ctx.toolVersion,
        packs: set.packs.map((p) => ({ ...p })),
        rules: set.rules.map((e) => ({
          id: e.rule.id,
          version: e.rule.version,
          clause: e.rule.clause,
          basis: [...e.rule.basis],
          severity: e.rule.severity,
          subject: e.rule.subject,
          effective: { from: e.rule.effective.from, ...(e.rule.effective.to !== undefined ? { to: e.rule.effective.to } : {}) },
          ...(e.rule.title !== undefined ? { title: { zh: e.rule.title.zh, en: e.rule.title.en } } : {}),
          message: { zh: e.rule.message.zh, en: e.rule.message.en },
          ...(e.rule.notes !== undefined ? { notes: e.rule.notes } : {}),
          pack: e.pack,
          disabled: e.disabled,
        })),
        clauses: set.clauses,
        params: set.params,
      };
    },
  );

  app.get(
    "/v1/schemas",
    { config: { scope: null }, schema: { operationId: "listSchemas", tags: ["rules"], summary: "数据模型名称 / the model's schema names", response: { 200: z.object({ schemas: z.array(z.string()) }) } } },
    async () => ({ schemas: schemaNames() }),
  );
  app.get(
    "/v1/schemas/:name",
    {
      config: { scope: null },
      schema: {
        operationId: "getSchema",
        tags: ["rules"],
        summary: "某数据模型的 JSON Schema / one model schema as JSON Schema (draft 2020-12)",
        params: z.object({ name: z.string() }),
        response: { 200: z.record(z.string(), z.unknown()), ...problemResponses(404) },
      },
    },
    async (req) => toJsonSchema((req.params as { name: string }).name),
  );

  app.get("/healthz", { schema: { operationId: "getHealth", tags: ["operations"], summary: "存活 / liveness", response: { 200: HealthSchema } } }, async (req) => ({
    status: "ok",
    contentHash: req.ruleSet.contentHash,
    toolVersion: ctx.toolVersion,
  }));
  app.get("/readyz", { schema: { operationId: "getReadiness", tags: ["operations"], summary: "就绪 / readiness (503 while shutting down)", response: { 200: HealthSchema, ...problemResponses(503) } } }, async (req) => {
    if (state.closing) throw new ServiceError(503, "UNAVAILABLE", "服务正在关闭", "The service is shutting down");
    return { status: "ready", contentHash: req.ruleSet.contentHash, toolVersion: ctx.toolVersion };
  });

  app.get(
    "/metrics",
    {
      config: { scope: "admin" },
      schema: {
        operationId: "getMetrics",
        tags: ["operations"],
        summary: "Prometheus metrics",
        response: { 200: { description: "Prometheus text exposition format (text/plain; version=0.0.4)", content: { "text/plain": { schema: z.string() } } } },
      },
    },
    async (_req, reply) => {
      reply.type(ctx.metrics.registry.contentType);
      return ctx.metrics.registry.metrics();
    },
  );

  app.post(
    "/v1/admin/reload",
    {
      config: { scope: "admin" },
      schema: { operationId: "reloadPacks", tags: ["operations"], summary: "重新加载规则包（原子）/ reload the rule packs atomically (as SIGHUP does)", response: { 200: HealthSchema, ...problemResponses(422) } },
    },
    async () => {
      const set = ctx.rules.reload();
      app.log.info({ rulesetVersion: set.version, contentHash: set.contentHash }, "rule packs reloaded");
      return { status: "reloaded", contentHash: set.contentHash, toolVersion: ctx.toolVersion };
    },
  );
}

