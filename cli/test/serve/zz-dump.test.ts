import { it } from "vitest";
import { writeFileSync } from "node:fs";
import { server } from "./helpers";
it("dump", async () => {
  const s = await server();
  const r = await s.app.inject({ method: "GET", url: "/v1/openapi.json" });
  writeFileSync(process.env.OUT!, JSON.stringify(JSON.parse(r.body), null, 1));
  await s.app.close();
});
