import { readFileSync } from "node:fs";
import { GgzyError } from "ggzy-rules/model";

/** Where the built CLI keeps verify.html: beside main.js in dist/ (written by cli/tsup.config.ts). */
const PAGE = new URL("./verify.html", import.meta.url);

/** verify.html as shipped with the built CLI, or `undefined` when running from sources (tests of the sources). */
export function shippedVerifierPage(): string | undefined {
  try {
    return readFileSync(PAGE, "utf8");
  } catch {
    return undefined;
  }
}

/** verify.html as shipped with the built CLI; an IO_ERROR when it is missing. */
export function verifierPage(): string {
  const page = shippedVerifierPage();
  if (page === undefined) {
    throw new GgzyError("IO_ERROR", {
      zh: `找不到随 CLI 发布的 verify.html（${PAGE.pathname}）：请先构建 CLI（npm run build）`,
      en: `verify.html is missing beside the CLI (${PAGE.pathname}): build the CLI first (npm run build)`,
    });
  }
  return page;
}
