// A second floor of `bench/serve`: a bare Fastify route that parses the body and answers the library's
// validateAward report (the built package), with nothing the service adds — no decision record, no request log
// line, no metrics, no keys, no problem+json. What a service that must validate the award cannot go below on this
// stack; `serve_vs_echo` can be no higher than `validate_only_vs_echo`.
import Fastify from "fastify";
import { validateAward } from "../../dist/rules/index.js";

const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
app.post("/check", async (req) => validateAward(req.body));
app.get("/healthz", async () => "ok");
await app.listen({ port: Number(process.argv[2] ?? 0), host: "127.0.0.1" });
process.stdout.write(`${app.server.address().port}\n`);
process.on("SIGTERM", () => app.close().then(() => process.exit(0)));
