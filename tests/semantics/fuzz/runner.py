"""Running programs in CPython and node, and telling mismatches from known gaps."""

from __future__ import annotations

import argparse
import copy
import importlib.util
import random
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..harness import compare, js_outcome, run_python
from .statements import Gen, Program
from .surface import IdiomsOnlyGen, SurfaceGen

# --surface picks the generator of programs over str methods, formatting and builtins;
# --idioms one of what callbacks do with Dash's data (idioms.py)
GENERATORS = {"numbers": Gen, "surface": SurfaceGen, "idioms": IdiomsOnlyGen}


def _is_known_loud(py, js) -> bool:
    """A documented, loud difference: the JS raises OverflowError (ints past 2**53,
    integral floats that lost their fraction), AnnotationError, or refuses to make a
    complex number (`(-8) ** 0.5`) where CPython goes on."""
    from ..harness import Raised

    j = js.result
    if not isinstance(j, Raised):
        return False
    if j.type_name == "OverflowError" and "too large for a JS number" in j.message:
        return True  # CPython's int grows, and raises later or not at all
    if j.type_name == "OverflowError" and "lost its fraction" in j.message:
        return True  # an integral float result a JS number cannot tell from an int
    if j.type_name == "ValueError" and "complex" in j.message:
        return True  # CPython goes on with a complex number
    return j.type_name == "AnnotationError" and not isinstance(py.result, Raised)


_ZERO = re.compile(r"-(0+(\.0*)?)(?![\d.e])")  # also zero-padded: '-000.000'


def _unsigned(x):
    if isinstance(x, float) and x == 0:
        return 0.0
    if isinstance(x, str):  # '[-0.0  ]' against '[0.0   ]': the padding moves too
        return _ZERO.sub(r"\1", x).replace(" ", "")
    if isinstance(x, (list, tuple)):
        return type(x)(_unsigned(v) for v in x)
    if isinstance(x, dict):
        return {k: _unsigned(v) for k, v in x.items()}
    return x


def _only_zero_sign(py, js) -> bool:
    """The outcomes differ only in the sign of zeros: the README's "Signed zeros" gap
    (a JS number cannot tell the int 0 from the float 0.0, nor `0 * -5` from `0.0 * -5`).
    """
    from ..harness import Outcome, Returned

    p, j = py.result, js.result
    if not (isinstance(p, Returned) and isinstance(j, Returned)):
        return False
    a = Outcome(Returned(_unsigned(p.value)), _unsigned(py.output))
    b = Outcome(Returned(_unsigned(j.value)), _unsigned(js.output))
    return compare(a, b, messages=False) is None


@dataclass
class Stats:
    programs: int = 0
    refused: int = 0
    runs: int = 0
    loud: int = 0
    loud_reports: list[str] = field(default_factory=list)
    zero_sign: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)
    # "CPnnn: message" -> how often the compiler refused a unit with it
    refusals: Counter = field(default_factory=Counter)


def _load(path: Path, modname: str):
    spec = importlib.util.spec_from_file_location(modname, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _refusal_kind(d) -> str:
    """A diagnostic without the code it quotes, so that refusals of one kind count
    together."""
    return f"{d.code}: " + re.sub(r"`[^`]*`", "`…`", d.message)


def _compile(
    prog: Program, workdir: Path, tag: str, refusals: Counter, retries: int = 4
):
    """The Python function and its JS, dropping refused statements; None if refused."""
    import clientpy
    from clientpy.api import compile_function
    from clientpy.transpile.bundle import function_expression

    for attempt in range(retries + 1):
        src, owner = prog.source()
        modname = f"clientpy_fuzz_{tag}_{attempt}"
        path = workdir / f"{modname}.py"
        path.write_text(src, encoding="utf-8")
        try:
            func = getattr(_load(path, modname), prog.name)
        except SyntaxError:
            return None
        try:
            if not prog.param_types:
                return func, clientpy.to_js(func)
            compiled = compile_function(func, prog.param_types)
            return func, function_expression(compiled)
        except clientpy.TranspileError as e:
            refusals.update(_refusal_kind(d) for d in e.diagnostics)
            units = {owner.get(d.line) for d in e.diagnostics}
            if None in units or len(prog.dropped) + len(units) >= len(prog.units):
                return None
            prog.dropped |= units
    return None


def run_programs(
    engine,
    seed: int,
    count: int,
    workdir: Path | None = None,
    stats=None,
    generator: str = "numbers",
) -> Stats:
    stats = stats or Stats()
    own_dir = None
    if workdir is None:
        own_dir = tempfile.TemporaryDirectory(prefix="clientpy-fuzz-")
        workdir = Path(own_dir.name)
    try:
        rng = random.Random(seed)
        todo = []
        for i in range(count):
            prog = GENERATORS[generator](rng).program(f"p{seed}_{i}")
            stats.programs += 1
            built = _compile(prog, workdir, f"{seed}_{i}", stats.refusals)
            if built is None:
                stats.refused += 1
                continue
            func, code = built
            key = f"fuzz::{seed}::{i}"
            engine.define(key, code)
            todo.append((prog, func, key))
        calls = [(key, row) for prog, _, key in todo for row in prog.py_rows()]
        results = iter(engine.run_many(calls, timeout=30))
        for prog, func, key in todo:
            for row in prog.py_rows():
                js = js_outcome(next(results))
                py = run_python(func, copy.deepcopy(row))
                stats.runs += 1
                problem = compare(py, js, messages=False)
                if problem is None:
                    continue
                if _is_known_loud(py, js):
                    stats.loud += 1
                    stats.loud_reports.append(prog.report(problem, row))
                    continue
                if _only_zero_sign(py, js):
                    stats.zero_sign.append(prog.report(problem, row))
                    continue
                stats.mismatches.append(prog.report(problem, row))
    finally:
        if own_dir is not None:
            own_dir.cleanup()
        for name in [m for m in sys.modules if m.startswith("clientpy_fuzz_")]:
            del sys.modules[name]
    return stats


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--count", type=int, default=200, help="programs per seed")
    ap.add_argument("--seeds", type=int, default=1, help="how many seeds from --seed")
    ap.add_argument(
        "--zero-sign", action="store_true", help="also print sign-of-zero differences"
    )
    ap.add_argument(
        "--surface",
        action="store_true",
        help="programs over format specs, str methods, slicing and builtins",
    )
    ap.add_argument(
        "--idioms",
        action="store_true",
        help="surface programs of Dash idioms only (dict views, json.dumps, finally)",
    )
    ap.add_argument(
        "--loud", action="store_true", help="also print the documented loud differences"
    )
    ap.add_argument(
        "--refusals", action="store_true", help="print the most frequent refusals"
    )
    args = ap.parse_args(argv)
    generator = "idioms" if args.idioms else "surface" if args.surface else "numbers"

    from clientpy.testing.engine import NodeEngine

    stats = Stats()
    for seed in range(args.seed, args.seed + args.seeds):
        with NodeEngine() as engine:
            run_programs(engine, seed, args.count, stats=stats, generator=generator)
    shown = stats.mismatches + (stats.zero_sign if args.zero_sign else [])
    for m in shown + (stats.loud_reports if args.loud else []):
        print("=" * 70)
        print(m)
    if args.refusals:
        for what, n in stats.refusals.most_common(25):
            print(f"{n:6d}  {what}", file=sys.stderr)
    print(
        f"{stats.programs} programs ({stats.refused} refused), {stats.runs} runs, "
        f"{stats.loud} loud, {len(stats.zero_sign)} zero signs, "
        f"{len(stats.mismatches)} mismatches",
        file=sys.stderr,
    )
    return 1 if stats.mismatches else 0
