// Validates EIDO files against the NENA-STA-021 JSON schema (OpenAPI 3.0 components, root type
// EmergencyIncidentDataObjectType) with Ajv 8 — the check the exchange tests run on Lintas's exports.
//
//   node validate-eido.mjs --modules DIR/node_modules [--standalone V.cjs] FILE...
//   node validate-eido.mjs --modules DIR/node_modules --write-standalone V.cjs
//
// Compiling the schema (about 3 MB of YAML, thousands of NIEM types) takes seconds of CPU, so the test fixture
// compiles it once into a standalone validator module (Ajv's standalone code) that later runs load. Each FILE holds
// one EIDO object or an array of them. Exit 0: all valid; 1: one is invalid (Ajv's errors are printed); 2: the
// validator could not run.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let modules = '';
let standalone = '';
let writeStandalone = '';
const files = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--modules') modules = args[++i];
  else if (args[i] === '--standalone') standalone = args[++i];
  else if (args[i] === '--write-standalone') writeStandalone = args[++i];
  else files.push(args[i]);
}
if (!modules || (files.length === 0) === !writeStandalone) {
  console.error('usage: node validate-eido.mjs --modules DIR/node_modules [--standalone V.cjs] FILE...\n' +
                '       node validate-eido.mjs --modules DIR/node_modules --write-standalone V.cjs');
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(modules), 'index.js'));

const schemaDir = path.join(here, 'eido', 'Schema');
const base = 'https://schemas.invalid/eido/Schema/';

// The two upstream slips, fixed in memory only: "minItems: 1," reads as the string "1,", and a double slash in
// "NIEMComponents//j.yaml" that URI resolution does not forgive.
function fixSlips(node) {
  if (Array.isArray(node)) return node.forEach(fixSlips);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'minItems' || key === 'maxItems') && typeof value === 'string') node[key] = parseInt(value, 10);
    else if (key === '$ref' && typeof value === 'string') node[key] = value.replace(/\/\/+/g, '/');
    else fixSlips(value);
  }
}

function compile(source) {
  const Ajv = require('ajv').default;
  const addFormats = require('ajv-formats').default;
  const yaml = require('js-yaml');
  // inlineRefs off: the NIEM types are referenced thousands of times, and inlining them makes compiling slow.
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, inlineRefs: false, code: { source } });
  addFormats(ajv);
  for (const format of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password']) ajv.addFormat(format, true);
  const documents = [['openapi.yaml', path.join(schemaDir, 'openapi.yaml')]];
  for (const name of fs.readdirSync(path.join(schemaDir, 'NIEMComponents')).sort())
    if (name.endsWith('.yaml')) documents.push(['NIEMComponents/' + name, path.join(schemaDir, 'NIEMComponents', name)]);
  for (const [relative, file] of documents) {
    const document = yaml.load(fs.readFileSync(file, 'utf8'));
    fixSlips(document);
    document.$id = base + relative;
    ajv.addSchema(document);
  }
  try {
    return [ajv, ajv.compile({ $ref: base + 'openapi.yaml#/components/schemas/EmergencyIncidentDataObjectType' })];
  } catch (error) {
    console.error('the EIDO schema does not compile: ' + error.message);
    process.exit(2);
  }
}

if (writeStandalone) {
  const [ajv, validate] = compile(true);
  const standaloneCode = require('ajv/dist/standalone').default;
  fs.writeFileSync(writeStandalone, standaloneCode(ajv, validate));
  console.log(`${writeStandalone}: written`);
  process.exit(0);
}
// A standalone module resolves ajv's runtime from its own folder: it must sit beside the node_modules it needs.
const validate = standalone ? createRequire(path.resolve(standalone))(path.resolve(standalone)) : compile(false)[1];

let invalid = 0;
for (const file of files) {
  let content;
  try {
    content = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    console.log(`${file}: not JSON: ${error.message}`);
    ++invalid;
    continue;
  }
  const eidos = Array.isArray(content) ? content : [content];
  eidos.forEach((eido, index) => {
    if (validate(eido)) {
      console.log(`${file} [${index}]: valid`);
      return;
    }
    ++invalid;
    for (const error of validate.errors)
      console.log(`${file} [${index}]: ${error.instancePath || '/'} ${error.message}`);
  });
}
process.exit(invalid ? 1 : 0);
