"""Run generated JavaScript from Python tests (see :mod:`clientpy.testing.engine`)."""

from clientpy.testing.engine import (
    PREVENT_UPDATE,
    UNDEFINED,
    EngineError,
    EngineTimeout,
    JSRaised,
    NodeEngine,
)

__all__ = [
    "PREVENT_UPDATE",
    "UNDEFINED",
    "EngineError",
    "EngineTimeout",
    "JSRaised",
    "NodeEngine",
]
