"""Building an app's bundle and putting it where the browser loads it.

Where the bundle is served from, and why:

* Normally it is the file ``zzz_clientpy.js`` in the app's assets folder, written on the
  app's first request just before Dash walks that folder, so Dash serves it like any other
  asset (also to a CDN through ``assets_external_path`` once deployed with
  ``clientpy build``). Dash loads top-level ``.js`` assets in code-point order of their
  names (digits < UPPERCASE < ``_`` < lowercase), so ``zzz_`` comes after the user's own
  top-level scripts; the bundle only merges into ``window.dash_clientside``, so the order
  matters only against a script that replaces that object wholesale.
* The file is written atomically (a temporary file in the same folder, then
  ``os.replace``) and only when its bytes change: the reloader's parent and child and
  several workers may all build it, and rewriting identical bytes would still bump the
  mtime Dash uses for cache busting and hot reload.
* A build that fails raises and writes nothing, so the last good file stays.
* When the page does not load the current file (read-only or missing folder,
  ``include_assets_files=False``, an external assets path that cannot be checked, an app
  set up after its first request, hot-reload mode) the bundle is served from memory by
  the Dash hooks route and the index hook adds ``<script src=...?v=<digest>>`` right
  before the renderer, i.e. after every asset. Serving both is harmless: the later copy
  overwrites the same functions.
* In hot-reload mode nothing is written: a write would make Dash's assets watcher force a
  second page reload after the one :mod:`clientpy.dash.reload` requests.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
import time
import traceback
from typing import NamedTuple

from .. import collector
from . import cache
from .registry import CallbackSpec

BUNDLE_NAME = "zzz_clientpy.js"
MAP_NAME = BUNDLE_NAME + ".map"  # next to the bundle; its sourceMappingURL names it
ROUTE = "_clientpy/bundle.js"
MAP_ROUTE = "_clientpy/" + MAP_NAME  # where that relative URL leads from ROUTE

logger = logging.getLogger("clientpy")


class Bundle(NamedTuple):
    # A named tuple, not a frozen dataclass: this module is imported at every app's
    # start-up, where making a dataclass costs about a millisecond.
    code: str
    digest: str  # of ``code``; the in-memory URL carries it for cache busting
    specs: tuple[CallbackSpec, ...]
    source_map: str = ""  # JSON, served as MAP_NAME beside the bundle
    minified: bool = False


class BuildError(Exception):
    """One or more callbacks could not be translated; ``failures`` lists each one."""

    def __init__(
        self,
        failures: list[tuple[CallbackSpec, BaseException]],
        specs: tuple[CallbackSpec, ...] = (),
    ):
        self.failures = failures
        self.specs = specs  # every callback of the build, failed or not
        super().__init__(self.format())

    def format(self) -> str:
        parts = [
            f"clientside callback {spec.python_name}:\n{format_failure(exc)}"
            for spec, exc in self.failures
        ]
        count = len(self.failures)
        head = f"{count} clientside callback{'s' if count != 1 else ''} failed to build"
        return head + "\n\n" + "\n\n".join(parts)


def format_failure(exc: BaseException) -> str:
    """A translation error's located diagnostics; a traceback for anything else."""
    if hasattr(exc, "format") and (
        hasattr(exc, "diagnostics") or hasattr(exc, "problems")
    ):
        return exc.format()
    return (
        "internal error while translating (a bug in clientpy; please report it with "
        "this traceback and the callback's Python source):\n"
        + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    )


def compile_spec(spec: CallbackSpec, key: str | None = None):
    if spec.compiled is None:
        spec.compiled = cache.compile_cached(spec.func, spec.param_types, key=key)
    return spec.compiled


def app_root(app) -> str:
    """The folder Python files are named relative to in source maps and tracebacks."""
    root = getattr(getattr(app, "server", None), "root_path", None)
    return root or os.path.dirname(os.path.abspath(app.config.assets_folder))


def build(
    specs: list[CallbackSpec], *, root: str | None = None, minify: bool = False
) -> Bundle:
    """Translate every callback (all of them, to report every error) and bundle them.

    The bundle is verified before it is returned (:mod:`clientpy.transpile.verify`).
    """
    keys = [cache.translation_key(spec.func, spec.param_types) for spec in specs]
    key = _bundle_key(specs, keys, root=root, minify=minify)
    hit = cache.load_built(key) if key is not None else None
    if hit is not None:
        return _bundle(hit["code"], hit["source_map"], specs, minify)
    # The new translations' files are written once the bundle is made (and written,
    # when the caller defers them too), not while the app waits for it.
    with cache.writes_deferred(), collector.paused():
        code, source_map = _build_new(specs, keys, root=root, minify=minify)
    if key is not None:
        cache.store_built(key, code, source_map)
    return _bundle(code, source_map, specs, minify)


def _build_new(specs, keys, *, root, minify) -> tuple[str, str]:
    """The code and source map of a bundle not built before (raises BuildError)."""
    from clientpy.transpile.bundle import BundleEntry, GeneratedCodeError, build_bundle

    entries, failures = [], []
    for spec, translation in zip(specs, keys):
        try:
            compiled = compile_spec(spec, translation)
        except Exception as exc:  # noqa: BLE001 - every failure is reported
            failures.append((spec, exc))
            continue
        entries.append(
            BundleEntry(
                spec.namespace,
                spec.function_name,
                compiled,
                spec.python_name,
                spec.result_shape,
                spec.value_lists,
            )
        )
    if failures:
        raise BuildError(failures, tuple(specs))
    try:
        built = build_bundle(entries, root=root, minify=minify, map_name=MAP_NAME)
    except GeneratedCodeError as exc:
        raise BuildError(_blame(exc, specs), tuple(specs)) from exc
    return built.code, built.source_map


def _bundle_key(specs, keys, *, root, minify) -> str | None:
    """The cache key of the bundle of these callbacks, from their translations' keys:
    when these very callbacks were bundled (and verified) before, an app starts
    without loading, printing, mapping or verifying any of them again. None when a
    callback's source is unknown (it is translated, and the bundle built, every time).
    """
    if None in keys:
        return None
    named_keys = [
        (
            spec.namespace,
            spec.function_name,
            spec.python_name,
            key,
            spec.result_shape,
            spec.value_lists,
        )
        for spec, key in zip(specs, keys)
    ]
    return cache.built_bundle_key(named_keys, root=root, minify=minify, map=MAP_NAME)


def _bundle(code: str, source_map: str, specs, minify: bool) -> Bundle:
    digest = hashlib.sha256(code.encode("utf-8")).hexdigest()[:20]
    return Bundle(
        code=code,
        digest=digest,
        specs=tuple(specs),
        source_map=source_map,
        minified=minify,
    )


def _blame(exc, specs) -> list[tuple[CallbackSpec, BaseException]]:
    """Each callback with the verification problems in its code (all for the runtime's)."""
    from clientpy.transpile.bundle import GeneratedCodeError

    out = []
    for spec in specs:
        mine = [
            p
            for p in exc.problems
            if p.entry is None or p.entry.function_name == spec.function_name
        ]
        if mine:
            out.append((spec, GeneratedCodeError(mine)))
    return out or [(spec, exc) for spec in specs[:1]]


def was_minified(folder: str, name: str = BUNDLE_NAME) -> bool:
    """Whether the bundle in ``folder`` was written by ``clientpy build --minify``.

    A rebuild keeps that choice, so a running app does not undo the build step.
    """
    from clientpy.transpile.bundle import MINIFIED_HEADER

    try:
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            return f.readline() == MINIFIED_HEADER
    except (OSError, UnicodeDecodeError):
        return False


def write_bundle(folder: str, bundle: Bundle) -> tuple[str, bool]:
    """Write the source map, then the bundle (so a fresh bundle finds its map)."""
    write_if_changed(folder, bundle.source_map, MAP_NAME)
    return write_if_changed(folder, bundle.code)


def write_if_changed(
    folder: str, code: str, name: str = BUNDLE_NAME
) -> tuple[str, bool]:
    """Write ``code`` to ``folder/name`` atomically unless it holds exactly that already.

    Returns ``(path, written)``; raises ``OSError`` when the folder is not writable.
    """
    path = os.path.join(folder, name)
    data = code.encode("utf-8")
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return path, False
    except FileNotFoundError:
        pass
    os.makedirs(folder, exist_ok=True)
    _remove_stale_temporaries(folder, name)
    # Not "*.js": Dash would serve a temporary file caught by its assets walk.
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path, True


# A write's temporary file older than this was left by a build that was killed (a
# write takes milliseconds; one of another process running now is younger).
STALE_TEMPORARY_SECONDS = 600


def _remove_stale_temporaries(folder: str, name: str) -> None:
    """Remove what killed builds left of their writes of `name` in `folder`."""
    prefix = f".{name}."
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(".tmp")):
            continue
        try:
            if now - entry.stat().st_mtime > STALE_TEMPORARY_SECONDS:
                os.unlink(entry.path)
        except OSError:
            pass  # gone already, or not ours to remove


def script_url(app, bundle: Bundle) -> str:
    return app.get_relative_path(f"/{ROUTE}") + f"?v={bundle.digest}"


def insert_script(index: str, app, bundle: Bundle) -> str:
    """Add the in-memory bundle to the page, just before Dash's renderer script."""
    tag = f'<script src="{script_url(app, bundle)}"></script>\n'
    marker = '<script id="_dash-renderer"'
    at = index.find(marker)
    if at < 0:  # Dash validates that the renderer is there; keep a fallback anyway
        at = index.rfind("</body>")
    if at < 0:
        return index + tag
    return index[:at] + tag + index[at:]


class AppBundle:
    """One app's bundle: built when its callbacks change, on disk when possible."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.generation: int | None = None
        self.bundle: Bundle | None = None
        self.error: BuildError | None = None
        self.disk_digest: str | None = None
        self.disk_path: str | None = None
        self._warned_readonly = False

    def refresh(
        self,
        specs,
        generation: int,
        *,
        assets_folder: str,
        write: bool,
        root: str | None = None,
    ) -> tuple[Bundle, bool]:
        """The bundle for ``specs``; ``changed`` tells whether this call rebuilt it.

        Raises :class:`BuildError` (again, without retranslating, until the callbacks
        change) when a callback fails; nothing is written then.
        """
        with self.lock:
            if generation == self.generation:
                if self.error is not None:
                    raise self.error
                if self.bundle is not None and self.bundle.specs == tuple(specs):
                    return self.bundle, False
            # The new translations' files wait for the bundle's own.
            with cache.writes_deferred():
                return self._rebuild(
                    specs,
                    generation,
                    assets_folder=assets_folder,
                    write=write,
                    root=root,
                )

    def _rebuild(
        self, specs, generation: int, *, assets_folder: str, write: bool, root
    ) -> tuple[Bundle, bool]:
        """Build the bundle (and write it when ``write``), remembering the outcome."""
        try:
            bundle = build(specs, root=root, minify=was_minified(assets_folder))
        except BuildError as exc:
            self.generation, self.error = generation, exc
            raise
        changed = self.bundle is None or self.bundle.digest != bundle.digest
        self.generation, self.error, self.bundle = generation, None, bundle
        if write:
            self._write(assets_folder, bundle)
        return bundle, changed

    def _write(self, folder: str, bundle: Bundle) -> None:
        try:
            self.disk_path, _ = write_bundle(folder, bundle)
        except OSError as exc:
            self.disk_digest = None
            if not self._warned_readonly:
                self._warned_readonly = True
                logger.info(
                    "clientpy: cannot write %s (%s); serving the bundle from memory",
                    os.path.join(folder, BUNDLE_NAME),
                    exc,
                )
            return
        self.disk_digest = bundle.digest

    def served_from_assets(self, app, index: str) -> bool:
        """Whether the page ``index`` already loads the current bundle from the assets."""
        if self.bundle is None or self.disk_digest != self.bundle.digest:
            return False
        if app.config.assets_external_path:
            return False  # a CDN copy cannot be checked from here
        return f'src="{app.get_asset_url(BUNDLE_NAME)}?m=' in index
