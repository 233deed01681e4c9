import { appendFileSync, closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, openSync, readSync, renameSync, writeSync } from "node:fs";
import { canonicalText, sha256Text } from "./operations";
import type { DecisionRecord } from "./record";

/** Options of the decision log. */
export interface DecisionLogOptions {
  /** The log file (JSON Lines, appended to). */
  file: string;
  /**
   * Rotate when the file would grow past this many bytes (default 64 MiB); the full file becomes `<file>.<n>`. One
   * turn's decisions are never split, so a file may pass the size by that much.
   */
  maxBytes?: number;
  /** Keep each decision's input in the log (default false). */
  logInputs?: boolean;
  /** Field names whose values are masked wherever they occur in a logged input (e.g. idNumber, phone). */
  maskFields?: readonly string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** The fields `ggzy serve --log-inputs` masks unless `--mask` says otherwise. */
export const DEFAULT_MASK: readonly string[] = ["idNumber", "idCard", "phone", "mobile", "email"];

/** Never logged, whatever the options: a draw's secret salt and a sealed draw's result. */
const NEVER_LOGGED = new Set(["salt", "result"]);
export const MASK = "***";

// A masked object keeps its shape (so the input still parses on replay); its strings and numbers become `***`.
function maskLeaves(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(maskLeaves);
  if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, maskLeaves(x)]));
  return typeof v === "string" || typeof v === "number" ? MASK : v;
}

/**
 * A copy of `value` with the values of `fields` replaced by `***` at any depth and salts removed; reports which
 * fields were masked or removed (`salt` among them when one was).
 */
export function maskInput(value: unknown, fields: ReadonlySet<string>): { value: unknown; masked: string[] } {
  const masked = new Set<string>();
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== "object") return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === "salt") {
        // Removed, and said so: the logged input is no longer the text its inputHash was made of.
        masked.add(k);
        continue;
      }
      if (fields.has(k)) {
        masked.add(k);
        out[k] = maskLeaves(x);
      } else out[k] = walk(x);
    }
    return out;
  };
  return { value: walk(value), masked: [...masked].sort() };
}

/**
 * The append-only decision log. Decisions taken in one turn of the event loop are written together by one `write`
 * of whole lines to a file opened for appending (group commit), and the service answers a request only once its
 * line is written (`flushed()`): no answered decision is missing from the file, even if the process is killed.
 * A `kill -9` that lands during a write can still cut it short (Linux stops a write of several pages at a fatal
 * signal), leaving a partial last line of decisions never answered: opening the log moves such a fragment to
 * `<file>.torn` and cuts the file after its last whole line (`repairedBytes`). `close()` fsyncs. Rotation renames
 * the full file to `<file>.<n>` and starts a new one.
 */
export class DecisionLog {
  readonly file: string;
  readonly logInputs: boolean;
  readonly #maxBytes: number;
  readonly #mask: ReadonlySet<string>;
  /** Matches `"field":` for each masked field and for `salt`. */
  readonly #maskedKey: RegExp;
  #fd: number | undefined;
  #size: number;
  #written = 0;
  #pending: string[] = [];
  #flush: Promise<void> | undefined;
  /** Bytes of a partial last line found on opening and moved to `<file>.torn` (0: the file ended with a whole line). */
  readonly repairedBytes: number;

  constructor(options: DecisionLogOptions) {
    this.file = options.file;
    this.logInputs = options.logInputs === true;
    this.#maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.#mask = new Set(options.maskFields ?? []);
    // One pattern, one pass over the text: a search per field in a text of Chinese (two-byte) characters cost
    // ten times as much (bench/serve/profile.ts).
    this.#maskedKey = new RegExp([...this.#mask, "salt"].map((k) => escapeRegExp(`${JSON.stringify(k)}:`)).join("|"));
    this.#fd = openSync(this.file, "a+", 0o600);
    this.#size = fstatSync(this.#fd).size;
    this.repairedBytes = this.#cutPartialLine();
  }

  /** Moves a partial last line (a write cut short by kill -9) to `<file>.torn`; returns its length in bytes. */
  #cutPartialLine(): number {
    if (this.#fd === undefined || this.#size === 0) return 0;
    // Read back from the end to the last newline, a block at a time.
    const block = Buffer.alloc(64 * 1024);
    let end = this.#size;
    while (end > 0) {
      const start = Math.max(0, end - block.length);
      const n = readSync(this.#fd, block, 0, end - start, start);
      const nl = block.subarray(0, n).lastIndexOf(0x0a);
      if (nl >= 0) {
        end = start + nl + 1;
        break;
      }
      end = start;
    }
    const torn = this.#size - end;
    if (torn === 0) return 0;
    const fragment = Buffer.alloc(torn);
    readSync(this.#fd, fragment, 0, torn, end);
    appendFileSync(`${this.file}.torn`, Buffer.concat([fragment, Buffer.from("\n")]), { mode: 0o600 });
    ftruncateSync(this.#fd, end);
    fsyncSync(this.#fd);
    this.#size = end;
    return torn;
  }

  /**
   * Whether a key to mask or remove may occur in a JSON text: a key `k` always appears as `"k":` (a string value
   * holding those characters has its quotes escaped, so at worst this answers yes and the input is walked).
   */
  #mentionsMasked(json: string): boolean {
    return this.#maskedKey.test(json);
  }

  /** Decisions written since start. */
  get written(): number {
    return this.#written;
  }

  /**
   * Queues one decision for this turn's write; `input` is kept only with `logInputs`, masked, salts removed.
   * `canonicalInput`, the input's RFC 8785 text when the caller made it (for the hash), is logged as it is when
   * no field to mask or remove occurs in it, instead of walking and serialising the input a second time.
   */
  append(record: DecisionRecord, input?: unknown, canonicalInput?: string): void {
    if (this.#fd === undefined) throw new Error("decision log is closed");
    const rec: DecisionRecord = { ...record };
    for (const k of NEVER_LOGGED) delete (rec as unknown as Record<string, unknown>)[k];
    let line: string;
    if (this.logInputs && input !== undefined && canonicalInput !== undefined && !this.#mentionsMasked(canonicalInput)) {
      // `input` is the record's last field, as when it is assigned below.
      line = `${JSON.stringify(rec).slice(0, -1)},"input":${canonicalInput}}`;
    } else {
      line = JSON.stringify(rec);
      if (this.logInputs && input !== undefined) {
        const m = maskInput(input, this.#mask);
        // The masked input no longer hashes to `inputHash`: its own hash lets replay still see an edit to it.
        const text = canonicalText(m.value);
        if (m.masked.length > 0) {
          rec.masked = m.masked;
          rec.maskedInputHash = sha256Text(text);
          line = JSON.stringify(rec);
        }
        line = `${line.slice(0, -1)},"input":${text}}`;
      }
    }
    this.#pending.push(`${line}\n`);
    this.#flush ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        this.#flush = undefined;
        this.writePending();
        resolve();
      }),
    );
  }

  /** Resolves once every decision appended so far is written (to the file; fsync only on close and rotation). */
  flushed(): Promise<void> {
    return this.#flush ?? Promise.resolve();
  }

  /** Writes the queued lines now, whole lines in one write (rotating first when the file would pass its size). */
  writePending(): void {
    if (this.#pending.length === 0 || this.#fd === undefined) return;
    const bytes = Buffer.from(this.#pending.join(""), "utf8");
    const count = this.#pending.length;
    this.#pending = [];
    if (this.#size > 0 && this.#size + bytes.length > this.#maxBytes) this.#rotate();
    // write(2) may write less than asked (a full disk, a signal): the rest follows, so no line is left half-written
    // with the next turn's lines after it.
    for (let done = 0; done < bytes.length; ) done += writeSync(this.#fd, bytes, done, bytes.length - done);
    this.#size += bytes.length;
    this.#written += count;
  }

  #rotate(): void {
    if (this.#fd === undefined) return;
    fsyncSync(this.#fd);
    closeSync(this.#fd);
    let n = 1;
    while (existsSync(`${this.file}.${n}`)) n++;
    renameSync(this.file, `${this.file}.${n}`);
    this.#fd = openSync(this.file, "a", 0o600);
    this.#size = 0;
  }

  /** Writes what is queued and fsyncs, without closing. */
  sync(): void {
    this.writePending();
    if (this.#fd !== undefined) fsyncSync(this.#fd);
  }

  /** Writes what is queued, fsyncs and closes; later appends throw. */
  close(): void {
    if (this.#fd === undefined) return;
    this.writePending();
    fsyncSync(this.#fd);
    closeSync(this.#fd);
    this.#fd = undefined;
  }
}
