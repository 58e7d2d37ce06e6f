// Schema check of the manifests here against the Kubernetes OpenAPI schemas of the npm package
// kubernetes-models (validators generated from the API's own OpenAPI document). Not part of the build:
//
//   mkdir -p /tmp/k8sval && (cd /tmp/k8sval && npm install kubernetes-models@5.1.0 js-yaml@4)
//   NODE_PATH=/tmp/k8sval/node_modules node --experimental-default-type=module \
//       packaging/kubernetes/validate.mjs packaging/kubernetes/*.yaml
//
// Exit 0 when every document validates; otherwise each error with its document and path, exit 1.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const modules = (process.env.NODE_PATH || "").split(":").filter(Boolean)[0];
const require = createRequire(modules ? `${modules}/` : import.meta.url);
const yaml = require("js-yaml");
// By file: the package exports its models only to `import`, which does not search NODE_PATH.
const root = modules || new URL("../node_modules", import.meta.url).pathname;
const load = async (name) => import(pathToFileURL(`${root}/${name}.js`).href);
const kinds = {
    "batch/v1/Job": async () => (await load("kubernetes-models/batch/v1/Job")).Job,
    "v1/PersistentVolumeClaim": async () => (await load("kubernetes-models/v1/PersistentVolumeClaim")).PersistentVolumeClaim,
};

let failed = 0;
for (const file of process.argv.slice(2)) {
    const docs = yaml.loadAll(readFileSync(file, "utf8")).filter(Boolean);
    for (const doc of docs) {
        const key = `${doc.apiVersion}/${doc.kind}`;
        const name = `${file}: ${doc.kind} ${doc.metadata?.name}`;
        if (!kinds[key]) {
            console.error(`${name}: no schema here for ${key}`);
            failed++;
            continue;
        }
        const Model = await kinds[key]();
        try {
            new Model(doc).validate();
            console.log(`ok   ${name}`);
        } catch (e) {
            console.error(`FAIL ${name}: ${e.message}`);
            failed++;
        }
    }
}
process.exit(failed ? 1 : 0);
