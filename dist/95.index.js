export const id = 95;
export const ids = [95];
export const modules = {

/***/ 11160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Th: () => (/* binding */ suppressWhere),
/* harmony export */   ap: () => (/* binding */ parseIgnorePragma),
/* harmony export */   mI: () => (/* binding */ ruleListMatches)
/* harmony export */ });
const PRAGMA = /^#?\s*([a-z]+)\s+(?:(global|stage|file)\s+)?ignore\s*=\s*([A-Za-z0-9_,\s-]+?)(?:\s*[;#]\s*(?:reason\s*=\s*)?(.*))?\s*$/;
/**
 * Parses `<tool> [global|stage|file] ignore=ID[,ID...]` comments, the form hadolint uses and
 * portcullis accepts for every gate. `tools` lists the accepted tool names.
 */
function parseIgnorePragma(comment, tools) {
    const m = PRAGMA.exec(comment.trim());
    if (!m || !tools.includes(m[1]))
        return undefined;
    const rules = m[3]
        .split(/[\s,]+/)
        .map((r) => r.trim())
        .filter(Boolean);
    if (rules.length === 0)
        return undefined;
    return {
        tool: m[1],
        scope: m[2] ?? 'next',
        rules,
        reason: m[4]?.trim() || undefined,
    };
}
/** True when an id list names the rule, or `all`/`*`. Matching is case-insensitive. */
function ruleListMatches(rules, ruleId) {
    const id = ruleId.toLowerCase();
    return rules.some((r) => r === '*' || r.toLowerCase() === 'all' || r.toLowerCase() === id);
}
/** Marks findings that match as suppressed inline; they stay in the report. */
function suppressWhere(findings, matches) {
    for (const f of findings) {
        if (f.suppressed)
            continue;
        const justification = matches(f);
        if (justification !== false && justification !== undefined)
            f.suppressed = { kind: 'inline', justification };
    }
}


/***/ }),

/***/ 14095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ruleMetas: () => (/* binding */ ruleMetas),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/suppress.ts
var suppress = __webpack_require__(11160);
;// CONCATENATED MODULE: ./src/gates/score/model.ts
const CONTAINER_LISTS = [
    'initContainers',
    'containers',
    'ephemeralContainers',
];
/** `Kind/name.namespace`, Kubesec's object name. */
function objectName(o) {
    return `${o.kind}/${o.name}.${o.namespace ?? 'default'}`;
}
function isJson(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Reads a nested value by path; undefined when any step is missing. */
function at(v, path) {
    let cur = v;
    for (const k of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[k];
    }
    return cur;
}
function list(v) {
    return Array.isArray(v) ? v : [];
}

;// CONCATENATED MODULE: ./src/gates/score/exemptions.ts



const IGNORE_ANNOTATION = 'portcullis.dev/ignore';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/**
 * Parses `portcullis.dev/ignore: "<RuleId>[,<RuleId>]; reason=<text>; expires=<YYYY-MM-DD>"`.
 * Returns the exemption, or the reason it cannot be used.
 */
function parseIgnoreAnnotation(value) {
    if (typeof value !== 'string')
        return { error: 'the value must be a string' };
    const [head, ...parts] = value.split(';').map((s) => s.trim());
    const rules = head.split(/[\s,]+/).filter(Boolean);
    if (rules.length === 0)
        return { error: 'no rule ids before the first ";"' };
    const fields = {};
    for (const part of parts.filter(Boolean)) {
        const eq = part.indexOf('=');
        if (eq < 0)
            return { error: `"${part}" is not key=value` };
        fields[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim();
    }
    const unknown = Object.keys(fields).filter((k) => !['reason', 'expires', 'container'].includes(k));
    if (unknown.length)
        return { error: `unknown key ${unknown.map((k) => `"${k}"`).join(', ')}` };
    if (!fields.reason)
        return { error: 'a reason is required: add "; reason=<why>"' };
    if (fields.expires !== undefined && !isDate(fields.expires))
        return { error: `expires=${fields.expires} is not a YYYY-MM-DD date` };
    return {
        exemption: { rules, reason: fields.reason, expires: fields.expires, container: fields.container },
    };
}
function isDate(text) {
    return DATE.test(text) && !Number.isNaN(Date.parse(text));
}
function annotationsAt(metaPath, meta) {
    const annotations = isJson(meta) && isJson(meta.annotations) ? meta.annotations : {};
    return IGNORE_ANNOTATION in annotations
        ? [{ value: annotations[IGNORE_ANNOTATION], path: [...metaPath, 'annotations', IGNORE_ANNOTATION] }]
        : [];
}
function configMatches(e, o) {
    if (e.path && !picomatch_default()(e.path, { dot: true })(o.file))
        return false;
    if (e.kind && e.kind !== o.kind)
        return false;
    if (e.name && !picomatch_default()(e.name)(o.name))
        return false;
    if (e.namespace && e.namespace !== (o.namespace ?? 'default'))
        return false;
    return true;
}
/**
 * The exemptions that apply to one object: its own annotation, its pod template's, and the
 * config entries that match it. Unusable and expired ones come back as problems instead.
 */
function exemptionsFor(o, w, config, today) {
    const exemptions = [];
    const problems = [];
    const places = [...annotationsAt(['metadata'], o.value.metadata)];
    if (w && w.podMetaPath.join('.') !== 'metadata')
        places.push(...annotationsAt(w.podMetaPath, w.podMeta));
    for (const p of places) {
        const { exemption, error } = parseIgnoreAnnotation(p.value);
        if (!exemption) {
            problems.push({
                ruleId: 'PK002',
                path: p.path,
                message: `invalid ${IGNORE_ANNOTATION} annotation: ${error}`,
            });
        }
        else if (exemption.expires && exemption.expires < today) {
            problems.push({
                ruleId: 'PK003',
                path: p.path,
                message: `exemption for ${exemption.rules.join(',')} expired on ${exemption.expires} (${exemption.reason})`,
            });
        }
        else
            exemptions.push({ ...exemption, source: 'annotation', path: p.path });
    }
    for (const e of config) {
        if (!configMatches(e, o))
            continue;
        if (e.expires && e.expires < today) {
            problems.push({
                ruleId: 'PK003',
                path: [],
                message: `score.exemptions entry for ${e.rules.join(',')} expired on ${e.expires} (${e.reason})`,
            });
        }
        else
            exemptions.push({
                rules: e.rules,
                reason: e.reason,
                expires: e.expires,
                container: e.container,
                source: 'config',
            });
    }
    return { exemptions, problems };
}
/** Marks the findings an exemption covers as suppressed, with its reason; they stay in the report. */
function applyExemptions(findings, exemptions) {
    if (exemptions.length === 0)
        return;
    for (const f of findings) {
        if (f.suppressed || f.ruleId === 'PK002' || f.ruleId === 'PK003')
            continue;
        const container = f.data?.container;
        const e = exemptions.find((x) => (0,suppress/* ruleListMatches */.mI)(x.rules, f.ruleId) && (!x.container || x.container === container));
        if (e)
            f.suppressed = {
                kind: e.source === 'annotation' ? 'inline' : 'config',
                justification: `${e.reason}${e.expires ? ` (until ${e.expires})` : ''}`,
            };
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/gates/score/locate.ts

/** The pair of a map whose scalar key reads as `key`. */
function pairOf(node, key) {
    const wanted = typeof key === 'string' ? key : String(key);
    for (const p of node.items) {
        const k = p.key;
        if (!(0,dist/* isScalar */.jn)(k))
            continue;
        const value = k.value;
        if (value === wanted || (typeof value !== 'string' && String(value) === wanted))
            return p;
    }
    return undefined;
}
function childNode(node, key) {
    if ((0,dist/* isMap */.jh)(node))
        return (pairOf(node, key)?.value ?? undefined);
    if ((0,dist/* isSeq */.oP)(node) && typeof key === 'number')
        return node.items[key] || undefined;
    return undefined;
}
/** The end of a node's own text, without the trailing newline and comments a block keeps. */
function valueEnd(node) {
    const r = node.range;
    return r ? r[1] : 0;
}
function keySpan(pair) {
    const key = pair.key;
    return key?.range ? [key.range[0], key.range[1]] : undefined;
}
function pairSpan(pair) {
    const key = keySpan(pair);
    if (!key)
        return undefined;
    const value = pair.value;
    if (!value?.range || (((0,dist/* isMap */.jh)(value) || (0,dist/* isSeq */.oP)(value)) && !value.flow))
        return key;
    return [key[0], valueEnd(value)];
}
/** A container or other list item: its `name` field when it has one, else its first line. */
function itemSpan(node) {
    if ((0,dist/* isMap */.jh)(node)) {
        const name = pairOf(node, 'name');
        if (name)
            return pairSpan(name);
        const first = node.items[0];
        if (first)
            return pairSpan(first);
    }
    return node.range ? [node.range[0], valueEnd(node)] : undefined;
}
function toRange(o, span) {
    const a = o.lines.linePos(span[0]);
    const b = o.lines.linePos(Math.max(span[0], span[1]));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}
/** Where the object itself is: its `kind`, else the start of its map. */
function objectSpan(o) {
    let base = o.doc.contents;
    for (const k of o.base)
        base = childNode(base, k);
    const kind = (0,dist/* isMap */.jh)(base) ? pairOf(base, 'kind') : undefined;
    return (kind && pairSpan(kind)) || ((0,dist/* isMap */.jh)(base) && base.range ? [base.range[0], base.range[0]] : [0, 0]);
}
/**
 * The walk of the last path located, step by step: an object's findings come one after another
 * and share long prefixes (`spec.template.spec.containers.0…`), so each walk resumes where the
 * previous one diverges. `nodes[i]` and `bests[i]` are the state before step `i`.
 */
const walked = {
    object: undefined,
    steps: 0,
    keys: [],
    nodes: [],
    bests: [],
    objectSpan: undefined,
};
/**
 * The exact range of a field of an object: `key: value` for a scalar, the key for a block, or,
 * when the field is missing, the deepest part of the path that exists (the container's `name`,
 * or the key of the parent field). Falls back to the object's `kind`.
 */
function locate(o, path) {
    const base = o.base;
    const length = base.length + path.length;
    const w = walked;
    if (w.object !== o) {
        w.object = o;
        w.steps = 0;
        w.nodes[0] = o.doc.contents;
        w.bests[0] = undefined;
        w.objectSpan = undefined;
    }
    let i = 0;
    while (i < w.steps && i < length && w.keys[i] === (i < base.length ? base[i] : path[i - base.length]))
        i++;
    let node = w.nodes[i];
    let best = w.bests[i];
    for (; i < length; i++) {
        const key = i < base.length ? base[i] : path[i - base.length];
        let next;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = pairOf(node, key);
            if (!pair)
                break;
            best = pairSpan(pair) ?? best;
            next = (pair.value ?? undefined);
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof key === 'number') {
            next = node.items[key] || undefined;
            if (!next)
                break;
            if (i >= base.length)
                best = itemSpan(next) ?? best;
        }
        else
            break;
        if (!next)
            break;
        node = next;
        w.keys[i] = key;
        w.nodes[i + 1] = node;
        w.bests[i + 1] = best;
        w.steps = i + 1;
    }
    if (!best || path.length === 0) {
        w.objectSpan ??= objectSpan(o);
        best = w.objectSpan;
    }
    return toRange(o, best);
}

;// CONCATENATED MODULE: ./src/gates/score/findings.ts


/** The last object named: an object's findings come one after another, so one entry suffices. */
let namedObject;
let namedAs = '';
function nameOf(o) {
    if (o !== namedObject) {
        namedAs = objectName(o);
        namedObject = o;
    }
    return namedAs;
}
/**
 * Path texts, shared: a stream's many findings name few distinct paths, and every finding is
 * kept until the report, so one copy of each text saves the collector copying thousands.
 */
const PATH_TEXTS = new Map();
function pathText(path) {
    const text = path.join('.');
    const known = PATH_TEXTS.get(text);
    if (known !== undefined)
        return known;
    if (PATH_TEXTS.size >= 4096)
        PATH_TEXTS.clear();
    PATH_TEXTS.set(text, text);
    return text;
}
/**
 * A finding at the exact field a violation names (or the nearest part of it that exists). Its
 * snippet is the object and field path, so fingerprints survive lines moving.
 */
function toFinding(meta, o, v, severity = meta.severity, data) {
    const name = nameOf(o);
    const path = pathText(v.path);
    const range = locate(o, v.path);
    const fields = { object: name };
    if (v.container)
        fields.container = v.container;
    fields.path = path;
    if (data)
        Object.assign(fields, data);
    return {
        ruleId: meta.id,
        severity,
        message: `${name}: ${v.message}`,
        file: o.file,
        line: range.line,
        column: range.column,
        endLine: range.endLine,
        endColumn: range.endColumn,
        snippet: `${name} ${path}`,
        security: meta.security,
        data: fields,
    };
}

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/helpers.ts

/** Kubesec's PodSpec location (`getSpecSelector`): `spec` for Pod, the job template for CronJob. */
function kubesecSpec(doc) {
    const cached = SPECS.get(doc);
    if (cached !== undefined || SPECS.has(doc))
        return cached;
    const path = doc.kind === 'Pod'
        ? ['spec']
        : doc.kind === 'CronJob'
            ? ['spec', 'jobTemplate', 'spec', 'template', 'spec']
            : ['spec', 'template', 'spec'];
    const spec = at(doc, path);
    const found = isJson(spec) ? spec : undefined;
    SPECS.set(doc, found);
    return found;
}
/** Kubesec's 30 rules each look the PodSpec up again; once per document is enough. */
const SPECS = new WeakMap();
/** Go's `%v` text of a decoded JSON value, which Kubesec substring-matches against. */
function goFormat(v) {
    if (v === null || v === undefined)
        return '<nil>';
    if (Array.isArray(v))
        return `[${v.map(goFormat).join(' ')}]`;
    if (typeof v === 'object') {
        const keys = Object.keys(v).sort();
        return `map[${keys.map((k) => `${k}:${goFormat(v[k])}`).join(' ')}]`;
    }
    return String(v);
}
const LISTS = ['initContainers', 'containers', 'ephemeralContainers'];
/**
 * Kubesec's `checkSecurityContext`: counts containers (init, regular, ephemeral) whose field is
 * valid, or unset while the pod-level field is valid.
 */
function securityContextCount(doc, field, podLevel, classify) {
    const spec = kubesecSpec(doc);
    if (!spec)
        return 0;
    const podValid = podLevel && classify(at(spec, field)) === 'valid';
    let valid = 0;
    for (const name of LISTS) {
        for (const c of list(spec[name])) {
            const state = classify(at(c, field));
            if (state === 'valid' || (state === 'unset' && podValid))
                valid++;
        }
    }
    return valid;
}
/**
 * The strict evaluation of a security-context rule. A positive rule needs every container to be
 * valid (by its own field, or by an unset field under a valid pod-level one); a negative rule
 * reports every container that matches, at the field that makes it match.
 */
function securityContextViolations(s, field, podLevel, classify, positive, want) {
    const w = s.workload;
    if (!w)
        return [];
    const podField = [...w.specPath, ...field];
    const podState = podLevel ? classify(at(w.spec, field)) : 'unset';
    const out = [];
    if (positive && w.containers.length === 0) {
        return [{ path: [...w.specPath, 'containers'], message: `no containers, so nothing sets ${want}` }];
    }
    for (const c of w.containers) {
        const state = classify(at(c.value, field));
        const inherits = state === 'unset' && podState === 'valid';
        const complies = state === 'valid' || inherits;
        if (complies === positive)
            continue;
        const path = state !== 'unset' || !podLevel || podState === 'unset' ? [...c.path, ...field] : podField;
        out.push({
            path: inherits && !positive ? podField : path,
            container: c.name,
            message: positive
                ? `container "${c.name}" does not set ${want}`
                : `container "${c.name}" ${inherits ? 'inherits' : 'sets'} ${want}`,
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/types.ts
const WORKLOAD_KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet'];
/**
 * Severity of a Kubesec rule in the strict gate, from its points. Every negative rule is at least
 * `medium`, the default `fail-on`, because any Kubesec critical fails the object.
 */
function severityFor(points) {
    if (points <= -30)
        return 'critical';
    if (points <= -7)
        return 'high';
    if (points < 0)
        return 'medium';
    return 'info';
}
function kubesecMeta(id, title, points, equivalents = []) {
    return {
        id,
        title,
        severity: severityFor(points),
        gate: 'score',
        security: true,
        equivalents: [`kubesec:${id}`, ...equivalents],
        tags: ['kubesec', points < 0 ? 'critical' : 'advise'],
    };
}

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/factories.ts



/** A rule on one field of each container's security context, optionally inherited from the pod's. */
function securityContextRule(d) {
    return {
        meta: kubesecMeta(d.id, d.title, d.points, d.equivalents),
        points: d.points,
        selector: d.selector,
        reason: d.reason,
        kinds: d.kinds ?? WORKLOAD_KINDS,
        count: (doc) => securityContextCount(doc, d.field, d.podLevel, d.classify),
        violations: (s) => securityContextViolations(s, d.field, d.podLevel, d.strict ?? d.classify, d.points > 0, d.want),
    };
}
/** A rule on one PodSpec field. */
function podFieldRule(d) {
    const strict = d.strict ?? d.matches;
    return {
        meta: kubesecMeta(d.id, d.title, d.points, d.equivalents),
        points: d.points,
        selector: d.selector,
        reason: d.reason,
        kinds: d.kinds ?? WORKLOAD_KINDS,
        count: (doc) => (d.matches(kubesecSpec(doc)?.[d.field]) ? 1 : 0),
        violations(s) {
            const w = s.workload;
            if (!w)
                return [];
            const matched = strict(w.spec[d.field]);
            if (matched === d.points > 0)
                return [];
            return [
                { path: [...w.specPath, d.field], message: d.points > 0 ? `${d.want} is not set` : `${d.want}` },
            ];
        },
    };
}
/** A positive rule on `containers[].resources`: Kubesec counts the regular containers that have the key. */
function resourceRule(d) {
    const has = (c) => at(c, d.field) !== undefined;
    const name = `resources.${d.field.slice(1).join('.')}`;
    return {
        meta: kubesecMeta(d.id, d.title, d.points, d.equivalents),
        points: d.points,
        selector: d.selector,
        reason: d.reason,
        kinds: d.kinds ?? WORKLOAD_KINDS,
        count: (doc) => list(kubesecSpec(doc)?.containers).filter(has).length,
        violations(s) {
            const w = s.workload;
            if (!w)
                return [];
            const regular = w.containers.filter((c) => c.list === 'containers');
            if (regular.length === 0)
                return [{ path: [...w.specPath, 'containers'], message: `no containers, so nothing sets ${name}` }];
            return regular
                .filter((c) => at(c.value, d.field) === undefined || at(c.value, d.field) === null)
                .map((c) => ({
                path: [...c.path, ...d.field],
                container: c.name,
                message: `container "${c.name}" does not set ${name}`,
            }));
        },
    };
}
const isBool = (v) => typeof v !== 'boolean' ? 'unset' : v ? 'valid' : 'invalid';
const isFalse = (v) => typeof v !== 'boolean' ? 'unset' : v ? 'invalid' : 'valid';
const above10000 = (v) => typeof v !== 'number' ? 'unset' : v > 10000 ? 'valid' : 'invalid';

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/AllowPrivilegeEscalation.ts

/** AllowPrivilegeEscalation (-7): Ensure a non-root process can not gain more privileges */
const AllowPrivilegeEscalation = securityContextRule({
    id: 'AllowPrivilegeEscalation',
    title: 'Container allows privilege escalation',
    points: -7,
    selector: 'containers[] .securityContext .allowPrivilegeEscalation == true',
    reason: 'Ensure a non-root process can not gain more privileges',
    field: ['securityContext', 'allowPrivilegeEscalation'],
    podLevel: false,
    classify: isBool,
    want: 'securityContext.allowPrivilegeEscalation: true',
    equivalents: ['pss:allowPrivilegeEscalation', 'kubescape:C-0016', 'checkov:CKV_K8S_20'],
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/ApparmorAny.ts

/** Kubesec reads only the `type` string; anything else counts as unset. */
const profile = (unconfined) => (v) => typeof v !== 'string' ? 'unset' : (v === 'Unconfined') === unconfined ? 'valid' : 'invalid';
/** ApparmorAny (+3): Well defined AppArmor policies may provide greater protection from unknown threats. */
const ApparmorAny = securityContextRule({
    id: 'ApparmorAny',
    title: 'An AppArmor profile is set',
    points: 3,
    selector: '.spec .securityContext .appArmorProfile .type | .spec .containers[] .securityContext .appArmorProfile .type | .spec .initContainers[] .securityContext .appArmorProfile .type | .spec .ephemeralContainers[] .securityContext .appArmorProfile .type',
    reason: 'Well defined AppArmor policies may provide greater protection from unknown threats.',
    field: ['securityContext', 'appArmorProfile', 'type'],
    podLevel: true,
    classify: profile(false),
    want: 'securityContext.appArmorProfile.type (not Unconfined)',
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/ApparmorUnconfined.ts

/** Kubesec reads only the `type` string; anything else counts as unset. */
const ApparmorUnconfined_profile = (unconfined) => (v) => typeof v !== 'string' ? 'unset' : (v === 'Unconfined') === unconfined ? 'valid' : 'invalid';
/** ApparmorUnconfined (-1): Unconfined AppArmor profiles disable AppArmor enforcement on the workloads */
const ApparmorUnconfined = securityContextRule({
    id: 'ApparmorUnconfined',
    title: 'AppArmor profile is Unconfined',
    points: -1,
    selector: '.spec .securityContext .appArmorProfile .type | .spec .containers[] .securityContext .appArmorProfile .type | .spec .initContainers[] .securityContext .appArmorProfile .type | .spec .ephemeralContainers[] .securityContext .appArmorProfile .type',
    reason: 'Unconfined AppArmor profiles disable AppArmor enforcement on the workloads',
    field: ['securityContext', 'appArmorProfile', 'type'],
    podLevel: true,
    classify: ApparmorUnconfined_profile(true),
    want: 'securityContext.appArmorProfile.type: Unconfined',
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/AutomountServiceAccountToken.ts

/** AutomountServiceAccountToken (+1): Disabling the automounting of Service Account Token reduces the attack surface of the API server */
const AutomountServiceAccountToken = podFieldRule({
    id: 'AutomountServiceAccountToken',
    title: 'Pod does not automount the service account token',
    points: 1,
    selector: '.spec .automountServiceAccountToken == false',
    reason: 'Disabling the automounting of Service Account Token reduces the attack surface of the API server',
    field: 'automountServiceAccountToken',
    matches: (v) => v === false,
    want: 'automountServiceAccountToken: false',
    equivalents: ['kubescape:C-0034', 'checkov:CKV_K8S_38'],
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/BindingsToSystemAnonymous.ts



/** Who is anonymous: the user Kubesec checks, plus the group every unauthenticated request is in. */
const ANONYMOUS = new Set(['system:anonymous', 'system:unauthenticated']);
/** BindingsToSystemAnonymous (-30): any unauthenticated user gets the role's permissions. */
const BindingsToSystemAnonymous = {
    meta: kubesecMeta('BindingsToSystemAnonymous', 'Role bound to anonymous users', -30, ['kubescape:C-0262']),
    points: -30,
    selector: '.subjects[] .name == "system:anonymous"',
    reason: 'Binding a Role or a ClusterRole to user system:anonymous gives any unauthenticated user the permissions granted by that role',
    kinds: ['RoleBinding', 'ClusterRoleBinding'],
    count(doc) {
        const names = list(doc.subjects)
            .filter(isJson)
            .map((s) => s.name);
        return goFormat(names).includes('system:anonymous') ? 1 : 0;
    },
    violations(s) {
        if (s.object.kind !== 'RoleBinding' && s.object.kind !== 'ClusterRoleBinding')
            return [];
        const out = [];
        list(s.object.value.subjects).forEach((sub, i) => {
            if (isJson(sub) && ANONYMOUS.has(String(sub.name)))
                out.push({
                    path: ['subjects', i, 'name'],
                    message: `binds ${s.object.value.roleRef ? 'its role' : 'a role'} to ${String(sub.name)}`,
                });
        });
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/CapDropAll.ts


/** Kubesec upper-cases the printed list and looks for the substring `ALL`. */
const kubesecDropAll = (v) => v === null || v === undefined ? 'unset' : goFormat(v).toUpperCase().includes('ALL') ? 'valid' : 'invalid';
const strictDropAll = (v) => !Array.isArray(v) ? 'unset' : v.some((c) => c === 'ALL') ? 'valid' : 'invalid';
/** CapDropAll (+1): Drop all capabilities and add only those required to reduce syscall attack surface */
const CapDropAll = securityContextRule({
    id: 'CapDropAll',
    title: 'Containers drop all capabilities',
    points: 1,
    selector: 'containers[] .securityContext .capabilities .drop | index("ALL")',
    reason: 'Drop all capabilities and add only those required to reduce syscall attack surface',
    field: ['securityContext', 'capabilities', 'drop'],
    podLevel: false,
    classify: kubesecDropAll,
    strict: strictDropAll,
    want: 'securityContext.capabilities.drop: [ALL]',
    equivalents: ['pss:capabilities_restricted', 'checkov:CKV_K8S_37'],
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/CapDropAny.ts

/** A non-empty list with no nulls (Kubesec checks the printed list for `<nil>`). */
const dropsAny = (v) => !Array.isArray(v) ? 'unset' : v.length > 0 && !v.some((c) => c === null) ? 'valid' : 'invalid';
/** CapDropAny (+1): Reducing kernel capabilities available to a container limits its attack surface */
const CapDropAny = securityContextRule({
    id: 'CapDropAny',
    title: 'Containers drop capabilities',
    points: 1,
    selector: 'containers[] .securityContext .capabilities .drop',
    reason: 'Reducing kernel capabilities available to a container limits its attack surface',
    field: ['securityContext', 'capabilities', 'drop'],
    podLevel: false,
    classify: dropsAny,
    want: 'securityContext.capabilities.drop',
});

;// CONCATENATED MODULE: ./src/gates/score/rules/capabilities.ts
/** A capability name as Kubernetes compares it, tolerating the `CAP_` prefix people write. */
function capabilityName(v) {
    return typeof v === 'string' ? v.toUpperCase().replace(/^CAP_/, '') : '';
}

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/CapSysAdmin.ts



/** Kubesec substring-matches the printed `add` list, so `CAP_SYS_ADMIN` counts too. */
const kubesecSysAdmin = (v) => v === null || v === undefined ? 'unset' : goFormat(v).includes('SYS_ADMIN') ? 'valid' : 'invalid';
const strictSysAdmin = (v) => !Array.isArray(v) ? 'unset' : v.some((c) => capabilityName(c) === 'SYS_ADMIN') ? 'valid' : 'invalid';
/** CapSysAdmin (-30): CAP_SYS_ADMIN is the most privileged capability and should always be avoided */
const CapSysAdmin = securityContextRule({
    id: 'CapSysAdmin',
    title: 'Container adds CAP_SYS_ADMIN',
    points: -30,
    selector: 'containers[] .securityContext .capabilities .add == SYS_ADMIN',
    reason: 'CAP_SYS_ADMIN is the most privileged capability and should always be avoided',
    field: ['securityContext', 'capabilities', 'add'],
    podLevel: false,
    classify: kubesecSysAdmin,
    strict: strictSysAdmin,
    want: 'securityContext.capabilities.add: [SYS_ADMIN]',
    equivalents: ['pss:capabilities_baseline', 'checkov:CKV_K8S_39'],
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/gates/score/rules/host-paths.ts

/** Container runtime sockets: Docker, containerd and CRI-O, under both `/run` and `/var/run`. */
const RUNTIME_SOCKETS = [
    '/var/run/docker.sock',
    '/run/docker.sock',
    '/var/run/containerd/containerd.sock',
    '/run/containerd/containerd.sock',
    '/var/run/crio/crio.sock',
    '/run/crio/crio.sock',
    '/var/run/cri-dockerd.sock',
    '/run/cri-dockerd.sock',
];
/** `//a/./b/` → `/a/b`; relative or non-string paths give undefined. */
function normaliseHostPath(v) {
    if (typeof v !== 'string' || !v.startsWith('/'))
        return undefined;
    const p = external_node_path_.posix.normalize(v);
    return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
}
function within(dir, path) {
    return dir === '/' || path === dir || path.startsWith(`${dir}/`);
}
/** True when the host path is a runtime socket, or a directory that contains one. */
function exposesRuntimeSocket(path) {
    return RUNTIME_SOCKETS.some((s) => within(path, s));
}
/** True when the host path is `/proc`, inside it, or a directory that contains it (`/`). */
function exposesProc(path) {
    return path === '/' || within('/proc', path);
}

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/host-path-rule.ts




/** A negative rule on `volumes[].hostPath.path`. */
function hostPathRule(d) {
    return {
        meta: kubesecMeta(d.id, d.title, d.points, d.equivalents),
        points: d.points,
        selector: d.selector,
        reason: d.reason,
        kinds: WORKLOAD_KINDS,
        count(doc) {
            const paths = list(kubesecSpec(doc)?.volumes)
                .map((v) => v?.hostPath?.path)
                .filter((p) => p !== undefined);
            return goFormat(paths).includes(d.substring) ? 1 : 0;
        },
        violations(s) {
            const w = s.workload;
            if (!w)
                return [];
            const out = [];
            list(w.spec.volumes).forEach((v, i) => {
                const raw = v?.hostPath?.path;
                const path = normaliseHostPath(raw);
                if (path && d.exposes(path))
                    out.push({
                        path: [...w.specPath, 'volumes', i, 'hostPath', 'path'],
                        message: `hostPath volume mounts ${String(raw)}`,
                    });
            });
            return out;
        },
    };
}

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/DockerSock.ts


/**
 * DockerSock (-9): Mounting the docker.socket leaks information about other containers and can
 * allow container breakout. Kubesec looks for the substring `/var/run/docker.sock`; we match the
 * Docker, containerd and CRI-O sockets exactly, and the directories that hold them.
 */
const DockerSock = hostPathRule({
    id: 'DockerSock',
    title: 'Container runtime socket mounted from the host',
    points: -9,
    selector: 'volumes[] .hostPath .path == /var/run/docker.sock',
    reason: 'Mounting the docker.socket leaks information about other containers and can allow container breakout',
    substring: '/var/run/docker.sock',
    exposes: exposesRuntimeSocket,
    equivalents: ['kubescape:C-0074', 'checkov:CKV_K8S_27'],
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/HostAliases.ts

// Kubesec counts any non-null value, even `[]`; we count a non-empty list.
/** HostAliases (-3): Managing /etc/hosts aliases can prevent the container from modifying the file after a pod's containers have already been started. DNS should be managed by the orchestrator */
const HostAliases = podFieldRule({
    id: 'HostAliases',
    title: 'Pod manages /etc/hosts aliases',
    points: -3,
    selector: '.spec .hostAliases',
    reason: "Managing /etc/hosts aliases can prevent the container from modifying the file after a pod's containers have already been started. DNS should be managed by the orchestrator",
    field: 'hostAliases',
    matches: (v) => v !== null && v !== undefined,
    strict: (v) => Array.isArray(v) && v.length > 0,
    want: 'hostAliases is set',
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/HostIPC.ts

/** HostIPC (-9): Sharing the host's IPC namespace allows container processes to communicate with processes on the host */
const HostIPC = podFieldRule({
    id: 'HostIPC',
    title: 'Pod shares the host IPC namespace',
    points: -9,
    selector: '.spec .hostIPC == true',
    reason: "Sharing the host's IPC namespace allows container processes to communicate with processes on the host",
    field: 'hostIPC',
    matches: (v) => v === true,
    want: 'hostIPC: true',
    equivalents: ['pss:hostNamespaces', 'kubescape:C-0038', 'checkov:CKV_K8S_18'],
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/HostNetwork.ts

/** HostNetwork (-9): Sharing the host's network namespace permits processes in the pod to communicate with processes bound to the host's loopback adapter */
const HostNetwork = podFieldRule({
    id: 'HostNetwork',
    title: 'Pod shares the host network namespace',
    points: -9,
    selector: '.spec .hostNetwork == true',
    reason: "Sharing the host's network namespace permits processes in the pod to communicate with processes bound to the host's loopback adapter",
    field: 'hostNetwork',
    matches: (v) => v === true,
    want: 'hostNetwork: true',
    equivalents: ['pss:hostNamespaces', 'kubescape:C-0041', 'checkov:CKV_K8S_19'],
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/HostPID.ts

/** HostPID (-9): Sharing the host's PID namespace allows visibility of processes on the host, potentially leaking information such as environment variables and configuration */
const HostPID = podFieldRule({
    id: 'HostPID',
    title: 'Pod shares the host PID namespace',
    points: -9,
    selector: '.spec .hostPID == true',
    reason: "Sharing the host's PID namespace allows visibility of processes on the host, potentially leaking information such as environment variables and configuration",
    field: 'hostPID',
    matches: (v) => v === true,
    want: 'hostPID: true',
    equivalents: ['pss:hostNamespaces', 'kubescape:C-0038', 'checkov:CKV_K8S_17'],
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/HostUsers.ts

/** HostUsers (+1): A user namespace for a Pod is enabled by setting the hostUsers field of Pod .spec, which can prevent various attacks */
const HostUsers = podFieldRule({
    id: 'HostUsers',
    title: 'Pod runs in a user namespace',
    points: 1,
    selector: '.spec .hostUsers == false',
    reason: 'A user namespace for a Pod is enabled by setting the hostUsers field of Pod .spec, which can prevent various attacks',
    field: 'hostUsers',
    matches: (v) => v === false,
    want: 'hostUsers: false',
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/LimitsCPU.ts

/** LimitsCPU (+1): Enforcing CPU limits prevents DOS via resource exhaustion */
const LimitsCPU = resourceRule({
    id: 'LimitsCPU',
    title: 'Containers limit CPU',
    points: 1,
    selector: 'containers[] .resources .limits .cpu',
    reason: 'Enforcing CPU limits prevents DOS via resource exhaustion',
    field: ['resources', 'limits', 'cpu'],
    equivalents: ['kube-score:container-resources', 'polaris:cpuLimitsMissing'],
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/LimitsMemory.ts

/** LimitsMemory (+1): Enforcing memory limits prevents DOS via resource exhaustion */
const LimitsMemory = resourceRule({
    id: 'LimitsMemory',
    title: 'Containers limit memory',
    points: 1,
    selector: 'containers[] .resources .limits .memory',
    reason: 'Enforcing memory limits prevents DOS via resource exhaustion',
    field: ['resources', 'limits', 'memory'],
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/Privileged.ts

/** Privileged (-30): Privileged containers can allow almost completely unrestricted host access */
const Privileged = securityContextRule({
    id: 'Privileged',
    title: 'Container is privileged',
    points: -30,
    selector: 'containers[] .securityContext .privileged == true',
    reason: 'Privileged containers can allow almost completely unrestricted host access',
    field: ['securityContext', 'privileged'],
    podLevel: false,
    classify: isBool,
    want: 'securityContext.privileged: true',
    equivalents: [
        'pss:privileged',
        'polaris:privilegeEscalationAllowed',
        'kubescape:C-0057',
        'checkov:CKV_K8S_16',
    ],
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/ProcMount.ts


/**
 * ProcMount (-9): the host's /proc mounted into a container. Kubesec looks for the substring
 * `/proc`, so `/host/proc` matches too; we match `/proc`, paths under it, and `/`.
 */
const ProcMount = hostPathRule({
    id: 'ProcMount',
    title: "Host's /proc mounted into the pod",
    points: -9,
    selector: 'volumes[] .hostPath .path == /proc',
    reason: 'Mounting the proc directory from the host system into a container gives access to information about other containers running on the same host and can allow container breakout',
    substring: '/proc',
    exposes: exposesProc,
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/ReadOnlyRootFilesystem.ts

/** ReadOnlyRootFilesystem (+1): An immutable root filesystem can prevent malicious binaries being added to PATH and increase attack cost */
const ReadOnlyRootFilesystem = securityContextRule({
    id: 'ReadOnlyRootFilesystem',
    title: 'Containers run with a read-only root filesystem',
    points: 1,
    selector: 'containers[] .securityContext .readOnlyRootFilesystem == true',
    reason: 'An immutable root filesystem can prevent malicious binaries being added to PATH and increase attack cost',
    field: ['securityContext', 'readOnlyRootFilesystem'],
    podLevel: false,
    classify: isBool,
    want: 'securityContext.readOnlyRootFilesystem: true',
    equivalents: [
        'pss:none',
        'kube-score:container-security-context-readonlyrootfilesystem',
        'polaris:notReadOnlyRootFilesystem',
        'checkov:CKV_K8S_22',
    ],
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/RequestsCPU.ts

/** RequestsCPU (+1): Enforcing CPU requests aids a fair balancing of resources across the cluster */
const RequestsCPU = resourceRule({
    id: 'RequestsCPU',
    title: 'Containers request CPU',
    points: 1,
    selector: 'containers[] .resources .requests .cpu',
    reason: 'Enforcing CPU requests aids a fair balancing of resources across the cluster',
    field: ['resources', 'requests', 'cpu'],
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/RequestsMemory.ts

/** RequestsMemory (+1): Enforcing memory requests aids a fair balancing of resources across the cluster */
const RequestsMemory = resourceRule({
    id: 'RequestsMemory',
    title: 'Containers request memory',
    points: 1,
    selector: 'containers[] .resources .requests .memory',
    reason: 'Enforcing memory requests aids a fair balancing of resources across the cluster',
    field: ['resources', 'requests', 'memory'],
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/RunAsGroup.ts

/** RunAsGroup (+1): Run as a high-UID group to avoid conflicts with the host's groups */
const RunAsGroup = securityContextRule({
    id: 'RunAsGroup',
    title: 'Containers run as a high GID',
    points: 1,
    selector: '.spec, .spec.containers[] | .securityContext .runAsGroup -gt 10000',
    reason: "Run as a high-UID group to avoid conflicts with the host's groups",
    field: ['securityContext', 'runAsGroup'],
    podLevel: true,
    classify: above10000,
    want: 'securityContext.runAsGroup > 10000',
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/RunAsNonRoot.ts

/** RunAsNonRoot (+1): Force the running image to run as a non-root user to ensure least privilege */
const RunAsNonRoot = securityContextRule({
    id: 'RunAsNonRoot',
    title: 'Containers run as a non-root user',
    points: 1,
    selector: '.spec, .spec.containers[] | .securityContext .runAsNonRoot == true',
    reason: 'Force the running image to run as a non-root user to ensure least privilege',
    field: ['securityContext', 'runAsNonRoot'],
    podLevel: true,
    classify: isBool,
    want: 'securityContext.runAsNonRoot: true',
    equivalents: ['pss:runAsNonRoot', 'polaris:runAsRootAllowed'],
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/RunAsUser.ts

/** RunAsUser (+1): Run as a high-UID user to avoid conflicts with the host's users */
const RunAsUser = securityContextRule({
    id: 'RunAsUser',
    title: 'Containers run as a high UID',
    points: 1,
    selector: '.spec, .spec.containers[] | .securityContext .runAsUser -gt 10000',
    reason: "Run as a high-UID user to avoid conflicts with the host's users",
    field: ['securityContext', 'runAsUser'],
    podLevel: true,
    classify: above10000,
    want: 'securityContext.runAsUser > 10000',
    equivalents: ['kube-score:container-security-context-user-group-id', 'checkov:CKV_K8S_40'],
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/SeccompAny.ts

/** Kubesec reads only the `type` string; anything else counts as unset. */
const SeccompAny_profile = (unconfined) => (v) => typeof v !== 'string' ? 'unset' : (v === 'Unconfined') === unconfined ? 'valid' : 'invalid';
/** SeccompAny (+1): Seccomp profiles set minimum privilege and secure against unknown threats */
const SeccompAny = securityContextRule({
    id: 'SeccompAny',
    title: 'A seccomp profile is set',
    points: 1,
    selector: '.spec .securityContext .seccompProfile .type | .spec .containers[] .securityContext .seccompProfile .type | .spec .initContainers[] .securityContext .seccompProfile .type | .spec .ephemeralContainers[] .securityContext .seccompProfile .type',
    reason: 'Seccomp profiles set minimum privilege and secure against unknown threats',
    field: ['securityContext', 'seccompProfile', 'type'],
    podLevel: true,
    classify: SeccompAny_profile(false),
    want: 'securityContext.seccompProfile.type (not Unconfined)',
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/SeccompUnconfined.ts

/** Kubesec reads only the `type` string; anything else counts as unset. */
const SeccompUnconfined_profile = (unconfined) => (v) => typeof v !== 'string' ? 'unset' : (v === 'Unconfined') === unconfined ? 'valid' : 'invalid';
/** SeccompUnconfined (-1): Unconfined Seccomp profiles have full system call access */
const SeccompUnconfined = securityContextRule({
    id: 'SeccompUnconfined',
    title: 'Seccomp profile is Unconfined',
    points: -1,
    selector: '.spec .securityContext .seccompProfile .type | .spec .containers[] .securityContext .seccompProfile .type | .spec .initContainers[] .securityContext .seccompProfile .type | .spec .ephemeralContainers[] .securityContext .seccompProfile .type',
    reason: 'Unconfined Seccomp profiles have full system call access',
    field: ['securityContext', 'seccompProfile', 'type'],
    podLevel: true,
    classify: SeccompUnconfined_profile(true),
    want: 'securityContext.seccompProfile.type: Unconfined',
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/SecretsAsEnvironmentVariables.ts



const SecretsAsEnvironmentVariables_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];
const present = (v) => v !== null && v !== undefined;
function usesSecret(c) {
    return (list(at(c, ['env'])).some((e) => present(at(e, ['valueFrom', 'secretKeyRef']))) ||
        list(at(c, ['envFrom'])).some((e) => present(at(e, ['secretRef']))));
}
/** SecretsAsEnvironmentVariables (-5): secrets leak through logs, crash dumps and process listings. */
const SecretsAsEnvironmentVariables = {
    meta: kubesecMeta('SecretsAsEnvironmentVariables', 'Secret passed as an environment variable', -5, [
        'kubescape:C-0207',
        'checkov:CKV_K8S_35',
    ]),
    points: -5,
    selector: '.spec .containers[] .env[] .valueFrom .secretKeyRef | .spec .initContainers[] .env[] .valueFrom .secretKeyRef | .spec .ephemeralContainers[] .env[] .valueFrom .secretKeyRef | .spec .containers[] .envFrom[] .secretRef | .spec .initContainers[] .envFrom[] .secretRef | .spec .ephemeralContainers[] .envFrom[] .secretRef',
    reason: 'Secrets passed as environment variables can be easily exposed through application logs, crash dumps, and system process inspection',
    kinds: [...WORKLOAD_KINDS, 'ReplicaSet', 'Job', 'CronJob'],
    count(doc) {
        const spec = kubesecSpec(doc);
        return SecretsAsEnvironmentVariables_LISTS.reduce((n, l) => n + list(spec?.[l]).filter(usesSecret).length, 0);
    },
    violations(s) {
        const out = [];
        for (const c of s.workload?.containers ?? []) {
            list(c.value.env).forEach((e, i) => {
                if (isJson(e) && present(at(e, ['valueFrom', 'secretKeyRef'])))
                    out.push({
                        path: [...c.path, 'env', i, 'valueFrom', 'secretKeyRef'],
                        container: c.name,
                        message: `container "${c.name}" reads secret into environment variable ${String(e.name)}`,
                    });
            });
            list(c.value.envFrom).forEach((e, i) => {
                if (present(at(e, ['secretRef'])))
                    out.push({
                        path: [...c.path, 'envFrom', i, 'secretRef'],
                        container: c.name,
                        message: `container "${c.name}" loads a whole secret into its environment`,
                    });
            });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/ServiceAccountName.ts

// Kubesec credits any non-null value, even an empty string; we want a real, non-default account.
/** ServiceAccountName (+3): Service accounts restrict Kubernetes API access and should be configured with least privilege */
const ServiceAccountName = podFieldRule({
    id: 'ServiceAccountName',
    title: 'Pod names its service account',
    points: 3,
    selector: '.spec .serviceAccountName',
    reason: 'Service accounts restrict Kubernetes API access and should be configured with least privilege',
    field: 'serviceAccountName',
    matches: (v) => v !== null && v !== undefined,
    strict: (v) => typeof v === 'string' && v !== '' && v !== 'default',
    want: 'serviceAccountName',
    equivalents: ['checkov:CKV_K8S_41'],
});

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/volume-claims.ts

/** The StatefulSet's volume claim templates that have a `spec`, as Kubesec counts them. */
function claimTemplates(doc) {
    const spec = isJson(doc.spec) ? doc.spec : {};
    return list(spec.volumeClaimTemplates).flatMap((t, index) => isJson(t) && isJson(t.spec) ? [{ spec: t.spec, index }] : []);
}
/** Strict: every template must comply; a StatefulSet without templates is credited, as in Kubesec. */
function claimViolations(s, complies, field, message) {
    if (s.object.kind !== 'StatefulSet')
        return [];
    return claimTemplates(s.object.value)
        .filter((t) => !complies(t.spec))
        .map((t) => ({
        path: ['spec', 'volumeClaimTemplates', t.index, 'spec', ...field],
        message: `volumeClaimTemplates[${t.index}] ${message}`,
    }));
}

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/VolumeClaimAccessModeReadWriteOnce.ts




const SINGLE_NODE = new Set(['ReadWriteOnce', 'ReadWriteOncePod']);
/** VolumeClaimAccessModeReadWriteOnce (+1): only one node may mount each persistent volume. */
const VolumeClaimAccessModeReadWriteOnce = {
    meta: kubesecMeta('VolumeClaimAccessModeReadWriteOnce', 'Volume claim templates are ReadWriteOnce', 1),
    points: 1,
    selector: '.spec .volumeClaimTemplates[] .spec .accessModes | index("ReadWriteOnce")',
    reason: 'Setting the access mode of ReadWriteOnce on volumeClaimTemplates (if any exist) allows only one node to mount the persistentVolume',
    kinds: ['StatefulSet'],
    count(doc) {
        const templates = claimTemplates(doc);
        if (templates.length === 0)
            return 1;
        // Kubesec matches the printed `accessModes:[ReadWriteOnce]`, i.e. exactly that one mode.
        return templates.some((t) => goFormat(t.spec.accessModes) === '[ReadWriteOnce]') ? 1 : 0;
    },
    violations: (s) => claimViolations(s, (spec) => {
        const modes = at(spec, ['accessModes']);
        return Array.isArray(modes) && modes.length > 0 && modes.every((m) => SINGLE_NODE.has(m));
    }, ['accessModes'], 'does not limit accessModes to ReadWriteOnce'),
};

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/VolumeClaimRequestsStorage.ts



const storage = (spec) => at(spec, ['resources', 'requests', 'storage']);
/** VolumeClaimRequestsStorage (+1): sized claims bind to appropriately sized volumes. */
const VolumeClaimRequestsStorage = {
    meta: kubesecMeta('VolumeClaimRequestsStorage', 'Volume claim templates request storage', 1),
    points: 1,
    selector: '.spec .volumeClaimTemplates[] .spec .resources .requests .storage',
    reason: "Setting a storage request on volumeClaimTemplates (if any exist) allows for the StatefulSet's PVCs to be bound to appropriately sized PVs.",
    kinds: ['StatefulSet'],
    count(doc) {
        const templates = claimTemplates(doc);
        if (templates.length === 0)
            return 1;
        return templates.filter((t) => storage(t.spec) !== undefined).length;
    },
    violations: (s) => claimViolations(s, (spec) => storage(spec) !== undefined && storage(spec) !== null, ['resources', 'requests', 'storage'], 'does not request storage'),
};

;// CONCATENATED MODULE: ./src/gates/score/rules/kubesec/index.ts































/** Kubesec's 30 rules, in the order of its ruleset (kubesec pkg/ruler/ruleset.go). */
const KUBESEC_RULES = [
    HostNetwork,
    HostPID,
    HostIPC,
    ReadOnlyRootFilesystem,
    RunAsNonRoot,
    RunAsUser,
    RunAsGroup,
    Privileged,
    CapSysAdmin,
    CapDropAny,
    CapDropAll,
    DockerSock,
    ProcMount,
    RequestsCPU,
    LimitsCPU,
    RequestsMemory,
    LimitsMemory,
    ServiceAccountName,
    HostAliases,
    SeccompAny,
    SeccompUnconfined,
    ApparmorAny,
    ApparmorUnconfined,
    VolumeClaimAccessModeReadWriteOnce,
    VolumeClaimRequestsStorage,
    AllowPrivilegeEscalation,
    AutomountServiceAccountToken,
    HostUsers,
    SecretsAsEnvironmentVariables,
    BindingsToSystemAnonymous,
];

;// CONCATENATED MODULE: ./src/gates/score/kubesec-score.ts


/** Kubesec's `RuleRefCustomOrder`: criticals most negative first, others highest first, ties by selector. */
function compareRuleRefs(a, b) {
    if (a.points !== b.points) {
        if (a.points > 0 || b.points > 0)
            return b.points - a.points;
        return a.points - b.points;
    }
    return a.selector < b.selector ? -1 : a.selector > b.selector ? 1 : 0;
}
/** One shared, frozen entry per rule: reports only ever serialise them. */
const REFS = new Map(KUBESEC_RULES.map((r) => [
    r,
    Object.freeze({ id: r.meta.id, selector: r.selector, reason: r.reason, points: r.points }),
]));
function ref(rule) {
    return REFS.get(rule);
}
/** The rules Kubesec applies to each kind, already in report order, so no report needs a sort. */
const RULES_BY_KIND = new Map();
for (const rule of [...KUBESEC_RULES].sort((a, b) => compareRuleRefs(ref(a), ref(b))))
    for (const kind of rule.kinds)
        RULES_BY_KIND.set(kind, [...(RULES_BY_KIND.get(kind) ?? []), rule]);
/**
 * Scores one object exactly as Kubesec does (`checkRules` in kubesec pkg/ruler/ruleset.go): a
 * plain sum, where a positive rule counts when any one container complies and criticals can be
 * offset by hardening. This is `--format kubesec` and `--mode kubesec`.
 */
function kubesecReport(o, fileName) {
    const applied = RULES_BY_KIND.get(o.kind) ?? [];
    const critical = [];
    const passed = [];
    const advise = [];
    let score = 0;
    for (const rule of applied) {
        const matched = rule.count(o.value) > 0;
        if (matched) {
            score += rule.points;
            (rule.points >= 0 ? passed : critical).push(ref(rule));
        }
        else if (rule.points >= 0)
            advise.push(ref(rule));
    }
    const message = applied.length === 0
        ? 'This resource kind is not supported by kubesec'
        : score >= 0
            ? `Passed with a score of ${score} points`
            : `Failed with a score of ${score} points`;
    const scoring = {};
    if (critical.length)
        scoring.critical = critical;
    if (passed.length)
        scoring.passed = passed;
    if (advise.length)
        scoring.advise = advise;
    return {
        object: o.kind ? objectName(o) : 'Unknown',
        valid: true,
        fileName,
        message,
        score,
        scoring,
    };
}
/** Go's encoding/json escapes these even inside strings; jq scripts never see the difference, diffs do. */
function goEscape(json) {
    return json
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
/** Kubesec's output: `json.MarshalIndent(reports, "", "  ")` followed by a newline. */
function renderKubesec(reports) {
    return `${goEscape(JSON.stringify(reports, null, 2))}\n`;
}

// EXTERNAL MODULE: ./src/registry/index.ts + 11 modules
var registry = __webpack_require__(12847);
;// CONCATENATED MODULE: ./src/gates/score/rules/own/image.ts

/**
 * Tag and digest of an image reference, parsed by the shared registry client (the grammar of
 * github.com/distribution/reference), so the score and pin gates read references alike.
 */
function imageParts(ref) {
    try {
        const { tag, digest } = (0,registry/* parseImageReference */.o_)(ref);
        return { tag, digest };
    }
    catch {
        return { invalid: true };
    }
}

;// CONCATENATED MODULE: ./src/gates/score/rules/own/types.ts
function ownMeta(id, title, severity, extra = {}) {
    return { id, title, severity, gate: 'score', security: true, ...extra };
}

;// CONCATENATED MODULE: ./src/gates/score/rules/own/PK010.ts


/** PK010: `:latest`, or no tag at all, runs whatever was pushed last. */
const PK010 = {
    meta: ownMeta('PK010', 'Image uses latest or no tag', 'medium', {
        equivalents: ['pin:PP003', 'kube-score:container-image-tag', 'checkov:CKV_K8S_14'],
    }),
    check(s) {
        const out = [];
        for (const c of s.workload?.containers ?? []) {
            if (typeof c.value.image !== 'string')
                continue;
            const { tag, digest, invalid } = imageParts(c.value.image);
            if (invalid || digest || (tag !== undefined && tag !== 'latest'))
                continue;
            out.push({
                path: [...c.path, 'image'],
                container: c.name,
                message: `container "${c.name}" image ${c.value.image} ${tag ? 'uses :latest' : 'has no tag (means :latest)'}`,
            });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/own/PK011.ts


/** PK011: an image without a digest can change under a running deployment. */
const PK011 = {
    meta: ownMeta('PK011', 'Image not pinned by digest', 'low', {
        equivalents: ['pin:PP001', 'checkov:CKV_K8S_43'],
    }),
    check(s) {
        const out = [];
        for (const c of s.workload?.containers ?? []) {
            if (typeof c.value.image !== 'string')
                continue;
            const parts = imageParts(c.value.image);
            if (parts.digest || parts.invalid)
                continue;
            out.push({
                path: [...c.path, 'image'],
                container: c.name,
                message: `container "${c.name}" image ${c.value.image} is not pinned by digest`,
            });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/own/PK012.ts


/** PK012: a hostPort ties the pod to a node's port and bypasses network policy on many CNIs. */
const PK012 = {
    meta: ownMeta('PK012', 'Container uses a hostPort', 'medium', {
        equivalents: ['psa:hostPorts', 'kubescape:C-0044', 'checkov:CKV_K8S_26'],
    }),
    check(s) {
        const out = [];
        for (const c of s.workload?.containers ?? [])
            list(c.value.ports).forEach((p, i) => {
                if (isJson(p) && typeof p.hostPort === 'number' && p.hostPort !== 0)
                    out.push({
                        path: [...c.path, 'ports', i, 'hostPort'],
                        container: c.name,
                        message: `container "${c.name}" binds hostPort ${p.hostPort}`,
                    });
            });
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/own/PK013.ts


/** PK013: a hostPath mounted without `readOnly: true` lets the container write to the node. */
const PK013 = {
    meta: ownMeta('PK013', 'Writable hostPath mount', 'high', { equivalents: ['kubescape:C-0045'] }),
    check(s) {
        const w = s.workload;
        if (!w)
            return [];
        const hostPaths = new Set(list(w.spec.volumes)
            .filter((v) => isJson(v) && v.hostPath !== null && v.hostPath !== undefined)
            .map((v) => v.name));
        const out = [];
        for (const c of w.containers)
            list(c.value.volumeMounts).forEach((m, i) => {
                if (isJson(m) && hostPaths.has(m.name) && m.readOnly !== true)
                    out.push({
                        path: [...c.path, 'volumeMounts', i],
                        container: c.name,
                        message: `container "${c.name}" mounts hostPath volume ${String(m.name)} writable (set readOnly: true)`,
                    });
            });
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/own/PK014.ts



/** Capabilities that break isolation like SYS_ADMIN does (which Kubesec's CapSysAdmin covers). */
const DANGEROUS_CAPABILITIES = new Set([
    'ALL',
    'BPF',
    'DAC_READ_SEARCH',
    'MAC_ADMIN',
    'MAC_OVERRIDE',
    'NET_ADMIN',
    'NET_RAW',
    'PERFMON',
    'SYS_BOOT',
    'SYS_MODULE',
    'SYS_PTRACE',
    'SYS_RAWIO',
    'SYS_TIME',
    'SYSLOG',
]);
/** PK014: a container adds a capability that allows escape or spying beyond SYS_ADMIN. */
const PK014 = {
    meta: ownMeta('PK014', 'Dangerous capability added', 'high', {
        equivalents: ['psa:capabilities_baseline', 'kubescape:C-0046', 'polaris:dangerousCapabilities'],
    }),
    check(s) {
        const out = [];
        for (const c of s.workload?.containers ?? [])
            list(at(c.value, ['securityContext', 'capabilities', 'add'])).forEach((cap, i) => {
                if (DANGEROUS_CAPABILITIES.has(capabilityName(cap)))
                    out.push({
                        path: [...c.path, 'securityContext', 'capabilities', 'add', i],
                        container: c.name,
                        message: `container "${c.name}" adds capability ${String(cap)}`,
                    });
            });
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/own/PK015.ts


/** PK015: `runAsUser: 0` asks for root explicitly, whatever the image says. */
const PK015 = {
    meta: ownMeta('PK015', 'Runs as UID 0', 'medium', { equivalents: ['psa:runAsUser'] }),
    check(s) {
        const w = s.workload;
        if (!w)
            return [];
        const out = [];
        if (at(w.spec, ['securityContext', 'runAsUser']) === 0)
            out.push({ path: [...w.specPath, 'securityContext', 'runAsUser'], message: 'pod sets runAsUser: 0' });
        for (const c of w.containers)
            if (at(c.value, ['securityContext', 'runAsUser']) === 0)
                out.push({
                    path: [...c.path, 'securityContext', 'runAsUser'],
                    container: c.name,
                    message: `container "${c.name}" sets runAsUser: 0`,
                });
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/own/PK016.ts


/** Names that end in a secret word: `DB_PASSWORD`, `GITHUB_TOKEN`, not `PASSWORD_FILE`. */
const SECRET_NAME = /(^|_)(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)$/i;
/** PK016: an environment variable named like a secret whose value is written in the manifest. */
const PK016 = {
    meta: ownMeta('PK016', 'Secret written into an environment variable', 'medium', {
        equivalents: ['kubescape:C-0012', 'polaris:sensitiveContainerEnvVar'],
    }),
    check(s) {
        const out = [];
        for (const c of s.workload?.containers ?? [])
            list(c.value.env).forEach((e, i) => {
                if (isJson(e) &&
                    typeof e.name === 'string' &&
                    SECRET_NAME.test(e.name) &&
                    typeof e.value === 'string' &&
                    e.value !== '')
                    out.push({
                        path: [...c.path, 'env', i, 'value'],
                        container: c.name,
                        message: `container "${c.name}" sets ${e.name} in plain text (mount it from a Secret instead)`,
                    });
            });
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/own/PK017.ts


/** PK017: a mutable tag without `imagePullPolicy: Always` may run a stale or different image per node. */
const PK017 = {
    meta: ownMeta('PK017', 'imagePullPolicy is not Always for a mutable tag', 'low', {
        equivalents: ['checkov:CKV_K8S_15', 'polaris:pullPolicyNotAlways'],
    }),
    check(s) {
        const out = [];
        for (const c of s.workload?.containers ?? []) {
            if (typeof c.value.image !== 'string')
                continue;
            const parts = imageParts(c.value.image);
            if (parts.digest || parts.invalid)
                continue;
            if (c.value.imagePullPolicy === 'Always')
                continue;
            const set = c.value.imagePullPolicy !== undefined;
            out.push({
                path: [...c.path, ...(set ? ['imagePullPolicy'] : [])],
                container: c.name,
                message: `container "${c.name}" pulls a mutable tag with imagePullPolicy ${set ? String(c.value.imagePullPolicy) : 'unset'}`,
            });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/own/PK018.ts

/** Kinds whose pods run to completion, where probes do not apply. */
const BATCH = new Set(['Job', 'CronJob', 'ScaledJob']);
/** PK018 (advisory): a long-running container without liveness and readiness probes. */
const PK018 = {
    meta: ownMeta('PK018', 'Container has no liveness or readiness probe', 'info', {
        security: false,
        equivalents: ['kube-score:container-probes', 'polaris:livenessProbeMissing', 'checkov:CKV_K8S_8'],
    }),
    check(s) {
        if (!s.workload || BATCH.has(s.object.kind))
            return [];
        const out = [];
        for (const c of s.workload.containers) {
            if (c.list !== 'containers')
                continue;
            const missing = ['livenessProbe', 'readinessProbe'].filter((p) => c.value[p] === undefined || c.value[p] === null);
            if (missing.length)
                out.push({
                    path: [...c.path, missing[0]],
                    container: c.name,
                    message: `container "${c.name}" has no ${missing.join(' or ')}`,
                });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/own/meta-only.ts

/** PK001: the object's score is below the configured minimum for its kind. */
const PK001 = ownMeta('PK001', 'Score below the minimum', 'high', { security: false });
/** PK002: a `portcullis.dev/ignore` annotation or config exemption that cannot be used. */
const PK002 = ownMeta('PK002', 'Invalid exemption', 'high', { security: false });
/** PK003: an exemption past its expiry date; the findings it covered count again. */
const PK003 = ownMeta('PK003', 'Expired exemption', 'high', { security: false });

;// CONCATENATED MODULE: ./src/gates/score/rules/own/index.ts










/** Our own checks beyond Kubesec and PSS. */
const OWN_RULES = [PK010, PK011, PK012, PK013, PK014, PK015, PK016, PK017, PK018];

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/helpers.ts

/** `spec.os.name: windows` exempts a pod from the Linux-only restricted checks (PSA 1.25+). */
function isWindows(w) {
    return at(w.spec, ['os', 'name']) === 'windows';
}
/** `hostUsers: false` (a user namespace) relaxes some checks (PSA 1.35+). */
function inUserNamespace(w) {
    return w.spec.hostUsers === false;
}
const helpers_present = (v) => v !== null && v !== undefined;
/** Violations from the pod's security context and each container's, for one sub-field. */
function podAndContainers(w, field, bad) {
    const out = [];
    const pod = at(w.spec, ['securityContext', ...field]);
    const podWhy = helpers_present(pod) ? bad(pod) : undefined;
    if (podWhy)
        out.push({ path: [...w.specPath, 'securityContext', ...field], message: `pod ${podWhy}` });
    for (const c of w.containers) {
        const v = at(c.value.securityContext, field);
        const why = helpers_present(v) ? bad(v) : undefined;
        if (why)
            out.push({
                path: [...c.path, 'securityContext', ...field],
                container: c.name,
                message: `container "${c.name}" ${why}`,
            });
    }
    return out;
}
/** Each container whose security-context field is bad, at that field. */
function eachContainer(w, field, bad) {
    const out = [];
    for (const c of w.containers) {
        const why = bad(at(c.value.securityContext, field));
        if (why)
            out.push({
                path: [...c.path, 'securityContext', ...field],
                container: c.name,
                message: `container "${c.name}" ${why}`,
            });
    }
    return out;
}
function volumes(w) {
    return list(w.spec.volumes).flatMap((v, index) => isJson(v) ? [{ index, value: v, path: [...w.specPath, 'volumes', index] }] : []);
}

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/types.ts
function pssMeta(checkId, level, title, equivalents = []) {
    return {
        id: `pss/${checkId}`,
        title,
        severity: 'high',
        gate: 'score',
        security: true,
        helpUri: `https://github.com/portcullis-dev/portcullis/blob/main/docs/rules/score.md#pss-${checkId.toLowerCase()}`,
        equivalents: [`psa:${checkId}`, ...equivalents],
        tags: ['pss', level],
    };
}

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/allowPrivilegeEscalation.ts


/** Restricted: every container sets allowPrivilegeEscalation=false (Windows pods exempt, PSA 1.25+). */
const allowPrivilegeEscalation = {
    meta: pssMeta('allowPrivilegeEscalation', 'restricted', 'Privilege escalation allowed', [
        'kubesec:AllowPrivilegeEscalation',
    ]),
    checkId: 'allowPrivilegeEscalation',
    level: 'restricted',
    check: (w) => isWindows(w)
        ? []
        : eachContainer(w, ['allowPrivilegeEscalation'], (v) => v === false ? undefined : 'must set securityContext.allowPrivilegeEscalation=false'),
};

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/appArmorProfile.ts



const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const allowedAnnotation = (v) => v === '' || v === 'runtime/default' || (typeof v === 'string' && v.startsWith('localhost/'));
/** Baseline: AppArmor may not be overridden except to RuntimeDefault or a Localhost profile. */
const appArmorProfile = {
    meta: pssMeta('appArmorProfile', 'baseline', 'AppArmor profile overridden', ['kubesec:ApparmorUnconfined']),
    checkId: 'appArmorProfile',
    level: 'baseline',
    check(w) {
        const out = podAndContainers(w, ['appArmorProfile'], (p) => {
            const type = isJson(p) ? p.type : undefined;
            return type === 'RuntimeDefault' || type === 'Localhost'
                ? undefined
                : `must not set securityContext.appArmorProfile.type to ${JSON.stringify(type ?? '')}`;
        });
        const annotations = isJson(w.podMeta.annotations) ? w.podMeta.annotations : {};
        for (const [key, value] of Object.entries(annotations))
            if (key.startsWith(ANNOTATION_PREFIX) && !allowedAnnotation(value))
                out.push({
                    path: [...w.podMetaPath, 'annotations', key],
                    message: `forbidden AppArmor annotation ${key}=${JSON.stringify(value)}`,
                });
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/capabilities_baseline.ts


/** The container runtime's default capability set, the only ones baseline lets a container add. */
const DEFAULT_CAPABILITIES = new Set([
    'AUDIT_WRITE',
    'CHOWN',
    'DAC_OVERRIDE',
    'FOWNER',
    'FSETID',
    'KILL',
    'MKNOD',
    'NET_BIND_SERVICE',
    'SETFCAP',
    'SETGID',
    'SETPCAP',
    'SETUID',
    'SYS_CHROOT',
]);
/** Baseline: adding capabilities beyond the default set (NET_RAW included) is disallowed. */
const capabilities_baseline = {
    meta: pssMeta('capabilities_baseline', 'baseline', 'Capabilities beyond the default set', [
        'kubesec:CapSysAdmin',
    ]),
    checkId: 'capabilities_baseline',
    level: 'baseline',
    check(w) {
        const out = [];
        for (const c of w.containers)
            list(c.value.securityContext?.capabilities?.add).forEach((cap, i) => {
                if (!DEFAULT_CAPABILITIES.has(cap))
                    out.push({
                        path: [...c.path, 'securityContext', 'capabilities', 'add', i],
                        container: c.name,
                        message: `container "${c.name}" must not include ${JSON.stringify(cap)} in securityContext.capabilities.add`,
                    });
            });
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/capabilities_restricted.ts



/** Restricted: drop ALL, and add nothing but NET_BIND_SERVICE (Windows pods exempt, PSA 1.25+). */
const capabilities_restricted = {
    meta: pssMeta('capabilities_restricted', 'restricted', 'Capabilities not dropped', ['kubesec:CapDropAll']),
    checkId: 'capabilities_restricted',
    level: 'restricted',
    overrides: ['capabilities_baseline'],
    check(w) {
        if (isWindows(w))
            return [];
        const out = [];
        for (const c of w.containers) {
            const caps = ['securityContext', 'capabilities'];
            if (!list(at(c.value, [...caps, 'drop'])).includes('ALL'))
                out.push({
                    path: [...c.path, ...caps, 'drop'],
                    container: c.name,
                    message: `container "${c.name}" must set securityContext.capabilities.drop=["ALL"]`,
                });
            list(at(c.value, [...caps, 'add'])).forEach((cap, i) => {
                if (cap !== 'NET_BIND_SERVICE')
                    out.push({
                        path: [...c.path, ...caps, 'add', i],
                        container: c.name,
                        message: `container "${c.name}" must not include ${JSON.stringify(cap)} in securityContext.capabilities.add`,
                    });
            });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/hostNamespaces.ts

/** Baseline: sharing the host network, PID and IPC namespaces is disallowed. */
const hostNamespaces = {
    meta: pssMeta('hostNamespaces', 'baseline', 'Host namespaces', [
        'kubesec:HostNetwork',
        'kubesec:HostPID',
        'kubesec:HostIPC',
    ]),
    checkId: 'hostNamespaces',
    level: 'baseline',
    check(w) {
        const out = [];
        for (const key of ['hostNetwork', 'hostPID', 'hostIPC'])
            if (w.spec[key] === true)
                out.push({ path: [...w.specPath, key], message: `${key}=true` });
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/hostPathVolumes.ts


/** Baseline: hostPath volumes are forbidden. */
const hostPathVolumes = {
    meta: pssMeta('hostPathVolumes', 'baseline', 'HostPath volumes', ['kubescape:C-0048']),
    checkId: 'hostPathVolumes',
    level: 'baseline',
    check: (w) => volumes(w)
        .filter((v) => helpers_present(v.value.hostPath))
        .map((v) => ({
        path: [...v.path, 'hostPath'],
        message: `hostPath volume ${JSON.stringify(v.value.name)}`,
    })),
};

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/hostPorts.ts


/** Baseline: hostPort must be unset or 0. */
const hostPorts = {
    meta: pssMeta('hostPorts', 'baseline', 'Host ports', ['kubescape:C-0044', 'checkov:CKV_K8S_26']),
    checkId: 'hostPorts',
    level: 'baseline',
    check(w) {
        const out = [];
        for (const c of w.containers)
            list(c.value.ports).forEach((p, i) => {
                if (isJson(p) && p.hostPort !== undefined && p.hostPort !== null && p.hostPort !== 0)
                    out.push({
                        path: [...c.path, 'ports', i, 'hostPort'],
                        container: c.name,
                        message: `container "${c.name}" uses hostPort ${String(p.hostPort)}`,
                    });
            });
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/hostProbesAndHostLifecycle.ts


const HANDLERS = [
    ['livenessProbe'],
    ['readinessProbe'],
    ['startupProbe'],
    ['lifecycle', 'postStart'],
    ['lifecycle', 'preStop'],
];
/** Baseline (PSA 1.34+): probes and lifecycle handlers may not target another host. */
const hostProbesAndHostLifecycle = {
    meta: pssMeta('hostProbesAndHostLifecycle', 'baseline', 'Probe or lifecycle host'),
    checkId: 'hostProbesAndHostLifecycle',
    level: 'baseline',
    check(w) {
        const out = [];
        for (const c of w.containers)
            for (const handler of HANDLERS)
                for (const kind of ['httpGet', 'tcpSocket']) {
                    const field = [...handler, kind, 'host'];
                    const host = at(c.value, field);
                    if (typeof host === 'string' && host !== '')
                        out.push({
                            path: [...c.path, ...field],
                            container: c.name,
                            message: `container "${c.name}" uses ${field.join('.')} ${JSON.stringify(host)}`,
                        });
                }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/privileged.ts


/** Baseline: privileged containers are disallowed. */
const privileged = {
    meta: pssMeta('privileged', 'baseline', 'Privileged containers', ['kubesec:Privileged']),
    checkId: 'privileged',
    level: 'baseline',
    check: (w) => eachContainer(w, ['privileged'], (v) => v === true ? 'must not set securityContext.privileged=true' : undefined),
};

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/procMount.ts


const unmaskedProcMount = (v) => helpers_present(v) && v !== 'Default'
    ? `must not set securityContext.procMount to ${JSON.stringify(v)}`
    : undefined;
/** Baseline: the default /proc masks are required, unless the pod is in a user namespace (PSA 1.35+). */
const procMount = {
    meta: pssMeta('procMount', 'baseline', 'Unmasked /proc mount'),
    checkId: 'procMount',
    level: 'baseline',
    check: (w) => (inUserNamespace(w) ? [] : eachContainer(w, ['procMount'], unmaskedProcMount)),
};

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/procMount_restricted.ts



/** Restricted (PSA 1.35+): the default /proc masks are required even in a user namespace. */
const procMount_restricted = {
    meta: pssMeta('procMount_restricted', 'restricted', 'Unmasked /proc mount'),
    checkId: 'procMount_restricted',
    level: 'restricted',
    overrides: ['procMount'],
    check: (w) => eachContainer(w, ['procMount'], unmaskedProcMount),
};

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/restrictedVolumes.ts


const ALLOWED = [
    'configMap',
    'csi',
    'downwardAPI',
    'emptyDir',
    'ephemeral',
    'image',
    'persistentVolumeClaim',
    'projected',
    'secret',
];
/**
 * Restricted: only the listed inline volume types. A volume that names no type at all is
 * defaulted to `emptyDir` by the API server before admission, so it is allowed.
 */
const restrictedVolumes = {
    meta: pssMeta('restrictedVolumes', 'restricted', 'Restricted volume types'),
    checkId: 'restrictedVolumes',
    level: 'restricted',
    overrides: ['hostPathVolumes'],
    check: (w) => volumes(w).flatMap((v) => {
        const types = Object.keys(v.value).filter((k) => k !== 'name' && v.value[k] !== null && v.value[k] !== undefined);
        if (types.length === 0 || types.some((t) => ALLOWED.includes(t)))
            return [];
        return [
            {
                path: [...v.path, types[0]],
                message: `volume ${JSON.stringify(v.value.name)} uses restricted volume type ${types[0]}`,
            },
        ];
    }),
};

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/runAsNonRoot.ts



/** Restricted: runAsNonRoot=true on the pod or every container, unless in a user namespace (PSA 1.35+). */
const runAsNonRoot = {
    meta: pssMeta('runAsNonRoot', 'restricted', 'Running as root allowed', ['kubesec:RunAsNonRoot']),
    checkId: 'runAsNonRoot',
    level: 'restricted',
    check(w) {
        if (inUserNamespace(w))
            return [];
        const out = [];
        const pod = at(w.spec, ['securityContext', 'runAsNonRoot']);
        if (pod === false)
            out.push({
                path: [...w.specPath, 'securityContext', 'runAsNonRoot'],
                message: 'pod must not set securityContext.runAsNonRoot=false',
            });
        for (const c of w.containers) {
            const v = at(c.value, ['securityContext', 'runAsNonRoot']);
            if (v === false || (v !== true && pod !== true))
                out.push({
                    path: [...c.path, 'securityContext', 'runAsNonRoot'],
                    container: c.name,
                    message: v === false
                        ? `container "${c.name}" must not set securityContext.runAsNonRoot=false`
                        : `pod or container "${c.name}" must set securityContext.runAsNonRoot=true`,
                });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/runAsUser.ts


/** Restricted (PSA 1.23+): runAsUser=0 is forbidden, unless in a user namespace (PSA 1.35+). */
const runAsUser = {
    meta: pssMeta('runAsUser', 'restricted', 'Running as UID 0'),
    checkId: 'runAsUser',
    level: 'restricted',
    check: (w) => inUserNamespace(w)
        ? []
        : podAndContainers(w, ['runAsUser'], (v) => (v === 0 ? 'must not set runAsUser=0' : undefined)),
};

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/seccompProfile_baseline.ts



const validSeccomp = (p) => isJson(p) && (p.type === 'RuntimeDefault' || p.type === 'Localhost');
const badSeccomp = (p) => validSeccomp(p)
    ? undefined
    : `must not set securityContext.seccompProfile.type to ${JSON.stringify((isJson(p) ? p.type : undefined) ?? '')}`;
/** Baseline: a seccomp profile, when set, is RuntimeDefault or Localhost. */
const seccompProfile_baseline = {
    meta: pssMeta('seccompProfile_baseline', 'baseline', 'Seccomp profile disabled', [
        'kubesec:SeccompUnconfined',
    ]),
    checkId: 'seccompProfile_baseline',
    level: 'baseline',
    check: (w) => podAndContainers(w, ['seccompProfile'], badSeccomp),
};

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/seccompProfile_restricted.ts




/**
 * Restricted: RuntimeDefault or Localhost seccomp on the pod or every container (Windows pods
 * exempt, PSA 1.25+).
 */
const seccompProfile_restricted = {
    meta: pssMeta('seccompProfile_restricted', 'restricted', 'Seccomp profile missing', ['kubesec:SeccompAny']),
    checkId: 'seccompProfile_restricted',
    level: 'restricted',
    overrides: ['seccompProfile_baseline'],
    check(w) {
        if (isWindows(w))
            return [];
        const out = [];
        const pod = at(w.spec, ['securityContext', 'seccompProfile']);
        const podSet = helpers_present(pod) && validSeccomp(pod);
        if (helpers_present(pod) && !podSet)
            out.push({
                path: [...w.specPath, 'securityContext', 'seccompProfile'],
                message: `pod ${badSeccomp(pod)}`,
            });
        for (const c of w.containers) {
            const v = at(c.value, ['securityContext', 'seccompProfile']);
            if (helpers_present(v) ? !validSeccomp(v) : !podSet)
                out.push({
                    path: [...c.path, 'securityContext', 'seccompProfile', ...(helpers_present(v) ? ['type'] : [])],
                    container: c.name,
                    message: helpers_present(v)
                        ? `container "${c.name}" ${badSeccomp(v)}`
                        : `pod or container "${c.name}" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
                });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/seLinuxOptions.ts



/** The SELinux types baseline allows (PSA 1.31+ adds container_engine_t). */
const ALLOWED_TYPES = new Set([
    '',
    'container_t',
    'container_init_t',
    'container_kvm_t',
    'container_engine_t',
]);
/** Baseline: the SELinux type is restricted, and a custom user or role is forbidden. */
const seLinuxOptions = {
    meta: pssMeta('seLinuxOptions', 'baseline', 'SELinux options'),
    checkId: 'seLinuxOptions',
    level: 'baseline',
    check: (w) => podAndContainers(w, ['seLinuxOptions'], (o) => {
        if (!isJson(o))
            return undefined;
        const why = [];
        const type = o.type ?? '';
        if (!ALLOWED_TYPES.has(type))
            why.push(`type ${JSON.stringify(type)}`);
        if (typeof o.user === 'string' && o.user !== '')
            why.push('user may not be set');
        if (typeof o.role === 'string' && o.role !== '')
            why.push('role may not be set');
        return why.length ? `sets forbidden securityContext.seLinuxOptions: ${why.join('; ')}` : undefined;
    }),
};

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/sysctls.ts


/** The namespaced, isolated sysctls baseline allows (PSA 1.37 list). */
const SAFE_SYSCTLS = new Set([
    'kernel.shm_rmid_forced',
    'net.ipv4.ip_local_port_range',
    'net.ipv4.tcp_syncookies',
    'net.ipv4.ping_group_range',
    'net.ipv4.ip_unprivileged_port_start',
    'net.ipv4.ip_local_reserved_ports',
    'net.ipv4.tcp_keepalive_time',
    'net.ipv4.tcp_fin_timeout',
    'net.ipv4.tcp_keepalive_intvl',
    'net.ipv4.tcp_keepalive_probes',
    'net.ipv4.tcp_rmem',
    'net.ipv4.tcp_wmem',
    'net.ipv4.tcp_slow_start_after_idle',
    'net.ipv4.tcp_notsent_lowat',
]);
/** Baseline: only the safe sysctls may be set. */
const sysctls = {
    meta: pssMeta('sysctls', 'baseline', 'Unsafe sysctls'),
    checkId: 'sysctls',
    level: 'baseline',
    check(w) {
        const out = [];
        list(at(w.spec, ['securityContext', 'sysctls'])).forEach((s, i) => {
            const name = isJson(s) ? s.name : undefined;
            if (!SAFE_SYSCTLS.has(name))
                out.push({
                    path: [...w.specPath, 'securityContext', 'sysctls', i, 'name'],
                    message: `forbidden sysctl ${String(name)}`,
                });
        });
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/windowsHostProcess.ts


/** Baseline: Windows HostProcess containers are disallowed. */
const windowsHostProcess = {
    meta: pssMeta('windowsHostProcess', 'baseline', 'Windows HostProcess'),
    checkId: 'windowsHostProcess',
    level: 'baseline',
    check: (w) => podAndContainers(w, ['windowsOptions', 'hostProcess'], (v) => v === true ? 'must not set securityContext.windowsOptions.hostProcess=true' : undefined),
};

;// CONCATENATED MODULE: ./src/gates/score/rules/pss/index.ts



















/** Every Pod Security Standards check, baseline first, in PSA's order. */
const PSS_CHECKS = [
    allowPrivilegeEscalation,
    appArmorProfile,
    capabilities_baseline,
    capabilities_restricted,
    hostNamespaces,
    hostPathVolumes,
    hostPorts,
    hostProbesAndHostLifecycle,
    privileged,
    procMount,
    procMount_restricted,
    restrictedVolumes,
    runAsNonRoot,
    runAsUser,
    seccompProfile_baseline,
    seccompProfile_restricted,
    seLinuxOptions,
    sysctls,
    windowsHostProcess,
];
/** The checks a level runs: its own and the lower level's, minus those its checks override. */
function checksFor(level) {
    return LEVEL_CHECKS[level];
}
function computeChecks(level) {
    const wanted = PSS_CHECKS.filter((c) => c.level === 'baseline' || level === 'restricted');
    const overridden = new Set(wanted.flatMap((c) => c.overrides ?? []));
    return wanted.filter((c) => !overridden.has(c.checkId));
}
const LEVEL_CHECKS = {
    baseline: computeChecks('baseline'),
    restricted: computeChecks('restricted'),
};

;// CONCATENATED MODULE: ./src/gates/score/workloads.ts

const TEMPLATE = ['spec', 'template', 'spec'];
const JOB_TEMPLATE = ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
/**
 * Where each known kind keeps its PodSpec: the built-in workload kinds and the custom resources
 * with pod templates that people ask for (Argo Rollouts, OpenKruise, Knative, KEDA).
 * https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/
 */
const KNOWN_POD_SPEC_PATHS = [
    { kind: 'Pod', group: '', path: ['spec'] },
    { kind: 'PodTemplate', group: '', path: ['template', 'spec'] },
    { kind: 'ReplicationController', group: '', path: TEMPLATE },
    { kind: 'Deployment', group: 'apps', path: TEMPLATE },
    { kind: 'StatefulSet', group: 'apps', path: TEMPLATE },
    { kind: 'DaemonSet', group: 'apps', path: TEMPLATE },
    { kind: 'ReplicaSet', group: 'apps', path: TEMPLATE },
    { kind: 'Job', group: 'batch', path: TEMPLATE },
    { kind: 'CronJob', group: 'batch', path: JOB_TEMPLATE },
    { kind: 'Rollout', group: 'argoproj.io', path: TEMPLATE },
    { kind: 'CloneSet', group: 'apps.kruise.io', path: TEMPLATE },
    { kind: 'StatefulSet', group: 'apps.kruise.io', path: TEMPLATE },
    { kind: 'DaemonSet', group: 'apps.kruise.io', path: TEMPLATE },
    { kind: 'Service', group: 'serving.knative.dev', path: TEMPLATE },
    { kind: 'Configuration', group: 'serving.knative.dev', path: TEMPLATE },
    { kind: 'ScaledJob', group: 'keda.sh', path: JOB_TEMPLATE },
];
/** The API group of `apiVersion` (`apps/v1` → `apps`, `v1` → ``). */
function apiGroup(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}
/** Parses `Kind[.group]=a.b.c` (the CLI form of an extra PodSpec path). */
function parsePodSpecPath(text) {
    const m = /^([A-Za-z][\w]*)(?:\.([\w.-]+))?=([\w.-]+)$/.exec(text.trim());
    if (!m)
        return undefined;
    return { kind: m[1], group: m[2], path: m[3].split('.').filter(Boolean) };
}
function findPath(o, paths) {
    const group = apiGroup(o.apiVersion);
    return paths.find((p) => p.kind === o.kind && (p.group === undefined || p.group === group))?.path;
}
function containersOf(spec, specPath) {
    const out = [];
    for (const list of CONTAINER_LISTS) {
        const items = spec[list];
        if (!Array.isArray(items))
            continue;
        items.forEach((c, index) => {
            if (!isJson(c))
                return;
            out.push({
                list,
                index,
                name: typeof c.name === 'string' ? c.name : `${list}[${index}]`,
                value: c,
                path: [...specPath, list, index],
            });
        });
    }
    return out;
}
/**
 * The workload view of an object: its PodSpec, pod metadata and containers, or undefined when
 * the object has no PodSpec (a Service, a Rollout using `workloadRef`, …). Configured paths are
 * tried before the built-in table, so a team can override it.
 */
function workloadOf(o, extra = []) {
    const specPath = findPath(o, extra) ?? findPath(o, KNOWN_POD_SPEC_PATHS);
    if (!specPath)
        return undefined;
    let spec = o.value;
    for (const k of specPath)
        spec = isJson(spec) ? spec[k] : undefined;
    if (!isJson(spec))
        return undefined;
    const podMetaPath = specPath.length > 1 && specPath[specPath.length - 1] === 'spec'
        ? [...specPath.slice(0, -1), 'metadata']
        : ['metadata'];
    let podMeta = o.value;
    for (const k of podMetaPath)
        podMeta = isJson(podMeta) ? podMeta[k] : undefined;
    return {
        object: o,
        specPath,
        spec,
        podMetaPath,
        podMeta: isJson(podMeta) ? podMeta : {},
        containers: containersOf(spec, specPath),
    };
}

;// CONCATENATED MODULE: ./src/gates/score/settings.ts


/** Parses `3` or `Deployment=5,Pod=3,default=1`. */
function parseMinScores(text, source = '--min-score') {
    const out = {};
    for (const part of text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        const m = /^(?:([A-Za-z][\w.]*)=)?(-?\d+)$/.exec(part);
        if (!m)
            throw new core_errors/* PortcullisError */.SO('USAGE', `${source}: "${part}" is not N or Kind=N`);
        out[m[1] ?? 'default'] = Number(m[2]);
    }
    return out;
}
function minScoresFrom(value) {
    if (typeof value === 'number')
        return { default: value };
    if (typeof value === 'string')
        return parseMinScores(value);
    if (value && typeof value === 'object')
        return { ...value };
    return {};
}
function profileFrom(value, source) {
    if (value === undefined || value === null || value === '' || value === 'privileged')
        return undefined;
    if (value === 'baseline' || value === 'restricted')
        return value;
    throw new core_errors/* PortcullisError */.SO('USAGE', `${source}: "${String(value)}" is not baseline, restricted or privileged`);
}
function today(env) {
    const fixed = env.PORTCULLIS_TODAY;
    if (fixed) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed))
            throw new core_errors/* PortcullisError */.SO('USAGE', `PORTCULLIS_TODAY: "${fixed}" is not a YYYY-MM-DD date`);
        return fixed;
    }
    return new Date().toISOString().slice(0, 10);
}
function podSpecPaths(config, option) {
    const out = [];
    for (const p of Array.isArray(config) ? config : []) {
        const e = p;
        out.push({ kind: e.kind, group: e.group, path: e.path.split('.').filter(Boolean) });
    }
    for (const text of Array.isArray(option) ? option : []) {
        const parsed = parsePodSpecPath(text);
        if (!parsed)
            throw new core_errors/* PortcullisError */.SO('USAGE', `--pod-spec-path: "${text}" is not Kind[.group]=path.to.spec`);
        out.push(parsed);
    }
    return out;
}
function exemptionsFrom(value) {
    return (Array.isArray(value) ? value : []).map((e) => {
        const x = e;
        const rules = Array.isArray(x.rule) ? x.rule : String(x.rule ?? '*').split(/[\s,]+/);
        return {
            path: x.path,
            kind: x.kind,
            name: x.name,
            namespace: x.namespace,
            container: x.container,
            rules: rules.filter(Boolean),
            reason: String(x.reason ?? ''),
            expires: x.expires === undefined ? undefined : String(x.expires),
        };
    });
}
/** Merges options over the `score:` config section over defaults. */
function readSettings(ctx) {
    const c = ctx.config;
    const o = ctx.options;
    const mode = (o.mode ?? c.mode ?? 'strict');
    if (mode !== 'strict' && mode !== 'kubesec')
        throw new core_errors/* PortcullisError */.SO('USAGE', `--mode: "${mode}" is not strict or kubesec`);
    const minScores = {
        ...(mode === 'kubesec' ? { default: 1 } : {}),
        ...minScoresFrom(c['min-score']),
        ...(o['min-score'] !== undefined ? minScoresFrom(String(o['min-score'])) : {}),
    };
    return {
        mode,
        minScores,
        profile: profileFrom(o.profile ?? c.profile, o.profile !== undefined ? '--profile' : 'score.profile'),
        kustomize: (o.kustomize ?? c.kustomize),
        suggest: Boolean(o.suggest ?? c.suggest),
        podSpecPaths: podSpecPaths(c['pod-spec-paths'], o['pod-spec-path']),
        exemptions: exemptionsFrom(c.exemptions),
        extraRules: mode === 'strict' && c['extra-rules'] !== false,
        today: today(ctx.env),
    };
}
/** The minimum for a kind, if any. */
function minScoreFor(minScores, kind) {
    return minScores[kind] ?? minScores.default;
}

;// CONCATENATED MODULE: ./src/gates/score/suggest.ts


const LEVELS = ['baseline', 'restricted'];
function failing(w, level) {
    return checksFor(level)
        .filter((c) => c.check(w).length > 0)
        .map((c) => c.checkId);
}
function workloadLevels(w) {
    return {
        namespace: w.object.namespace ?? 'default',
        object: objectName(w.object),
        file: w.object.file,
        failing: { baseline: failing(w, 'baseline'), restricted: failing(w, 'restricted') },
    };
}
/**
 * For each namespace, the strictest Pod Security Standards level all of its workloads meet, the
 * workloads that block the next level, and the label that would enforce it. Objects without a
 * namespace count under `default`, where `kubectl apply` would put them.
 * https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces
 */
function suggestLevels(workloads) {
    const byNamespace = new Map();
    for (const w of workloads)
        byNamespace.set(w.namespace, [...(byNamespace.get(w.namespace) ?? []), w]);
    return [...byNamespace.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([namespace, list]) => {
        let level = 'privileged';
        let blockers = [];
        for (const candidate of LEVELS) {
            blockers = list
                .map((w) => ({ object: w.object, file: w.file, checks: w.failing[candidate] }))
                .filter((b) => b.checks.length > 0);
            if (blockers.length > 0)
                break;
            level = candidate;
        }
        const next = level === 'restricted' ? undefined : level === 'baseline' ? 'restricted' : 'baseline';
        return {
            namespace,
            level,
            workloads: list.length,
            next,
            blockers: next ? blockers : [],
            label: `pod-security.kubernetes.io/enforce: ${level}`,
        };
    });
}
/** One note line per namespace, for the text report. */
function suggestionNote(s) {
    const head = `namespace ${s.namespace}: ${s.level} is met by all ${s.workloads} workload(s); label ${s.label}`;
    if (!s.next)
        return head;
    const who = s.blockers.map((b) => `${b.object} (${b.checks.join(', ')})`).join('; ');
    return `${head}; ${s.next} is blocked by ${who}`;
}

;// CONCATENATED MODULE: ./src/gates/score/evaluate.ts











const BINDINGS = new Set(['RoleBinding', 'ClusterRoleBinding']);
/** `data.points` of each rule's findings, shared (it is copied into each finding's data). */
const POINTS = new Map(KUBESEC_RULES.map((r) => [r, { points: r.points }]));
/**
 * Whether a Kubesec rule applies in the strict gate. Kubesec's workload rules cover every kind
 * with a PodSpec, not only Pod, Deployment, StatefulSet and DaemonSet.
 */
function appliesStrictly(rule, s) {
    if (COVERS_WORKLOADS.has(rule))
        return !!s.workload;
    return rule.kinds.includes(s.object.kind) && (!!s.workload || BINDINGS.has(s.object.kind));
}
/** The rules whose kinds include Pod, which therefore apply to every workload. */
const COVERS_WORKLOADS = new Set(KUBESEC_RULES.filter((r) => r.kinds.includes('Pod')));
/** Strict: criticals wherever they match, positives credited only when every container complies. */
function scoreStrict(s) {
    const out = { score: 0, findings: [], critical: [], advise: [] };
    for (const rule of KUBESEC_RULES) {
        if (!appliesStrictly(rule, s))
            continue;
        const violations = rule.violations(s);
        const data = POINTS.get(rule);
        if (rule.points < 0) {
            if (violations.length === 0)
                continue;
            out.score += rule.points;
            out.critical.push(rule.meta.id);
            for (const v of violations)
                out.findings.push(toFinding(rule.meta, s.object, v, rule.meta.severity, data));
        }
        else if (violations.length === 0) {
            out.score += rule.points;
        }
        else {
            out.advise.push(rule.meta.id);
            for (const v of violations)
                out.findings.push(toFinding(rule.meta, s.object, v, 'info', data));
        }
    }
    return out;
}
/** Kubesec mode: Kubesec's own verdicts, reported as information; the score decides. */
function scoreKubesec(s, report) {
    const out = { score: report.score, findings: [], critical: [], advise: [] };
    const specPath = s.workload?.specPath ?? [];
    for (const rule of KUBESEC_RULES) {
        if (!rule.kinds.includes(s.object.kind))
            continue;
        const matched = rule.count(s.object.value) > 0;
        if (matched === rule.points > 0)
            continue;
        const where = rule.violations(s)[0] ?? { path: specPath, message: '' };
        const message = `${rule.points > 0 ? 'advise' : 'critical'} ${rule.meta.id} (${rule.points > 0 ? '+' : ''}${rule.points}): ${rule.reason}`;
        (rule.points < 0 ? out.critical : out.advise).push(rule.meta.id);
        out.findings.push(toFinding(rule.meta, s.object, { ...where, message }, 'info', { points: rule.points }));
    }
    return out;
}
/** Scores one object into `ev`: Kubesec report, verdict, own rules, PSS, exemptions. */
function evaluateObject(o, settings, ev) {
    const report = kubesecReport(o, o.file === '-' ? 'STDIN' : o.file);
    ev.reports.push(report);
    const workload = workloadOf(o, settings.podSpecPaths);
    const s = { object: o, workload };
    if (!workload && !BINDINGS.has(o.kind)) {
        ev.skipped.push(`${o.file}: ${o.kind ? objectName(o) : 'object without kind'}`);
        return;
    }
    const scored = settings.mode === 'kubesec' ? scoreKubesec(s, report) : scoreStrict(s);
    const findings = scored.findings;
    const min = minScoreFor(settings.minScores, o.kind);
    // Bindings score 0 or -30 by design, so a minimum applies to workloads (in Kubesec mode, the kinds Kubesec scores).
    const scoredKind = !!workload && (settings.mode === 'strict' || KUBESEC_RULES.some((r) => r.kinds.includes(o.kind)));
    if (min !== undefined && scoredKind && scored.score < min)
        findings.push(toFinding(PK001, o, { path: [], message: `score ${scored.score} is below the minimum ${min} for ${o.kind}` }, 'high', {
            score: scored.score,
            minScore: min,
        }));
    if (workload && settings.extraRules)
        for (const rule of OWN_RULES)
            for (const v of rule.check(s))
                findings.push(toFinding(rule.meta, o, v));
    if (workload && settings.profile)
        for (const check of checksFor(settings.profile))
            for (const v of check.check(workload))
                findings.push(toFinding(check.meta, o, v));
    const { exemptions, problems } = exemptionsFor(o, workload, settings.exemptions, settings.today);
    applyExemptions(findings, exemptions);
    for (const p of problems)
        findings.push(toFinding(p.ruleId === 'PK002' ? PK002 : PK003, o, p));
    for (const f of findings)
        ev.findings.push(f);
    if (workload && settings.suggest)
        ev.levels.push(workloadLevels(workload));
    ev.results.push({
        object: objectName(o),
        file: o.file,
        line: locate(o, []).line,
        score: scored.score,
        kubesecScore: report.score,
        critical: scored.critical,
        advise: scored.advise,
    });
}
/** Scores every object: Kubesec report, strict or Kubesec verdict, own rules, PSS, exemptions. */
function newEvaluation() {
    return { findings: [], reports: [], results: [], skipped: [], levels: [] };
}
/** Scores every object (see `evaluateObject`). */
function evaluate(objects, settings) {
    const ev = newEvaluation();
    for (const o of objects)
        evaluateObject(o, settings, ev);
    return ev;
}

;// CONCATENATED MODULE: ./src/gates/score/input/plain.ts

/** Alias expansion beyond this many nodes is a "billion laughs" document, not a manifest. */
const MAX_ALIASED_NODES = 100_000;
/**
 * Plain JSON-like values of a YAML document, for the rules. A lean stand-in for `doc.toJS()`:
 * manifests need no tags beyond the core schema, no reviver and no Map keys, and this walk is
 * several times faster, which matters on a 10,000-document stream.
 * Throws on an alias cycle or an alias explosion.
 */
function toPlain(doc, node = doc.contents) {
    let aliased = 0;
    // `Alias.resolve` searches the whole document; once per alias is enough.
    let targets;
    const walk = (n, depth) => {
        if ((0,dist/* isScalar */.jn)(n))
            return n.value;
        if ((0,dist/* isMap */.jh)(n)) {
            const out = {};
            for (const pair of n.items) {
                if (!(0,dist/* isPair */.tO)(pair))
                    continue;
                const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : walk(pair.key, depth);
                const name = typeof key === 'string' ? key : typeof key === 'object' ? JSON.stringify(key) : String(key);
                const value = pair.value === null || pair.value === undefined ? null : walk(pair.value, depth);
                // A key named `__proto__` is data in YAML; assigning it would swap the object's prototype.
                if (name === '__proto__')
                    Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
                else
                    out[name] = value;
            }
            return out;
        }
        if ((0,dist/* isSeq */.oP)(n)) {
            const items = n.items;
            const out = [];
            for (const item of items)
                out.push(item === null ? null : walk(item, depth));
            return out;
        }
        if ((0,dist/* isAlias */.Vj)(n)) {
            if (depth > 64 || ++aliased > MAX_ALIASED_NODES)
                throw new Error('too many or too deeply nested aliases');
            targets ??= new Map();
            if (!targets.has(n))
                targets.set(n, n.resolve(doc));
            const target = targets.get(n);
            return target === undefined ? null : walk(target, depth + 1);
        }
        return n ?? null;
    };
    return walk(node, 0);
}

;// CONCATENATED MODULE: ./src/gates/score/input/parse.ts



function toObject(source, doc, lines, base, value) {
    const meta = isJson(value.metadata) ? value.metadata : {};
    return {
        file: source.file,
        doc,
        lines,
        base,
        value,
        kind: typeof value.kind === 'string' ? value.kind : '',
        apiVersion: typeof value.apiVersion === 'string' ? value.apiVersion : '',
        name: meta.name === undefined || meta.name === null ? 'undefined' : String(meta.name),
        namespace: meta.namespace === undefined || meta.namespace === null ? undefined : String(meta.namespace),
    };
}
/** A `kind: List` (or a bare array) stands for its items, each scored on its own. */
function expand(source, doc, lines, base, value, out) {
    if (Array.isArray(value)) {
        value.forEach((item, i) => {
            expand(source, doc, lines, [...base, i], item, out);
        });
        return;
    }
    if (!isJson(value))
        return;
    if (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)) {
        expand(source, doc, lines, [...base, 'items'], value.items, out);
        return;
    }
    out.push(toObject(source, doc, lines, base, value));
}
/**
 * Parses a manifest stream with `yaml`, one document at a time so that a large stream is never
 * held whole: every document separator form, JSON (a YAML subset), `kind: List` expanded. A
 * document that does not parse becomes an error naming its file, line and column; the other
 * documents are still read.
 * https://kubernetes.io/docs/reference/using-api/api-concepts/#collections
 */
function forEachManifest(source, onObject, onError) {
    const lines = new dist/* LineCounter */.HN();
    const composer = new dist/* Composer */.Dk({ prettyErrors: false });
    for (const doc of composer.compose(new dist/* Parser */.iX(lines.addNewLine).parse(source.text))) {
        if (doc.errors.length > 0) {
            const e = doc.errors[0];
            const p = lines.linePos(e.pos[0]);
            onError({
                file: source.file,
                message: `${source.file}:${p.line}:${p.col}: invalid YAML: ${e.message.split('\n')[0]}`,
                code: 'PARSE_FAILED',
            });
            continue;
        }
        if (!(0,dist/* isMap */.jh)(doc.contents) && !(0,dist/* isSeq */.oP)(doc.contents))
            continue;
        let value;
        try {
            value = toPlain(doc);
        }
        catch (error) {
            const p = lines.linePos(doc.contents.range?.[0] ?? 0);
            onError({
                file: source.file,
                message: `${source.file}:${p.line}:${p.col}: cannot read document: ${error.message}`,
                code: 'PARSE_FAILED',
            });
            continue;
        }
        const objects = [];
        expand(source, doc, lines, [], value, objects);
        for (const o of objects)
            onObject(o);
    }
}
/** All objects of a stream at once (see `forEachManifest`). */
function parseManifests(source) {
    const out = { objects: [], errors: [] };
    forEachManifest(source, (o) => out.objects.push(o), (e) => out.errors.push(e));
    return out;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/core/discover.ts
var discover = __webpack_require__(75336);
;// CONCATENATED MODULE: ./src/gates/score/input/sources.ts




const sources_TEMPLATE = /\{\{[\s\S]*?\}\}/;
/**
 * Renders a kustomization with `kubectl kustomize` (kustomize is built into kubectl).
 * https://kubectl.docs.kubernetes.io/references/kubectl/kustomize/
 */
function renderKustomize(dir, cwd, env) {
    const abs = (0,external_node_path_.isAbsolute)(dir) ? dir : (0,external_node_path_.resolve)(cwd, dir);
    return new Promise((done, fail) => {
        (0,external_node_child_process_.execFile)('kubectl', ['kustomize', abs], { cwd, env: env, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
            if (error && error.code === 'ENOENT') {
                fail(new core_errors/* PortcullisError */.SO('TOOL_MISSING', `--kustomize needs kubectl on PATH (kustomize is built into kubectl 1.14+); install kubectl, or render with \`kustomize build ${dir} | portcullis score -\``));
            }
            else if (error) {
                fail(new core_errors/* PortcullisError */.SO('PARSE_FAILED', `kubectl kustomize ${dir} failed: ${stderr.trim() || (0,core_errors/* errorMessage */.gJ)(error)}`, {
                    file: dir,
                }));
            }
            else
                done({ file: `${dir.replace(/\/+$/, '') || '.'}/kustomization.yaml (rendered)`, text: stdout });
        });
    });
}
/**
 * Reads every manifest the user named: files, directories (walked for Kubernetes YAML and JSON),
 * globs, `-` for stdin, and a kustomization rendered by kubectl.
 */
async function readSources(ctx, kustomize, exclude) {
    const out = { sources: [], errors: [], templates: [] };
    const onlyDefault = ctx.targets.length === 1 && ctx.targets[0] === '.';
    const targets = kustomize && onlyDefault ? [] : ctx.targets;
    const files = targets.length
        ? (0,discover/* discover */.k4)({ cwd: ctx.cwd, targets, kinds: ['kubernetes'], exclude, cache: ctx.discovery })
        : [];
    for (const f of files) {
        if (f.path === '-') {
            if (!ctx.readStdin)
                throw new core_errors/* PortcullisError */.SO('USAGE', 'standard input is not available here');
            out.sources.push({ file: '-', text: await ctx.readStdin() });
            continue;
        }
        const read = (0,discover/* readDiscovered */.zo)(f);
        if ('error' in read) {
            out.errors.push(read.error);
            continue;
        }
        const text = read.text;
        if (!f.explicit && sources_TEMPLATE.test(text)) {
            out.templates.push(f.path);
            continue;
        }
        out.sources.push({ file: f.path, text: text.replace(/^\uFEFF/, '') });
    }
    if (kustomize)
        out.sources.push(await renderKustomize(kustomize, ctx.cwd, ctx.env));
    return out;
}

// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(21961);
;// CONCATENATED MODULE: ./src/gates/score/rules/index.ts




/** Every rule the score gate can report, for SARIF rule tables and the docs. */
const SCORE_RULE_METAS = [
    ...KUBESEC_RULES.map((r) => r.meta),
    ...PSS_CHECKS.map((c) => c.meta),
    PK001,
    PK002,
    PK003,
    ...OWN_RULES.map((r) => r.meta),
];
(0,rule/* assertUniqueRuleIds */.au)(SCORE_RULE_METAS);

;// CONCATENATED MODULE: ./src/gates/score/summary-table.ts
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/**
 * The per-object table for a job summary (GitHub step summary, GitLab MR note): object, score,
 * criticals and the top advice. Rendered as the `markdown` format.
 */
function objectTable(results, adviceShown = 3) {
    if (results.length === 0)
        return '';
    const rows = results.map((r) => {
        const advice = r.advise.slice(0, adviceShown).join(', ') + (r.advise.length > adviceShown ? ', …' : '');
        return `| ${cell(r.object)} | \`${cell(`${r.file}:${r.line}`)}\` | ${r.score} | ${r.critical.join(', ') || '–'} | ${advice || '–'} |`;
    });
    return [
        '| object | location | score | criticals | top advice |',
        '| --- | --- | ---: | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/gates/score/run.ts









function countByKind(entries) {
    const counts = new Map();
    for (const e of entries) {
        const kind = e.slice(e.indexOf(': ') + 2).split('/')[0];
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}
/**
 * The score gate: Kubesec-compatible scores, a stricter default verdict, the Pod Security
 * Standards, our own checks and exemptions, over YAML/JSON manifests, stdin and kustomize
 * output. See docs/score.md.
 */
/** Every rule's metadata, for `--list-rules`. */
function ruleMetas() {
    return [...SCORE_RULE_METAS];
}
async function run(ctx) {
    const settings = readSettings(ctx);
    const exclude = Array.isArray(ctx.config.exclude) ? ctx.config.exclude : undefined;
    const input = await readSources(ctx, settings.kustomize, exclude);
    const errors = [...input.errors];
    const ev = newEvaluation();
    for (const source of input.sources) {
        if (source.file === '-' && source.text.trim() === '') {
            errors.push({
                file: '-',
                message: 'standard input is empty (did the command before the pipe fail?)',
                code: 'INCOMPLETE',
            });
            continue;
        }
        forEachManifest(source, (o) => evaluateObject(o, settings, ev), (e) => errors.push(e));
    }
    const notes = [];
    if (ev.skipped.length)
        notes.push(`skipped (not a workload or binding): ${countByKind(ev.skipped)}`);
    if (input.templates.length)
        notes.push(`skipped templates, render them first (helm template … | portcullis score -): ${input.templates.join(', ')}`);
    if (input.sources.length === 0 && errors.length === 0)
        notes.push('no Kubernetes manifests found');
    let suggest;
    if (settings.suggest) {
        suggest = suggestLevels(ev.levels);
        notes.push(...suggest.map(suggestionNote));
    }
    if (settings.kustomize && input.sources.length === 0)
        throw new core_errors/* PortcullisError */.SO('INCOMPLETE', `kubectl kustomize ${settings.kustomize} produced nothing`);
    return {
        findings: ev.findings,
        errors,
        rules: [...SCORE_RULE_METAS],
        scanned: input.sources.map((s) => s.file),
        notes,
        extra: {
            mode: settings.mode,
            ...(settings.profile ? { profile: settings.profile } : {}),
            objects: ev.results,
            skipped: ev.skipped,
            ...(suggest ? { suggest } : {}),
        },
        render: { kubesec: () => renderKubesec(ev.reports), markdown: () => objectTable(ev.results) },
    };
}


/***/ })

};
