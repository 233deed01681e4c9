#!/usr/bin/env python3
"""Checks the published ggzy-draw/1 test vectors with the independent Python implementation (tools/ggzy_draw.py).

Usage: python3 tools/verify_vectors.py test/vectors     (exit 0 when every vector is reproduced, 1 otherwise)
"""
from __future__ import annotations

import json
import os
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the work tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ggzy_draw as g  # noqa: E402


def main(folder: str) -> int:
    failures: list[str] = []
    checked = 0

    def load(name: str) -> dict:
        with open(os.path.join(folder, name), encoding="utf-8") as fh:
            return json.load(fh)

    def expect(label: str, ok: bool, detail: str = "") -> None:
        nonlocal checked
        checked += 1
        if not ok:
            failures.append(f"{label} {detail}")

    for i, c in enumerate(load("stream-keys.json")["cases"]):
        m = g.normalise_seed_material(c["seedMaterial"])
        ikm = g.jcs(m).encode("utf-8")
        ctx = c["context"]
        info = g.stream_info(ctx["kind"], ctx["drawId"], ctx["stream"], ctx["inputHash"])
        key = g.hkdf_sha256(ikm, bytes.fromhex(c["salt"]), info).hex()
        expect(f"stream-keys[{i}].ikm", ikm.hex() == c["ikmHex"])
        expect(f"stream-keys[{i}].info", info.hex() == c["infoHex"])
        expect(f"stream-keys[{i}].key", key == c["keyHex"], f"{key} != {c['keyHex']}")
    for i, c in enumerate(load("prng-outputs.json")["cases"]):
        s = g.Stream(c["keyHex"])
        got = [s.next_uint32() for _ in c["uint32"]]
        expect(f"prng-outputs[{i}]", got == c["uint32"], f"{got[:4]}... != {c['uint32'][:4]}...")
    for i, c in enumerate(load("integers.json")["cases"]):
        s = g.Stream(c["keyHex"])
        got = [s.next_below(c["n"]) for _ in c["values"]]
        expect(f"integers[{i}] n={c['n']}", got == c["values"], f"{got[:4]}...")
    for i, c in enumerate(load("selection.json")["cases"]):
        got = g.select_positions(c["n"], c["count"], g.Stream(c["keyHex"]))
        expect(f"selection[{i}]", got == c["positions"], f"{got} != {c['positions']}")
    for c in load("draws.json")["cases"]:
        ok, diff = g.verify(c["record"], c["inputs"], c["seedMaterial"], c.get("salt"))
        expect(f"draw '{c['name']}'", ok, f"first difference {diff}")
        # The record must NOT verify once its result is altered.
        tampered = json.loads(json.dumps(c["record"]))
        tampered["resultHash"] = ("0" if tampered["resultHash"][0] != "0" else "1") + tampered["resultHash"][1:]
        ok2, _ = g.verify(tampered, c["inputs"], c["seedMaterial"], c.get("salt"))
        expect(f"draw '{c['name']}' (tampered)", not ok2, "a tampered record verified")
        # Nor once the inputs lose one item of their first list.
        inputs = json.loads(json.dumps(c["inputs"]))
        key = next(k for k, v in inputs.items() if isinstance(v, list) and len(v) > 1)
        inputs[key].pop()
        ok3, diff3 = g.verify(c["record"], inputs, c["seedMaterial"], c.get("salt"))
        expect(f"draw '{c['name']}' (inputs changed)", not ok3 and diff3 is not None and diff3[0] in ("inputHash", "result"), f"{diff3}")
    for f in failures:
        print(f"FAIL {f}")
    print(f"{checked - len(failures)}/{checked} vector checks reproduced by the Python verifier")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "test/vectors"))
