import type { FastifyInstance } from "fastify";
import { commitSalt, verifyDraw } from "ggzy-rules/sampling";
import { outputHash, runDraw, verifyVerdict } from "../../decisions/operations";
import { unknownName } from "../../names";
import type { ServeContext } from "../context";
import { decide, refused } from "../decide";
import { DRAW_RESPONSES, DRAW_ROUTES, CommitSaltBodySchema, CommitSaltResponseSchema, VerifyBodySchema, VerifyResponseSchema, operationId, problemResponses } from "../schemas";
import type { DrawRoute } from "../schemas";
import { checkRequestPart } from "../validate";

/** This route's own errors; what every route may answer is added to the document by serve/openapi.ts. */
const ERRORS = problemResponses(404, 422);

/**
 * `POST /v1/draws/{kind}`, `/v1/draws/verify`, `/v1/draws/commit-salt`. Salts travel only in request bodies; the
 * decision log keeps the public record's hashes and the request without its salt, never a sealed result.
 */
export function drawRoutes(app: FastifyInstance, ctx: ServeContext): void {
  for (const kind of Object.keys(DRAW_ROUTES) as DrawRoute[]) {
    const endpoint = `POST /v1/draws/${kind}`;
    app.post(
      `/v1/draws/${kind}`,
      {
        config: { scope: "draw" },
        schema: {
          operationId: operationId("draw", kind),
          tags: ["draws"],
          summary: `抽取 ${kind}（ggzy-draw/1）/ draw: ${kind}`,
          body: DRAW_ROUTES[kind],
          response: { 200: DRAW_RESPONSES[kind], ...ERRORS },
        },
      },
      async (req) => {
        let outcome;
        try {
          outcome = runDraw(kind, req.body);
        } catch (e) {
          throw refused(ctx, req, e, { endpoint, subject: kind, input: req.body });
        }
        const r = outcome.record;
        const decisionId = decide(ctx, req, {
          endpoint,
          subject: kind,
          input: req.body,
          verdict: "drawn",
          outputHash: outputHash(r),
          draw: { kind: r.kind, drawId: r.drawId, inputHash: r.inputHash, resultHash: r.resultHash, sealed: r.sealed },
        });
        return { record: r, result: outcome.result, warnings: outcome.warnings, decisionId, contentHash: req.ruleSet.contentHash, toolVersion: ctx.toolVersion };
      },
    );
  }

  app.post(
    "/v1/draws/verify",
    {
      config: { scope: "draw" },
      schema: {
        operationId: "verifyDraw",
        tags: ["draws"],
        summary: "复核抽取记录 / re-run a draw from its record and compare",
        body: VerifyBodySchema,
        response: { 200: VerifyResponseSchema, ...ERRORS },
      },
    },
    async (req) => {
      const endpoint = "POST /v1/draws/verify";
      // A revealed salt is still a salt: with one, only the hashes are logged.
      const loggable = !(req.body !== null && typeof req.body === "object" && "salt" in req.body);
      let verdict;
      try {
        const b = checkRequestPart(VerifyBodySchema, req.body, "body");
        verdict = verifyDraw(b.record, b.inputs, b.seedMaterial, b.salt);
      } catch (e) {
        throw refused(ctx, req, e, { endpoint, subject: "verify", input: req.body, loggable });
      }
      const decisionId = decide(ctx, req, {
        endpoint,
        subject: "verify",
        input: req.body,
        verdict: verifyVerdict(verdict),
        outputHash: outputHash(verdict),
        loggable,
      });
      return { ...verdict, decisionId, contentHash: req.ruleSet.contentHash, toolVersion: ctx.toolVersion };
    },
  );

  app.post(
    "/v1/draws/commit-salt",
    {
      config: { scope: "draw" },
      schema: {
        operationId: "commitSalt",
        tags: ["draws"],
        summary: "秘密盐值的承诺 / the commitment to publish before a sealed draw (SHA-256 of the salt's bytes)",
        body: CommitSaltBodySchema,
        response: { 200: CommitSaltResponseSchema, ...ERRORS },
      },
    },
    // No decision record: the only input is the secret salt itself.
    async (req) => ({ saltCommitment: commitSalt((req.body as { salt: string }).salt), contentHash: req.ruleSet.contentHash, toolVersion: ctx.toolVersion }),
  );

  app.post("/v1/draws/:kind", { config: { scope: "draw" }, schema: { hide: true } }, async (req) => {
    const kind = (req.params as { kind: string }).kind;
    const known = [...Object.keys(DRAW_ROUTES), "verify", "commit-salt"];
    throw unknownName({ what: { zh: "未知的抽取类型", en: "Unknown draw kind" }, given: kind, known, details: { kind } });
  });
}
