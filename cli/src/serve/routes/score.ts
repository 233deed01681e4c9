import type { FastifyInstance, FastifyRequest } from "fastify";
import { parseWith } from "ggzy-rules/model";
import { outputHash, rankVerdict, runRank, runScore } from "../../decisions/operations";
import { unknownName } from "../../names";
import { serviceToday } from "../context";
import type { ServeContext } from "../context";
import { decide, refused } from "../decide";
import { RankBodySchema, RankResponseSchema, SCORE_RESPONSES, SCORE_ROUTES, operationId, problemResponses } from "../schemas";
import type { ScoreRoute } from "../schemas";

/** This route's own errors; what every route may answer is added to the document by serve/openapi.ts. */
const ERRORS = problemResponses(404, 422);

/** The body's asOf, else today in Asia/Shanghai by the service's clock (echoed in the response and the record). */
function asOfOf(ctx: ServeContext, req: FastifyRequest): string {
  const body = req.body;
  const a = body !== null && typeof body === "object" ? (body as { asOf?: unknown }).asOf : undefined;
  return typeof a === "string" ? a : serviceToday(ctx);
}

/** `POST /v1/score/{agencies|experts|bidders}` and `POST /v1/rank`. */
export function scoreRoutes(app: FastifyInstance, ctx: ServeContext): void {
  for (const kind of Object.keys(SCORE_ROUTES) as ScoreRoute[]) {
    const endpoint = `POST /v1/score/${kind}`;
    app.post(
      `/v1/score/${kind}`,
      {
        config: { scope: "score" },
        schema: { operationId: operationId("score", kind), tags: ["score"], summary: `信用评分 / credit scores: ${kind}`, body: SCORE_ROUTES[kind], response: { 200: SCORE_RESPONSES[kind], ...ERRORS } },
      },
      async (req) => {
        const asOf = asOfOf(ctx, req);
        let results: unknown[];
        try {
          parseWith(SCORE_ROUTES[kind], req.body, `score ${kind} request`);
          results = runScore(kind, req.body, asOf);
        } catch (e) {
          throw refused(ctx, req, e, { endpoint, subject: kind, input: req.body, options: { asOf } });
        }
        const decisionId = decide(ctx, req, { endpoint, subject: kind, input: req.body, verdict: "scored", outputHash: outputHash(results), options: { asOf } });
        return { kind, asOf, results, decisionId, contentHash: req.ruleSet.contentHash, toolVersion: ctx.toolVersion };
      },
    );
  }
  app.post("/v1/score/:kind", { config: { scope: "score" }, schema: { hide: true } }, async (req) => {
    const kind = (req.params as { kind: string }).kind;
    const known = Object.keys(SCORE_ROUTES);
    throw unknownName({ what: { zh: "未知的评分类型", en: "Unknown score kind" }, given: kind, known, details: { kind } });
  });

  app.post(
    "/v1/rank",
    {
      config: { scope: "score" },
      schema: { operationId: "rankAgencies", tags: ["score"], summary: "代理机构择优排序（LC80-3.2）/ merit ranking of agencies for a project", body: RankBodySchema, response: { 200: RankResponseSchema, ...ERRORS } },
    },
    async (req) => {
      const asOf = asOfOf(ctx, req);
      let ranking;
      try {
        parseWith(RankBodySchema, req.body, "rank request");
        ranking = runRank(req.body, asOf);
      } catch (e) {
        throw refused(ctx, req, e, { endpoint: "POST /v1/rank", subject: "rank", input: req.body, options: { asOf } });
      }
      const decisionId = decide(ctx, req, {
        endpoint: "POST /v1/rank",
        subject: "rank",
        input: req.body,
        verdict: rankVerdict(ranking),
        outputHash: outputHash(ranking),
        options: { asOf },
      });
      return { asOf, ranking, decisionId, contentHash: req.ruleSet.contentHash, toolVersion: ctx.toolVersion };
    },
  );
}
