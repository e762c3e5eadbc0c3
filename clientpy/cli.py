"""The ``clientpy`` command (also ``python -m clientpy``): build, check and show."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import traceback

from clientpy import __version__

APP_HELP = (
    "the Dash app: path/to/app.py or package.module, optionally :name of the app "
    "(or of a function returning it)"
)
EXIT_CODES = """\
exit status:
  0  done (check: the bundle is up to date)
  1  a clientside callback cannot be translated (check: or the bundle is stale)
  2  usage error: bad arguments, APP cannot be imported, NAME matches nothing
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clientpy",
        description="Dash clientside callbacks written in Python: translate them to "
        "JavaScript, check the bundle before deploying, and review the generated code.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action="version", version=f"clientpy {__version__}"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = _command(
        commands,
        "build",
        "translate every clientside callback of an app and write its bundle",
        "Import APP, translate every @clientside callback and write the bundle "
        "(zzz_clientpy.js) and its source map (zzz_clientpy.js.map) into the app's "
        "assets folder, where Dash serves them. Every error of every callback is "
        "reported; on error nothing is written.",
    )
    build.add_argument("app", metavar="APP", help=APP_HELP)
    build.add_argument(
        "--out",
        "--assets-folder",
        dest="out",
        metavar="DIR",
        help="write the bundle and its source map into DIR instead",
    )
    build.add_argument(
        "--minify",
        action="store_true",
        help="smaller output, without comments and indentation (the source map stays "
        "exact; the running app keeps building it this way)",
    )
    build.add_argument(
        "--json", action="store_true", help="print the result as JSON on stdout"
    )

    check = _command(
        commands,
        "check",
        "fail if the bundle on disk is not what a build would write now (for CI)",
        "Import APP and translate its clientside callbacks without writing anything. "
        "Exit 0 when each one translates and the bundle and source map on disk are "
        "exactly what `clientpy build` would write; else exit 1, naming each failing "
        "or stale callback (with a short diff).",
    )
    check.add_argument("app", metavar="APP", help=APP_HELP)
    check.add_argument(
        "--out",
        "--assets-folder",
        dest="out",
        metavar="DIR",
        help="check the bundle in DIR instead of the app's assets folder",
    )
    check.add_argument(
        "--minify",
        action="store_true",
        default=None,
        help="expect a minified bundle (default: as the bundle on disk says)",
    )

    show = _command(
        commands,
        "show",
        "print each clientside callback's Python source and generated JavaScript",
        "Import APP and print, for each clientside callback (or those NAME picks), "
        "its file and line, its Python source and the JavaScript it becomes: the "
        "callback, every function of yours it calls and the runtime helpers it uses.",
    )
    show.add_argument("app", metavar="APP", help=APP_HELP)
    show.add_argument(
        "names",
        metavar="NAME",
        nargs="*",
        help="only these callbacks: a function name (greet) or module.qualname "
        "(app.greet)",
    )
    show.add_argument("--json", action="store_true", help="print JSON for tools")
    return parser


def _command(commands, name: str, summary: str, description: str):
    return commands.add_parser(
        name,
        help=summary,
        description=description,
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


class _UsageError(Exception):
    pass


class _RunAtImport(Exception):
    """The app module started its server while being imported."""


@contextlib.contextmanager
def _server_not_started():
    """Importing the app must not start its server: the command would wait on it."""
    import dash

    def refuse(self, *args, **kwargs):
        raise _RunAtImport

    saved = dash.Dash.run
    dash.Dash.run = refuse
    try:
        yield
    finally:
        dash.Dash.run = saved


def _load(target: str):
    from clientpy.dash.build import AppNotFound, load_app

    guard = "guard app.run() with `if __name__ == '__main__':`"
    try:
        with _server_not_started():
            return load_app(target)
    except AppNotFound as exc:
        raise _UsageError(str(exc)) from None
    except _RunAtImport:
        raise _UsageError(f"importing {target} starts its server; {guard}") from None
    except SystemExit:
        raise _UsageError(
            f"importing {target} exited (sys.exit, or an argument parser); if it is "
            f"the app's server, {guard}"
        ) from None
    except Exception:  # noqa: BLE001 - any error of the user's module is shown
        tb = traceback.format_exc()
        raise _UsageError(f"importing {target} failed:\n{tb.rstrip()}") from None


def _build(args) -> int:
    from clientpy.dash.assets import BuildError
    from clientpy.dash.build import build_app, failure_json

    app = _load(args.app)
    try:
        result = build_app(app, assets_folder=args.out, minify=args.minify)
    except BuildError as exc:
        print(exc.format(), file=sys.stderr)
        if args.json:
            print(json.dumps(failure_json(exc), indent=2))
        return 1
    except OSError as exc:
        print(f"clientpy: cannot write the bundle: {exc}", file=sys.stderr)
        return 1
    if not result.callbacks:
        print(
            "clientpy: warning: the app has no clientside callbacks of clientpy's "
            "(is APP the app that registers them?)",
            file=sys.stderr,
        )
    if args.json:
        print(json.dumps(result.to_json(), indent=2))
    else:
        state = "wrote" if result.written else "unchanged"
        count = len(result.callbacks)
        print(
            f"{state} {result.bundle_path} "
            f"({count} clientside callback{'s' if count != 1 else ''})"
        )
    return 0


def _check(args) -> int:
    from clientpy.dash.assets import BuildError
    from clientpy.dash.check import check_app

    app = _load(args.app)
    try:
        result = check_app(app, out=args.out, minify=args.minify)
    except BuildError as exc:
        print(exc.format(), file=sys.stderr)
        return 1
    if result.ok:
        print(result.format(args.app))
        return 0
    print(result.format(args.app), file=sys.stderr)
    return 1


def _show(args) -> int:
    from clientpy.dash.show import NoSuchCallback, select, show

    app = _load(args.app)
    try:
        specs = select(app, args.names)
    except NoSuchCallback as exc:
        raise _UsageError(str(exc)) from None
    shown = [show(spec) for spec in specs]
    if args.json:
        print(json.dumps([s.to_json() for s in shown], indent=2))
    else:
        print("\n".join(s.format() for s in shown), end="")
        if not shown:
            print("the app has no clientside callbacks")
    return 1 if any(s.error is not None for s in shown) else 0


COMMANDS = {"build": _build, "check": _check, "show": _show}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except _UsageError as exc:
        print(f"clientpy {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
