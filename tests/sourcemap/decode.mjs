// Decode positions with the `source-map` package: reads {map, queries: [[line, column]]}
// (line 1-based, column 0-based in UTF-16 units, as the format counts) on stdin and
// prints, for each query, the original position the map gives.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { SourceMapConsumer } = require("source-map");

const input = JSON.parse(readFileSync(0, "utf8"));
const consumer = await new SourceMapConsumer(input.map);
const out = input.queries.map(([line, column]) => consumer.originalPositionFor({ line, column }));
const sources = consumer.sources.map((s) => [s, consumer.sourceContentFor(s, true)]);
consumer.destroy();
process.stdout.write(JSON.stringify({ positions: out, sources }));
