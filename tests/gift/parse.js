// Parses a GIFT file with gift-pegjs and prints the questions as JSON (used by the xunit GIFT tests).
// Usage: node tests/gift/parse.js FILE
"use strict";
const fs = require("fs");
const path = require("path");
const { parse } = require(path.join(__dirname, "node_modules", "gift-pegjs"));

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: node parse.js FILE\n");
  process.exit(2);
}
try {
  const questions = parse(fs.readFileSync(file, "utf8"));
  process.stdout.write(JSON.stringify(questions, null, 2) + "\n");
} catch (error) {
  const where = error.location ? ` at line ${error.location.start.line}, column ${error.location.start.column}` : "";
  process.stderr.write(`gift-pegjs: ${error.message}${where}\n`);
  process.exit(1);
}
