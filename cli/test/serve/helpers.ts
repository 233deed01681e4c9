import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LightMyRequestResponse } from "fastify";
import { buildServer } from "../../src/serve/app";
import type { ServerOptions, Server } from "../../src/serve/app";
import { RuleSetHolder } from "../../src/serve/ruleset";

/** A fixture of the repository, as text. */
export function fixture(path: string): string {
  return readFileSync(path, "utf8");
}

/** A fixture parsed. */
export function fixtureJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(fixture(path)) as T;
}

/** A fresh temporary folder. */
export function tempDir(prefix = "ggzy-serve-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The service in-process (not listening), on a fixed clock, every response checked against its schema. */
export async function server(options: Partial<ServerOptions> = {}): Promise<Server> {
  return buildServer({ rules: new RuleSetHolder([]), now: () => new Date("2026-06-30T02:00:00Z"), validateResponses: true, ...options });
}

/** A committee draw request with its seed material and salt (the examples). */
export function committeeRequest(): Record<string, unknown> {
  const r = fixtureJson("examples/draws/committee-request.json");
  return { ...r, seedMaterial: JSON.parse(fixture("examples/draws/seed-material.txt")) as unknown, salt: fixture("examples/draws/salt.hex").trim() };
}

/** A public draw request (spot checks or supervisors) with the example seed material. */
export function publicDrawRequest(file: string): Record<string, unknown> {
  return { ...fixtureJson(file), seedMaterial: JSON.parse(fixture("examples/draws/seed-material.txt")) as unknown };
}

/** POSTs JSON. */
export function post(s: Server, url: string, body: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return s.app.inject({ method: "POST", url, headers: { "content-type": "application/json", ...headers }, payload: typeof body === "string" ? body : JSON.stringify(body) });
}

/** The parsed body of a response. */
export function json<T = Record<string, unknown>>(r: LightMyRequestResponse): T {
  return JSON.parse(r.body) as T;
}

/** Asserts the shape every problem+json response has, and returns it. */
export function problemOf(r: LightMyRequestResponse): { status: number; code: string; message: { zh: string; en: string }; issues: Array<{ path: Array<string | number>; message: string }>; details?: Record<string, unknown>; type: string; title: string; detail: string } {
  if (!String(r.headers["content-type"]).startsWith("application/problem+json")) throw new Error(`not problem+json: ${String(r.headers["content-type"])} ${r.body}`);
  const p = json<ReturnType<typeof problemOf>>(r);
  if (p.status !== r.statusCode || typeof p.code !== "string" || typeof p.message.zh !== "string" || typeof p.message.en !== "string") throw new Error(`bad problem ${r.body}`);
  if (/\n\s+at /.test(r.body)) throw new Error("stack trace in a problem");
  return p;
}
