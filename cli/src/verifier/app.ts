import { config } from "zod";
import { verifyDrawAgainst } from "ggzy-rules/announcement";
import type { DrawVerdict } from "ggzy-rules/announcement";
import { DRAW_PROTOCOL, parseSeedMaterialText } from "ggzy-rules/sampling";

/*
 * verify.html's script: the library's own verifyDraw, bundled for the browser at build time, checks a draw from the
 * files an auditor drops on the page. Nothing leaves the page (its Content-Security-Policy forbids any connection).
 *
 * The project type-checks without the DOM library (the library must not use it), so the little of the DOM used
 * here is declared here.
 */

interface Field {
  value: string;
  addEventListener(type: string, listener: (event: DragEvent & InputEvent) => void): void;
}
interface FileLike {
  name: string;
  text(): Promise<string>;
}
interface DragEvent {
  preventDefault(): void;
  dataTransfer: { files: ArrayLike<FileLike> } | null;
}
interface InputEvent {
  target: { files?: ArrayLike<FileLike> | null } | null;
}
interface Element {
  textContent: string | null;
  className: string;
  setAttribute(name: string, value: string): void;
  addEventListener(type: string, listener: (event: DragEvent & InputEvent) => void): void;
}
interface Doc {
  getElementById(id: string): (Element & Field) | null;
}

// Strict CSP: zod must not even probe for `new Function` (the probe is reported as a violation).
config({ jitless: true });

const doc = (globalThis as unknown as { document: Doc }).document;
const el = (id: string): Element & Field => {
  const e = doc.getElementById(id);
  if (e === null) throw new Error(`verify.html: #${id} is missing`);
  return e;
};

const FIELDS = ["record", "inputs", "seed", "salt", "announcement"] as const;

/** A dropped or chosen file fills its text box. */
function acceptFiles(id: (typeof FIELDS)[number]): void {
  const box = el(id);
  const load = (files: ArrayLike<FileLike> | null | undefined): void => {
    const f = files?.[0];
    if (f !== undefined) void f.text().then((t) => (box.value = t));
  };
  box.addEventListener("dragover", (e) => e.preventDefault());
  box.addEventListener("drop", (e) => {
    e.preventDefault();
    load(e.dataTransfer?.files);
  });
  el(`${id}-file`).addEventListener("change", (e) => load(e.target?.files));
}

function parseJson(text: string, what: { zh: string; en: string }): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw Object.assign(new Error(), { zh: `${what.zh}不是有效的 JSON：${(e as Error).message}`, en: `The ${what.en} is not valid JSON: ${(e as Error).message}` });
  }
}

function show(state: "reproduced" | "different" | "error", zh: string, en: string, detail = ""): void {
  const out = el("verdict");
  out.setAttribute("data-state", state);
  out.className = state;
  el("verdict-zh").textContent = zh;
  el("verdict-en").textContent = en;
  el("verdict-detail").textContent = detail;
}

/** Runs the check on what the boxes hold and shows the verdict. */
export function check(): DrawVerdict | undefined {
  try {
    const record = parseJson(el("record").value, { zh: "抽取记录", en: "draw record" });
    const file = parseJson(el("inputs").value, { zh: "抽取输入", en: "draw inputs" });
    const seed = parseSeedMaterialText(el("seed").value);
    const salt = el("salt").value.trim();
    // A request file also fixes the drawId, the time, the salt commitment and the params, as `ggzy verify` checks.
    const announcementText = el("announcement").value.trim();
    const announcement = announcementText === "" ? undefined : parseJson(announcementText, { zh: "抽取预告", en: "announcement" });
    const verdict = verifyDrawAgainst(record, file, seed, { salt: salt === "" ? undefined : salt, announcement });
    if (verdict.reproduced) show("reproduced", "已复现：记录完全由公布的输入和公开随机数决定。", "Reproduced: the record follows exactly from the published inputs and public random numbers.");
    else {
      const d = verdict.firstDifference;
      show(
        "different",
        `未能复现：第一处不同在 ${d.path}`,
        `NOT reproduced: the first difference is at ${d.path}`,
        `expected: ${JSON.stringify(d.expected)}\nactual (record): ${JSON.stringify(d.actual)}`,
      );
    }
    return verdict;
  } catch (e) {
    const err = e as { zh?: string; en?: string; message?: string };
    show("error", `无法复核：${err.zh ?? err.message ?? String(e)}`, `Cannot check: ${err.en ?? err.message ?? String(e)}`);
    return undefined;
  }
}

for (const id of FIELDS) acceptFiles(id);
el("check").addEventListener("click", () => void check());
el("protocol").textContent = DRAW_PROTOCOL;
(globalThis as unknown as { ggzyVerifier: { check: typeof check; ready: boolean } }).ggzyVerifier = { check, ready: true };
