import { createHash } from "node:crypto";

/*
 * verify.html: one self-contained page — its script (the bundled verifier) and style inline, each allowed by its
 * SHA-256 in a Content-Security-Policy that forbids everything else (no network, no eval, no frames, no forms).
 */

const STYLE = `
body{font-family:system-ui,"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;max-width:64em;margin:1.5em auto;padding:0 1em;color:#222}
h1{font-size:1.4em}label{display:block;font-weight:600;margin-top:1em}
textarea{width:100%;height:7em;font-family:monospace;font-size:.85em;box-sizing:border-box}
button{margin-top:1em;font-size:1.1em;padding:.4em 1.2em}
#verdict{margin-top:1em;padding:1em;border-radius:.3em;border:2px solid #999}
#verdict.reproduced{border-color:#2a7d2a;background:#eef8ee}#verdict.different,#verdict.error{border-color:#b22;background:#fbeeee}
pre{white-space:pre-wrap;word-break:break-all}small{color:#555}
`;

function sha256(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** The page around `script` (the bundled verifier, an IIFE). `</script` cannot occur in it (checked). */
export function verifierHtml(script: string, version: string): string {
  if (/<\/script/i.test(script)) throw new Error("the verifier bundle contains </script");
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(STYLE)}`,
    "img-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const field = (id: string, zh: string, en: string, hint: string) =>
    `<label for="${id}">${zh} / ${en}</label>\n<input type="file" id="${id}-file"> <small>${hint}</small>\n<textarea id="${id}" spellcheck="false" placeholder="拖入文件或粘贴内容 / drop a file here or paste"></textarea>`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>抽取复核 / Draw verifier (ggzy ${version})</title>
<style>${STYLE}</style>
</head>
<body>
<h1>随机抽取复核 / Draw verifier</h1>
<p>本页离线运行，不联网，不上传任何数据。放入抽取记录、抽取输入、公开随机种子（密封抽取另需评标结束后公布的盐值；有抽取预告时一并放入），即可复核结果。<br>
This page works offline: nothing is sent anywhere. Drop the draw record, the inputs, the public seed material (and, for a sealed draw, the salt revealed after the evaluation; and the announcement, when there is one) to check the draw.</p>
<p><small>协议 / protocol <span id="protocol"></span> · ggzy ${version}</small></p>
${field("record", "抽取记录", "draw record", "record.json")}
${field("inputs", "抽取输入", "inputs", "request.json / inputs.json")}
${field("seed", "公开随机种子", "seed material", "JSON / hex")}
${field("salt", "盐值（密封抽取，揭示后）", "salt (sealed draws, once revealed)", "hex")}
${field("announcement", "抽取预告（开奖前公布，可选）", "announcement (published before the lottery; optional)", "announcement.json")}
<button id="check" type="button">复核 / Check</button>
<div id="verdict" data-state="none"><strong id="verdict-zh">尚未复核</strong><br><strong id="verdict-en">Not checked yet</strong><pre id="verdict-detail"></pre></div>
<script>${script}</script>
</body>
</html>
`;
}
