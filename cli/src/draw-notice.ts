import { createHash } from "node:crypto";
import { GgzyError } from "ggzy-rules/model";
import { DrawRecordSchema } from "ggzy-rules/sampling";

const KIND: Record<string, { zh: string; en: string }> = {
  committee: { zh: "评标委员会专家抽取", en: "evaluation committee draw" },
  spotChecks: { zh: "双随机一抽查（项目与检查人员）", en: "quarterly spot checks (projects and inspectors)" },
  supervisors: { zh: "社会监督员抽取", en: "social supervisor draw" },
  blindReview: { zh: "暗标评审编码与错位顺序", en: "blind-review codes and reading orders" },
};

/** The notice of a draw, in Markdown and in HTML, and the file name both share. */
export interface DrawNotice {
  /**
   * `notice-<drawId>` for a public draw; a sealed draw has two notices, one when it is made and one when it is
   * revealed, which an auditor compares: `notice-<drawId>.sealed` and `notice-<drawId>.revealed`.
   */
  readonly baseName: string;
  readonly markdown: string;
  readonly html: string;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The sizes of the lists a draw was made from: every array among the inputs (`pool: 45`, `bidders: 3`). */
function poolCounts(inputs: unknown): Array<[string, number]> {
  const obj = inputs !== null && typeof inputs === "object" && "inputs" in inputs && "params" in inputs ? (inputs as { inputs: unknown }).inputs : inputs;
  if (obj === null || typeof obj !== "object") return [];
  return Object.entries(obj as Record<string, unknown>)
    .filter((e): e is [string, unknown[]] => Array.isArray(e[1]))
    .map(([k, v]) => [k, v.length]);
}

/**
 * The public notice of a draw for the trading centre's website: what was drawn, from which lists (counts), who was
 * left out and why (counts), the seed material, the fingerprints, the result when it is public, and how anyone can
 * check it. Sealed records say the result is sealed and show the salt commitment.
 */
export function drawNotice(recordValue: unknown, inputs?: unknown): DrawNotice {
  const parsed = DrawRecordSchema.safeParse(recordValue);
  if (!parsed.success) {
    throw new GgzyError("INVALID_INPUT", {
      zh: "不是抽取记录（ggzy-draw/1）：缺少或错误的字段",
      en: "Not a draw record (ggzy-draw/1): missing or malformed fields",
      issues: parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message })),
    });
  }
  const r = parsed.data;
  const kind = KIND[r.kind] ?? { zh: r.kind, en: r.kind };
  const counts = inputs !== undefined ? poolCounts(inputs) : [];
  const seed = (r.seedSource as { material?: unknown } | null)?.material;
  const sealedDraw = r.saltCommitment !== undefined;
  const saltArg = sealedDraw ? " --salt-file salt.hex" : "";
  const lines: Array<[string, string]> = [
    ["抽取 / draw", `${kind.zh} / ${kind.en}`],
    ["编号 / draw id", r.drawId],
    ["时间 / made at", r.createdAt],
    ["协议 / protocol", r.protocol],
    ["参数 / parameters", JSON.stringify(r.params)],
    ...(counts.length > 0 ? ([["候选名单 / lists drawn from", counts.map(([k, n]) => `${k}: ${n}`).join(", ")]] as Array<[string, string]>) : []),
    ["排除（人数）/ left out (count by reason)", Object.entries(r.exclusions).map(([k, n]) => `${k}: ${n}`).join(", ") || "-"],
    ["随机种子 / seed material", JSON.stringify(seed)],
    ["输入指纹 / inputHash", r.inputHash],
    ...(sealedDraw ? ([["盐值承诺 / saltCommitment", r.saltCommitment ?? ""]] as Array<[string, string]>) : []),
    ["结果指纹 / resultHash", r.resultHash],
  ];
  const resultText = r.sealed
    ? "结果已密封，评标结束后与盐值一同公布。/ The result is sealed; it is published with the salt once the evaluation has ended."
    : JSON.stringify(r.result, null, 2);
  const how = {
    zh: `任何人都可以复核本次抽取：取得本记录、抽取请求（候选名单）、开奖前公布的抽取预告与上述随机种子${sealedDraw ? "，以及评标结束后公布的盐值" : ""}，然后用浏览器打开离线页面 verify.html 放入这些文件，或运行命令：`,
    en: `Anyone can check this draw: take this record, the draw's request (the lists), the announcement published before the lottery and the seed material above${sealedDraw ? ", and the salt published after the evaluation" : ""}, then drop them on the offline page verify.html in any browser, or run:`,
    cmd: `ggzy verify record.json --inputs request.json --seed-material seed-material.txt${saltArg} --announcement announcement.json`,
    py: `python3 tools/ggzy_draw.py record.json --inputs request.json --seed-material seed-material.txt${saltArg} --announcement announcement.json`,
  };
  const title = `${kind.zh}结果公告 / Notice of ${kind.en}: ${r.drawId}`;

  const markdown = [
    `# ${title}`,
    "",
    "| 项目 / item | 内容 / value |",
    "|---|---|",
    ...lines.map(([k, v]) => `| ${k} | \`${v.replace(/\|/g, "\\|")}\` |`),
    "",
    "## 结果 / Result",
    "",
    r.sealed ? resultText : `\`\`\`json\n${resultText}\n\`\`\``,
    "",
    "## 如何复核 / How to check",
    "",
    how.zh,
    "",
    how.en,
    "",
    "```sh",
    how.cmd,
    how.py,
    "```",
    "",
    "复核结果为“已复现 / reproduced”即说明结果完全由公布的输入和公开随机数决定；否则会指出第一处不同。/ “reproduced” means the result follows only from the published inputs and public random numbers; otherwise the first difference is named.",
    "",
  ].join("\n");

  const style = "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}code,pre{font-family:monospace;word-break:break-all;white-space:pre-wrap}";
  const styleHash = createHash("sha256").update(style).digest("base64");
  const html = [
    "<!doctype html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${styleHash}'">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${style}</style>`,
    "</head>",
    "<body>",
    `<h1>${escapeHtml(title)}</h1>`,
    "<table>",
    "<tr><th>项目 / item</th><th>内容 / value</th></tr>",
    ...lines.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td><code>${escapeHtml(v)}</code></td></tr>`),
    "</table>",
    "<h2>结果 / Result</h2>",
    r.sealed ? `<p>${escapeHtml(resultText)}</p>` : `<pre>${escapeHtml(resultText)}</pre>`,
    "<h2>如何复核 / How to check</h2>",
    `<p>${escapeHtml(how.zh)}</p>`,
    `<p>${escapeHtml(how.en)}</p>`,
    `<pre>${escapeHtml(how.cmd)}\n${escapeHtml(how.py)}</pre>`,
    "<p>复核结果为“已复现 / reproduced”即说明结果完全由公布的输入和公开随机数决定；否则会指出第一处不同。/ “reproduced” means the result follows only from the published inputs and public random numbers; otherwise the first difference is named.</p>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
  const state = r.sealed ? ".sealed" : sealedDraw ? ".revealed" : "";
  return { baseName: `notice-${r.drawId.replace(/[^\p{L}\p{N}._-]+/gu, "_")}${state}`, markdown, html };
}
