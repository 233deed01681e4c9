// The floor of `bench/serve`: a bare Fastify route that parses the same JSON body and echoes it back.
import Fastify from "fastify";

const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
app.post("/echo", async (req) => req.body);
await app.listen({ port: Number(process.argv[2] ?? 0), host: "127.0.0.1" });
process.stdout.write(`${app.server.address().port}\n`);
process.on("SIGTERM", () => app.close().then(() => process.exit(0)));
