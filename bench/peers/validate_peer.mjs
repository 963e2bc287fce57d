// A schema-only validator as an integrator would write it in Node: js-yaml
// and Ajv (with ajv-formats) from the npm registry, checking every roadmap
// against the project's JSON Schema. bench/peers.sh installs the packages
// here and times it beside eduroadmap. Prints the files checked and the
// schema errors found.
//
//     node validate_peer.mjs SCHEMA PATH...   (a PATH may be a directory: its *.yaml)
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

function* files(paths) {
    for (const p of paths) {
        if (fs.statSync(p).isDirectory()) {
            const found = [];
            const walk = (dir) => {
                for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
                    const full = path.join(dir, e.name);
                    if (e.isDirectory()) walk(full);
                    else if (e.isFile() && e.name.endsWith('.yaml')) found.push(full);
                }
            };
            walk(p);
            yield* found.sort();
        } else {
            yield p;
        }
    }
}

const [schemaPath, ...paths] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
let checked = 0, errors = 0;
for (const file of files(paths)) {
    // The core schema: a date stays the string the schema describes (`format: date`).
    const document = yaml.load(fs.readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA });
    if (!validate(document)) errors += validate.errors.length;
    ++checked;
}
console.log(`${checked} files checked: ${errors} schema errors`);
process.exitCode = errors ? 1 : 0;
