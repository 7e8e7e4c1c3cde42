// Reads a JSON Schema (draft 2020-12) on stdin and prints Ajv's standalone validation code for the browser on stdout:
// one function body that returns the validate function, with the Ajv runtime helpers it needs bundled in (no module
// loader, no network). Run by scripts/event_validator.py; the browser never compiles a schema, because the site's
// Content-Security-Policy has no 'unsafe-eval'.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const Ajv2020 = require("ajv/dist/2020").default;
const standaloneCode = require("ajv/dist/standalone").default;

const schema = JSON.parse(readFileSync(0, "utf8"));
// allErrors: every field gets its message at once. Formats are not checked here: the URL fields carry their own
// pattern, the same one the Python model checks.
const ajv = new Ajv2020({ code: { source: true, lines: true }, allErrors: true, strict: false, validateFormats: false });
const code = standaloneCode(ajv, ajv.compile(schema));

// The runtime modules the code requires (such as ucs2length for minLength), each as a function of its own.
const names = [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]))].sort();
const runtime = names.map((name) => {
  if (!name.startsWith("ajv/dist/runtime/")) throw new Error(`unexpected module ${name}`);
  const source = readFileSync(require.resolve(name), "utf8").replace(/\n\/\/# sourceMappingURL=.*$/m, "");
  return `  ${JSON.stringify(name)}: function (module, exports, require) {\n${source.trim()}\n  }`;
});
process.stdout.write(`var runtime = {\n${runtime.join(",\n")}\n};
var cache = {};
function require(name) {
  if (!cache[name]) {
    var module = { exports: {} };
    runtime[name](module, module.exports, require);
    cache[name] = module.exports;
  }
  return cache[name];
}
var module = { exports: {} };
(function (module, exports) {
${code.trim()}
})(module, module.exports);
return module.exports;
`);
