import type { FastifyInstance } from "fastify";
import { announceDraw, announcedSeed, verifyDrawAgainst } from "ggzy-rules/announcement";
import { canonicalJson, GgzyError, isGgzyError } from "ggzy-rules/model";
import { commitSalt } from "ggzy-rules/sampling";
import { DRAW_KIND_OF, outputHash, runDraw, verifyVerdict } from "../../decisions/operations";
import { unknownName } from "../../names";
import type { ServeContext } from "../context";
import { decide, refused } from "../decide";
import { AnnounceBodySchema, AnnounceResponseSchema, DRAW_RESPONSES, DRAW_ROUTES, CommitSaltBodySchema, CommitSaltResponseSchema, VerifyBodySchema, VerifyResponseSchema, operationId, problemResponses } from "../schemas";
import type { DrawRoute } from "../schemas";
import { checkRequestPart } from "../validate";

/**
 * What the record is checked against: the whole request when given (its drawId, createdAt, saltCommitment and
 * params, as `ggzy verify` does with a request file), else the bare inputs. Both may be sent if they agree.
 */
function inputsOrRequest(b: { inputs?: unknown; request?: Record<string, unknown> | undefined }): unknown {
  if (b.request === undefined) {
    if (b.inputs === undefined) throw verifyBodyError("须给出 inputs 或 request", "give inputs or request", "inputs");
    return b.inputs;
  }
  if (b.inputs !== undefined && canonicalJson(b.inputs) !== canonicalJson(b.request["inputs"])) {
    throw verifyBodyError("inputs 与 request.inputs 不同", "inputs differ from request.inputs", "inputs");
  }
  return b.request;
}

/** The announcement's seed description, checked by the library, its problem's path under `announcement`. */
function checkAnnouncedSeed(seed: Record<string, unknown>): void {
  try {
    announcedSeed(seed);
  } catch (e) {
    if (!isGgzyError(e)) throw e;
    const issues = e.issues.map((i) => ({ ...i, path: ["announcement", ...String(i.path[0] ?? "").split(".")] }));
    throw new GgzyError("INVALID_INPUT", { zh: e.zh, en: e.en, issues });
  }
}

/** Whether a body (or the request inside it) holds a salt, which never goes into the decision log. */
function carriesSalt(value: unknown): boolean {
  return value !== null && typeof value === "object" && "salt" in value;
}

function verifyBodyError(zh: string, en: string, path: string): GgzyError {
  return new GgzyError("INVALID_INPUT", { zh: `请求数据无效：${zh}`, en: `Invalid request: ${en}`, issues: [{ path: [path], message: en }] });
}

/** This route's own errors; what every route may answer is added to the document by serve/openapi.ts. */
const ERRORS = problemResponses(404, 422);

/**
 * `POST /v1/draws/{kind}`, `/v1/draws/verify`, `/v1/draws/announce`, `/v1/draws/commit-salt`. Salts travel only in request bodies; the
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
        summary: "复核抽取记录（可核对请求与预告）/ re-run a draw from its record and compare, checking it against the whole request and the announcement when given",
        body: VerifyBodySchema,
        response: { 200: VerifyResponseSchema, ...ERRORS },
      },
    },
    async (req) => {
      const endpoint = "POST /v1/draws/verify";
      // A revealed salt is still a salt: with one, only the hashes are logged.
      const loggable = !carriesSalt(req.body) && !carriesSalt((req.body as { request?: unknown } | null)?.request);
      let verdict;
      try {
        const b = checkRequestPart(VerifyBodySchema, req.body, "body");
        if (b.announcement !== undefined) checkAnnouncedSeed(b.announcement.seedMaterial);
        verdict = verifyDrawAgainst(b.record, inputsOrRequest(b), b.seedMaterial, { salt: b.salt, announcement: b.announcement });
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

  app.post(
    "/v1/draws/announce",
    {
      config: { scope: "draw" },
      schema: {
        operationId: "announceDraw",
        tags: ["draws"],
        summary: "抽取前的预告（ggzy-draw-announcement/1）/ the announcement to publish before the lottery draw or beacon value exists",
        body: AnnounceBodySchema,
        response: { 200: AnnounceResponseSchema, ...ERRORS },
      },
    },
    // No decision record, as for commit-salt: nothing is drawn; the announcement is what the caller publishes.
    async (req) => {
      const b = checkRequestPart(AnnounceBodySchema, req.body, "body");
      const kind = DRAW_KIND_OF[b.kind];
      if (kind === undefined) throw unknownName({ what: { zh: "未知的抽取类型", en: "Unknown draw kind" }, given: b.kind, known: Object.keys(DRAW_ROUTES), details: { kind: b.kind } });
      return { ...announceDraw(kind, b.request, b.seedMaterial), contentHash: req.ruleSet.contentHash, toolVersion: ctx.toolVersion };
    },
  );

  app.post("/v1/draws/:kind", { config: { scope: "draw" }, schema: { hide: true } }, async (req) => {
    const kind = (req.params as { kind: string }).kind;
    const known = [...Object.keys(DRAW_ROUTES), "verify", "announce", "commit-salt"];
    throw unknownName({ what: { zh: "未知的抽取类型", en: "Unknown draw kind" }, given: kind, known, details: { kind } });
  });
}
