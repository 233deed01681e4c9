import { Command } from "commander";
import pkg from "../package.json";
import { registerSchema } from "./commands/schema";
import { registerDemo } from "./commands/demo";
import { registerScore } from "./commands/score";
import { registerRank } from "./commands/rank";
import { registerRules } from "./commands/rules";
import { registerCheck } from "./commands/check";
import { registerRisk } from "./commands/risk";
import { registerDraw } from "./commands/draw";
import { registerVerify } from "./commands/verify";
import { registerServe } from "./commands/serve";
import { registerDecisions } from "./commands/decisions";
import { applyUsageConventions } from "./usage";

/**
 * Builds the `ggzy` program. Commands are thin: each calls the public API and prints the result.
 * Exit codes: 0 ok, 1 findings or a failed verification, 2 bad input or usage.
 */
export function buildProgram(): Command {
  const program = new Command("ggzy")
    .description(
      "公共资源交易规则校验、可验证随机抽取、信用评分与围标串标风险预警 / Public-resource trading rules, verifiable draws, credit scores and bid-rigging risk",
    )
    .version(pkg.version, "-v, --version", "显示版本 / show the version");
  registerSchema(program);
  registerDemo(program);
  registerScore(program);
  registerRank(program);
  registerRules(program);
  registerCheck(program);
  registerRisk(program);
  registerDraw(program);
  registerVerify(program);
  registerServe(program);
  registerDecisions(program);
  applyUsageConventions(program);
  return program;
}
