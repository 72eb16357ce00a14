export const id = 109;
export const ids = [109];
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

/***/ 72020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ applyEdits),
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/** Offsets of each line start in `text`, for converting between offsets and 1-based positions. */
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                this.starts.push(i + 1);
    }
    /** 1-based line and column of an offset. */
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
    offset(line, column) {
        const start = this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
        return Math.min(start + column - 1, this.text.length);
    }
    range(start, end) {
        const a = this.position(start);
        const b = this.position(end);
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }
    get lineCount() {
        return this.starts.length;
    }
}
/**
 * Applies non-overlapping edits to a text, leaving every other byte as it was.
 * Overlapping edits are an internal bug and throw.
 */
function applyEdits(text, edits) {
    const index = new LineIndex(text);
    const spans = edits
        .map((e) => ({
        start: index.offset(e.line, e.column),
        end: index.offset(e.endLine, e.endColumn),
        text: e.newText,
    }))
        .sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    for (const s of spans) {
        if (s.start < at)
            throw new Error('overlapping edits');
        out += text.slice(at, s.start) + s.text;
        at = s.end;
    }
    return out + text.slice(at);
}


/***/ }),

/***/ 28109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ruleMetas: () => (/* binding */ ruleMetas),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/discover.ts
var discover = __webpack_require__(75336);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/gates/pin/types.ts
/** Parses `owner/repo[/path]@ref`; undefined for local (`./`) and malformed references. */
function parseActionRef(text) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)((?:\/[^@\s]+)?)@([^\s@]+)$/.exec(text);
    if (!m)
        return undefined;
    return { owner: m[1], repo: m[2], path: m[3] ? m[3].slice(1) : undefined, ref: m[4] };
}
/** A full-length commit SHA, as GitHub's "require pinned actions" policy demands. */
const FULL_SHA = /^[0-9a-f]{40}$/;
/** Contains a variable: `$VAR`, `${VAR}`, `${{ expr }}`. */
const HAS_VARIABLE = /\$/;

;// CONCATENATED MODULE: ./src/gates/pin/extract/yaml.ts



/**
 * Parses every document of a YAML stream. A syntax error stops the file with its line and
 * column (https://eemeli.org/yaml/#errors); other files are still checked by the caller.
 */
function parseYaml(file, text) {
    const lines = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter: lines, prettyErrors: false });
    const list = Array.isArray(docs) ? docs : [];
    for (const doc of list) {
        const err = doc.errors[0];
        if (err) {
            const { line, col } = lines.linePos(err.pos[0]);
            throw new errors/* PortcullisError */.SO('PARSE_FAILED', `${file}:${line}:${col}: invalid YAML: ${firstLine(err.message)}`, {
                file,
            });
        }
    }
    return { file, text, docs: list, lines };
}
function firstLine(message) {
    return message.split('\n')[0];
}
/** The value under `key` in a map node, or undefined. */
function get(node, key) {
    return (0,dist/* isMap */.jh)(node) ? node.get(key, true) : undefined;
}
/** `[key, value]` pairs of a map node with scalar keys. */
function entries(node) {
    if (!(0,dist/* isMap */.jh)(node))
        return [];
    return node.items.flatMap((p) => ((0,dist/* isScalar */.jn)(p.key) ? [[String(p.key.value), p.value]] : []));
}
/** Items of a sequence node. */
function items(node) {
    return (0,dist/* isSeq */.oP)(node) ? node.items : [];
}
/** The source range of a scalar's text, quotes excluded; undefined for non-strings and block scalars. */
function scalarSpan(y, node) {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || !node.range)
        return undefined;
    const s = node;
    const [start, valueEnd] = s.range;
    switch (s.type) {
        case 'PLAIN':
            return { start, end: valueEnd, editable: y.text.slice(start, valueEnd) === s.value };
        case 'QUOTE_DOUBLE':
        case 'QUOTE_SINGLE': {
            const inner = { start: start + 1, end: valueEnd - 1 };
            return { ...inner, editable: y.text.slice(inner.start, inner.end) === s.value };
        }
        default:
            return undefined;
    }
}
/** 1-based range of source offsets, via the file's LineCounter. */
function yamlRange(y, start, end) {
    const a = y.lines.linePos(start);
    const b = y.lines.linePos(end);
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}
/** A reference from a YAML string scalar; undefined when the node is not a usable string. */
function scalarRef(y, node, kind, context, skip = 0) {
    const span = scalarSpan(y, node);
    const value = span ? String(node.value) : undefined;
    if (!span || value === undefined || value.trim() === '')
        return undefined;
    const raw = value.slice(skip);
    const vars = HAS_VARIABLE.test(raw) ? variablesIn(raw) : [];
    return {
        kind,
        context,
        file: y.file,
        raw,
        value: vars.length ? undefined : raw,
        unresolved: vars.length ? vars : undefined,
        range: yamlRange(y, span.start + (span.editable ? skip : 0), span.end),
        editable: span.editable && vars.length === 0,
    };
}
/** Names of `$VAR`, `${VAR}` and `${{ expr }}` occurrences, for messages. */
function variablesIn(text) {
    const out = [];
    for (const m of text.matchAll(/\$\{\{\s*([^}]*?)\s*\}\}|\$\{([^}:\-+?]*)[^}]*\}|\$([A-Za-z_][A-Za-z0-9_]*)/g))
        out.push((m[1] ?? m[2] ?? m[3] ?? '').trim());
    return out.length ? out : ['$'];
}
/** Image reference from either `image: x` or an object `{ [key]: x }` (GitLab `name:`, GitHub `image:`). */
function imageOf(y, node, context, key) {
    if ((0,dist/* isScalar */.jn)(node))
        return scalarRef(y, node, 'image', context);
    return (0,dist/* isMap */.jh)(node) ? scalarRef(y, get(node, key), 'image', context) : undefined;
}

;// CONCATENATED MODULE: ./src/gates/pin/extract/compose.ts

/** `services.<name>.image` of a Compose file (https://docs.docker.com/reference/compose-file/services/#image). */
function extractCompose(y) {
    return y.docs.flatMap((doc) => entries(get(doc.contents, 'services')).flatMap(([, svc]) => {
        const ref = scalarRef(y, get(svc, 'image'), 'image', 'image');
        return ref ? [ref] : [];
    }));
}

// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(78390);
;// CONCATENATED MODULE: ./src/gates/pin/extract/variables.ts
const VAR = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
/**
 * Expands `$X`, `${X}`, `${X:-default}`, `${X-default}`, `${X:+alt}` and `${X+alt}` the way
 * BuildKit's shell lexer does for FROM and flag values
 * (https://docs.docker.com/reference/dockerfile/#environment-replacement). A variable with no
 * value and no default stays unresolved, so the reference is reported, never guessed.
 */
function expand(text, vars) {
    const unresolved = [];
    const value = text.replace(VAR, (_m, braced, op, arg = '', bare) => {
        const name = (braced ?? bare);
        const has = vars.has(name) && vars.get(name) !== undefined;
        const v = vars.get(name) ?? '';
        switch (op) {
            case ':-':
                return v !== '' ? v : arg;
            case '-':
                return has ? v : arg;
            case ':+':
                return v !== '' ? arg : '';
            case '+':
                return has ? arg : '';
            default:
                if (!has)
                    unresolved.push(name);
                return v;
        }
    });
    return unresolved.length || /\$/.test(value)
        ? { unresolved: unresolved.length ? unresolved : ['$'] }
        : { value, unresolved };
}

;// CONCATENATED MODULE: ./src/gates/pin/extract/dockerfile.ts



/** Known instructions (https://docs.docker.com/reference/dockerfile/#overview). */
const INSTRUCTIONS = new Set('ADD ARG CMD COPY ENTRYPOINT ENV EXPOSE FROM HEALTHCHECK LABEL MAINTAINER ONBUILD RUN SHELL STOPSIGNAL USER VOLUME WORKDIR'.split(' '));
function toRange(r) {
    return {
        line: r.start.line + 1,
        column: r.start.character + 1,
        endLine: r.end.line + 1,
        endColumn: r.end.character + 1,
    };
}
class Source {
    lines;
    constructor(text) {
        this.lines = text.split('\n');
    }
    slice(r) {
        if (r.start.line === r.end.line)
            return this.lines[r.start.line].slice(r.start.character, r.end.character);
        const parts = [this.lines[r.start.line].slice(r.start.character)];
        for (let l = r.start.line + 1; l < r.end.line; l++)
            parts.push(this.lines[l]);
        parts.push(this.lines[r.end.line].slice(0, r.end.character));
        return parts.join('\n');
    }
}
/** The literal default of the global ARG that a whole-variable reference (`${BASE}`, `$BASE`) names. */
function argTarget(raw, globalArgs, src) {
    const name = /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))$/.exec(raw);
    if (!name)
        return undefined;
    const decl = globalArgs
        .filter((a) => a.getProperty()?.getName() === (name[1] ?? name[2]))
        .pop()
        ?.getProperty();
    const range = decl?.getValueRange();
    if (!range || range.start.line !== range.end.line)
        return undefined;
    const text = src.slice(range);
    return /^[^\s$"'\\]+$/.test(text) ? { range: toRange(range), raw: text } : undefined;
}
function argDefaults(args, into, inherited) {
    for (const a of args) {
        const p = a.getProperty();
        if (!p)
            continue;
        const v = p.getValue();
        into.set(p.getName(), v ?? inherited?.get(p.getName()));
    }
}
function fail(file, r, message) {
    throw new errors/* PortcullisError */.SO('PARSE_FAILED', `${file}:${r.start.line + 1}:${r.start.character + 1}: ${message}`, {
        file,
    });
}
/**
 * Image references of a Dockerfile: every FROM (not a FROM of an earlier stage), `COPY --from`,
 * `RUN --mount=…,from=` and the `# syntax=` directive. Global ARG defaults are expanded into
 * FROM, as BuildKit does; stage ARGs as well into flag values.
 * https://docs.docker.com/build/building/variables/#scoping
 */
function fromRef(file, from, src, isStage, globals, add) {
    const range = from.getImageRange();
    if (!range)
        fail(file, from.getInstructionRange(), 'FROM requires an image');
    const image = src.slice(range);
    const resolved = expand(image, globals).value ?? image;
    // A FROM of an earlier stage inherits that stage; `scratch` is the empty image.
    if (isStage(resolved) || resolved.toLowerCase() === 'scratch')
        return;
    add('from', range, globals, from.getPlatformFlag()?.getValue() ?? undefined);
}
function extractDockerfile(file, text) {
    const df = main.DockerfileParser.parse(text);
    const src = new Source(text);
    const refs = [];
    const add = (context, r, vars, platform) => {
        const raw = src.slice(r);
        const exp = expand(raw, vars);
        const literal = !raw.includes('$');
        refs.push({
            kind: 'image',
            context,
            file,
            raw,
            value: exp.value,
            unresolved: exp.value === undefined ? exp.unresolved : undefined,
            range: toRange(r),
            editable: literal && !/[\s\\"']/.test(raw),
            edit: context === 'from' && !literal ? argTarget(raw, df.getInitialARGs(), src) : undefined,
            platform,
        });
    };
    const directive = df.getDirectives().find((d) => d.getName().toLowerCase() === 'syntax');
    if (directive?.getValue())
        add('syntax', directive.getValueRange(), new Map());
    const globals = new Map();
    argDefaults(df.getInitialARGs(), globals);
    const stages = [];
    const isStage = (name) => /^\d+$/.test(name) || stages.includes(name.toLowerCase());
    let stageVars = new Map(globals);
    let inStage = false;
    for (const ins of df.getInstructions()) {
        const keyword = ins.getKeyword();
        if (!INSTRUCTIONS.has(keyword))
            fail(file, ins.getInstructionRange(), `unknown instruction "${ins.getInstruction()}"`);
        if (keyword === 'FROM') {
            fromRef(file, ins, src, isStage, globals, add);
            const alias = ins.getBuildStage();
            if (alias)
                stages.push(alias.toLowerCase());
            stageVars = new Map(globals);
            inStage = true;
        }
        else if (keyword === 'ARG' && inStage) {
            argDefaults([ins], stageVars, globals);
        }
        else if (keyword === 'COPY' || keyword === 'RUN') {
            flagRefs(ins, stageVars, isStage, add);
        }
    }
    return refs;
}
function flagRefs(ins, vars, isStage, add) {
    for (const flag of ins.getFlags()) {
        const name = flag.getName().toLowerCase();
        if (name === 'from' && ins.getKeyword() === 'COPY') {
            const value = flag.getValue();
            const range = flag.getValueRange();
            if (value && range && !isStage(expand(value, vars).value ?? value))
                add('copy-from', range, vars);
        }
        if (name === 'mount') {
            const opt = flag.getOptions().find((o) => o.getName().toLowerCase() === 'from');
            const value = opt?.getValue();
            const range = opt?.getValueRange();
            if (value && range && !isStage(expand(value, vars).value ?? value))
                add('mount-from', range, vars);
        }
    }
}

;// CONCATENATED MODULE: ./src/gates/pin/extract/gitlab-ci.ts

/** Top-level keys that are not jobs (https://docs.gitlab.com/ci/yaml/#global-keywords). */
const GLOBAL_KEYS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'spec']);
function imagesIn(y, owner) {
    const out = [];
    const image = imageOf(y, get(owner, 'image'), 'image', 'name');
    if (image)
        out.push(image);
    for (const svc of items(get(owner, 'services'))) {
        const ref = imageOf(y, svc, 'service', 'name');
        if (ref)
            out.push(ref);
    }
    return out;
}
/**
 * GitLab CI images: `image:` and `services:` in string and object (`name:`) form, at the top
 * level, under `default:` and in every job (hidden `.template` jobs included).
 * https://docs.gitlab.com/ci/yaml/#image
 */
function extractGitlabCi(y) {
    const out = [];
    for (const doc of y.docs) {
        out.push(...imagesIn(y, doc.contents));
        out.push(...imagesIn(y, get(doc.contents, 'default')));
        for (const [key, job] of entries(doc.contents)) {
            if (GLOBAL_KEYS.has(key) || key === 'image' || key === 'services')
                continue;
            out.push(...imagesIn(y, job));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gates/pin/extract/k8s.ts


const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
/**
 * Walks any object for container lists, so every workload kind is covered without a table:
 * Pod, Deployment, StatefulSet, DaemonSet, Job, CronJob (`jobTemplate` nesting), PodTemplate,
 * `kind: List` and custom resources that embed a PodSpec.
 * https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#PodSpec
 */
function walk(y, node, out) {
    if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of node.items)
            walk(y, item, out);
        return;
    }
    if (!(0,dist/* isMap */.jh)(node))
        return;
    for (const [key, value] of entries(node)) {
        if (CONTAINER_LISTS.has(key) && (0,dist/* isSeq */.oP)(value)) {
            for (const c of items(value)) {
                const ref = scalarRef(y, get(c, 'image'), 'image', 'image');
                if (ref)
                    out.push(ref);
            }
        }
        else {
            walk(y, value, out);
        }
    }
}
/** Container images of every object in a Kubernetes manifest stream. */
function extractKubernetes(y) {
    const out = [];
    for (const doc of y.docs)
        walk(y, doc.contents, out);
    return out;
}

;// CONCATENATED MODULE: ./src/gates/pin/extract/workflow.ts

const DOCKER = 'docker://';
/** `uses:` as an action, a reusable workflow or a `docker://` image. */
function usesRef(y, node) {
    const ref = scalarRef(y, node, 'action', 'uses');
    if (!ref?.raw.startsWith(DOCKER))
        return ref;
    return scalarRef(y, node, 'image', 'docker-uses', DOCKER.length);
}
function stepRefs(y, steps) {
    return items(steps).flatMap((step) => {
        const r = usesRef(y, get(step, 'uses'));
        return r ? [r] : [];
    });
}
/**
 * GitHub workflow references: step and reusable-workflow `uses:`, `docker://` images, and the
 * `container:` and `services:` images of each job, in string and object form.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax
 */
function extractWorkflow(y) {
    const out = [];
    for (const doc of y.docs) {
        for (const [, job] of entries(get(doc.contents, 'jobs'))) {
            const reusable = usesRef(y, get(job, 'uses'));
            if (reusable)
                out.push(reusable);
            const container = imageOf(y, get(job, 'container'), 'container', 'image');
            if (container)
                out.push(container);
            for (const [, svc] of entries(get(job, 'services'))) {
                const image = imageOf(y, svc, 'service', 'image');
                if (image)
                    out.push(image);
            }
            out.push(...stepRefs(y, get(job, 'steps')));
        }
    }
    return out;
}
/**
 * Composite and Docker action metadata (`action.yml`): `runs.steps[].uses` and a
 * `runs.image` of the form `docker://…`.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/metadata-syntax
 */
function extractAction(y) {
    const out = [];
    for (const doc of y.docs) {
        const runs = get(doc.contents, 'runs');
        out.push(...stepRefs(y, get(runs, 'steps')));
        const image = scalarRef(y, get(runs, 'image'), 'image', 'docker-uses');
        if (image?.raw.startsWith(DOCKER)) {
            const ref = scalarRef(y, get(runs, 'image'), 'image', 'docker-uses', DOCKER.length);
            if (ref)
                out.push(ref);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gates/pin/extract/index.ts






/** File kinds the pin gate reads. */
const PIN_KINDS = [
    'dockerfile',
    'github-workflow',
    'github-action',
    'gitlab-ci',
    'compose',
    'kubernetes',
];
/** A leading byte-order mark is kept in the file but not part of any line's text. */
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}
/**
 * Every image and action reference in one file, with exact ranges. Throws PARSE_FAILED with a
 * position for malformed input.
 */
function extractReferences(file, kind, content) {
    const { text, bom } = stripBom(content);
    const refs = extractByKind(file, kind, text);
    // Columns on line 1 count the BOM as a character in the original text.
    if (bom)
        for (const r of refs)
            shiftFirstLine(r);
    return refs;
}
function shiftFirstLine(r) {
    if (r.range.line === 1)
        r.range.column += 1;
    if (r.range.endLine === 1)
        r.range.endColumn += 1;
}
function extractByKind(file, kind, text) {
    switch (kind) {
        case 'dockerfile':
            return extractDockerfile(file, text);
        case 'github-workflow':
            return extractWorkflow(parseYaml(file, text));
        case 'github-action':
            return extractAction(parseYaml(file, text));
        case 'gitlab-ci':
            return extractGitlabCi(parseYaml(file, text));
        case 'compose':
            return extractCompose(parseYaml(file, text));
        case 'kubernetes':
            return extractKubernetes(parseYaml(file, text));
        default:
            return [];
    }
}

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
;// CONCATENATED MODULE: ./src/gates/pin/fix.ts

/** A comment that only names a version, which a new pin may replace: `# v4`, `# tag=v4.1.2`, `# pin@v4`. */
const VERSION_COMMENT = /^#\s*(?:tag=|pin@)?v?\d[\w.+-]*\s*$/;
/**
 * Pins an image in place, keeping its tag for readers: `node:20-alpine` →
 * `node:20-alpine@sha256:…` (a stale digest is replaced). `FROM ${BASE}` is pinned in the
 * ARG's default; other text built from variables is never rewritten.
 */
function imageFix(ref, digest) {
    const target = ref.editable ? { range: ref.range, raw: ref.raw } : ref.edit;
    if (!target)
        return undefined;
    const base = target.raw.replace(/@sha256:[0-9a-f]*$/i, '');
    const newText = `${base}@${digest}`;
    if (newText === target.raw)
        return undefined;
    return { description: `pin ${base} to ${digest}`, edits: [{ ...target.range, newText }] };
}
/**
 * Pins an action to a commit SHA and names the tag in a comment, the form GitHub's docs and
 * Renovate use: `actions/checkout@<sha> # v4.1.2`. Every byte outside the two edits is kept.
 */
function actionFix(ref, text, sha, label) {
    if (!ref.editable)
        return undefined;
    const at = ref.raw.lastIndexOf('@');
    const base = at < 0 ? ref.raw : ref.raw.slice(0, at);
    const edits = [{ ...ref.range, newText: `${base}@${sha}` }];
    const lineNo = ref.range.endLine;
    const line = (text.split('\n')[lineNo - 1] ?? '').replace(/\r$/, '');
    const restStart = ref.range.endColumn - 1;
    const rest = line.slice(restStart);
    const hash = rest.search(/(?:^|\s)#/);
    const commentCol = hash < 0 ? -1 : restStart + rest.indexOf('#', hash) + 1;
    const comment = commentCol < 0 ? '' : line.slice(commentCol - 1);
    const at1 = (column) => ({ line: lineNo, column, endLine: lineNo, endColumn: column });
    if (commentCol < 0) {
        edits.push({ ...at1(line.length + 1), newText: ` # ${label}` });
    }
    else if (VERSION_COMMENT.test(comment)) {
        edits.push({
            line: lineNo,
            column: commentCol,
            endLine: lineNo,
            endColumn: line.length + 1,
            newText: `# ${label}`,
        });
    }
    else {
        edits.push({ ...at1(commentCol), newText: `# ${label} ` });
    }
    return { description: `pin ${base} to ${sha} (${label})`, edits };
}
/** Applies fixes to a file's text; identical edits (one ARG used twice) are applied once. */
function applyFixes(text, fixes) {
    const seen = new Set();
    const edits = fixes
        .flatMap((f) => f.edits)
        .filter((e) => {
        const key = JSON.stringify(e);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    return (0,core_text/* applyEdits */.c)(text, edits);
}
/** The most precise tag: `v4.1.2` over `v4.1` over `v4`; else the ref the user wrote. */
function preciseTag(tags, fallback) {
    const parts = (t) => t
        .replace(/^v/, '')
        .split('.')
        .filter((p) => /^\d+$/.test(p)).length;
    const sorted = [...tags].sort((a, b) => parts(b) - parts(a) || a.length - b.length || (a < b ? -1 : 1));
    return sorted[0] ?? fallback;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/gates/pin/lifecycle/snapshot.json
const snapshot_namespaceObject = /*#__PURE__*/JSON.parse('{"date":"2026-11-24","source":"https://endoflife.date/api","note":"Release and end-of-life dates in endoflife.date\'s API format (`cycle`, `releaseDate`, `eol`, `extendedSupport`, `lts`, `codename`). Refresh with `portcullis pin --update-lifecycle`.","images":{"debian":"debian","ubuntu":"ubuntu","alpine":"alpine-linux","centos":"centos","almalinux":"almalinux","rockylinux":"rocky-linux","rockylinux/rockylinux":"rocky-linux","node":"nodejs","python":"python","golang":"go","eclipse-temurin":"eclipse-temurin","openjdk":"eclipse-temurin","ruby":"ruby","php":"php","nginx":"nginx","postgres":"postgresql","redis":"redis"},"products":{"debian":[{"cycle":"13","releaseDate":"2025-08-09","eol":"2028-08-09","codename":"Trixie","extendedSupport":"2030-06-30"},{"cycle":"12","releaseDate":"2023-06-10","eol":"2026-06-10","codename":"Bookworm","extendedSupport":"2028-06-30"},{"cycle":"11","releaseDate":"2021-08-14","eol":"2024-08-14","codename":"Bullseye","extendedSupport":"2026-08-31"},{"cycle":"10","releaseDate":"2019-07-06","eol":"2022-09-10","codename":"Buster","extendedSupport":"2024-06-30"},{"cycle":"9","releaseDate":"2017-06-17","eol":"2020-07-06","codename":"Stretch","extendedSupport":"2022-06-30"},{"cycle":"8","releaseDate":"2015-04-26","eol":"2018-06-17","codename":"Jessie","extendedSupport":"2020-06-30"}],"ubuntu":[{"cycle":"25.10","releaseDate":"2025-10-09","eol":"2026-07-09","codename":"Questing Quokka","lts":false},{"cycle":"25.04","releaseDate":"2025-04-17","eol":"2026-01-15","codename":"Plucky Puffin","lts":false},{"cycle":"24.10","releaseDate":"2024-10-10","eol":"2025-07-10","codename":"Oracular Oriole","lts":false},{"cycle":"24.04","releaseDate":"2024-04-25","eol":"2029-05-31","codename":"Noble Numbat","lts":true,"extendedSupport":"2034-04-25"},{"cycle":"23.10","releaseDate":"2023-10-12","eol":"2024-07-11","codename":"Mantic Minotaur","lts":false},{"cycle":"23.04","releaseDate":"2023-04-20","eol":"2024-01-25","codename":"Lunar Lobster","lts":false},{"cycle":"22.10","releaseDate":"2022-10-20","eol":"2023-07-20","codename":"Kinetic Kudu","lts":false},{"cycle":"22.04","releaseDate":"2022-04-21","eol":"2027-06-01","codename":"Jammy Jellyfish","lts":true,"extendedSupport":"2032-04-09"},{"cycle":"21.10","releaseDate":"2021-10-14","eol":"2022-07-14","codename":"Impish Indri","lts":false},{"cycle":"21.04","releaseDate":"2021-04-22","eol":"2022-01-20","codename":"Hirsute Hippo","lts":false},{"cycle":"20.10","releaseDate":"2020-10-22","eol":"2021-07-22","codename":"Groovy Gorilla","lts":false},{"cycle":"20.04","releaseDate":"2020-04-23","eol":"2025-05-29","codename":"Focal Fossa","lts":true,"extendedSupport":"2030-04-23"},{"cycle":"18.04","releaseDate":"2018-04-26","eol":"2023-05-31","codename":"Bionic Beaver","lts":true,"extendedSupport":"2028-04-26"},{"cycle":"16.04","releaseDate":"2016-04-21","eol":"2021-04-30","codename":"Xenial Xerus","lts":true,"extendedSupport":"2026-04-23"},{"cycle":"14.04","releaseDate":"2014-04-17","eol":"2019-04-25","codename":"Trusty Tahr","lts":true,"extendedSupport":"2024-04-25"}],"alpine-linux":[{"cycle":"3.23","releaseDate":"2025-12-03","eol":"2027-11-01"},{"cycle":"3.22","releaseDate":"2025-05-30","eol":"2027-05-01"},{"cycle":"3.21","releaseDate":"2024-12-05","eol":"2026-11-01"},{"cycle":"3.20","releaseDate":"2024-05-22","eol":"2026-04-01"},{"cycle":"3.19","releaseDate":"2023-12-07","eol":"2025-11-01"},{"cycle":"3.18","releaseDate":"2023-05-09","eol":"2025-05-09"},{"cycle":"3.17","releaseDate":"2022-11-22","eol":"2024-11-22"},{"cycle":"3.16","releaseDate":"2022-05-23","eol":"2024-05-23"},{"cycle":"3.15","releaseDate":"2021-11-24","eol":"2023-11-01"},{"cycle":"3.14","releaseDate":"2021-06-15","eol":"2023-05-01"},{"cycle":"3.13","releaseDate":"2021-01-14","eol":"2022-11-01"},{"cycle":"3.12","releaseDate":"2020-05-29","eol":"2022-05-01"}],"centos":[{"cycle":"8","releaseDate":"2019-09-24","eol":"2021-12-31"},{"cycle":"7","releaseDate":"2014-07-07","eol":"2024-06-30"},{"cycle":"6","releaseDate":"2011-07-10","eol":"2020-11-30"}],"almalinux":[{"cycle":"10","releaseDate":"2025-05-27","eol":"2035-05-31"},{"cycle":"9","releaseDate":"2022-05-26","eol":"2032-05-31"},{"cycle":"8","releaseDate":"2021-03-30","eol":"2029-03-01"}],"rocky-linux":[{"cycle":"10","releaseDate":"2025-06-11","eol":"2035-05-31"},{"cycle":"9","releaseDate":"2022-07-14","eol":"2032-05-31"},{"cycle":"8","releaseDate":"2021-06-21","eol":"2029-05-31"}],"nodejs":[{"cycle":"25","releaseDate":"2025-10-15","eol":"2026-06-01","lts":false},{"cycle":"24","releaseDate":"2025-05-06","eol":"2028-04-30","lts":"2025-10-28","codename":"Krypton"},{"cycle":"23","releaseDate":"2024-10-16","eol":"2025-06-01","lts":false},{"cycle":"22","releaseDate":"2024-04-24","eol":"2027-04-30","lts":"2024-10-29","codename":"Jod"},{"cycle":"21","releaseDate":"2023-10-17","eol":"2024-06-01","lts":false},{"cycle":"20","releaseDate":"2023-04-18","eol":"2026-04-30","lts":"2023-10-24","codename":"Iron"},{"cycle":"19","releaseDate":"2022-10-18","eol":"2023-06-01","lts":false},{"cycle":"18","releaseDate":"2022-04-19","eol":"2025-04-30","lts":"2022-10-25","codename":"Hydrogen"},{"cycle":"17","releaseDate":"2021-10-19","eol":"2022-06-01","lts":false},{"cycle":"16","releaseDate":"2021-04-20","eol":"2023-09-11","lts":"2021-10-26","codename":"Gallium"},{"cycle":"14","releaseDate":"2020-04-21","eol":"2023-04-30","lts":"2020-10-27","codename":"Fermium"},{"cycle":"12","releaseDate":"2019-04-23","eol":"2022-04-30","lts":"2019-10-21","codename":"Erbium"},{"cycle":"10","releaseDate":"2018-04-24","eol":"2021-04-30","lts":"2018-10-30","codename":"Dubnium"},{"cycle":"8","releaseDate":"2017-05-30","eol":"2019-12-31","lts":"2017-10-31","codename":"Carbon"}],"python":[{"cycle":"3.14","releaseDate":"2025-10-07","eol":"2030-10-31"},{"cycle":"3.13","releaseDate":"2024-10-07","eol":"2029-10-31"},{"cycle":"3.12","releaseDate":"2023-10-02","eol":"2028-10-31"},{"cycle":"3.11","releaseDate":"2022-10-24","eol":"2027-10-31"},{"cycle":"3.10","releaseDate":"2021-10-04","eol":"2026-10-31"},{"cycle":"3.9","releaseDate":"2020-10-05","eol":"2025-10-31"},{"cycle":"3.8","releaseDate":"2019-10-14","eol":"2024-10-07"},{"cycle":"3.7","releaseDate":"2018-06-27","eol":"2023-06-27"},{"cycle":"3.6","releaseDate":"2016-12-23","eol":"2021-12-23"},{"cycle":"2.7","releaseDate":"2010-07-03","eol":"2020-01-01"}],"go":[{"cycle":"1.25","releaseDate":"2025-08-12","eol":false},{"cycle":"1.24","releaseDate":"2025-02-11","eol":"2026-02-10"},{"cycle":"1.23","releaseDate":"2024-08-13","eol":"2025-08-12"},{"cycle":"1.22","releaseDate":"2024-02-06","eol":"2025-02-11"},{"cycle":"1.21","releaseDate":"2023-08-08","eol":"2024-08-13"},{"cycle":"1.20","releaseDate":"2023-02-01","eol":"2024-02-06"},{"cycle":"1.19","releaseDate":"2022-08-02","eol":"2023-08-08"},{"cycle":"1.18","releaseDate":"2022-03-15","eol":"2023-02-01"}],"eclipse-temurin":[{"cycle":"25","releaseDate":"2025-09-16","eol":"2031-09-30","lts":true},{"cycle":"24","releaseDate":"2025-03-18","eol":"2025-09-16","lts":false},{"cycle":"23","releaseDate":"2024-09-17","eol":"2025-03-18","lts":false},{"cycle":"22","releaseDate":"2024-03-19","eol":"2024-09-17","lts":false},{"cycle":"21","releaseDate":"2023-09-19","eol":"2029-12-31","lts":true},{"cycle":"20","releaseDate":"2023-03-21","eol":"2023-09-19","lts":false},{"cycle":"19","releaseDate":"2022-09-20","eol":"2023-03-21","lts":false},{"cycle":"18","releaseDate":"2022-03-22","eol":"2022-09-20","lts":false},{"cycle":"17","releaseDate":"2021-09-14","eol":"2027-10-31","lts":true},{"cycle":"11","releaseDate":"2018-09-25","eol":"2027-10-31","lts":true},{"cycle":"8","releaseDate":"2014-03-18","eol":"2030-12-31","lts":true}],"ruby":[{"cycle":"3.4","releaseDate":"2024-12-25","eol":"2028-03-31"},{"cycle":"3.3","releaseDate":"2023-12-25","eol":"2027-03-31"},{"cycle":"3.2","releaseDate":"2022-12-25","eol":"2026-03-31"},{"cycle":"3.1","releaseDate":"2021-12-25","eol":"2025-03-26"},{"cycle":"3.0","releaseDate":"2020-12-25","eol":"2024-04-23"},{"cycle":"2.7","releaseDate":"2019-12-25","eol":"2023-03-31"},{"cycle":"2.6","releaseDate":"2018-12-25","eol":"2022-04-12"}],"php":[{"cycle":"8.5","releaseDate":"2025-11-20","eol":"2029-12-31"},{"cycle":"8.4","releaseDate":"2024-11-21","eol":"2028-12-31"},{"cycle":"8.3","releaseDate":"2023-11-23","eol":"2027-12-31"},{"cycle":"8.2","releaseDate":"2022-12-08","eol":"2026-12-31"},{"cycle":"8.1","releaseDate":"2021-11-25","eol":"2025-12-31"},{"cycle":"8.0","releaseDate":"2020-11-26","eol":"2023-11-26"},{"cycle":"7.4","releaseDate":"2019-11-28","eol":"2022-11-28"},{"cycle":"7.3","releaseDate":"2018-12-06","eol":"2021-12-06"}],"nginx":[{"cycle":"1.29","releaseDate":"2025-06-24","eol":false},{"cycle":"1.28","releaseDate":"2025-04-23","eol":false},{"cycle":"1.27","releaseDate":"2024-05-29","eol":"2025-04-23"},{"cycle":"1.26","releaseDate":"2024-04-23","eol":"2025-04-23"},{"cycle":"1.25","releaseDate":"2023-05-23","eol":"2024-04-23"},{"cycle":"1.24","releaseDate":"2023-04-11","eol":"2024-04-23"},{"cycle":"1.23","releaseDate":"2022-06-21","eol":"2023-04-11"},{"cycle":"1.22","releaseDate":"2022-05-24","eol":"2023-04-11"}],"postgresql":[{"cycle":"18","releaseDate":"2025-09-25","eol":"2030-11-14"},{"cycle":"17","releaseDate":"2024-09-26","eol":"2029-11-08"},{"cycle":"16","releaseDate":"2023-09-14","eol":"2028-11-09"},{"cycle":"15","releaseDate":"2022-10-13","eol":"2027-11-11"},{"cycle":"14","releaseDate":"2021-09-30","eol":"2026-11-12"},{"cycle":"13","releaseDate":"2020-09-24","eol":"2025-11-13"},{"cycle":"12","releaseDate":"2019-10-03","eol":"2024-11-21"},{"cycle":"11","releaseDate":"2018-10-18","eol":"2023-11-09"},{"cycle":"10","releaseDate":"2017-10-05","eol":"2022-11-10"}],"redis":[{"cycle":"8.2","releaseDate":"2025-08-04","eol":false},{"cycle":"8.0","releaseDate":"2025-05-02","eol":false},{"cycle":"7.4","releaseDate":"2024-07-29","eol":false},{"cycle":"7.2","releaseDate":"2023-08-15","eol":"2026-02-28"},{"cycle":"7.0","releaseDate":"2022-04-27","eol":"2024-07-29"},{"cycle":"6.2","releaseDate":"2021-02-22","eol":"2025-02-28"},{"cycle":"6.0","releaseDate":"2020-04-30","eol":"2022-01-31"}]}}');
;// CONCATENATED MODULE: ./src/gates/pin/lifecycle/load.ts




const DEFAULT_EOL_BASE_URL = 'https://endoflife.date/api';
/** The snapshot shipped with this release. */
const BUNDLED_SNAPSHOT = snapshot_namespaceObject;
function isCycle(v) {
    if (!v || typeof v !== 'object')
        return false;
    const c = v;
    return ((typeof c.cycle === 'string' || typeof c.cycle === 'number') &&
        (typeof c.eol === 'string' || typeof c.eol === 'boolean'));
}
function normaliseCycles(source, data) {
    if (!Array.isArray(data) || data.length === 0 || !data.every(isCycle))
        throw new errors/* PortcullisError */.SO('PARSE_FAILED', `${source}: not an endoflife.date cycle list`);
    return data.map((c) => {
        const keep = { cycle: String(c.cycle), eol: c.eol };
        for (const k of [
            'releaseDate',
            'extendedSupport',
            'lts',
            'codename',
            'latest',
            'latestReleaseDate',
        ])
            if (c[k] !== undefined && c[k] !== null)
                keep[k] = c[k];
        return keep;
    });
}
/** Reads a snapshot written by `--update-lifecycle`; a damaged file is an error, never ignored. */
function readSnapshot(file) {
    let data;
    try {
        data = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (cause) {
        throw new errors/* PortcullisError */.SO('PARSE_FAILED', `cannot read lifecycle snapshot ${file}`, { file, cause });
    }
    if (typeof data?.date !== 'string' || !data.products || typeof data.products !== 'object' || !data.images)
        throw new errors/* PortcullisError */.SO('PARSE_FAILED', `${file}: not a lifecycle snapshot`, { file });
    for (const [product, cycles] of Object.entries(data.products))
        normaliseCycles(`${file}: ${product}`, cycles);
    return data;
}
/** The snapshot to check against: the refreshed file when it exists, else the bundled one. */
function loadSnapshot(file) {
    if (file && (0,external_node_fs_.existsSync)(file))
        return { snapshot: readSnapshot(file), from: file };
    return { snapshot: BUNDLED_SNAPSHOT, from: 'bundled' };
}
/**
 * Refreshes every product from endoflife.date's API (`<base>/<product>.json`) and writes a new
 * dated snapshot. Any failed product fails the whole refresh (exit 3), so a partial file is
 * never written. https://endoflife.date/docs/api/v0/
 */
async function updateSnapshot(options) {
    const doFetch = options.fetchImpl ?? fetch;
    const products = {};
    for (const product of Object.keys(BUNDLED_SNAPSHOT.products)) {
        const url = `${options.baseUrl.replace(/\/+$/, '')}/${product}.json`;
        let res;
        try {
            res = await doFetch(url, {
                headers: { accept: 'application/json' },
                signal: AbortSignal.timeout(options.timeoutMs),
            });
        }
        catch (cause) {
            throw new errors/* PortcullisError */.SO('NETWORK', `cannot refresh lifecycle data: ${url}: ${cause.message}`, {
                cause,
            });
        }
        if (!res.ok)
            throw new errors/* PortcullisError */.SO('NETWORK', `cannot refresh lifecycle data: ${url}: HTTP ${res.status}`);
        let body;
        try {
            body = await res.json();
        }
        catch (cause) {
            throw new errors/* PortcullisError */.SO('PARSE_FAILED', `cannot refresh lifecycle data: ${url}: invalid JSON`, {
                cause,
            });
        }
        products[product] = normaliseCycles(url, body);
    }
    const snapshot = {
        ...BUNDLED_SNAPSHOT,
        date: options.today,
        source: options.baseUrl,
        products,
    };
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(options.file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(options.file, `${JSON.stringify(snapshot, null, 1)}\n`);
    return snapshot;
}

;// CONCATENATED MODULE: ./src/gates/pin/patterns.ts
function escapeRegExp(s) {
    return s.replace(/[.+^${}()|[\]\\?]/g, '\\$&');
}
/** A glob where `*` matches any run of characters except those in `stop`. */
function globRegExp(pattern, stop = '') {
    const star = stop ? `[^${escapeRegExp(stop)}]*` : '.*';
    return new RegExp(`^${pattern.split('*').map(escapeRegExp).join(star)}$`, 'i');
}
/**
 * Whether an image's registry and repository match a trusted-registry pattern, with hadolint's
 * `trustedRegistries` semantics (an image with no registry is on docker.io) extended by an
 * optional repository part: `docker.io`, `*.dkr.ecr.*.amazonaws.com`, `ghcr.io/myorg/*`.
 * https://github.com/hadolint/hadolint#configure
 */
function registryMatches(pattern, registry, repository) {
    const slash = pattern.indexOf('/');
    const host = slash < 0 ? pattern : pattern.slice(0, slash);
    if (!globRegExp(normaliseHost(host), '/').test(normaliseHost(registry)))
        return false;
    if (slash < 0)
        return true;
    const repo = globRegExp(pattern.slice(slash + 1));
    return repo.test(repository) || repo.test(repository.replace(/^library\//, ''));
}
function normaliseHost(host) {
    const h = host.toLowerCase();
    return h === 'index.docker.io' || h === 'registry-1.docker.io' ? 'docker.io' : h;
}
/** Whether a reference text matches one of the `ignore:` globs (`*` matches anything). */
function ignoredBy(globs, text) {
    return globs.find((g) => globRegExp(g).test(text));
}

// EXTERNAL MODULE: ./src/registry/index.ts + 11 modules
var registry = __webpack_require__(12847);
;// CONCATENATED MODULE: ./src/gates/pin/registry.ts


;// CONCATENATED MODULE: ./src/gates/pin/resolve.ts



/** One promise per key, so each unique reference costs one lookup however often it appears. */
class Once {
    map = new Map();
    get(key, make) {
        let p = this.map.get(key);
        if (!p) {
            p = make();
            this.map.set(key, p);
        }
        return p;
    }
}
async function pool(items, limit, each) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await each(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
const untagged = (image) => ({ ...image, digest: undefined });
const byDigest = (image, digest) => ({
    ...image,
    tag: undefined,
    digest,
});
function isNotFound(error) {
    const e = error;
    return e?.status === 404 || /\b404\b|MANIFEST_UNKNOWN|not found/i.test(e?.message ?? '');
}
/**
 * Resolves references over the network: unpinned images to their digest (the index digest, or
 * one platform's with `--platform`), actions to commit SHAs over git smart HTTP, and, with
 * `--check-stale`, whether a pinned tag has moved or its digest vanished. A registry that fails
 * becomes a GateError naming it, never a verdict on the reference.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pulling-manifests
 */
async function resolveReferences(refs, settings, env, wants, cache) {
    const client = new registry/* RegistryClient */.bP({
        env,
        insecureRegistries: settings.insecureRegistries,
        timeoutMs: settings.timeoutMs,
        cache,
    });
    const out = {
        digests: new Map(),
        actions: new Map(),
        errors: [],
        requests: 0,
        withinGrace: [],
    };
    const failed = new Set();
    const fail = (key, ref, error) => {
        if (failed.has(key))
            return;
        failed.add(key);
        out.errors.push({
            file: ref.file,
            message: `${key}: ${(0,errors/* errorMessage */.gJ)(error)}`,
            code: error.code,
        });
    };
    const digestOf = new Once();
    const resolveImage = (image) => digestOf.get(`${(0,registry/* formatImageReference */.my)(image)} ${settings.platform ?? ''}`, async () => {
        const r = await client.resolveDigest(image, settings.platform ? { platform: settings.platform } : {});
        return r.digest;
    });
    const gitOnce = new Once();
    const jobs = [];
    for (const ref of refs) {
        const image = ref.image;
        if (ref.kind === 'image' && image && !image.digest && wants.pin) {
            jobs.push(async () => {
                try {
                    out.digests.set(ref, await resolveImage(untagged(image)));
                }
                catch (error) {
                    fail((0,registry/* formatImageReference */.my)(untagged(image)), ref, error);
                }
            });
        }
        else if (ref.kind === 'image' && image?.digest && wants.stale) {
            jobs.push(async () => {
                try {
                    ref.staleness = await staleness(client, image, resolveImage, settings, out);
                    if (ref.staleness.current && ref.staleness.stale)
                        out.digests.set(ref, ref.staleness.current);
                }
                catch (error) {
                    fail((0,registry/* formatImageReference */.my)(image), ref, error);
                }
            });
        }
        else if (ref.kind === 'action' && ref.action && wants.pin && !/^[0-9a-f]{40}$/.test(ref.action.ref)) {
            jobs.push(() => resolveAction(ref, settings, env, gitOnce, out, fail));
        }
    }
    await pool(jobs, 8, (job) => job());
    out.requests = client.requestCount;
    return out;
}
async function resolveAction(ref, settings, env, gitOnce, out, fail) {
    const a = ref.action;
    const url = `${settings.gitBaseUrl}/${a.owner}/${a.repo}`;
    const key = `${url}@${a.ref}`;
    try {
        const { sha, tags } = await gitOnce.get(key, () => (0,registry/* resolveGitRef */.un)(url, a.ref, { token: env.GITHUB_TOKEN, timeoutMs: settings.timeoutMs }));
        const label = tags.includes(a.ref) || /^v?\d/.test(a.ref) ? preciseTag(tags, a.ref) : a.ref;
        out.actions.set(ref, { sha, label });
    }
    catch (error) {
        fail(key, ref, error);
    }
}
async function staleness(client, image, resolveImage, settings, out) {
    const pinned = image.digest;
    try {
        await client.resolveDigest(byDigest(image, pinned));
    }
    catch (error) {
        if (isNotFound(error))
            return { missing: true };
        throw error;
    }
    if (!image.tag)
        return {};
    const current = await resolveImage(untagged(image));
    if (current === pinned)
        return { current };
    if (await isChildOf(client, image, current, pinned))
        return { current: pinned };
    const created = await createdAt(client, byDigest(image, current));
    if (created !== undefined && settings.now - created < settings.staleAfterMs) {
        out.withinGrace.push((0,registry/* formatImageReference */.my)(untagged(image)));
        return { current };
    }
    return { current, stale: true };
}
/** A pin of one platform's manifest is current when the tag's index still lists it. */
async function isChildOf(client, image, index, child) {
    const m = (await client.getManifest(byDigest(image, index)));
    return (m.manifest?.manifests ?? []).some((d) => d.digest === child);
}
/** When the image behind a digest was built (its config's `created`), or undefined when unknown. */
async function createdAt(client, image) {
    try {
        const created = await client.getCreated?.(image);
        return created ? Date.parse(created) : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(21961);
;// CONCATENATED MODULE: ./src/gates/pin/check.ts
/** A finding at a reference's exact range. */
function findingAt(meta, ref, message, data) {
    return {
        ruleId: meta.id,
        severity: meta.severity,
        message,
        file: ref.file,
        ...ref.range,
        snippet: ref.raw,
        security: meta.security,
        data: { reference: ref.value ?? ref.raw, context: ref.context, ...data },
    };
}
/** Image references whose text parsed, the ones policy rules look at. */
function check_images(ctx) {
    return ctx.refs.filter((r) => r.kind === 'image' && !!r.image);
}

;// CONCATENATED MODULE: ./src/gates/pin/rules/PP001.ts

/** PP001: an image used by tag alone can change under the build without a commit. */
const PP001 = {
    meta: {
        id: 'PP001',
        title: 'Image is not pinned by digest',
        severity: 'error',
        gate: 'pin',
        fixable: true,
        security: true,
        equivalents: ['scorecard:Pinned-Dependencies', 'ratchet:lint'],
    },
    check(ctx) {
        if (!ctx.policy.requireDigest)
            return [];
        return check_images(ctx)
            .filter((r) => !r.image.digest)
            .map((r) => findingAt(PP001.meta, r, `image ${r.raw} is not pinned by digest (use ${r.raw}@sha256:…)`));
    },
};

;// CONCATENATED MODULE: ./src/gates/pin/rules/PP002.ts


/** PP002: an action tag or branch can be moved by its owner; only a full commit SHA is immutable. */
const PP002 = {
    meta: {
        id: 'PP002',
        title: 'Action is not pinned to a full commit SHA',
        severity: 'error',
        gate: 'pin',
        fixable: true,
        security: true,
        equivalents: ['scorecard:Pinned-Dependencies', 'zizmor:unpinned-uses', 'ratchet:lint'],
    },
    check(ctx) {
        if (!ctx.policy.requireDigest)
            return [];
        return ctx.refs
            .filter((r) => r.kind === 'action' && r.value !== undefined && !r.value.startsWith('./'))
            .filter((r) => !r.action || !FULL_SHA.test(r.action.ref))
            .map((r) => findingAt(PP002.meta, r, r.action
            ? `action ${r.raw} is not pinned to a full-length commit SHA`
            : `action ${r.raw} has no @ref; pin it to a full-length commit SHA`));
    },
};

;// CONCATENATED MODULE: ./src/gates/pin/rules/PP003.ts

/** PP003: `:latest` tells a reader nothing about the version, even when a digest pins it. */
const PP003 = {
    meta: {
        id: 'PP003',
        title: 'Image uses the latest tag',
        severity: 'warning',
        gate: 'pin',
        equivalents: ['hadolint:DL3007', 'trivy:DS-0001', 'checkov:CKV_DOCKER_7'],
    },
    check(ctx) {
        if (!ctx.policy.forbidLatest)
            return [];
        return check_images(ctx)
            .filter((r) => r.image.tag === 'latest')
            .map((r) => findingAt(PP003.meta, r, `image ${r.raw} uses the latest tag; name the version`));
    },
};

;// CONCATENATED MODULE: ./src/gates/pin/rules/PP004.ts

/** PP004: without a tag a reader cannot tell which version a digest is, and an unpinned ref means latest. */
const PP004 = {
    meta: {
        id: 'PP004',
        title: 'Image has no tag',
        severity: 'warning',
        gate: 'pin',
        equivalents: ['hadolint:DL3006', 'trivy:DS-0001'],
    },
    check(ctx) {
        if (!ctx.policy.forbidLatest)
            return [];
        return check_images(ctx)
            .filter((r) => !r.image.tag)
            .map((r) => findingAt(PP004.meta, r, r.image.digest
            ? `image ${r.raw} has a digest but no tag; keep the tag for readers (name:tag@sha256:…)`
            : `image ${r.raw} has no tag, so it means latest`));
    },
};

;// CONCATENATED MODULE: ./src/gates/pin/rules/PP005.ts


/** PP005: images from a registry outside the allow-list bypass the team's vetting and mirrors. */
const PP005 = {
    meta: {
        id: 'PP005',
        title: 'Image is not from a trusted registry',
        severity: 'error',
        gate: 'pin',
        security: true,
        equivalents: ['hadolint:DL3026'],
    },
    check(ctx) {
        const allowed = ctx.policy.allowedRegistries;
        if (allowed.length === 0)
            return [];
        return check_images(ctx)
            .filter((r) => !allowed.some((p) => registryMatches(p, r.image.registry, r.image.repository)))
            .map((r) => findingAt(PP005.meta, r, `image ${r.raw} is from ${r.image.registry}, which is not in allowed-registries (${allowed.join(', ')})`, { registry: r.image.registry }));
    },
};

;// CONCATENATED MODULE: ./src/gates/pin/lifecycle/match.ts
/** Distribution releases that appear as tag suffixes of other images (`-buster`, `-jammy`, `-alpine3.15`). */
const DISTRO_PRODUCTS = ['debian', 'ubuntu'];
function codenameKey(c) {
    return c.codename?.split(/\s+/)[0]?.toLowerCase();
}
function versionMatches(version, cycle) {
    return (version === cycle ||
        version.startsWith(`${cycle}.`) ||
        version.startsWith(`${cycle}u`) ||
        version.startsWith(`${cycle}_`));
}
function byVersion(cycles, version) {
    return cycles
        .filter((c) => versionMatches(version, c.cycle))
        .sort((a, b) => b.cycle.length - a.cycle.length)[0];
}
function byCodename(cycles, token) {
    return cycles.find((c) => codenameKey(c) === token);
}
function label(product, c) {
    return `${product} ${c.cycle}${c.codename ? ` (${c.codename})` : ''}`;
}
/** The snapshot's product for an image repository, Docker Hub `library/` and mirror prefixes dropped. */
function productFor(snapshot, repository) {
    const name = repository.replace(/^(.*\/)?library\//, '');
    return snapshot.images[name] ?? snapshot.images[name.split('/').pop() ?? name];
}
/**
 * The release cycles an image tag names: the image's own version (`python:3.8-slim` → python
 * 3.8, `debian:buster-slim` → debian 10, `centos:centos7` → centos 7) and the distribution it
 * is built on (`node:20-buster` → debian 10, `node:18-alpine3.15` → alpine 3.15).
 */
function cyclesFor(snapshot, repository, tag) {
    if (!tag)
        return [];
    const out = new Map();
    const add = (product, c) => {
        if (c)
            out.set(`${product}@${c.cycle}`, { product, cycle: c, label: label(product, c) });
    };
    const tokens = tag.toLowerCase().split('-');
    const product = productFor(snapshot, repository);
    const own = product ? (snapshot.products[product] ?? []) : [];
    if (product) {
        const version = tokens[0].replace(/^(centos|v)(?=\d)/, '');
        add(product, /^\d/.test(version) ? byVersion(own, version) : undefined);
        for (const t of tokens)
            add(product, byCodename(own, t));
    }
    for (const t of tokens) {
        for (const distro of DISTRO_PRODUCTS)
            add(distro, byCodename(snapshot.products[distro] ?? [], t));
        const alpine = /^alpine(\d+\.\d+)/.exec(t);
        if (alpine)
            add('alpine-linux', byVersion(snapshot.products['alpine-linux'] ?? [], alpine[1]));
    }
    return [...out.values()];
}
const DAY = 86_400_000;
/**
 * Whether a cycle is past its end of life on `today` (YYYY-MM-DD), or within `warnDays` of it.
 * With `extended`, paid or LTS extended support (Debian LTS, Ubuntu ESM) counts as support.
 */
function cycleStatus(c, today, warnDays, extended) {
    const end = extended && c.extendedSupport !== undefined && c.extendedSupport !== false ? c.extendedSupport : c.eol;
    if (end === true)
        return { state: 'eol' };
    if (end === false || end === undefined)
        return { state: 'ok' };
    const daysLeft = Math.round((Date.parse(end) - Date.parse(today)) / DAY);
    if (daysLeft <= 0)
        return { state: 'eol', date: end, daysLeft };
    return { state: daysLeft <= warnDays ? 'near' : 'ok', date: end, daysLeft };
}

;// CONCATENATED MODULE: ./src/gates/pin/rules/lifecycle.ts


/** Findings for image cycles in the given lifecycle state, shared by PP006 and PP007. */
function lifecycleFindings(meta, ctx, state, describe) {
    const { enabled, warnDays, extendedSupport } = ctx.policy.lifecycle;
    if (!enabled)
        return [];
    const out = [];
    for (const r of check_images(ctx)) {
        if (r.context === 'syntax')
            continue;
        for (const m of cyclesFor(ctx.snapshot, r.image.repository, r.image.tag)) {
            const status = cycleStatus(m.cycle, ctx.today, warnDays, extendedSupport);
            if (status.state !== state)
                continue;
            out.push(findingAt(meta, r, `${describe(m.label, status)} (lifecycle data of ${ctx.snapshot.date})`, {
                product: m.product,
                cycle: m.cycle.cycle,
                eol: status.date ?? m.cycle.eol,
                lifecycleSnapshot: ctx.snapshot.date,
            }));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gates/pin/rules/PP006.ts

/** PP006: a release past end of life gets no security fixes. */
const PP006 = {
    meta: {
        id: 'PP006',
        title: 'Image release is end of life',
        severity: 'error',
        gate: 'pin',
        security: true,
        equivalents: ['trivy:EOSL'],
    },
    check: (ctx) => lifecycleFindings(PP006.meta, ctx, 'eol', (label, s) => s.date ? `${label} reached end of life on ${s.date}` : `${label} is end of life`),
};

;// CONCATENATED MODULE: ./src/gates/pin/rules/PP007.ts

/** PP007: a release close to end of life needs an upgrade planned now. */
const PP007 = {
    meta: {
        id: 'PP007',
        title: 'Image release nears end of life',
        severity: 'warning',
        gate: 'pin',
        equivalents: [],
    },
    check: (ctx) => lifecycleFindings(PP007.meta, ctx, 'near', (label, s) => `${label} reaches end of life on ${s.date} (in ${s.daysLeft} days)`),
};

;// CONCATENATED MODULE: ./src/gates/pin/rules/PP008.ts

/** PP008: a reference built from variables cannot be checked here; it is named so nobody assumes it was. */
const PP008 = {
    meta: {
        id: 'PP008',
        title: 'Reference contains a variable and cannot be checked',
        severity: 'info',
        gate: 'pin',
        equivalents: ['renovate:contains-variable'],
    },
    check: (ctx) => ctx.refs
        .filter((r) => r.value === undefined)
        .map((r) => findingAt(PP008.meta, r, `${r.kind} reference ${r.raw} depends on ${(r.unresolved ?? []).map((v) => `$${v}`).join(', ')} and was not checked`, { unresolved: r.unresolved })),
};

;// CONCATENATED MODULE: ./src/gates/pin/rules/PP009.ts

/** PP009: the tag moved on, so the pin holds back updates (and the comment or tag now misleads). */
const PP009 = {
    meta: {
        id: 'PP009',
        title: 'Pinned digest is stale: the tag now points elsewhere',
        severity: 'warning',
        gate: 'pin',
        fixable: true,
        equivalents: ['docker-lock:verify'],
    },
    check: (ctx) => ctx.refs
        .filter((r) => r.staleness?.stale)
        .map((r) => findingAt(PP009.meta, r, `${r.raw}: the tag now points to ${r.staleness?.current}`, {
        current: r.staleness?.current,
    })),
};

;// CONCATENATED MODULE: ./src/gates/pin/rules/PP010.ts

/** PP010: a pinned digest the registry no longer has makes every build fail. */
const PP010 = {
    meta: {
        id: 'PP010',
        title: 'Pinned digest does not exist in the registry',
        severity: 'error',
        gate: 'pin',
        equivalents: [],
    },
    check: (ctx) => ctx.refs
        .filter((r) => r.staleness?.missing)
        .map((r) => findingAt(PP010.meta, r, `${r.raw}: the registry has no manifest with this digest`)),
};

;// CONCATENATED MODULE: ./src/gates/pin/rules/PP011.ts

/** PP011: text in an image position that is not a valid reference cannot be pulled or checked. */
const PP011 = {
    meta: {
        id: 'PP011',
        title: 'Invalid image reference',
        severity: 'error',
        gate: 'pin',
        equivalents: [],
    },
    check: (ctx) => ctx.refs
        .filter((r) => r.invalid !== undefined)
        .map((r) => findingAt(PP011.meta, r, `${r.raw} is not a valid image reference: ${r.invalid}`)),
};

;// CONCATENATED MODULE: ./src/gates/pin/rules/index.ts












/** Every pin rule, in id order. */
const PIN_RULES = [
    PP001,
    PP002,
    PP003,
    PP004,
    PP005,
    PP006,
    PP007,
    PP008,
    PP009,
    PP010,
    PP011,
];
(0,rule/* assertUniqueRuleIds */.au)(PIN_RULES.map((r) => r.meta));

;// CONCATENATED MODULE: ./src/gates/pin/settings.ts



const UNIT_MS = { s: 1e3, m: 6e4, h: 3.6e6, d: 8.64e7, w: 6.048e8 };
/** Parses `7d`, `12h`, `30m`, `45s`, `2w`. */
function parseDuration(text, source) {
    const m = /^(\d+)([smhdw])$/.exec(text.trim());
    if (!m)
        throw new errors/* PortcullisError */.SO('USAGE', `${source}: "${text}" is not a duration such as 7d or 12h`);
    return Number(m[1]) * UNIT_MS[m[2]];
}
function list(value) {
    if (value === undefined || value === null || value === '')
        return undefined;
    const items = Array.isArray(value) ? value.map(String) : String(value).split(/[,\n]/);
    return items.map((s) => s.trim()).filter(Boolean);
}
function str(...values) {
    for (const v of values)
        if (typeof v === 'string' && v.trim() !== '')
            return v.trim();
    return undefined;
}
function today(env) {
    const fixed = env.PORTCULLIS_TODAY;
    if (fixed !== undefined) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(fixed)))
            throw new errors/* PortcullisError */.SO('USAGE', `PORTCULLIS_TODAY: "${fixed}" is not a YYYY-MM-DD date`);
        return { today: fixed, now: Date.parse(fixed) };
    }
    const now = Date.now();
    return { today: new Date(now).toISOString().slice(0, 10), now };
}
/** Merges the `pin:` section, the gate options and the environment; bad values are usage errors. */
function readSettings(ctx) {
    const c = ctx.config;
    const o = ctx.options;
    const lc = (c.lifecycle ?? {});
    const warnDays = o['lifecycle-warn-days'] ?? lc['warn-days'] ?? 90;
    if (typeof warnDays !== 'number' || !Number.isInteger(warnDays) || warnDays < 0)
        throw new errors/* PortcullisError */.SO('USAGE', `--lifecycle-warn-days: "${String(warnDays)}" is not a whole number of days`);
    const platform = str(o.platform, c.platform);
    if (platform && !/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(platform))
        throw new errors/* PortcullisError */.SO('USAGE', `--platform: "${platform}" is not os/arch[/variant]`);
    const lifecycleFile = str(lc.file) ?? '.portcullis/lifecycle.json';
    return {
        policy: {
            requireDigest: c['require-digest'] !== false,
            forbidLatest: c['forbid-latest'] !== false,
            allowedRegistries: list(o['allowed-registries']) ?? list(c['allowed-registries']) ?? [],
            lifecycle: {
                enabled: lc.enabled !== false,
                warnDays,
                extendedSupport: lc['extended-support'] === true,
            },
        },
        fix: o.fix === true,
        resolve: o.resolve === true,
        checkStale: o['check-stale'] === true,
        staleAfterMs: parseDuration(str(o['stale-after'], c['stale-after']) ?? '7d', 'stale-after'),
        platform,
        ignore: list(c.ignore) ?? [],
        insecureRegistries: list(c['insecure-registries']) ?? [],
        gitBaseUrl: (str(c['git-base-url'], ctx.env.PORTCULLIS_GIT_BASE_URL) ?? 'https://github.com').replace(/\/+$/, ''),
        timeoutMs: typeof c['timeout-ms'] === 'number' ? c['timeout-ms'] : 30_000,
        updateLifecycle: o['update-lifecycle'] === true,
        lifecycleFile: (0,external_node_path_.isAbsolute)(lifecycleFile) ? lifecycleFile : (0,external_node_path_.resolve)(ctx.cwd, lifecycleFile),
        lifecycleBaseUrl: str(lc['base-url'], ctx.env.PORTCULLIS_EOL_BASE_URL) ?? DEFAULT_EOL_BASE_URL,
        ...today(ctx.env),
    };
}
/** True when the run may talk to registries or git hosts. */
function usesNetwork(s) {
    return s.fix || s.resolve || s.checkStale;
}

// EXTERNAL MODULE: ./src/core/suppress.ts
var suppress = __webpack_require__(11160);
;// CONCATENATED MODULE: ./src/gates/pin/suppress.ts

const COMMENT = /(?:^|\s)(#.*)$/;
const RATCHET_EXCLUDE = /#\s*ratchet:exclude\b/;
function collect(text) {
    const out = { file: [], byLine: new Map() };
    const push = (line, rules, why) => out.byLine.set(line, [...(out.byLine.get(line) ?? []), { rules, why }]);
    text.split(/\r?\n/).forEach((line, i) => {
        const n = i + 1;
        const comment = COMMENT.exec(line)?.[1];
        if (!comment)
            return;
        if (RATCHET_EXCLUDE.test(comment))
            push(n, ['all'], 'ratchet:exclude');
        const pragma = (0,suppress/* parseIgnorePragma */.ap)(comment, ['portcullis']);
        if (!pragma)
            return;
        const why = pragma.reason ?? `portcullis ignore=${pragma.rules.join(',')}`;
        if (pragma.scope === 'file' || pragma.scope === 'global')
            out.file.push(...pragma.rules);
        else
            push(line.trimStart().startsWith('#') ? n + 1 : n, pragma.rules, why);
    });
    return out;
}
/**
 * Marks findings suppressed by `# portcullis ignore=PP001` (on the line, or alone on the line
 * before), `# portcullis file ignore=…`, and ratchet's `# ratchet:exclude` on the reference's
 * line (https://github.com/sethvargo/ratchet#excluding). Suppressed findings stay in the report.
 */
function applyPinSuppressions(findings, texts) {
    const cache = new Map();
    (0,suppress/* suppressWhere */.Th)(findings, (f) => {
        const text = texts.get(f.file);
        if (text === undefined)
            return false;
        if (!cache.has(f.file))
            cache.set(f.file, collect(text));
        const p = cache.get(f.file);
        if ((0,suppress/* ruleListMatches */.mI)(p.file, f.ruleId))
            return 'portcullis file ignore';
        return (p.byLine.get(f.line) ?? []).find((e) => (0,suppress/* ruleListMatches */.mI)(e.rules, f.ruleId))?.why ?? false;
    });
}

;// CONCATENATED MODULE: ./src/gates/pin/run.ts













function scan(ctx) {
    const exclude = Array.isArray(ctx.config.exclude) ? ctx.config.exclude : undefined;
    const files = (0,discover/* discover */.k4)({
        cwd: ctx.cwd,
        targets: ctx.targets,
        kinds: PIN_KINDS,
        exclude,
        cache: ctx.discovery,
    });
    const out = {
        refs: [],
        texts: new Map(),
        errors: [],
        scanned: [],
        byPath: new Map(),
        skipped: [],
    };
    for (const f of files) {
        if (!PIN_KINDS.includes(f.kind)) {
            out.skipped.push(f.path);
            continue;
        }
        const read = (0,discover/* readDiscovered */.zo)(f);
        if ('error' in read) {
            out.errors.push(read.error);
            continue;
        }
        const text = read.text;
        out.scanned.push(f.path);
        out.texts.set(f.path, text);
        out.byPath.set(f.path, f);
        try {
            out.refs.push(...extractReferences(f.path, f.kind, text));
        }
        catch (error) {
            if (!(error instanceof errors/* PortcullisError */.SO))
                throw error;
            out.errors.push({ file: f.path, message: error.message, code: error.code });
        }
    }
    return out;
}
/** Parses what policy needs; no network. */
function toChecked(ref) {
    if (ref.value === undefined)
        return ref;
    if (ref.kind === 'action')
        return { ...ref, action: parseActionRef(ref.value) };
    try {
        return { ...ref, image: (0,registry/* parseImageReference */.o_)(ref.value) };
    }
    catch (error) {
        return { ...ref, invalid: (0,errors/* errorMessage */.gJ)(error) };
    }
}
function isExempt(ref, ignore) {
    const text = ref.value ?? ref.raw;
    return text.toLowerCase() === 'scratch' || text.startsWith('./') || ignoredBy(ignore, text) !== undefined;
}
/** Fixes the resolution allows, keyed by the finding they repair. */
function attachFixes(findings, refs, res, texts) {
    const at = new Map(refs.map((r) => [`${r.file}:${r.range.line}:${r.range.column}`, r]));
    for (const f of findings) {
        if (!['PP001', 'PP002', 'PP009'].includes(f.ruleId))
            continue;
        const ref = at.get(`${f.file}:${f.line}:${f.column}`);
        if (!ref)
            continue;
        let fix;
        const digest = res.digests.get(ref);
        const action = res.actions.get(ref);
        if (digest)
            fix = imageFix(ref, digest);
        else if (action)
            fix = actionFix(ref, texts.get(ref.file) ?? '', action.sha, action.label);
        if (fix)
            f.fix = fix;
        f.data = {
            ...f.data,
            ...(digest ? { digest } : {}),
            ...(action ? { sha: action.sha, tag: action.label } : {}),
        };
    }
}
/** Writes fixed files; the repaired findings leave the report, named in a note instead. */
function writeFixes(findings, s, settings) {
    const byFile = new Map();
    for (const f of findings) {
        if (!f.fix || f.suppressed || (f.ruleId === 'PP009' && !settings.checkStale))
            continue;
        byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    }
    const notes = [];
    const fixed = new Set();
    for (const [file, list] of byFile) {
        const text = s.texts.get(file);
        const next = applyFixes(text, list.map((f) => f.fix));
        if (next !== text)
            (0,external_node_fs_.writeFileSync)(s.byPath.get(file).absPath, next);
        for (const f of list)
            fixed.add(f);
        notes.push(`fixed ${list.length} reference(s) in ${file}`);
    }
    return { kept: findings.filter((f) => !fixed.has(f)), notes };
}
/**
 * The pin gate: extract references, check policy offline, and only with `--fix`, `--resolve`
 * or `--check-stale` ask registries and git hosts. See docs/pin.md.
 */
/** Every rule's metadata, for `--list-rules`. */
function ruleMetas() {
    return PIN_RULES.map((r) => r.meta);
}
async function run(ctx) {
    const settings = readSettings(ctx);
    const notes = [];
    if (settings.updateLifecycle) {
        const snap = await updateSnapshot({
            baseUrl: settings.lifecycleBaseUrl,
            file: settings.lifecycleFile,
            today: settings.today,
            timeoutMs: settings.timeoutMs,
        });
        notes.push(`lifecycle data refreshed from ${settings.lifecycleBaseUrl} (${snap.date})`);
    }
    const { snapshot, from } = loadSnapshot(settings.lifecycleFile);
    const s = scan(ctx);
    if (s.skipped.length)
        notes.push(`not a file kind pin reads, skipped: ${s.skipped.join(', ')}`);
    const refs = s.refs.filter((r) => !isExempt(r, settings.ignore)).map(toChecked);
    let res;
    if (usesNetwork(settings)) {
        res = await resolveReferences(refs, settings, ctx.env, { pin: settings.fix || settings.resolve, stale: settings.checkStale }, (0,registry/* registryCacheOf */.Dp)(ctx.shared));
        if (res.withinGrace.length)
            notes.push(`moved within the stale-after grace period: ${res.withinGrace.join(', ')}`);
    }
    const checkCtx = { refs, policy: settings.policy, snapshot, today: settings.today };
    let findings = PIN_RULES.flatMap((rule) => rule.check(checkCtx));
    applyPinSuppressions(findings, s.texts);
    if (res)
        attachFixes(findings, refs, res, s.texts);
    if (settings.fix) {
        const left = findings.filter((f) => ['PP001', 'PP002'].includes(f.ruleId) && !f.suppressed && !f.fix);
        if (left.length)
            notes.push(`left unpinned (variable text or not resolved): ${left.map((f) => `${f.file}:${f.line}`).join(', ')}`);
        const written = writeFixes(findings, s, settings);
        findings = written.kept;
        notes.push(...written.notes);
    }
    return {
        findings,
        errors: [...s.errors, ...(res?.errors ?? [])],
        rules: PIN_RULES.map((r) => r.meta),
        scanned: s.scanned,
        notes,
        extra: {
            lifecycleSnapshot: snapshot.date,
            lifecycleSource: from === 'bundled' ? 'bundled' : from,
            references: refs.length,
            ...(res ? { registryRequests: res.requests } : {}),
        },
    };
}


/***/ })

};
