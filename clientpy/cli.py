"""``clientpy build APP``: write an app's clientside bundle ahead of time."""

from __future__ import annotations

import argparse
import json
import sys

from clientpy.dash.assets import BuildError
from clientpy.dash.build import AppNotFound, build_app, failure_json, load_app


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clientpy", description="Dash clientside callbacks written in Python."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser(
        "build",
        help="translate every clientside callback of an app and write its bundle",
        description="Import APP, translate every @clientside callback and write the "
        "bundle into the app's assets folder.",
    )
    build.add_argument(
        "app", metavar="APP", help="path/to/app.py or package.module, optionally :attr"
    )
    build.add_argument(
        "--assets-folder",
        help="write the bundle here instead of the app's assets folder",
    )
    build.add_argument(
        "--json", action="store_true", help="print the result as JSON on stdout"
    )
    return parser


def _build(args) -> int:
    try:
        app = load_app(args.app)
    except AppNotFound as exc:
        print(f"clientpy: {exc}", file=sys.stderr)
        return 2
    try:
        result = build_app(app, assets_folder=args.assets_folder)
    except BuildError as exc:
        print(exc.format(), file=sys.stderr)
        if args.json:
            print(json.dumps(failure_json(exc), indent=2))
        return 1
    except OSError as exc:
        print(f"clientpy: cannot write the bundle: {exc}", file=sys.stderr)
        return 1
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


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "build":
        return _build(args)
    return 2  # pragma: no cover - argparse requires a command


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
