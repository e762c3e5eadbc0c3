"""A content-addressed cache of transpiled callbacks, so an unchanged app starts fast.

The key covers everything the translation of one function can read: the compiler's own
files, the Python version, the function's name, the text of the file defining it, and
what its global names (followed through the user functions it calls) refer to: the text of
the files defining functions, classes and modules, the value of plain constants. A change
to any of them is a new key; entries are never updated in place, only added.

Entries live in ``$CLIENTPY_CACHE_DIR``, else ``$XDG_CACHE_HOME/clientpy`` or
``~/.cache/clientpy``; when none is writable the cache lives in memory only.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import stat
import sys
import tempfile
import threading
import types
from pathlib import Path

_CONSTANTS = (type(None), bool, int, float, complex, str, bytes)
_CONTAINERS = (list, tuple, dict, set, frozenset)
_MEMORY: dict[str, object] = {}
_LOCK = threading.Lock()


# Translations waiting to be written, and the thread writing them (None when idle).
_PENDING: list[tuple[Path, object]] = []
_WRITER: threading.Thread | None = None
_WRITTEN = threading.Condition(_LOCK)
_DEFERRING = 0  # builds under way in `writes_deferred`


def clear_memory() -> None:
    """Forget the entries held in memory (the files stay: pending ones are written)."""
    flush()
    with _LOCK:
        _MEMORY.clear()


@contextlib.contextmanager
def writes_deferred():
    """Translations stored within are written once it ends (all of them, by one
    thread), so that a build's translating does not share the interpreter with the
    writing of the cache."""
    global _DEFERRING
    with _LOCK:
        _DEFERRING += 1
    try:
        yield
    finally:
        with _LOCK:
            _DEFERRING -= 1
            _start_writer()


def flush() -> None:
    """Wait until every translation stored so far is in its file (a build deferring
    its writes included)."""
    with _LOCK:
        _start_writer(even_deferred=True)
        while _WRITER is not None:
            _WRITTEN.wait()


def cache_dir() -> Path:
    explicit = os.environ.get("CLIENTPY_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(
        os.path.expanduser("~"), ".cache"
    )
    return Path(base) / "clientpy"


@functools.lru_cache(maxsize=1)
def compiler_fingerprint() -> str:
    """Hash of the translator's sources: a new clientpy invalidates every entry.

    Hashing every source takes longer than the rest of a warm start, so the hash is
    kept in the cache under the files' sizes and modification times (as Python keeps
    bytecode) and recomputed only when one of them changes."""
    root = Path(__file__).resolve().parent.parent
    files = _compiler_files(root)
    stamp = hashlib.sha256(repr((sys.version_info[:2], files)).encode()).hexdigest()
    path = cache_dir() / "fingerprint" / stamp
    try:
        return path.read_text("utf-8")
    except OSError:
        pass
    digest = hashlib.sha256(f"{sys.version_info[:2]}".encode())
    for name, _, _ in files:
        digest.update(name.encode() + b"\0")
        with open(os.path.join(root, name), "rb") as f:
            digest.update(f.read())
        digest.update(b"\0")
    _write_atomic(path, digest.hexdigest())
    return digest.hexdigest()


def _compiler_files(root: Path) -> list[tuple[str, int, int]]:
    """(path relative to root, mtime_ns, size) of every source of the translator.

    Every start lists them (a warm one too): names are joined while the folders are
    walked, with strings, not made relative to ``root`` afterwards."""
    out = []
    for name in ("api.py", "js.py"):
        st = os.stat(os.path.join(root, name))
        out.append((name, st.st_mtime_ns, st.st_size))
    folders = ["transpile", "runtime"]
    while folders:
        folder = folders.pop()
        with os.scandir(os.path.join(root, folder)) as it:
            for entry in it:
                name = os.path.join(folder, entry.name)
                if entry.is_dir():
                    folders.append(name)
                elif entry.name.endswith((".py", ".js")):
                    st = entry.stat()
                    out.append((name, st.st_mtime_ns, st.st_size))
    return sorted(out)


@functools.lru_cache(maxsize=4096)
def _file_digest(path: str, mtime_ns: int, size: int) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def _digest_of_file(path: str | None) -> str | None:
    # One stat (os.path.isfile and then os.stat made two): a start-up asks it twice per
    # callback, of the same file, for the cache key.
    if not path:
        return None
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return _file_digest(path, st.st_mtime_ns, st.st_size)


def _names_in(code: types.CodeType) -> set[str]:
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _names_in(const)
    return names


def _describe(value, seen: set[int], parts: list[str], depth: int) -> str:
    if isinstance(value, types.FunctionType):
        _describe_function(value, seen, parts, depth + 1)
        return f"function {value.__module__}.{value.__qualname__}"
    if isinstance(value, types.ModuleType):
        path = getattr(value, "__file__", None)
        return f"module {value.__name__} {_digest_of_file(path)}"
    if isinstance(value, type):
        module = sys.modules.get(value.__module__)
        path = getattr(module, "__file__", None)
        return f"class {value.__module__}.{value.__qualname__} {_digest_of_file(path)}"
    if isinstance(value, _CONSTANTS):
        return f"const {value!r}"
    if isinstance(value, _CONTAINERS):
        text = _canonical(value, 0)
        return f"{type(value).__name__} {hashlib.sha256(text.encode()).hexdigest()}"
    cls = type(value)
    return f"object {cls.__module__}.{cls.__qualname__}"


def _canonical(value, depth: int) -> str:
    """A constant's text that tells apart what its translation tells apart: a dict's
    key order, a tuple from a list, 1 from "1", True from 1 (JSON would not); a set's
    members in the order the translation writes them (strs sorted, the hash seed's
    order being the process's own)."""
    if depth > 100:
        return "..."
    if isinstance(value, _CONSTANTS):
        return f"{type(value).__name__}:{value!r}"
    if isinstance(value, (list, tuple)):
        inner = ",".join(_canonical(item, depth + 1) for item in value)
        return f"[{inner}]" if isinstance(value, list) else f"({inner})"
    if isinstance(value, dict):
        pairs = (
            f"{_canonical(k, depth + 1)}:{_canonical(v, depth + 1)}"
            for k, v in value.items()
        )
        return "{" + ",".join(pairs) + "}"
    if isinstance(value, (set, frozenset)):
        strs = sorted(item for item in value if isinstance(item, str))
        members = [item for item in value if not isinstance(item, str)] + strs
        inner = ",".join(_canonical(item, depth + 1) for item in members)
        return f"{type(value).__name__}{{{inner}}}"
    return repr(value)  # refused by the translation; an address keys it per process


def _describe_function(
    func, seen: set[int], parts: list[str], depth: int, file_digest=None
) -> None:
    """``file_digest``: that of the function's file, when the caller has it."""
    if id(func) in seen or depth > 20:
        return
    seen.add(id(func))
    code = func.__code__
    if file_digest is None:
        file_digest = _digest_of_file(code.co_filename)
    parts.append(f"def {func.__module__}.{func.__qualname__} {code.co_firstlineno}")
    parts.append(f"file {code.co_filename} {file_digest}")
    glb = func.__globals__
    names = _names_in(code)
    for name in sorted(names):
        if name in glb:
            value = glb[name]
            parts.append(f"{name} = {_describe(value, seen, parts, depth)}")
            if isinstance(value, types.ModuleType) and not _standard(value):
                _describe_attributes(value, names, seen, parts, depth)
    defaults = (*(func.__defaults__ or ()), *(func.__kwdefaults__ or {}).values())
    for value in defaults:  # taken when the def ran: not a global read at call time
        parts.append(f"default = {_describe(value, seen, parts, depth)}")
    for cell_name, cell in zip(code.co_freevars, func.__closure__ or ()):
        try:
            contents = cell.cell_contents
        except ValueError:
            contents = None
        parts.append(f"free {cell_name} = {_describe(contents, seen, parts, depth)}")


def _standard(module) -> bool:
    """A module of Python's own library (`math`, `json`: the translation maps them)."""
    return module.__name__.partition(".")[0] in sys.stdlib_module_names


def _describe_attributes(module, names, seen, parts, depth) -> None:
    """`pkg.shout`: the attributes of a module the code may read (by the names its
    code holds), each described as a global is (a function's own file, which may not
    be the package's `__init__.py`)."""
    for attr in sorted(names):
        if attr.startswith("__") or not hasattr(module, attr):
            continue
        value = getattr(module, attr)
        described = _describe(value, seen, parts, depth)
        parts.append(f"{module.__name__}.{attr} = {described}")


def cache_key(func) -> str | None:
    """The key of ``func``'s translation, or None when its source file is unknown."""
    code = getattr(func, "__code__", None)
    digest = _digest_of_file(code.co_filename) if code is not None else None
    if digest is None:
        return None
    parts = [compiler_fingerprint()]
    _describe_function(func, set(), parts, 0, digest)
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def _to_json(compiled) -> str:
    data = {}
    for f in dataclasses.fields(compiled):
        value = getattr(compiled, f.name)
        if isinstance(value, (set, frozenset)):
            value = {"__set__": sorted(value)}
        data[f.name] = value
    return json.dumps(data, sort_keys=True)


def _from_json(text: str, cls):
    data = json.loads(text)
    names = {f.name for f in dataclasses.fields(cls)}
    if set(data) != names:
        return None
    return cls(**{name: _thaw(value) for name, value in data.items()})


def _thaw(value):
    # JSON has lists only; the frozen dataclass holds tuples (and frozensets).
    if isinstance(value, dict) and set(value) == {"__set__"}:
        return frozenset(value["__set__"])
    if isinstance(value, list):
        return tuple(_thaw(v) for v in value)
    return value


def _entry_path(key: str) -> Path:
    return cache_dir() / "compiled" / key[:2] / f"{key}.json"


def load(key: str, cls):
    with _LOCK:
        hit = _MEMORY.get(key)
    if hit is not None:
        return hit
    try:
        compiled = _from_json(_entry_path(key).read_text("utf-8"), cls)
    except (OSError, ValueError, TypeError):
        return None
    if compiled is not None:
        with _LOCK:
            _MEMORY[key] = compiled
    return compiled


def store(key: str, compiled) -> None:
    """Keep a translation: in memory now, in its file soon.

    The files are written by a thread of their own: on a cold start a hundred of them
    (and their folders) took a tenth of the time to build the app, on a path the app
    does not wait on otherwise. The thread is not a daemon, so the process still
    writes them all before it exits."""
    path = _entry_path(key)
    with _LOCK:
        _MEMORY[key] = compiled
        _PENDING.append((path, compiled))
        _start_writer()


def _start_writer(even_deferred: bool = False) -> None:
    global _WRITER
    if _WRITER is None and _PENDING and (even_deferred or not _DEFERRING):
        _WRITER = threading.Thread(target=_write_pending, name="clientpy-cache")
        _WRITER.start()


def _write_pending() -> None:
    global _WRITER
    try:
        while True:
            with _LOCK:
                if not _PENDING:
                    return
                path, compiled = _PENDING.pop(0)
            try:
                text = _to_json(compiled)
            except (TypeError, ValueError):
                continue  # a field JSON cannot hold: keep the entry in memory only
            _write_atomic(path, text)
    finally:
        # Also when a write fails unexpectedly: `flush()` must not wait forever.
        with _LOCK:
            _WRITER = None
            _WRITTEN.notify_all()
            if _PENDING:
                _start_writer()


def _forget_writer() -> None:
    # A forked child has no writer thread; what was pending is the parent's to write.
    global _WRITER, _WRITTEN, _LOCK, _DEFERRING
    _LOCK = threading.Lock()
    _WRITTEN = threading.Condition(_LOCK)
    _WRITER = None
    _DEFERRING = 0
    _PENDING.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_writer)


def built_bundle_key(named_keys, **options) -> str:
    """The key of a bundle of callbacks given as (namespace, function name, Python name,
    translation key) with these options: the translations' keys stand for their code,
    so a cached bundle is found without loading any translation."""
    digest = hashlib.sha256(compiler_fingerprint().encode())
    digest.update(json.dumps(options, sort_keys=True).encode())
    for names in named_keys:
        digest.update(json.dumps(names).encode() + b"\0")
    return digest.hexdigest()


def load_built(key: str) -> dict | None:
    """A bundle built and verified before: {"code": ..., "source_map": ...}."""
    try:
        data = json.loads(_built_path(key).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or set(data) != {"code", "source_map"}:
        return None
    return data


def store_built(key: str, code: str, source_map: str) -> None:
    _write_atomic(
        _built_path(key), json.dumps({"code": code, "source_map": source_map})
    )


def _built_path(key: str) -> Path:
    return cache_dir() / "bundles" / f"{key}.json"


def _write_atomic(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass  # an unwritable cache only costs time


def translation_key(func, param_types=None, for_dash=True) -> str | None:
    """What a translation of ``func`` depends on, hashed: its source and the values it
    reads, the compiler, and the options; None when its source file is unknown."""
    key = cache_key(func)
    if key is not None and (param_types or not for_dash):
        extra = json.dumps([sorted((param_types or {}).items()), for_dash])
        key = hashlib.sha256((key + extra).encode()).hexdigest()
    return key


def compile_cached(func, param_types=None, for_dash=True, key=None):
    """``clientpy.api.compile_function(func)``, answered from the cache when possible.
    `key`: its translation_key, when the caller has it already."""
    from clientpy.api import CompiledFunction, compile_function

    if key is None:
        key = translation_key(func, param_types, for_dash)
    if key is not None:
        hit = load(key, CompiledFunction)
        if hit is not None:
            return hit
    compiled = compile_function(func, param_types, for_dash=for_dash)
    if key is not None:
        store(key, compiled)
    return compiled
