#!/usr/bin/env python3
"""Independent verifier of ggzy-draw/1 draw records (Python standard library only).

It shares no code with the TypeScript library: its own RFC 8785 canonical JSON, HKDF-SHA-256, seedrandom-compatible
ARC4, rejection-sampled integers, Fisher-Yates walk, eligibility checks and the four draws, written from
docs/draw-protocol.md. An auditor who does not trust the JavaScript can re-run a draw with this file alone.

Usage:
  python3 tools/ggzy_draw.py RECORD.json --inputs INPUTS.json --seed-material FILE_OR_HEX [--salt-file FILE]
                             [--announcement ANNOUNCEMENT.json]
    The salt of a sealed draw: --salt-file FILE, or the GGZY_SALT environment variable (as `ggzy verify` takes it),
    or --salt FILE_OR_HEX (a salt typed on the command line stays in the shell's history).
    exit 0: reproduced; 1: not reproduced (first difference printed); 2: bad input.
  INPUTS.json may be the draw request itself (its "inputs" field is used) or the bare inputs object. A request's
  drawId, createdAt and (sealed draws) saltCommitment must be the record's. ANNOUNCEMENT.json is the
  ggzy-draw-announcement/1 published before the lottery (`ggzy draw announce`): the record's protocol, kind, drawId,
  createdAt, inputHash, saltCommitment and its seed material's kind, source and text format must be the announced
  ones (docs/draw-protocol.md section 10).
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
import json
import math
import os
import re
import sys
from typing import Any, Callable

PROTOCOL = "ggzy-draw/1"
SEALED_KINDS = ("committee", "blindReview")


class DrawError(Exception):
    """A draw that cannot be made (bad input or not enough candidates)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


# ---------------------------------------------------------------------------------------------------------------
# RFC 8785 canonical JSON (JCS)
# ---------------------------------------------------------------------------------------------------------------

def _js_number(x: float | int) -> str:
    """ECMAScript Number::toString, which RFC 8785 prescribes for numbers."""
    if isinstance(x, bool):
        raise TypeError("bool is not a number")
    if isinstance(x, int):
        x = float(x) if abs(x) >= 2 ** 53 else x
        if isinstance(x, int):
            return str(x)
    if math.isnan(x) or math.isinf(x):
        raise ValueError("NaN and Infinity are not JSON")
    if x == 0:
        return "0"
    sign = "-" if x < 0 else ""
    r = repr(abs(x))  # shortest round-trip digits, like ECMAScript
    if "e" in r:
        mant, exp_s = r.split("e")
        exp = int(exp_s)
    else:
        mant, exp = r, 0
    if "." in mant:
        ip, fp = mant.split(".")
    else:
        ip, fp = mant, ""
    digits = (ip + fp).lstrip("0")
    # decimal exponent n such that value = 0.digits * 10^n
    lead_zeros = len(ip + fp) - len((ip + fp).lstrip("0"))
    n = len(ip) + exp - lead_zeros
    digits = digits.rstrip("0") or "0"
    k = len(digits)
    if k <= n <= 21:
        return sign + digits + "0" * (n - k)
    if 0 < n <= 21:
        return sign + digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * (-n) + digits
    e = n - 1
    es = ("+" if e >= 0 else "-") + str(abs(e))
    return sign + digits[0] + ("." + digits[1:] if k > 1 else "") + "e" + es


def _js_string(s: str) -> str:
    out = ['"']
    for ch in s:
        c = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\b":
            out.append("\\b")
        elif ch == "\f":
            out.append("\\f")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif c < 0x20:
            out.append("\\u%04x" % c)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def jcs(value: Any) -> str:
    """RFC 8785 canonical JSON text; object keys sorted by UTF-16 code units."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return _js_number(value)
    if isinstance(value, str):
        return _js_string(value)
    if isinstance(value, list):
        return "[" + ",".join(jcs(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value.keys(), key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(_js_string(k) + ":" + jcs(value[k]) for k in keys) + "}"
    raise TypeError(f"not JSON: {type(value)}")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def hash_canonical(value: Any) -> str:
    return sha256_hex(jcs(value).encode("utf-8"))


def utf8_key(s: str) -> bytes:
    return s.encode("utf-8", "surrogatepass")


# ---------------------------------------------------------------------------------------------------------------
# HKDF-SHA-256 (RFC 5869) and the stream key
# ---------------------------------------------------------------------------------------------------------------

def hkdf_sha256(ikm: bytes, salt: bytes, info: bytes, length: int = 32) -> bytes:
    prk = hmac.new(salt, ikm, hashlib.sha256).digest()
    okm, block, i = b"", b"", 1
    while len(okm) < length:
        block = hmac.new(prk, block + info + bytes([i]), hashlib.sha256).digest()
        okm += block
        i += 1
    return okm[:length]


def stream_info(kind: str, draw_id: str, stream: str, input_hash: str) -> bytes:
    return jcs({"protocol": PROTOCOL, "kind": kind, "drawId": draw_id, "stream": stream, "inputHash": input_hash}).encode("utf-8")


def derive_key(ikm: bytes, salt: bytes, kind: str, draw_id: str, stream: str, input_hash: str) -> str:
    return hkdf_sha256(ikm, salt, stream_info(kind, draw_id, stream, input_hash)).hex()


# ---------------------------------------------------------------------------------------------------------------
# seedrandom 3.0.5 ARC4, integers, Fisher-Yates
# ---------------------------------------------------------------------------------------------------------------

def _mixkey(seed: str) -> list[int]:
    """seedrandom's mixkey(): folds a string's UTF-16 units into a key of at most 256 bytes."""
    key: list[int | None] = []
    smear = 0
    units = seed.encode("utf-16-le", "surrogatepass")
    for j in range(len(units) // 2):
        c = units[2 * j] | (units[2 * j + 1] << 8)
        idx = j & 255
        while len(key) <= idx:
            key.append(None)
        prev = key[idx]
        # JavaScript: undefined * 19 is NaN, and x ^ NaN is x ^ 0.
        smear ^= (prev * 19) if prev is not None else 0
        smear = ((smear + 2 ** 31) % 2 ** 32) - 2 ** 31  # ToInt32
        key[idx] = (smear + c) & 255
    return [k if k is not None else 0 for k in key]


class Arc4:
    """seedrandom's ARC4: standard key schedule, then 256 output bytes discarded (RC4-drop[256])."""

    def __init__(self, key: list[int]):
        if not key:
            key = [0]
        s = list(range(256))
        j = 0
        for i in range(256):
            j = (j + key[i % len(key)] + s[i]) & 255
            s[i], s[j] = s[j], s[i]
        self.s, self.i, self.j = s, 0, 0
        self.g(256)

    def g(self, count: int) -> int:
        r, s, i, j = 0, self.s, self.i, self.j
        for _ in range(count):
            i = (i + 1) & 255
            t = s[i]
            j = (j + t) & 255
            s[i] = s[j]
            s[j] = t
            r = r * 256 + s[(s[i] + s[j]) & 255]
        self.i, self.j = i, j
        return r


class Stream:
    """The integer stream of one sub-draw, keyed with its 64-hex-digit key."""

    def __init__(self, key_hex: str):
        if not re.fullmatch(r"[0-9a-f]{64}", key_hex):
            raise DrawError("INVALID_INPUT", "a stream key is 64 lowercase hex digits")
        self.arc4 = Arc4(_mixkey(key_hex))

    def next_uint32(self) -> int:
        return self.arc4.g(4)

    def next_below(self, n: int) -> int:
        if not (1 <= n <= 2 ** 32):
            raise DrawError("INVALID_INPUT", f"range 1..2^32, got {n}")
        limit = 2 ** 32 - (2 ** 32 % n)
        while True:
            x = self.next_uint32()
            if x < limit:
                return x % n


class Walk:
    """Forward Fisher-Yates over positions 0..n-1, one position at a time."""

    def __init__(self, n: int, stream: Stream):
        self.n, self.stream, self.i, self.moved = n, stream, 0, {}

    def next(self) -> int | None:
        if self.i >= self.n:
            return None
        i = self.i
        j = i + self.stream.next_below(self.n - i)
        at_j = self.moved.get(j, j)
        at_i = self.moved.get(i, i)
        self.moved[j] = at_i
        self.moved.pop(i, None)
        self.i += 1
        return at_j


def select_positions(n: int, count: int, stream: Stream) -> list[int]:
    w = Walk(n, stream)
    return [w.next() for _ in range(count)]  # type: ignore[misc]


def select_ordered(items: list, count: int, stream: Stream) -> list:
    return [items[p] for p in select_positions(len(items), count, stream)]


# ---------------------------------------------------------------------------------------------------------------
# Seed material, salt, canonical inputs, dates
# ---------------------------------------------------------------------------------------------------------------

def normalise_seed_material(m: Any) -> dict:
    if m is None or m == "":
        raise DrawError("SEED_MATERIAL_MISSING", "seed material is missing")
    if isinstance(m, str):
        t = m.strip()
        if t.startswith("{"):
            m = json.loads(t)
        elif re.fullmatch(r"[0-9a-fA-F]+", t):
            m = {"kind": "hex", "value": t}
        else:
            raise DrawError("INVALID_INPUT", "seed material must be a JSON object or hex digits")
    kind = m.get("kind")
    allowed = {"beacon": {"kind", "value", "source"}, "lottery": {"kind", "value", "source"},
               "dice": {"kind", "values", "sides", "source"}, "hex": {"kind", "value", "source"}}
    if kind not in allowed or not set(m) <= allowed[kind]:
        raise DrawError("INVALID_INPUT", "unknown seed material kind or field")
    out: dict = {"kind": kind}
    if kind == "dice":
        out["values"] = list(m["values"])
        out["sides"] = m.get("sides", 6)
    elif kind == "hex":
        out["value"] = m["value"].strip().lower()
    else:
        out["value"] = m["value"].strip()
    if "source" in m:
        out["source"] = m["source"].strip()
    return out


def entropy_bits(m: dict) -> float | None:
    if m["kind"] == "dice":
        return len(m["values"]) * math.log2(m["sides"])
    if m["kind"] == "hex":
        return len(m["value"]) * 4
    return None


def sort_by_id(items: list) -> list:
    return sorted(items, key=lambda x: utf8_key(x["id"]))


def canonical_set(items: list) -> list:
    if len(items) < 2:
        return list(items)
    if all(isinstance(x, str) for x in items):
        return sorted(items, key=utf8_key)
    keyed = sorted(((utf8_key(jcs(x)), i, x) for i, x in enumerate(items)), key=lambda t: (t[0], t[1]))
    return [x for _, _, x in keyed]


def canonical_raw_inputs(raw: dict, by_id: list[str], sets: dict[str, list[str]]) -> dict:
    out = dict(raw)
    for key in sets.get("", []):
        if isinstance(out.get(key), list):
            out[key] = canonical_set(out[key])
    for key in by_id:
        lst = out.get(key)
        if not isinstance(lst, list):
            continue
        item_sets = sets.get(key, [])
        new = []
        for item in sort_by_id(lst):
            if item_sets:
                item = dict(item)
                for f in item_sets:
                    if isinstance(item.get(f), list):
                        item[f] = canonical_set(item[f])
            new.append(item)
        out[key] = new
    return out


def shanghai_date(created_at: str) -> str:
    """Asia/Shanghai civil date of an ISO-8601 date-time; no offset means +08:00."""
    if len(created_at) == 10:
        return created_at
    t = created_at.replace("Z", "+00:00").replace("z", "+00:00")
    d = _dt.datetime.fromisoformat(t)
    if d.tzinfo is None:
        return d.date().isoformat()
    return d.astimezone(_dt.timezone(_dt.timedelta(hours=8))).date().isoformat()


def days_between(a: str, b: str) -> int:
    return (_dt.date.fromisoformat(b) - _dt.date.fromisoformat(a)).days


def years_before(date: str, years: int) -> str:
    y = int(date[:4]) - years
    md = date[5:]
    leap = (y % 4 == 0 and y % 100 != 0) or y % 400 == 0
    if md == "02-29" and not leap:
        md = "02-28"
    return f"{y:04d}-{md}"


def _dups(items: list) -> None:
    seen, dup = set(), set()
    for it in items:
        (dup if it["id"] in seen else seen).add(it["id"])
    if dup:
        raise DrawError("DRAW_INVALID_REQUEST", f"duplicate ids: {sorted(dup, key=utf8_key)}")


def log2_binomial(n: int, k: int) -> float:
    if k < 0 or k > n:
        return 0.0
    m = min(k, n - k)
    return sum(math.log2((n - i) / (i + 1)) for i in range(m))


# ---------------------------------------------------------------------------------------------------------------
# The draws
# ---------------------------------------------------------------------------------------------------------------

class Session:
    def __init__(self, kind: str, record: dict, hashed_inputs: dict, seed_material: Any, salt: str | None):
        self.kind = kind
        self.draw_id = record["drawId"]
        self.created_at = record["createdAt"]
        self.params = record["params"]
        self.as_of = shanghai_date(self.created_at)
        self.material = normalise_seed_material(seed_material)
        self.sealed = kind in SEALED_KINDS
        if self.sealed:
            if salt is None:
                raise DrawError("DRAW_INVALID_REQUEST", "a sealed draw needs its revealed salt")
            s = salt.strip()
            if not re.fullmatch(r"(?:[0-9a-fA-F]{2}){16,}", s):
                raise DrawError("DRAW_INVALID_REQUEST", "the salt is an even number of hex digits, at least 32")
            self.salt = s.lower()
        else:
            if salt is not None:
                raise DrawError("DRAW_INVALID_REQUEST", "a public draw takes no salt")
            self.salt = ""
        self.input_hash = hash_canonical({"createdAt": self.created_at, "params": self.params, "inputs": hashed_inputs})
        self.ikm = jcs(self.material).encode("utf-8")
        self.hkdf_salt = bytes.fromhex(self.salt)

    def stream(self, name: str) -> Stream:
        return Stream(derive_key(self.ikm, self.hkdf_salt, self.kind, self.draw_id, name, self.input_hash))

    def record(self, result: Any, public_result: Any, exclusions: dict) -> tuple[dict, Any]:
        """The expected record (sealed form for sealed kinds) and the full result."""
        rec = {
            "protocol": PROTOCOL,
            "kind": self.kind,
            "drawId": self.draw_id,
            "createdAt": self.created_at,
            "inputHash": self.input_hash,
            "params": self.params,
            "seedSource": {"material": self.material, "entropyBits": entropy_bits(self.material)},
        }
        if self.sealed:
            rec["saltCommitment"] = sha256_hex(self.hkdf_salt)
        rec["sealed"] = self.sealed
        rec["exclusions"] = {k: exclusions[k] for k in sorted(exclusions, key=utf8_key)}
        rec["result"] = public_result if self.sealed else result
        rec["resultHash"] = hash_canonical({"result": result, "salt": self.salt})
        return rec, result


def _bump(d: dict, k: str) -> None:
    d[k] = d.get(k, 0) + 1


CLOSE_FAMILY = {"spouse", "parent", "child", "sibling", "grandparent", "grandchild", "parentInLaw", "childInLaw", "siblingInLaw"}
EXCLUSION_ORDER = ["official", "supervisingDepartmentStaff", "notAdmitted", "suspended", "removed", "blacklisted", "conflictOfInterest", "coolDown"]


def _same_person(a: dict, b: dict) -> bool:
    if a.get("id") is not None and b.get("id") is not None:
        return a["id"] == b["id"]
    if a.get("idNumber") is not None and b.get("idNumber") is not None:
        return a["idNumber"] == b["idNumber"]
    return a.get("name") == b.get("name")


def _touches(frm: str | None, to: str | None, start: str, as_of: str) -> bool:
    if frm is not None and frm > as_of:
        return False
    if to is not None and to < start:
        return False
    return True


def expert_exclusions(e: dict, inputs: dict, params: dict, as_of: str) -> list[str]:
    """The committee eligibility rules (src/rules/eligibility), re-stated."""
    out = set()
    project = inputs["project"]
    if e["employmentKind"] in ("industrySupervisor", "tradingCentreStaff"):
        out.add("official")
    if e.get("supervisingDepartmentId") is not None and project.get("supervisingDepartmentId") is not None \
            and e["supervisingDepartmentId"] == project["supervisingDepartmentId"]:
        out.add("supervisingDepartmentStaff")
    pool = params.get("pool")
    admitted = any((pool is None or m["pool"] == pool) and m.get("admission") is not None and m["admission"]["approved"]
                   and m["admission"]["reviewedOn"] <= as_of for m in e.get("pools", []))
    if not admitted:
        out.add("notAdmitted")
    status = e.get("status", "active")
    if status == "suspended" and (e.get("suspendedUntil") is None or e["suspendedUntil"] >= as_of):
        out.add("suspended")
    if status == "removed" and (e.get("removedOn") is None or e["removedOn"] <= as_of):
        out.add("removed")
    if e["id"] in inputs.get("blacklistedExpertIds", []):
        out.add("blacklisted")
    start = years_before(as_of, params.get("conflictLookbackYears", 3))
    tenderer = inputs.get("tenderer")
    parties = {tenderer["id"] if tenderer is not None else project["tendererId"]}
    bidders = inputs.get("bidders", [])
    parties |= {b["id"] for b in bidders}
    conflict = e["employer"]["id"] in parties
    conflict |= any(x["employerId"] in parties and _touches(x["from"], x.get("to"), start, as_of) for x in e.get("employments", []))
    conflict |= any(x["companyId"] in parties and _touches(x["from"], x.get("to"), start, as_of) for x in e.get("directorships", []))
    conflict |= any(x["companyId"] in parties and x.get("controlling", False) and _touches(x.get("from"), x.get("to"), start, as_of)
                    for x in e.get("shareholdings", []))
    for tie in e.get("familyTies", []):
        if tie["relation"] not in CLOSE_FAMILY:
            continue
        for b in bidders:
            people = ([b["legalRepresentative"]] if b.get("legalRepresentative") else []) + \
                [s["person"] for s in b.get("shareholders", []) if s.get("controlling", False) and s.get("person")]
            if any(_same_person(p, tie["person"]) for p in people):
                conflict = True
    if conflict:
        out.add("conflictOfInterest")
    cool = params.get("coolDownDays", 0)
    last = inputs.get("lastDrawnOn", {}).get(e["id"])
    if cool > 0 and last is not None:
        since = days_between(last, as_of)
        if 0 <= since < cool:
            out.add("coolDown")
    return [r for r in EXCLUSION_ORDER if r in out]


def draw_committee(record: dict, inputs: dict, seed: Any, salt: str | None) -> tuple[dict, Any]:
    p = record["params"]
    for key in ("pool", "bidders"):
        _dups(inputs.get(key, []))
    sets = {"": ["blacklistedExpertIds"], "pool": ["pools", "specialties", "employments", "directorships", "shareholdings", "familyTies"],
            "bidders": ["shareholders", "bankAccounts", "creditRecords", "penalties", "blacklist"]}
    hashed = canonical_raw_inputs(inputs, ["pool", "bidders"], sets)
    ses = Session("committee", record, hashed, seed, salt)
    pool = sort_by_id(inputs["pool"])
    digits = p["localPrefixDigits"]
    prefix = inputs["project"]["region"][:digits]
    remote = lambda e: e["region"][:digits] != prefix  # noqa: E731
    exclusions: dict = {}
    eligible = []
    for e in pool:
        reasons = expert_exclusions(e, inputs, p, ses.as_of)
        if reasons:
            for r in reasons:
                _bump(exclusions, r)
        else:
            eligible.append(e)
    quota = lambda count: (count * p["nonLocalMinPercent"] + 99) // 100  # noqa: E731
    for s in p["strata"]:
        mine = [e for e in eligible if s["specialty"] in e.get("specialties", [])]
        if len(mine) < s["count"] + s["alternates"] or len([e for e in mine if remote(e)]) < quota(s["count"]):
            raise DrawError("DRAW_UNSATISFIABLE", f"not enough eligible experts for {s['specialty']}")
    taken: set = set()
    per_employer: dict = {}
    strata = []

    def walker(cands: list, stream: Stream) -> Callable[[int, bool], list]:
        w = Walk(len(cands), stream)

        def take(want: int, capped: bool) -> list:
            got = []
            while len(got) < want:
                pos = w.next()
                if pos is None:
                    break
                e = cands[pos]
                if capped:
                    n = per_employer.get(e["employer"]["id"], 0)
                    if n >= p["maxPerEmployer"]:
                        continue
                    per_employer[e["employer"]["id"]] = n + 1
                got.append(e)
            return got
        return take

    seat = lambda e: {"expertId": e["id"], "name": e["name"], "employerId": e["employer"]["id"], "region": e["region"], "remote": remote(e)}  # noqa: E731
    for s in p["strata"]:
        sp = s["specialty"]
        open_ = [e for e in eligible if sp in e.get("specialties", []) and e["id"] not in taken]
        remote_pool = [e for e in open_ if remote(e)]
        need_remote = quota(s["count"])
        remote_members = walker(remote_pool, ses.stream(f"committee/{sp}/non-local"))(need_remote, True) if need_remote > 0 else []
        taken |= {e["id"] for e in remote_members}
        rest = [e for e in open_ if e["id"] not in taken]
        take = walker(rest, ses.stream(f"committee/{sp}"))
        members = remote_members + take(s["count"] - len(remote_members), True)
        alternates = take(s["alternates"], False) if len(members) == s["count"] else []
        taken |= {e["id"] for e in members + alternates}
        if len(remote_members) < need_remote or len(members) < s["count"] or len(alternates) < s["alternates"]:
            raise DrawError("DRAW_UNSATISFIABLE", f"not enough eligible experts for {sp}")
        strata.append({"specialty": sp, "members": [seat(e) for e in members], "alternates": [seat(e) for e in alternates]})
    return ses.record({"strata": strata}, None, exclusions)


def draw_supervisors(record: dict, inputs: dict, seed: Any, salt: str | None) -> tuple[dict, Any]:
    p = record["params"]
    for key in ("pool", "bidders"):
        _dups(inputs.get(key, []))
    ses = Session("supervisors", record, canonical_raw_inputs(inputs, ["pool", "bidders"], {"": ["conflicts"]}), seed, salt)
    project = inputs["project"]
    parties = {project["tendererId"]} | {b["id"] for b in inputs.get("bidders", [])}
    if inputs.get("tenderer") is not None:
        parties.add(inputs["tenderer"]["id"])
    if project.get("agencyId") is not None:
        parties.add(project["agencyId"])
    declared = {c["supervisorId"] for c in inputs.get("conflicts", []) if c["partyId"] in parties}
    exclusions: dict = {}
    eligible = []
    for s in sort_by_id(inputs["pool"]):
        reasons = []
        status = s.get("status", "active")
        if status == "suspended":
            reasons.append("suspended")
        if status == "removed":
            reasons.append("removed")
        if (s.get("employerId") is not None and s["employerId"] in parties) or s["id"] in declared:
            reasons.append("conflictOfInterest")
        for r in reasons:
            _bump(exclusions, r)
        if not reasons:
            eligible.append(s)
    needed = p["count"] + p["alternates"]
    if len(eligible) < needed:
        raise DrawError("DRAW_UNSATISFIABLE", "not enough eligible social supervisors")
    drawn = [{"supervisorId": s["id"], "name": s["name"]} for s in select_ordered(eligible, needed, ses.stream("supervisors"))]
    return ses.record({"supervisors": drawn[: p["count"]], "alternates": drawn[p["count"]:]}, None, exclusions)


def _exact_ceil_rate(rate: float, n: int) -> int:
    m = re.fullmatch(r"0\.(\d{1,15})", _js_number(rate))
    if not m:
        raise DrawError("DRAW_INVALID_REQUEST", f"rate {rate}")
    num, den = int(m.group(1)), 10 ** len(m.group(1))
    if num * 100 < 5 * den or num * 10 > den:
        raise DrawError("DRAW_INVALID_REQUEST", f"rate {rate} outside 5-10%")
    # ⌈rate × N⌉, capped at max(⌈5% × N⌉, ⌊10% × N⌋) so that small populations stay within 10% where they can.
    return min((n * num + den - 1) // den, max((n * 5 + 99) // 100, (n * 10) // 100))


def draw_spot_checks(record: dict, inputs: dict, seed: Any, salt: str | None) -> tuple[dict, Any]:
    p = record["params"]
    for key in ("projects", "inspectors"):
        _dups(inputs.get(key, []))
    ses = Session("spotChecks", record, canonical_raw_inputs(inputs, ["projects", "inspectors"], {"": ["conflicts"]}), seed, salt)
    projects = sort_by_id(inputs["projects"])
    inspectors = sort_by_id(inputs["inspectors"])
    conflicts = inputs.get("conflicts", [])
    by = p["stratifyBy"]
    groups: dict = {}
    for pr in projects:
        key = "all" if by == "none" else (pr.get("supervisingDepartmentId") or "(unassigned)") if by == "supervisingDepartment" else pr["category"]
        groups.setdefault(key, []).append(pr)
    strata, chosen = [], []
    for key in sorted(groups, key=utf8_key):
        lst = groups[key]
        k = _exact_ceil_rate(p["rate"], len(lst))
        strata.append({"key": key, "population": len(lst), "checked": k})
        chosen += [(pr, key) for pr in select_ordered(lst, k, ses.stream(f"projects/{key}"))]
    exclusions: dict = {}
    checks = []
    for pr, key in chosen:
        eligible = []
        for i in inspectors:
            reasons = []
            status = i.get("status", "active")
            if status == "suspended":
                reasons.append("suspended")
            if status == "removed":
                reasons.append("removed")
            if pr.get("supervisingDepartmentId") is not None and i["departmentId"] == pr["supervisingDepartmentId"]:
                reasons.append("ownDepartment")
            if any(c["inspectorId"] == i["id"] and (c.get("projectId") == pr["id"] or (
                    c.get("partyId") is not None and c["partyId"] in (pr["tendererId"], pr.get("agencyId")))) for c in conflicts):
                reasons.append("conflictOfInterest")
            for r in reasons:
                _bump(exclusions, r)
            if not reasons:
                eligible.append(i)
        if len(eligible) < p["inspectorsPerProject"]:
            raise DrawError("DRAW_UNSATISFIABLE", f"not enough eligible inspectors for {pr['id']}")
        drawn = select_ordered(eligible, p["inspectorsPerProject"], ses.stream(f"inspectors/{pr['id']}"))
        checks.append({"projectId": pr["id"], "stratum": key, "inspectorIds": [i["id"] for i in drawn]})
    result = {"quarter": p["quarter"], "population": len(projects), "strata": strata, "checks": checks}
    return ses.record(result, None, exclusions)


def assign_blind_review(record: dict, inputs: dict, seed: Any, salt: str | None) -> tuple[dict, Any]:
    p = record["params"]
    for key in ("bids", "reviewers"):
        _dups(inputs.get(key, []))
    ses = Session("blindReview", record, canonical_raw_inputs(inputs, ["bids", "reviewers"], {}), seed, salt)
    bids = sort_by_id(inputs["bids"])
    m = len(bids)
    width = max(2, len(str(m)))
    code = lambda i: f"{p['codePrefix']}{str(i + 1).zfill(width)}"  # noqa: E731
    code_map = {code(i): b["id"] for i, b in enumerate(select_ordered(bids, m, ses.stream("codes")))}
    codes = [code(i) for i in range(m)]
    reviewers = select_ordered(sort_by_id(inputs["reviewers"]), len(inputs["reviewers"]), ses.stream("reviewers"))
    bases: dict = {}
    orders = {}
    for r, rv in enumerate(reviewers):
        block = r // m
        if block not in bases:
            bases[block] = select_ordered(codes, m, ses.stream(f"base-order/{block}"))
        base, shift = bases[block], r % m
        orders[rv["id"]] = base[shift:] + base[:shift]
    orders = {k: orders[k] for k in sorted(orders, key=utf8_key)}
    code_map_hash = hash_canonical({"codeMap": code_map, "salt": ses.salt})
    result = {"codeMap": code_map, "reviewerOrders": orders, "codeMapHash": code_map_hash}
    return ses.record(result, {"reviewerOrders": orders, "codeMapHash": code_map_hash}, {})


DRAWS: dict[str, Callable[[dict, dict, Any, str | None], tuple[dict, Any]]] = {
    "committee": draw_committee,
    "spotChecks": draw_spot_checks,
    "supervisors": draw_supervisors,
    "blindReview": assign_blind_review,
}
FIELDS = ["protocol", "kind", "drawId", "createdAt", "inputHash", "params", "seedSource", "saltCommitment", "sealed",
          "exclusions", "result", "resultHash"]


def first_difference(expected: Any, actual: Any, path: str) -> tuple[str, Any, Any] | None:
    if isinstance(expected, list) and isinstance(actual, list):
        for i in range(max(len(expected), len(actual))):
            d = first_difference(expected[i] if i < len(expected) else None, actual[i] if i < len(actual) else None, f"{path}[{i}]")
            if d:
                return d
        return None
    if isinstance(expected, dict) and isinstance(actual, dict):
        for k in list(expected) + [k for k in actual if k not in expected]:
            d = first_difference(expected.get(k, _MISSING), actual.get(k, _MISSING), f"{path}.{k}" if path else k)
            if d:
                return d
        return None
    same = type(expected) is type(actual) and expected == actual
    if not same and isinstance(expected, (int, float)) and isinstance(actual, (int, float)) \
            and not isinstance(expected, bool) and not isinstance(actual, bool):
        same = expected == actual
    return None if same else (path or "(root)", expected, actual)


class _Missing:
    def __repr__(self) -> str:
        return "(absent)"


_MISSING = _Missing()


def verify(record: dict, inputs: dict, seed: Any, salt: str | None = None) -> tuple[bool, tuple[str, Any, Any] | None]:
    """Re-runs the draw; returns (True, None) or (False, (path, expected, actual))."""
    if record.get("protocol") != PROTOCOL:
        raise DrawError("INVALID_INPUT", f"unsupported protocol {record.get('protocol')}")
    kind = record.get("kind")
    if kind not in DRAWS:
        raise DrawError("INVALID_INPUT", f"unknown draw kind {kind}")
    try:
        expected, full = DRAWS[kind](record, inputs, seed, salt)
    except DrawError as e:
        if e.code == "DRAW_UNSATISFIABLE":
            return False, ("result", str(e), record.get("result"))
        raise
    if not record.get("sealed", False) and expected["sealed"]:
        # A revealed record (sealed draw, salt now public) carries the full result.
        expected = dict(expected, sealed=False, result=full)
    for f in FIELDS + [k for k in record if k not in FIELDS]:
        d = first_difference(expected.get(f, _MISSING), record.get(f, _MISSING), f)
        if d:
            return False, d
    return True, None


ANNOUNCEMENT = "ggzy-draw-announcement/1"


def matches_value_format(value: str, fmt: str) -> bool:
    """'#' is one decimal digit, '?' one lower-case hex digit, any other character stands for itself."""
    if len(value) != len(fmt):
        return False
    for c, ch in zip(fmt, value):
        if c == "#":
            ok = ch in "0123456789"
        elif c == "?":
            ok = ch in "0123456789abcdef"
        else:
            ok = c == ch
        if not ok:
            return False
    return True


def difference_from_announcement(record: dict, ann: dict) -> tuple[str, Any, Any] | None:
    """The first field where a record disagrees with the announcement published before the draw, or None."""
    seed = ann.get("seedMaterial") if isinstance(ann, dict) else None
    if not isinstance(seed, dict) or ann.get("announcement") != ANNOUNCEMENT:
        raise DrawError("INVALID_INPUT", f"not a {ANNOUNCEMENT} file")
    for f in ("protocol", "kind", "drawId", "createdAt", "inputHash", "saltCommitment"):
        if ann.get(f, _MISSING) != record.get(f, _MISSING):
            return f, ann.get(f, _MISSING), record.get(f, _MISSING)
    m = (record.get("seedSource") or {}).get("material") or {}
    for f in ("kind", "source"):
        if m.get(f, _MISSING) != seed.get(f):
            return f"seedSource.material.{f}", seed.get(f), m.get(f, _MISSING)
    if seed["kind"] == "dice":
        if m.get("sides") != seed.get("sides"):
            return "seedSource.material.sides", seed.get("sides"), m.get("sides", _MISSING)
        n = len(m.get("values") or [])
        return None if n == seed.get("count") else ("seedSource.material.values.length", seed.get("count"), n)
    value, fmt = m.get("value"), seed.get("valueFormat")
    if not isinstance(fmt, str) or not re.search(r"[#?]", fmt):
        raise DrawError("INVALID_INPUT", "the announcement's valueFormat has no # or ? placeholder")
    ok = isinstance(value, str) and matches_value_format(value, fmt)
    return None if ok else ("seedSource.material.value", fmt, value)


def difference_from_request(record: dict, request: dict) -> tuple[str, Any, Any] | None:
    """The first of drawId, createdAt and (sealed draws) saltCommitment where the record is not the request's draw.
    (The request's params are checked by `ggzy verify` only: completing their defaults is the library's schema.)"""
    for f in ("drawId", "createdAt"):
        if request.get(f, _MISSING) != record.get(f, _MISSING):
            return f, request.get(f, _MISSING), record.get(f, _MISSING)
    if record.get("kind") in SEALED_KINDS and "saltCommitment" in request \
            and request["saltCommitment"] != record.get("saltCommitment", _MISSING):
        return "saltCommitment", request["saltCommitment"], record.get("saltCommitment", _MISSING)
    return None


def _read_text_or_value(arg: str) -> str:
    try:
        with open(arg, encoding="utf-8") as fh:
            return fh.read()
    except OSError:
        return arg


def _salt_of(salt_file: str | None, salt: str | None) -> str | None:
    """The salt from --salt-file, else --salt (a value or a file), else $GGZY_SALT, else none."""
    if salt_file:
        with open(salt_file, encoding="utf-8") as fh:
            return fh.read().strip()
    if salt:
        return _read_text_or_value(salt).strip()
    env = os.environ.get("GGZY_SALT", "").strip()
    return env or None


def main(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Verify a ggzy-draw/1 record independently.")
    ap.add_argument("record")
    ap.add_argument("--inputs", required=True)
    ap.add_argument("--seed-material", required=True)
    ap.add_argument("--salt-file", help="file holding the salt of a sealed draw (or the GGZY_SALT environment variable)")
    ap.add_argument("--salt", help="the salt, or a file holding it (prefer --salt-file: the shell keeps a history)")
    ap.add_argument("--announcement", help="the ggzy-draw-announcement/1 file published before the lottery")
    a = ap.parse_args(argv)
    try:
        with open(a.record, encoding="utf-8") as fh:
            record = json.load(fh)
        with open(a.inputs, encoding="utf-8") as fh:
            inputs = json.load(fh)
        request = None
        if isinstance(inputs, dict) and "inputs" in inputs and "params" in inputs:
            request, inputs = inputs, inputs["inputs"]
        seed = _read_text_or_value(a.seed_material)
        salt = _salt_of(a.salt_file, a.salt)
        if record.get("protocol") != PROTOCOL:
            raise DrawError("INVALID_INPUT", f"unsupported protocol {record.get('protocol')}")
        diff = None
        if a.announcement:
            with open(a.announcement, encoding="utf-8") as fh:
                diff = difference_from_announcement(record, json.load(fh))
        if diff is None and request is not None:
            diff = difference_from_request(record, request)
        ok = False
        if diff is None:
            ok, diff = verify(record, inputs, seed, salt)
    except (DrawError, OSError, ValueError, KeyError, TypeError) as e:
        print(f"bad input: {e}", file=sys.stderr)
        return 2
    if ok:
        print(f"reproduced: {record['kind']} {record['drawId']} resultHash {record['resultHash']}")
        return 0
    path, exp, act = diff  # type: ignore[misc]
    print(f"NOT reproduced: first difference at {path}\n  expected: {json.dumps(exp, ensure_ascii=False, default=repr)}\n"
          f"  actual:   {json.dumps(act, ensure_ascii=False, default=repr)}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
