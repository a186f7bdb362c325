// Format checks for the docs test (tests/e2e_docs_test.cpp): YAML to JSON, SARIF against the
// SARIF 2.1.0 schema, JUnit XML, Markdown. Prints one JSON object; exits 1 with the reason when
// the file is not what its format says.
// Usage: node doc_checks.mjs blocks|yaml|sarif|junit|markdown FILE
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseAllDocuments } from 'yaml';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { marked } from 'marked';

const require = createRequire(import.meta.url);
const [kind, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');

function fail(why) {
  console.error(`${file}: ${why}`);
  process.exit(1);
}

/// Every document of a YAML stream, as JSON; a YAML error fails.
function yamlDocs() {
  const docs = parseAllDocuments(text);
  for (const d of docs) if (d.errors.length) fail(`not valid YAML: ${d.errors[0].message}`);
  return docs.map((d) => d.toJS());
}

/// SARIF 2.1.0 (rtm.5, draft-04), as shipped by the SARIF SDK team's @microsoft/jest-sarif.
function sarif() {
  let log;
  try {
    log = JSON.parse(text);
  } catch (e) {
    fail(`not JSON: ${e.message}`);
  }
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  // unicodeRegExp: false: rtm.5's language pattern is not valid under the u flag (errata01 fixed it).
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (!validate(log)) fail(`not SARIF 2.1.0: ${ajv.errorsText(validate.errors)}`);
  const results = log.runs.flatMap((r) => r.results ?? []);
  return {
    version: log.version,
    results: results.length,
    rules: [...new Set(results.filter((r) => r.baselineState !== 'unchanged').map((r) => r.ruleId))].sort(),
  };
}

function junit() {
  const ok = XMLValidator.validate(text);
  if (ok !== true) fail(`not well-formed XML: ${ok.err.msg} (line ${ok.err.line})`);
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(text);
  const suites = xml.testsuites?.testsuite;
  if (!suites) fail('no <testsuites><testsuite>: not a JUnit report');
  const cases = [suites].flat().flatMap((s) => [s.testcase ?? []].flat());
  return {
    tests: Number(xml.testsuites.tests),
    failures: Number(xml.testsuites.failures),
    cases: cases.map((c) => ({ classname: c.classname, name: c.name, failed: 'failure' in c })),
  };
}

function markdown() {
  const tokens = marked.lexer(text);
  const tables = tokens.filter((t) => t.type === 'table');
  return {
    headings: tokens.filter((t) => t.type === 'heading').map((t) => t.text),
    tables: tables.map((t) => ({ header: t.header.map((h) => h.text), rows: t.rows.length })),
    lists: tokens.filter((t) => t.type === 'list').map((t) => t.items.length),
  };
}

/// The fenced code blocks of a Markdown page: language, text, and whether an HTML comment
/// "docs test: not run (why)" stands right before it.
function blocks() {
  const out = [];
  let previous = null;
  marked.walkTokens(marked.lexer(text), (t) => {
    if (t.type === 'code')
      out.push({
        lang: t.lang ?? '',
        text: t.text,
        skip: previous?.type === 'html' && previous.text.includes('docs test: not run'),
      });
    if (t.type !== 'space') previous = t;
  });
  return out;
}

const checks = { blocks, yaml: yamlDocs, sarif, junit, markdown };
if (!checks[kind]) fail(`unknown check "${kind}" (blocks, yaml, sarif, junit or markdown)`);
console.log(JSON.stringify(checks[kind]()));
