"""Differential program fuzzer: small random Python functions, run in CPython and, through
``clientpy.to_js``, in node; every disagreement is a mismatch.

    python -m tests.semantics.fuzz --seed 1 --count 500 [--show-refused]

Each program takes a few parameters fed with JSON-like values (as Dash delivers them:
an integral float arrives as an int), builds intermediate values from literals,
parameters and expressions (numbers of known and of open type mixed on purpose, since
the compiler emits plain JS operators where it believes a type known), and returns a
list of them, often with their ``repr``/``str``/f-string so that ``2`` against ``2.0``
counts. A program the compiler refuses is retried without the refused statements; a
build-time refusal is never a mismatch. ``OverflowError`` and ``AnnotationError`` raised
by the JS where CPython returned are documented, loud differences and are counted apart.
"""
