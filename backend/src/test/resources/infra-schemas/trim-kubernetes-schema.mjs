// Regenerates kubernetes-1.30-strict.json from fabric8's kubernetes-model 6.13.4 jars (Apache-2.0), keeping only
// the kinds infra/k8s uses and everything they reference. See README.md beside this file. Run:
//   node trim-kubernetes-schema.mjs core.json apps.json policy.json autoscaling.json networking.json > kubernetes-1.30-strict.json
// where each *.json is `unzip -p kubernetes-model-<module>-6.13.4.jar schema/validation-schema.json`.
import { readFileSync } from 'node:fs';

// apiVersion/kind -> definition name in fabric8's schema
const KINDS = {
  'v1/Namespace': 'kubernetes_core_Namespace',
  'v1/ConfigMap': 'kubernetes_core_ConfigMap',
  'v1/Secret': 'kubernetes_core_Secret',
  'v1/Service': 'kubernetes_core_Service',
  'v1/ServiceAccount': 'kubernetes_core_ServiceAccount',
  'apps/v1/Deployment': 'kubernetes_apps_Deployment',
  'policy/v1/PodDisruptionBudget': 'kubernetes_policy_v1_PodDisruptionBudget',
  'autoscaling/v2/HorizontalPodAutoscaler': 'kubernetes_autoscaling_v2_HorizontalPodAutoscaler',
  'networking.k8s.io/v1/Ingress': 'kubernetes_networking_v1_Ingress',
  'networking.k8s.io/v1/NetworkPolicy': 'kubernetes_networking_v1_NetworkPolicy',
};

// fabric8's schema is generated from Go structs and has no `required` lists; these come from the Kubernetes
// API reference (the OpenAPI document's `required` of each type) for the types reachable from KINDS.
const REQUIRED = {
  kubernetes_apps_DeploymentSpec: ['selector', 'template'],
  kubernetes_core_Container: ['name'],
  kubernetes_core_ContainerPort: ['containerPort'],
  kubernetes_core_EnvVar: ['name'],
  kubernetes_core_Volume: ['name'],
  kubernetes_core_VolumeMount: ['name', 'mountPath'],
  kubernetes_core_KeyToPath: ['key', 'path'],
  kubernetes_core_ConfigMapKeySelector: ['key'],
  kubernetes_core_SecretKeySelector: ['key'],
  kubernetes_core_ObjectFieldSelector: ['fieldPath'],
  kubernetes_core_ResourceFieldSelector: ['resource'],
  kubernetes_core_HTTPGetAction: ['port'],
  kubernetes_core_TCPSocketAction: ['port'],
  kubernetes_core_HTTPHeader: ['name', 'value'],
  kubernetes_core_ServicePort: ['port'],
  kubernetes_core_PodSpec: ['containers'],
  kubernetes_core_TopologySpreadConstraint: ['maxSkew', 'topologyKey', 'whenUnsatisfiable'],
  kubernetes_core_WeightedPodAffinityTerm: ['weight', 'podAffinityTerm'],
  kubernetes_core_PodAffinityTerm: ['topologyKey'],
  kubernetes_core_Toleration: [],
  kubernetes_core_SeccompProfile: ['type'],
  kubernetes_apimachinery_LabelSelectorRequirement: ['key', 'operator'],
  kubernetes_autoscaling_v2_HorizontalPodAutoscalerSpec: ['scaleTargetRef', 'maxReplicas'],
  kubernetes_autoscaling_v2_CrossVersionObjectReference: ['kind', 'name'],
  kubernetes_autoscaling_v2_MetricSpec: ['type'],
  kubernetes_autoscaling_v2_ResourceMetricSource: ['name', 'target'],
  kubernetes_autoscaling_v2_MetricTarget: ['type'],
  kubernetes_autoscaling_v2_HPAScalingPolicy: ['type', 'value', 'periodSeconds'],
  kubernetes_networking_v1_HTTPIngressRuleValue: ['paths'],
  kubernetes_networking_v1_HTTPIngressPath: ['pathType', 'backend'],
  kubernetes_networking_v1_IngressServiceBackend: ['name'],
  kubernetes_networking_v1_NetworkPolicySpec: [],
  kubernetes_networking_v1_IPBlock: ['cidr'],
};

const all = {};
for (const file of process.argv.slice(2)) Object.assign(all, JSON.parse(readFileSync(file, 'utf8')).definitions);

const INT_OR_STRING = 'kubernetes_apimachinery_pkg_util_intstr_IntOrString';
const QUANTITY = 'k8s_io_apimachinery_pkg_api_resource_Quantity';
const replacements = {
  [INT_OR_STRING]: { anyOf: [{ type: 'integer' }, { type: 'string' }] },
  [QUANTITY]: { anyOf: [{ type: 'string' }, { type: 'number' }] },
};

function clean(schema, isDefinition) {
  if (Array.isArray(schema)) return schema.map((s) => clean(s, false));
  if (schema === null || typeof schema !== 'object') return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (/^(java|existingJavaType|javaOmitEmpty|serializer|deserializer|default|required)/.test(key)) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, prop]) => [name, clean(prop, false)]));
    } else {
      out[key] = clean(value, false);
    }
  }
  // a struct (has properties) accepts no unknown fields: a misspelt field must fail, as `kubectl --validate=strict` does
  if (isDefinition && out.properties && out.additionalProperties === true) out.additionalProperties = false;
  return out;
}

const used = new Set();
const pending = Object.values(KINDS);
while (pending.length) {
  const name = pending.pop();
  if (used.has(name)) continue;
  if (!all[name]) throw new Error('missing definition ' + name);
  used.add(name);
  if (replacements[name]) continue;
  for (const match of JSON.stringify(all[name]).matchAll(/"#\/definitions\/([A-Za-z0-9_]+)"/g)) pending.push(match[1]);
}

const definitions = {};
for (const name of [...used].sort()) {
  if (replacements[name]) { definitions[name] = replacements[name]; continue; }
  const def = clean(all[name], true);
  const required = new Set(REQUIRED[name] ?? []);
  for (const [prop, schema] of Object.entries(all[name].properties ?? {})) if (schema.required === true) required.add(prop);
  for (const prop of required) if (!def.properties?.[prop]) throw new Error(`${name} has no property ${prop}`);
  if (required.size) def.required = [...required].sort();
  definitions[name] = def;
}
// apiVersion and kind must match the kind exactly
for (const [key, name] of Object.entries(KINDS)) {
  const slash = key.lastIndexOf('/');
  definitions[name].properties.apiVersion = { type: 'string', enum: [key.slice(0, slash)] };
  definitions[name].properties.kind = { type: 'string', enum: [key.slice(slash + 1)] };
}
for (const name of Object.keys(REQUIRED)) if (!used.has(name)) throw new Error('REQUIRED names an unused type ' + name);

process.stdout.write(JSON.stringify({
  $schema: 'http://json-schema.org/draft-07/schema#',
  $comment: 'Trimmed and made strict from io.fabric8:kubernetes-model-*:6.13.4 schema/validation-schema.json (Kubernetes 1.30 types, Apache-2.0). Regenerate with trim-kubernetes-schema.mjs.',
  'x-kinds': KINDS,
  definitions,
}, null, 1) + '\n');
