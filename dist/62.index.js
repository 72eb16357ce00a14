export const id = 62;
export const ids = [62];
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

/***/ 91062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DL1000: () => (/* binding */ DL1000),
  ruleMetas: () => (/* binding */ ruleMetas),
  run: () => (/* binding */ run_run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/discover.ts
var discover = __webpack_require__(75336);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(21961);
// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(78390);
;// CONCATENATED MODULE: ./src/gates/lint/parse/image.ts
/**
 * Parses `[registry[:port]/]path[:tag][@digest]`. The first component is a registry when it has a
 * `.` or a `:` or is `localhost`, so `host:5000/img:tag@sha256:…` keeps both its port and its tag.
 */
function parseImage(ref) {
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let registry;
    const slash = rest.indexOf('/');
    if (slash > 0) {
        const first = rest.slice(0, slash);
        if (/[.:]/.test(first) || first === 'localhost') {
            registry = first;
            rest = rest.slice(slash + 1);
        }
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { registry, path: rest, tag, digest };
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./node_modules/web-tree-sitter/web-tree-sitter.js
var web_tree_sitter = __webpack_require__(40033);
;// CONCATENATED MODULE: ./src/gates/lint/parse/shell.ts





let parser;
/**
 * Where the two WASM files are: next to the running module first (the bundle copies them
 * beside `dist/`), then in node_modules.
 */
function wasmPaths() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const local = (name) => [(0,external_node_path_.join)(here, name), (0,external_node_path_.join)(here, '..', name)].find((p) => (0,external_node_fs_.existsSync)(p));
    const req = (0,external_node_module_.createRequire)(import.meta.url);
    return {
        runtime: local('web-tree-sitter.wasm') ?? req.resolve('web-tree-sitter/web-tree-sitter.wasm'),
        bash: local('tree-sitter-bash.wasm') ?? req.resolve('tree-sitter-bash/tree-sitter-bash.wasm'),
    };
}
/** Loads tree-sitter-bash once; later calls are free. */
async function shell_initShell() {
    if (parser)
        return;
    const paths = wasmPaths();
    await web_tree_sitter/* Parser */.iX.init({ locateFile: () => paths.runtime });
    const lang = await web_tree_sitter/* Language */.TM.load(paths.bash);
    const p = new web_tree_sitter/* Parser */.iX();
    p.setLanguage(lang);
    parser = p;
}
const SKIP_CHILDREN = new Set(['heredoc_body', 'heredoc_content', 'comment']);
const WANTED = [
    'command',
    'pipeline',
    '|',
    '|&',
    'process_substitution',
    'variable_assignment',
    ...SKIP_CHILDREN,
];
function unquote(node) {
    switch (node.type) {
        case 'word':
        case 'number': {
            const text = node.text;
            return { text: text.includes('\\') ? text.replace(/\\(.)/g, '$1') : text, dynamic: false };
        }
        case 'raw_string':
            return { text: node.text.slice(1, -1), dynamic: false };
        case 'ansi_c_string':
            return { text: node.text.slice(2, -1), dynamic: false };
        case 'string': {
            const inner = node.text.slice(1, -1);
            return { text: inner, dynamic: node.namedChildren.some((c) => c?.type !== 'string_content') };
        }
        case 'concatenation': {
            let text = '';
            let dynamic = false;
            for (const c of node.children) {
                if (!c)
                    continue;
                const u = unquote(c);
                text += u.text;
                dynamic ||= u.dynamic;
            }
            return { text, dynamic };
        }
        default:
            return { text: node.text, dynamic: true };
    }
}
/** Parses shell text whose characters map back to file offsets, and lists its simple commands. */
function parseShell(script) {
    let local = cache.get(script.text);
    if (!local) {
        local = parseLocal(script.text);
        if (cache.size >= CACHE_LIMIT)
            cache.clear();
        cache.set(script.text, local);
    }
    return relocate(local, script);
}
/**
 * Scripts parsed so far, in script-relative offsets. Repositories of generated Dockerfile variants
 * (docker-library, for one) repeat the same RUN text many times; each is parsed once per run.
 */
const cache = new Map();
const CACHE_LIMIT = 5000;
/** Forgets parsed scripts (for measurements that must start cold). */
function clearShellCache() {
    cache.clear();
}
/** Moves a script parsed at offset 0 onto the file offsets of `script`; shared commands stay shared. */
function relocate(local, script) {
    const len = script.text.length;
    const at = (i) => script.offsets[Math.min(i, len)];
    const endAt = (i) => (i > 0 ? at(i - 1) + 1 : at(0));
    const moved = new Map();
    const move = (c) => {
        let m = moved.get(c);
        if (!m) {
            m = {
                name: c.name,
                args: c.args.map((a) => ({
                    text: a.text,
                    start: at(a.start),
                    end: endAt(a.end),
                    dynamic: a.dynamic,
                })),
                start: at(c.start),
                end: endAt(c.end),
                prefixAssignments: c.prefixAssignments,
            };
            moved.set(c, m);
        }
        return m;
    };
    return {
        commands: local.commands.map(move),
        pipes: local.pipes.map((p) => ({ start: at(p.start), end: endAt(p.end) })),
        assignments: local.assignments.map((a) => ({ name: a.name, value: a.value, at: at(a.at) })),
        processSubs: local.processSubs.map((p) => ({
            feeds: p.feeds && move(p.feeds),
            inner: p.inner.map(move),
        })),
        pipelines: local.pipelines.map((p) => p.map(move)),
    };
}
/** Parses shell text; offsets in the result are indices into `text` (ends exclusive). */
function parseLocal(text) {
    if (!parser)
        throw new Error('initShell() must run before parseShell()');
    const tree = parser.parse(text);
    const out = { commands: [], pipes: [], assignments: [], processSubs: [], pipelines: [] };
    if (!tree)
        return out;
    const made = new Map();
    const toCommand = (node) => {
        if (made.has(node.id))
            return made.get(node.id);
        const c = makeCommand(node);
        made.set(node.id, c);
        return c;
    };
    const makeCommand = (node) => {
        const nameNode = node.childForFieldName('name');
        if (!nameNode)
            return undefined;
        const args = [];
        const prefixAssignments = [];
        for (const c of node.namedChildren) {
            if (!c || c.startIndex < nameNode.startIndex) {
                if (c?.type === 'variable_assignment')
                    prefixAssignments.push(c.text);
                continue;
            }
            if (c === nameNode || c.id === nameNode.id)
                continue;
            if (c.type === 'file_redirect' || c.type === 'heredoc_redirect' || c.type === 'herestring_redirect')
                continue;
            const u = unquote(c);
            args.push({ text: u.text, start: c.startIndex, end: c.endIndex, dynamic: u.dynamic });
        }
        const name = unquote(nameNode.firstNamedChild ?? nameNode).text;
        return { name, args, start: node.startIndex, end: node.endIndex, prefixAssignments };
    };
    const firstCommand = (node) => {
        const n = node.type === 'command' ? node : node.descendantsOfType('command')[0];
        return n ? toCommand(n) : undefined;
    };
    const enclosingCommand = (node) => {
        for (let p = node.parent; p; p = p.parent)
            if (p.type === 'command')
                return toCommand(p);
        return undefined;
    };
    // One query in WASM instead of walking every node from JavaScript: far fewer node objects.
    const nodes = tree.rootNode.descendantsOfType([...WANTED]);
    const skipped = nodes.filter((n) => SKIP_CHILDREN.has(n.type)).map((n) => [n.startIndex, n.endIndex]);
    const inSkipped = (n) => skipped.some(([a, b]) => n.startIndex >= a && n.endIndex <= b);
    for (const node of nodes) {
        if (SKIP_CHILDREN.has(node.type) || (skipped.length > 0 && inSkipped(node)))
            continue;
        switch (node.type) {
            case 'command': {
                const c = toCommand(node);
                if (c)
                    out.commands.push(c);
                break;
            }
            case 'pipeline':
                out.pipelines.push(node.namedChildren.flatMap((c) => {
                    const first = c ? firstCommand(c) : undefined;
                    return first ? [first] : [];
                }));
                break;
            case '|':
            case '|&':
                // tree-sitter-bash also uses `|` between case patterns (`amd64|arm64)`); only a pipeline's joins pipes.
                if (node.parent?.type !== 'pipeline')
                    break;
                out.pipes.push({ start: node.startIndex, end: node.endIndex });
                break;
            case 'process_substitution':
                out.processSubs.push({
                    feeds: enclosingCommand(node),
                    inner: node.descendantsOfType('command').flatMap((n) => toCommand(n) ?? []),
                });
                break;
            case 'variable_assignment': {
                const name = node.childForFieldName('name')?.text;
                const value = node.childForFieldName('value');
                if (name && node.parent?.type !== 'command')
                    out.assignments.push({ name, value: value ? unquote(value).text : '', at: node.startIndex });
                break;
            }
        }
    }
    tree.delete();
    return out;
}
/**
 * The flags of a command as hadolint splits them: `--name=v` gives `name`, `-yqq` gives `y`, `q`, `q`.
 * Arguments after `--` are not flags.
 */
function flagsOf(cmd) {
    const out = [];
    for (const a of cmd.args) {
        if (a.text === '--')
            break;
        if (a.text.startsWith('--'))
            out.push(a.text.slice(2).split('=')[0]);
        else if (a.text.startsWith('-') && a.text.length > 1)
            out.push(...a.text.slice(1).split(''));
    }
    return out;
}
function hasFlag(cmd, ...names) {
    const flags = flagsOf(cmd);
    return names.some((n) => flags.includes(n));
}
/** The argument given to the first of `names` (`-t x`, `--target=x`, `-tx`), if any. */
function flagValue(cmd, ...names) {
    for (let i = 0; i < cmd.args.length; i++) {
        const t = cmd.args[i].text;
        for (const n of names) {
            const dash = n.length === 1 ? `-${n}` : `--${n}`;
            if (t === dash)
                return cmd.args[i + 1]?.text;
            if (n.length > 1 && t.startsWith(`${dash}=`))
                return t.slice(dash.length + 1);
            if (n.length === 1 && t.startsWith(dash) && !t.startsWith('--') && t.length > 2)
                return t.slice(2);
        }
    }
    return undefined;
}
/**
 * Arguments that are not flags, also dropping the value that follows any flag in
 * `valued` (hadolint's `dropFlagArg`, e.g. `-t jessie-backports`).
 */
function argsNoFlags(cmd, valued = []) {
    const out = [];
    let afterDashes = false;
    for (let i = 0; i < cmd.args.length; i++) {
        const a = cmd.args[i];
        if (afterDashes) {
            out.push(a);
            continue;
        }
        if (a.text === '--') {
            afterDashes = true;
            continue;
        }
        if (a.text.startsWith('--')) {
            if (!a.text.includes('=') && valued.includes(a.text.slice(2)))
                i++;
            continue;
        }
        if (a.text.startsWith('-') && a.text.length > 1) {
            // getopt clusters: in `-yt jessie` the valued `t` is last and takes the next word; in `-tjessie` it has its value.
            const cluster = a.text.slice(1);
            const first = [...cluster].findIndex((c) => valued.includes(c));
            if (valued.includes(cluster) || (first === cluster.length - 1 && !cluster.includes('=')))
                i++;
            continue;
        }
        out.push(a);
    }
    return out;
}
/** True when any argument (flags included) equals one of `words`. */
function hasArg(cmd, ...words) {
    return cmd.args.some((a) => words.includes(a.text));
}

;// CONCATENATED MODULE: ./src/gates/lint/parse/text.ts
function mapped(text, start) {
    const offsets = new Array(text.length + 1);
    for (let i = 0; i <= text.length; i++)
        offsets[i] = start + i;
    return { text, offsets };
}
/** The file range of `m.text[from, to)`. */
function spanOf(m, from, to) {
    const start = m.offsets[Math.min(from, m.text.length)];
    const end = to > from ? m.offsets[Math.min(to - 1, m.text.length)] + 1 : start;
    return { start, end };
}
/** Splits on unquoted whitespace, keeping quotes in the word text (as BuildKit does for most instructions). */
function words(m) {
    const out = [];
    const re = /\S+/g;
    for (let match = re.exec(m.text); match; match = re.exec(m.text)) {
        out.push({ text: match[0], ...spanOf(m, match.index, match.index + match[0].length) });
    }
    return out;
}
/** True when a physical line ends in an unescaped escape character (a line continuation). */
function continues(line, escapeChar) {
    let i = line.length - 1;
    while (i >= 0 && (line[i] === ' ' || line[i] === '\t' || line[i] === '\r'))
        i--;
    let n = 0;
    for (; i >= 0 && line[i] === escapeChar; i--)
        n++;
    return n % 2 === 1;
}
/**
 * Joins the continuation lines of `text[start, end)` into one logical line, dropping the
 * escape characters, comment lines and empty lines inside the continuation, as BuildKit does.
 * Once a line does not continue, the rest (heredoc bodies) is kept as it is, minus `\r`.
 */
function logical(text, start, end, escapeChar) {
    let out = '';
    const offsets = [];
    const push = (from, to) => {
        const cr = text.indexOf('\r', from);
        if (cr < 0 || cr >= to) {
            // No CR to drop: copy the slice in one go.
            out += text.slice(from, to);
            for (let i = from; i < to; i++)
                offsets.push(i);
            return;
        }
        for (let i = from; i < to; i++) {
            const c = text[i];
            if (c === '\r' && text[i + 1] === '\n')
                continue;
            out += c;
            offsets.push(i);
        }
    };
    let i = start;
    let first = true;
    while (i < end) {
        const nl = text.indexOf('\n', i);
        const lineEnd = nl === -1 || nl >= end ? end : nl;
        const line = text.slice(i, lineEnd);
        if (!first && /^\s*(#.*)?$/.test(line) && lineEnd < end) {
            i = lineEnd + 1;
            continue;
        }
        first = false;
        if (continues(line, escapeChar)) {
            let cut = line.length - 1;
            while (cut >= 0 && (line[cut] === ' ' || line[cut] === '\t' || line[cut] === '\r'))
                cut--;
            push(i, i + cut);
            i = lineEnd + 1;
            continue;
        }
        push(i, end);
        break;
    }
    offsets.push(offsets.length ? offsets[offsets.length - 1] + 1 : start);
    return { text: out, offsets };
}
/** Drops trailing `\r` so CRLF files give the same values as LF files. */
function chomp(s) {
    return s.replace(/\r$/, '');
}

;// CONCATENATED MODULE: ./src/gates/lint/parse/vars.ts
const REF = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])((?:[^{}]|\{[^{}]*\})*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
/**
 * Expands `$v`, `${v}`, `${v:-w}`, `${v-w}`, `${v:+w}`, `${v+w}` and `${v:?msg}` the way BuildKit's
 * shell lexer does for instructions (https://docs.docker.com/reference/dockerfile/#environment-replacement).
 * `\$` stays a literal `$`.
 */
function expand(text, scope, escapeChar = '\\') {
    const undefinedNames = [];
    let complete = true;
    const esc = escapeChar === '`' ? '`' : '\\\\';
    const guarded = text.replace(new RegExp(`${esc}\\$`, 'g'), '\u0000');
    const value = guarded
        .replace(REF, (_m, braced, op, word, bare) => {
        const name = braced ?? bare;
        const declared = scope.has(name);
        const v = scope.get(name);
        if (!declared)
            undefinedNames.push(name);
        const set = v !== undefined && (op?.startsWith(':') ? v !== '' : true);
        switch (op) {
            case ':-':
            case '-':
                return set ? v : expand(word ?? '', scope, escapeChar).value;
            case ':+':
            case '+':
                return set ? expand(word ?? '', scope, escapeChar).value : '';
            default:
                if (v === undefined)
                    complete = false;
                return v ?? '';
        }
    })
        .replace(/\u0000/g, '$');
    return { value, undefinedNames, complete };
}
/** Names referenced in `text` (including inside `${v:-…}` words). */
function referencedNames(text) {
    const names = [];
    for (const m of text.matchAll(REF)) {
        names.push(m[1] ?? m[4]);
        if (m[3])
            names.push(...referencedNames(m[3]));
    }
    return names;
}
/** Build arguments BuildKit defines in every FROM (https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope). */
const AUTOMATIC_ARGS = [
    'TARGETPLATFORM',
    'TARGETOS',
    'TARGETARCH',
    'TARGETVARIANT',
    'BUILDPLATFORM',
    'BUILDOS',
    'BUILDARCH',
    'BUILDVARIANT',
];
/** Build arguments predefined without an ARG line (https://docs.docker.com/reference/dockerfile/#predefined-args). */
const PROXY_ARGS = [
    'HTTP_PROXY',
    'http_proxy',
    'HTTPS_PROXY',
    'https_proxy',
    'FTP_PROXY',
    'ftp_proxy',
    'NO_PROXY',
    'no_proxy',
    'ALL_PROXY',
    'all_proxy',
];

;// CONCATENATED MODULE: ./src/gates/lint/parse/dockerfile.ts






const NON_POSIX = /^(pwsh|powershell|cmd)(\.exe)?$/i;
function basename(p) {
    return p.split(/[\\/]/).pop() ?? p;
}
/** True when a shell argv names a shell ShellCheck and tree-sitter-bash cannot read. */
function isNonPosix(shell) {
    return shell.length > 0 && NON_POSIX.test(basename(shell[0]));
}
/**
 * dockerfile-ast reads a line ending in an escaped escape character (`path\\`) as a continuation, unlike
 * BuildKit. Replacing that last character (same length, so every offset holds) hides it.
 */
function maskEscapedEscapes(text, escapeChar) {
    if (!(escapeChar === '`' ? /``[ \t\r]*$/m : /\\\\[ \t\r]*$/m).test(text))
        return text;
    return text.replace(/[^\n]*/g, (line) => {
        const body = line.replace(/[ \t\r]+$/, '');
        if (!body.endsWith(escapeChar + escapeChar) || continues(line, escapeChar))
            return line;
        return body.slice(0, -1) + '_' + line.slice(body.length);
    });
}
function escapeOf(text) {
    for (let from = 0; from <= text.length;) {
        const nl = text.indexOf('\n', from);
        const line = text.slice(from, nl < 0 ? text.length : nl);
        from = nl < 0 ? text.length + 1 : nl + 1;
        const m = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(chomp(line));
        if (!m)
            break;
        if (m[1].toLowerCase() === 'escape')
            return m[2] === '`' ? '`' : '\\';
    }
    return '\\';
}
const JSON_ESCAPES = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
/** The string literals of valid JSON text `m.text[from, to)`, decoded, each character mapped to the file. */
function jsonStrings(m, from, to) {
    const out = [];
    for (let i = from; i < to; i++) {
        if (m.text[i] !== '"')
            continue;
        let text = '';
        const offsets = [];
        for (i++; i < to && m.text[i] !== '"'; i++) {
            offsets.push(m.offsets[i]);
            if (m.text[i] !== '\\') {
                text += m.text[i];
                continue;
            }
            const e = m.text[++i];
            if (e === 'u') {
                text += String.fromCharCode(Number.parseInt(m.text.slice(i + 1, i + 5), 16));
                i += 4;
            }
            else
                text += JSON_ESCAPES[e] ?? e;
        }
        offsets.push(m.offsets[i]);
        out.push({ text, offsets });
    }
    return out;
}
/** Reparses an exec-form argument list; BuildKit falls back to shell form when it is not a JSON string array. */
function execForm(args) {
    const firstLine = args.text.split('\n')[0];
    const trimmed = firstLine.trim();
    if (!trimmed.startsWith('['))
        return undefined;
    try {
        const values = JSON.parse(trimmed);
        if (!Array.isArray(values) || !values.every((v) => typeof v === 'string'))
            return undefined;
        const lead = firstLine.length - firstLine.trimStart().length;
        return {
            values,
            start: args.offsets[lead],
            end: args.offsets[lead + trimmed.length - 1] + 1,
            spans: jsonStrings(args, lead, lead + trimmed.length),
        };
    }
    catch {
        return undefined;
    }
}
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);
/** The words of one pipeline element, without `sudo` and `VAR=value` prefixes. */
function commandWords(element) {
    const ws = element.trim().split(/\s+/).filter(Boolean);
    while (ws.length > 0 && (ws[0] === 'sudo' || /^[A-Za-z_][A-Za-z0-9_]*=/.test(ws[0])))
        ws.shift();
    return ws;
}
/** A shell reading its script from stdin: `sh`, `bash -x`, `sh -s`, not `sh -c …` or `sh file`. */
function stdinShell(element) {
    const [head, ...rest] = commandWords(element);
    const name = head === undefined ? '' : basename(head);
    if (!SHELLS.has(name))
        return undefined;
    if (rest.some((w) => !w.startsWith('-') || /^-[A-Za-z]*c/.test(w)))
        return undefined;
    return name;
}
const MARKER = /<<-?\s*\\?(["']?)[A-Za-z0-9_.-]+\1/g;
/**
 * The shell that reads a heredoc body as its script: `''` for the RUN's own shell (`RUN <<EOF`), a
 * shell's name for `RUN bash <<EOF` and `cat <<EOF | sh`, or undefined when the body is data. A
 * shebang in the body is the caller's to read first.
 */
function heredocShell(instr, heredoc) {
    const line = firstLine(instr.args);
    if (line.text.replace(MARKER, '').trim() === '')
        return '';
    const at = line.offsets.indexOf(heredoc.start);
    if (at < 0)
        return undefined;
    // The pipeline holding the marker: cut at `;`, `&&`, `||`, then split at `|`.
    const parts = line.text.split(/(\|\||&&|;|\|&?)/);
    let from = 0;
    let pipeline = [];
    let holder = -1;
    for (let k = 0; k < parts.length; k += 2) {
        const to = from + parts[k].length;
        pipeline.push(parts[k].replace(MARKER, ''));
        if (from <= at && at < to)
            holder = pipeline.length - 1;
        const sep = parts[k + 1];
        if (sep === undefined || !sep.startsWith('|') || sep === '||') {
            if (holder >= 0)
                break;
            pipeline = [];
        }
        from = to + (sep?.length ?? 0);
    }
    if (holder < 0)
        return undefined;
    return (stdinShell(pipeline[holder]) ??
        (holder < pipeline.length - 1 ? stdinShell(pipeline.at(-1) ?? '') : undefined));
}
/** Heredoc bodies that a shell reads as a script: `RUN <<EOF`, `RUN bash <<EOF`, `cat <<EOF | sh`, or a sh/bash shebang. */
function shellBodies(instr) {
    return instr.heredocs
        .filter((h) => {
        const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(h.body.text);
        if (shebang) {
            const prog = basename(shebang[1]) === 'env' ? (shebang[2] ?? '') : basename(shebang[1]);
            return SHELLS.has(prog);
        }
        return heredocShell(instr, h) !== undefined;
    })
        .map((h) => h.body);
}
/** The command line of a heredoc instruction, without the bodies that follow it. */
function firstLine(args) {
    const nl = args.text.indexOf('\n');
    return nl < 0 ? args : { text: args.text.slice(0, nl), offsets: args.offsets.slice(0, nl + 1) };
}
/**
 * `RUN ["bash", "-c", "script"]` (also `-ec`, `-o pipefail -c`, `busybox sh -c`): the argv that runs
 * the script, and the script mapped into its JSON string. Other exec forms give undefined.
 */
function execShell(exec) {
    const v = exec.values;
    let i = basename(v[0] ?? '') === 'busybox' ? 1 : 0;
    if (!SHELLS.has(basename(v[i] ?? '')) || basename(v[i]) === 'busybox')
        return undefined;
    for (i++; i < v.length; i++) {
        if (/^-[A-Za-z]*c[A-Za-z]*$/.test(v[i])) {
            const script = exec.spans[i + 1];
            return script && exec.spans.length === v.length ? { shell: v.slice(0, i + 1), script } : undefined;
        }
        if (!/^[-+]/.test(v[i]))
            return undefined;
        if (/^[-+][A-Za-z]*o$/.test(v[i]))
            i++;
    }
    return undefined;
}
/**
 * The texts a RUN hands to a shell: the shell-form line, the heredoc bodies a shell reads, or an
 * exec form's `sh -c` script (whose argv then becomes the RUN's shell).
 */
function scriptSources(instr) {
    if (instr.exec) {
        const sh = execShell(instr.exec);
        if (!sh)
            return [];
        instr.shell = sh.shell;
        return [sh.script];
    }
    if (isNonPosix(instr.shell))
        return [];
    const out = [];
    const bodies = shellBodies(instr);
    const onlyHeredocs = instr.heredocs.length > 0 && /^\s*(<<-?\s*\S+\s*)+$/.test(instr.args.text.split('\n')[0]);
    if (!onlyHeredocs)
        out.push(instr.heredocs.length > 0 ? firstLine(instr.args) : instr.args);
    out.push(...bodies);
    return out;
}
/** Makes `instr.scripts` parse its sources on first use, so rules that never read commands cost no shell parse. */
function parseScriptsLazily(instr, sources) {
    Object.defineProperty(instr, 'scripts', {
        configurable: true,
        enumerable: true,
        get() {
            const scripts = sources.map((s) => parseShell(s));
            Object.defineProperty(instr, 'scripts', { value: scripts, writable: true, enumerable: true });
            return scripts;
        },
    });
}
function offsetOf(b, p) {
    return b.index.offset(p.line + 1, p.character + 1);
}
function toInstr(b, node, stage, scope, shell) {
    const range = node.getRange();
    const start = offsetOf(b, range.start);
    const end = offsetOf(b, range.end);
    const keywordEnd = offsetOf(b, node.getInstructionRange().end);
    const flags = [];
    const withFlags = node;
    let argsStart = keywordEnd;
    // dockerfile-ast recomputes an instruction's arguments on every call; only ask when they can matter.
    const wholeArgs = trimStart(logical(b.text, skipBlanks(b.text, keywordEnd, end), end, b.escapeChar));
    const whole = wholeArgs.text;
    const flagNodes = whole.startsWith('--') ? (withFlags.getFlags?.() ?? []) : [];
    for (const f of flagNodes) {
        const fr = f.getRange();
        const fs = offsetOf(b, fr.start);
        const fe = offsetOf(b, fr.end);
        const vr = f.getValueRange();
        const value = vr ? b.text.slice(offsetOf(b, vr.start), offsetOf(b, vr.end)) : undefined;
        flags.push({ name: f.getName(), value, start: fs, end: fe });
        argsStart = Math.max(argsStart, fe);
    }
    const args = flags.length
        ? trimStart(logical(b.text, skipBlanks(b.text, argsStart, end), end, b.escapeChar))
        : wholeArgs;
    const keyword = node.getKeyword().toUpperCase();
    const withDocs = node;
    const heredocNodes = whole.includes('<<') ? (withDocs.getHeredocs?.() ?? []) : [];
    const heredocs = heredocNodes.flatMap((h) => {
        const cr = h.getContentRange();
        const sr = h.getStartRange();
        const from = cr ? offsetOf(b, cr.start) : offsetOf(b, sr.end);
        const to = cr ? offsetOf(b, cr.end) : from;
        const raw = b.text.slice(from, to);
        return [
            {
                name: h.getName(),
                body: mapped(raw, from),
                start: offsetOf(b, sr.start),
                end: offsetOf(b, h.getNameRange().end),
                terminated: h.getDelimiterRange() !== null,
            },
        ];
    });
    const exec = ['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'VOLUME', 'COPY', 'ADD', 'HEALTHCHECK'].includes(keyword)
        ? execForm(args)
        : undefined;
    const instr = {
        keyword,
        keywordText: node.getInstruction(),
        start,
        end,
        keywordEnd,
        flags,
        args,
        exec,
        heredocs,
        stage,
        scope,
        scripts: [],
        shell,
    };
    if (keyword === 'ONBUILD') {
        const trigger = node.getTriggerInstruction();
        if (trigger) {
            instr.trigger = toInstr(b, trigger, stage, scope, shell);
            instr.trigger.onbuild = instr;
        }
    }
    return instr;
}
/** The first offset from `from` that is not a space or tab (what `trimStart` would drop anyway, without copying the offsets). */
function skipBlanks(text, from, end) {
    let i = from;
    while (i < end && (text[i] === ' ' || text[i] === '\t'))
        i++;
    return i;
}
function trimStart(m) {
    const lead = m.text.length - m.text.trimStart().length;
    return lead ? { text: m.text.slice(lead), offsets: m.offsets.slice(lead) } : m;
}
/** `name=value` / `name value` pairs of ENV, ARG and LABEL; the legacy form gives one pair. */
function keyValues(instr) {
    const ws = words(instr.args);
    if (ws.length === 0)
        return [];
    if (instr.keyword !== 'ARG' && !ws[0].text.includes('=')) {
        const rest = instr.args.text.slice(ws[0].text.length).trim();
        return [{ key: ws[0].text, value: rest === '' ? undefined : rest, start: ws[0].start, end: instr.end }];
    }
    return quotedWords(instr.args).map((w) => {
        const eq = w.text.indexOf('=');
        const key = eq >= 0 ? w.text.slice(0, eq) : w.text;
        const value = eq >= 0 ? unquoteValue(w.text.slice(eq + 1)) : undefined;
        return { key: unquoteValue(key), value, start: w.start, end: w.end };
    });
}
function unquoteValue(v) {
    return v.replace(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g, (_m, d, s) => d !== undefined ? d.replace(/\\(.)/g, '$1') : (s ?? ''));
}
/** Splits on whitespace outside quotes (ENV/LABEL/ARG `k="a b"`). */
function quotedWords(m) {
    const out = [];
    const re = /(?:"(?:[^"\\]|\\.)*"?|'[^']*'?|\\.|[^\s"'\\])+/g;
    for (let match = re.exec(m.text); match; match = re.exec(m.text)) {
        const from = match.index;
        const to = from + match[0].length;
        out.push({ text: match[0], start: m.offsets[from], end: m.offsets[to - 1] + 1 });
    }
    return out;
}
function fromParts(instr, scope) {
    const ws = words(instr.args);
    const image = ws[0]?.text ?? '';
    const asWord = ws[1]?.text.toLowerCase() === 'as' ? ws[2] : undefined;
    const exp = expand(image, scope);
    return {
        from: instr,
        image,
        ref: parseImage(exp.complete ? exp.value : image),
        resolvedImage: exp.complete ? exp.value : undefined,
        alias: asWord?.text.toLowerCase(),
        aliasWord: asWord,
        platform: instr.flags.find((f) => f.name === 'platform'),
    };
}
/** Applies an ARG or ENV to the scope that follows it. */
function declare(instr, scope, globals) {
    for (const kv of keyValues(instr)) {
        if (!kv.key)
            continue;
        const raw = kv.value === undefined ? undefined : expand(kv.value, scope).value;
        if (instr.keyword === 'ARG' && raw === undefined)
            scope.set(kv.key, scope.get(kv.key) ?? globals.get(kv.key));
        else
            scope.set(kv.key, raw);
    }
}
/** BuildKit's parser directive form (frontend/dockerfile/parser/directives.go). */
const DIRECTIVE = /^#\s*[a-zA-Z][a-zA-Z0-9]*\s*=\s*\S/;
function commentAt(b, r) {
    const start = offsetOf(b, r.start);
    const nl = b.text.indexOf('\n', start);
    const end = nl < 0 ? b.text.length : nl;
    return {
        text: chomp(b.text.slice(start, end)),
        start,
        end: end - (b.text[end - 1] === '\r' ? 1 : 0),
        line: r.start.line + 1,
    };
}
/** Reads `# hadolint shell=…` / `# portcullis shell=…` pragmas. */
function shellPragma(comment) {
    return /^#\s*(?:hadolint|portcullis)\s+shell\s*=\s*(\S+)/.exec(comment)?.[1];
}
/**
 * Parses a Dockerfile with dockerfile-ast and works around its bugs: the escaped escape character at line
 * end, whitespace lost in exec-form strings, and image references with a port, tag and digest.
 */
function dockerfile_parseDockerfile(source) {
    const bom = source.charCodeAt(0) === 0xfeff;
    const text = bom ? source.slice(1) : source;
    const escapeChar = escapeOf(text);
    const index = new core_text/* LineIndex */.r(text);
    const b = { text, index, escapeChar };
    const ast = main.DockerfileParser.parse(maskEscapedEscapes(text, escapeChar));
    const comments = ast.getComments().map((c) => commentAt(b, c.getRange()));
    const directives = [];
    for (const d of ast.getDirectives()) {
        const r = d.getRange();
        const line = commentAt(b, { start: { line: r.start.line, character: 0 }, end: r.end });
        // dockerfile-ast also takes `# word word=value` for a directive; BuildKit does not, and
        // stops reading directives at the first line that is not one.
        if (!comments.some((c) => c.start < line.start) && DIRECTIVE.test(line.text)) {
            directives.push({
                name: d.getName().toLowerCase(),
                value: d.getValue(),
                start: line.start,
                end: line.end,
            });
        }
        else
            comments.push(line);
    }
    comments.sort((x, y) => x.start - y.start);
    const globals = new Map();
    for (const p of PROXY_ARGS)
        globals.set(p, undefined);
    const stages = [];
    const instructions = [];
    let scope = new Map(globals);
    let shell = ['/bin/sh', '-c'];
    const pragmaShells = comments
        .map((c) => ({ line: c.line, shell: shellPragma(c.text) }))
        .filter((p) => p.shell !== undefined);
    let nextPragma = 0;
    let scopeCopy;
    for (const node of ast.getInstructions()) {
        const line = node.getRange().start.line + 1;
        let pragmaShell;
        for (; nextPragma < pragmaShells.length && pragmaShells[nextPragma].line < line; nextPragma++)
            pragmaShell = [pragmaShells[nextPragma].shell, '-c'];
        if (pragmaShell)
            shell = pragmaShell;
        const stageIndex = stages.length - 1;
        // Instructions between two ARG/ENV/FROM see the same variables: they share one read-only copy.
        scopeCopy ??= new Map(scope);
        const instr = toInstr(b, node, stageIndex, scopeCopy, shell);
        if (instr.keyword === 'ARG' || instr.keyword === 'ENV' || instr.keyword === 'FROM')
            scopeCopy = undefined;
        if (instr.keyword === 'FROM') {
            const fromScope = new Map(globals);
            for (const a of AUTOMATIC_ARGS)
                fromScope.set(a, fromScope.get(a) ?? '');
            instr.scope = fromScope;
            instr.stage = stages.length;
            const parts = fromParts(instr, fromScope);
            const parent = stages.find((s) => s.alias && s.alias === parts.ref.path.toLowerCase() && !parts.ref.tag);
            scope = new Map(PROXY_ARGS.map((p) => [p, undefined]));
            const envNames = new Set(parent?.envNames);
            for (const [k, v] of parent?.endScope ?? [])
                if (envNames.has(k))
                    scope.set(k, v);
            shell = pragmaShell ?? (parent ? [...parent.endShell] : ['/bin/sh', '-c']);
            // endScope and endShell are the live values until the next FROM takes copies of its own.
            stages.push({
                ...parts,
                index: stages.length,
                instructions: [instr],
                endScope: scope,
                envNames,
                endShell: shell,
            });
            instr.shell = shell;
        }
        else {
            const stage = stages[stageIndex];
            if (stage)
                stage.instructions.push(instr);
            if (instr.keyword === 'ARG' && stageIndex < 0)
                declare(instr, globals, globals);
            if (instr.keyword === 'ARG' || instr.keyword === 'ENV')
                declare(instr, scope, globals);
            if (instr.keyword === 'ENV' && stage)
                for (const kv of keyValues(instr))
                    if (kv.key)
                        stage.envNames.add(kv.key);
            if (instr.keyword === 'SHELL' && instr.exec?.values.length)
                shell = instr.exec.values;
            if (stage)
                stage.endShell = shell;
        }
        instructions.push(instr);
    }
    for (const instr of instructions) {
        const target = instr.keyword === 'ONBUILD' ? instr.trigger : instr;
        if (target?.keyword !== 'RUN')
            continue;
        const sources = scriptSources(target);
        if (sources.length > 0)
            parseScriptsLazily(target, sources);
    }
    return {
        text,
        index,
        bom,
        escapeChar,
        directives,
        instructions,
        comments,
        stages,
        globalArgs: globals,
    };
}

;// CONCATENATED MODULE: ./src/gates/lint/context.ts



const DEFAULT_SETTINGS = { trustedRegistries: [], labelSchema: {}, strictLabels: false };
/** Builds the context rules receive from an already parsed Dockerfile. */
function makeContext(dockerfile, file, settings) {
    const withTriggers = dockerfile.instructions.flatMap((i) => (i.trigger ? [i, i.trigger] : [i]));
    let commands;
    const range = (start, end) => dockerfile.index.range(start, Math.max(start, end));
    return {
        file,
        dockerfile,
        settings,
        instructions: dockerfile.instructions,
        withTriggers,
        stages: dockerfile.stages,
        // Built on first use: reading `instr.scripts` is what parses the shell.
        get commands() {
            commands ??= withTriggers.flatMap((instr) => instr.scripts.flatMap((script) => script.commands.map((command) => ({ instr, script, command }))));
            return commands;
        },
        range,
        finding(meta, at, message, options = {}) {
            return {
                ruleId: meta.id,
                severity: options.severity ?? meta.severity,
                message,
                file,
                ...range(at.start, at.end),
                helpUri: (0,rule/* helpUriFor */.He)(meta),
                snippet: dockerfile.text.slice(at.start, at.end).replace(/\s+/g, ' ').trim(),
                ...(meta.security ? { security: true } : {}),
                ...(options.fix ? { fix: options.fix } : {}),
                ...(options.data ? { data: options.data } : {}),
            };
        },
        fix(description, edits) {
            return { description, edits: edits.map((e) => ({ ...range(e.start, e.end), newText: e.newText })) };
        },
    };
}
/** Parses `source` and builds a rule context; loads the shell grammar on first use. */
async function contextFor(source, file = 'Dockerfile', settings = {}) {
    await initShell();
    return makeContext(parseDockerfile(source), file, { ...DEFAULT_SETTINGS, ...settings });
}

// EXTERNAL MODULE: ./src/gates/lint/formats.ts
var formats = __webpack_require__(53624);
;// CONCATENATED MODULE: ./src/gates/lint/parse/errors.ts


/** Instructions BuildKit knows (https://docs.docker.com/reference/dockerfile/#overview). */
const KNOWN_INSTRUCTIONS = new Set([
    'ADD',
    'ARG',
    'CMD',
    'COPY',
    'ENTRYPOINT',
    'ENV',
    'EXPOSE',
    'FROM',
    'HEALTHCHECK',
    'LABEL',
    'MAINTAINER',
    'ONBUILD',
    'RUN',
    'SHELL',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR',
]);
const EXEC_CAPABLE = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'VOLUME', 'COPY', 'ADD']);
function at(instr, message) {
    return { message, start: instr.start, end: instr.keywordEnd };
}
/** A `[` that is JSON but not an array of strings: BuildKit rejects it instead of falling back to shell form. */
function nonStringArray(instr) {
    if (!EXEC_CAPABLE.has(instr.keyword) || instr.exec)
        return undefined;
    const first = instr.args.text.split('\n')[0].trim();
    if (!first.startsWith('['))
        return undefined;
    try {
        JSON.parse(first);
    }
    catch {
        return undefined;
    }
    const start = instr.args.offsets[0];
    return {
        message: `${instr.keyword} arguments must be a JSON array of strings`,
        start,
        end: start + first.length,
    };
}
function instructionError(instr) {
    const k = instr.keyword;
    if (!KNOWN_INSTRUCTIONS.has(k))
        return at(instr, `unknown instruction: ${instr.keywordText}`);
    const empty = !/\S/.test(instr.args.text) && instr.heredocs.length === 0;
    if (k === 'ONBUILD') {
        if (!instr.trigger)
            return at(instr, 'ONBUILD requires an instruction to run');
        return instructionError(instr.trigger);
    }
    if (empty && k !== 'HEALTHCHECK')
        return at(instr, `${k} requires at least one argument`);
    if ((k === 'COPY' || k === 'ADD') &&
        !instr.exec &&
        instr.heredocs.length === 0 &&
        words(instr.args).length < 2)
        return at(instr, `${k} requires at least two arguments`);
    if (k === 'ENV' && keyValues(instr).some((kv) => kv.value === undefined || kv.key === ''))
        return at(instr, 'ENV must have two arguments, or name=value pairs');
    if (k === 'LABEL' && keyValues(instr).some((kv) => kv.value === undefined || kv.key === ''))
        return at(instr, 'LABEL must have name=value pairs');
    const unterminated = instr.heredocs.find((h) => !h.terminated);
    if (unterminated)
        return {
            message: `unterminated heredoc ${unterminated.name}`,
            start: unterminated.start,
            end: unterminated.end,
        };
    return nonStringArray(instr);
}
/**
 * What makes BuildKit (and hadolint, which reports it as DL1000) refuse a file, in file order.
 * dockerfile-ast accepts anything, so these checks stand in for BuildKit's parser errors
 * (moby/buildkit frontend/dockerfile/parser and instructions/parse.go).
 */
function parseErrors(model) {
    const out = [];
    for (const instr of model.instructions) {
        const error = instructionError(instr);
        if (error)
            out.push(error);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gates/lint/parse/index.ts







// EXTERNAL MODULE: ./src/core/suppress.ts
var suppress = __webpack_require__(11160);
;// CONCATENATED MODULE: ./src/gates/lint/pragmas.ts

const TOOLS = ['hadolint', 'portcullis'];
/**
 * Names a pragma may list. hadolint drops a whole list that holds anything but `[DLSC0-9]`
 * (`ignore=crazy,DL3002` ignores nothing); portcullis ids are letters then digits.
 */
const RULE_NAME = { hadolint: /^[DLSC0-9]+$/, portcullis: /^([A-Za-z]+[0-9]+|all)$/ };
/** The instruction (ONBUILD triggers belong to their ONBUILD) that holds a 1-based line. */
function instructionAtLine(model, line) {
    return model.instructions.find((i) => {
        const first = model.index.position(i.start).line;
        const last = model.index.position(Math.max(i.start, i.end - 1)).line;
        return line >= first && line <= last;
    });
}
/** The line hadolint reports a finding on: the first line of the instruction that holds it. */
function instructionLine(model, line) {
    const instr = instructionAtLine(model, line);
    return instr ? model.index.position(instr.start).line : line;
}
/** BuildKit's `# check=skip=A,B` (or `skip=all`) directive names rules by their BuildKit names. */
function buildkitSkips(model) {
    const check = model.directives.find((d) => d.name === 'check');
    if (!check)
        return [];
    const skip = check.value
        .split(';')
        .map((p) => p.trim())
        .find((p) => p.toLowerCase().startsWith('skip='));
    return skip
        ? skip
            .slice(5)
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [];
}
function skippedByBuildkit(meta, skips) {
    if (!meta || skips.length === 0)
        return false;
    const names = (meta.equivalents ?? []).filter((e) => e.startsWith('buildkit:')).map((e) => e.slice(9));
    return names.length > 0 && (skips.includes('all') || names.some((n) => skips.includes(n)));
}
/**
 * Marks findings suppressed by `# hadolint ignore=…` (the instruction on the next line),
 * `# hadolint global ignore=…` (the file), `# hadolint stage ignore=…` (from the next line to the
 * end of the stage), the same with `portcullis`, and BuildKit's `# check=skip=…`
 * (https://github.com/hadolint/hadolint#inline-ignores, https://docs.docker.com/reference/dockerfile/#check).
 * With `disableIgnorePragma` only `# check=skip` still applies, as it is part of the Dockerfile itself.
 */
function applyPragmas(findings, model, rules, disableIgnorePragma) {
    const next = new Map();
    const global = [];
    const stages = [];
    if (!disableIgnorePragma) {
        for (const c of model.comments) {
            const p = (0,suppress/* parseIgnorePragma */.ap)(c.text, TOOLS);
            if (!p?.rules.every((r) => RULE_NAME[p.tool]?.test(r)))
                continue;
            if (p.scope === 'global' || p.scope === 'file')
                global.push(...p.rules);
            else if (p.scope === 'stage')
                stages.push({ line: c.line + 1, rules: p.rules });
            else
                next.set(c.line + 1, {
                    rules: [...(next.get(c.line + 1)?.rules ?? []), ...p.rules],
                    reason: p.reason,
                });
        }
    }
    const fromLines = model.stages.map((s) => model.index.position(s.from.start).line);
    const stageRules = (line) => stages
        .filter((s) => s.line <= line && !fromLines.some((from) => from > s.line && from <= line))
        .flatMap((s) => s.rules);
    const skips = buildkitSkips(model);
    for (const f of findings) {
        if (f.suppressed)
            continue;
        const line = instructionLine(model, f.line);
        if (skippedByBuildkit(rules.get(f.ruleId), skips)) {
            f.suppressed = { kind: 'inline', justification: '# check=skip' };
        }
        else if ((0,suppress/* ruleListMatches */.mI)(global, f.ruleId)) {
            f.suppressed = { kind: 'inline', justification: 'global ignore pragma' };
        }
        else if ((0,suppress/* ruleListMatches */.mI)(stageRules(line), f.ruleId)) {
            f.suppressed = { kind: 'inline', justification: 'stage ignore pragma' };
        }
        else {
            const p = next.get(line);
            if (p && (0,suppress/* ruleListMatches */.mI)(p.rules, f.ruleId))
                f.suppressed = { kind: 'inline', justification: p.reason };
        }
    }
}

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL1001.ts

/** DL1001: inline ignore pragmas hide problems from review; off unless a config turns it on. */
const DL1001 = {
    meta: {
        id: 'DL1001',
        title: 'Inline ignore pragmas are not allowed',
        severity: 'style',
        gate: 'lint',
        disabledByDefault: true,
        equivalents: ['hadolint:DL1001'],
    },
    check(ctx) {
        return ctx.dockerfile.comments
            .filter((c) => (0,suppress/* parseIgnorePragma */.ap)(c.text, ['hadolint', 'portcullis']))
            .map((c) => ctx.finding(DL1001.meta, c, 'Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.'));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/util.ts

/** Archive suffixes hadolint treats as archives (ADD extracts them, COPY does not). */
const ARCHIVE_SUFFIXES = [
    '.tar',
    '.Z',
    '.bz2',
    '.gz',
    '.lz',
    '.lzma',
    '.tZ',
    '.tb2',
    '.tbz',
    '.tbz2',
    '.tgz',
    '.tlz',
    '.tpz',
    '.txz',
    '.xz',
];
function dropQuotes(text) {
    return text.replace(/^["']+|["']+$/g, '');
}
function isArchive(path) {
    const p = dropQuotes(path);
    return ARCHIVE_SUFFIXES.some((s) => p.endsWith(s));
}
/** hadolint's `cmdHasArgs`: the command is `name` (one of `names`) and has any of `args` as an argument. */
function isCommand(cmd, names, ...args) {
    if (typeof names === 'string' ? cmd.name !== names : !names.includes(cmd.name))
        return false;
    return args.length === 0 || cmd.args.some((a) => args.includes(a.text));
}
/** Commands of RUNs, top-level only or with ONBUILD triggers (hadolint's `onbuild` wrapper). */
function runCommands(ctx, withOnbuild) {
    return withOnbuild ? ctx.commands : ctx.commands.filter((c) => !c.instr.onbuild);
}
/** A finding at a command's range. */
function atCommand(ctx, meta, rc, message) {
    return ctx.finding(meta, rc.command, message);
}
/** Arguments that are not flags and not a flag's value, minus the sub-command words. */
function operands(cmd, valued, subcommands) {
    return argsNoFlags(cmd, valued).filter((a) => !subcommands.includes(a.text));
}
/** Instructions of one keyword, optionally with the triggers of ONBUILD. */
function instructionsOf(ctx, keyword, withOnbuild = false) {
    return (withOnbuild ? ctx.withTriggers : ctx.instructions).filter((i) => i.keyword === keyword);
}
function flag(instr, name) {
    return instr.flags.find((f) => f.name.toLowerCase() === name);
}
/** `--mount` options of a RUN as key→value maps. */
function mounts(instr) {
    return instr.flags
        .filter((f) => f.name === 'mount' && f.value !== undefined)
        .map((f) => new Map((f.value ?? '').split(',').map((kv) => {
        const eq = kv.indexOf('=');
        return eq < 0 ? [kv, 'true'] : [kv.slice(0, eq).toLowerCase(), kv.slice(eq + 1)];
    })));
}
/** True when a cache or tmpfs mount's target contains `fragment`. */
function hasCacheMount(instr, fragment) {
    return mounts(instr).some((m) => {
        const type = m.get('type');
        const target = m.get('target') ?? m.get('dst') ?? m.get('destination') ?? '';
        return (type === 'cache' || type === 'tmpfs') && target.includes(fragment);
    });
}
/** The first item per instruction: hadolint reports a rule once per instruction. */
function oncePerInstruction(items) {
    const seen = new Set();
    return items.filter((i) => {
        if (seen.has(i.instr))
            return false;
        seen.add(i.instr);
        return true;
    });
}
const SIMPLE_REF = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/;
/**
 * The words an argument stands for. A literal gives itself; `$VAR` / `${VAR}` gives the words of
 * the value assigned earlier in the same script, or of the ARG/ENV in scope; anything else that
 * cannot be known gives no words, so rules neither pass nor fail it on a guess.
 */
function argWords(rc, arg) {
    if (!arg.dynamic)
        return [arg.text];
    const m = SIMPLE_REF.exec(arg.text);
    if (!m)
        return [];
    const name = m[1];
    const assigned = rc.script.assignments.filter((a) => a.name === name && a.at < rc.command.start).at(-1);
    const value = assigned ? assigned.value : rc.instr.scope.get(name);
    if (value === undefined || value.includes('$'))
        return [];
    return value.split(/\s+/).filter(Boolean);
}
/** Commands for which `packagesOf` names something, with those packages; no work for the rest. */
function commandsWithPackages(rcs, packagesOf) {
    const out = [];
    for (const rc of rcs) {
        const packages = packagesOf(rc);
        if (packages.length > 0)
            out.push({ ...rc, packages });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3000.ts


/** A relative WORKDIR depends on whatever the previous one was. */
function isAbsolutePath(path) {
    const p = dropQuotes(path);
    return p.startsWith('/') || p.startsWith('$') || /^[A-Za-z]:/.test(p);
}
/** DL3000: WORKDIR must be absolute. */
const DL3000 = {
    meta: {
        id: 'DL3000',
        title: 'Use absolute WORKDIR',
        severity: 'error',
        gate: 'lint',
        equivalents: [
            'hadolint:DL3000',
            'trivy:DS-0009',
            'checkov:CKV_DOCKER_10',
            'buildkit:WorkdirRelativePath',
        ],
    },
    check(ctx) {
        return instructionsOf(ctx, 'WORKDIR').flatMap((i) => {
            const path = words(i.args)[0];
            return path && !isAbsolutePath(path.text)
                ? [ctx.finding(DL3000.meta, path, 'Use absolute WORKDIR')]
                : [];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3001.ts

const POINTLESS = new Set(['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim']);
/** DL3001: interactive and host-management commands make no sense while building an image. */
const DL3001 = {
    meta: {
        id: 'DL3001',
        title: 'Command makes no sense in a container',
        severity: 'info',
        gate: 'lint',
        equivalents: ['hadolint:DL3001'],
    },
    check(ctx) {
        return oncePerInstruction(runCommands(ctx, true).filter((rc) => POINTLESS.has(rc.command.name))).map((rc) => ctx.finding(DL3001.meta, rc.command, `\`${rc.command.name}\` makes no sense in a container build (like ssh, vim, shutdown, service, ps, free, top, kill, mount, ifconfig)`));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3002.ts

/** `root`, `0`, `root:group` or `0:group`. */
function isRootUser(user) {
    return user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:');
}
/** DL3002: a stage whose last USER is root runs its container as root. Stages without USER are not reported (as hadolint). */
const DL3002 = {
    meta: {
        id: 'DL3002',
        title: 'Last USER should not be root',
        severity: 'warning',
        gate: 'lint',
        security: true,
        equivalents: ['hadolint:DL3002', 'trivy:DS-0002', 'checkov:CKV_DOCKER_8'],
    },
    check(ctx) {
        return ctx.stages.flatMap((stage) => {
            const last = stage.instructions.filter((i) => i.keyword === 'USER').at(-1);
            const user = last ? words(last.args)[0] : undefined;
            return last && user && isRootUser(user.text)
                ? [ctx.finding(DL3002.meta, user, 'Last USER should not be root')]
                : [];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3003.ts

/** DL3003: `cd` in RUN lasts one instruction; WORKDIR says where the build is. */
const DL3003 = {
    meta: {
        id: 'DL3003',
        title: 'Use WORKDIR to switch to a directory',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3003', 'trivy:DS-0013'],
    },
    check(ctx) {
        return oncePerInstruction(runCommands(ctx, false).filter((rc) => rc.command.name === 'cd')).map((rc) => ctx.finding(DL3003.meta, rc.command, 'Use WORKDIR to switch to a directory'));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3004.ts

/** DL3004: sudo in a build behaves unpredictably (tty, environment); the build already runs as the USER set. */
const DL3004 = {
    meta: {
        id: 'DL3004',
        title: 'Do not use sudo',
        severity: 'error',
        gate: 'lint',
        security: true,
        equivalents: ['hadolint:DL3004', 'trivy:DS-0010', 'checkov:CKV2_DOCKER_1'],
    },
    check(ctx) {
        return oncePerInstruction(runCommands(ctx, true).filter((rc) => rc.command.name === 'sudo')).map((rc) => ctx.finding(DL3004.meta, rc.command, 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root'));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3006.ts

/** DL3006: an untagged image means `latest`, which changes under the build. */
const DL3006 = {
    meta: {
        id: 'DL3006',
        title: 'Always tag the version of an image explicitly',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3006', 'trivy:DS-0001', 'checkov:CKV_DOCKER_7'],
    },
    check(ctx) {
        const aliases = new Set();
        return ctx.stages.flatMap((stage) => {
            const image = words(stage.from.args)[0];
            const name = stage.resolvedImage ?? stage.image;
            const exempt = !image ||
                stage.resolvedImage === undefined ||
                name.startsWith('$') ||
                name.toLowerCase() === 'scratch' ||
                stage.ref.tag !== undefined ||
                stage.ref.digest !== undefined ||
                aliases.has(name.toLowerCase());
            if (stage.alias)
                aliases.add(stage.alias);
            return exempt ? [] : [ctx.finding(DL3006.meta, image, 'Always tag the version of an image explicitly')];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3007.ts

/** DL3007: `:latest` moves; a release tag (or a digest) says what was tested. */
const DL3007 = {
    meta: {
        id: 'DL3007',
        title: 'Do not use the latest tag',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3007', 'trivy:DS-0001', 'checkov:CKV_DOCKER_7'],
    },
    check(ctx) {
        return ctx.stages.flatMap((stage) => {
            const image = words(stage.from.args)[0];
            if (!image || stage.ref.tag !== 'latest' || stage.ref.digest)
                return [];
            return [
                ctx.finding(DL3007.meta, image, 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag'),
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3008.ts

/** `apt-get install` operands that are not pinned (`pkg=ver`, `pkg/release`, `./file.deb`). */
function unpinnedAptPackages(rc) {
    if (!isCommand(rc.command, 'apt-get', 'install'))
        return [];
    return operands(rc.command, ['t', 'target-release', 'default-release', 'o', 'option', 'c', 'config-file', 'a', 'host-architecture'], ['install'])
        .flatMap((a) => argWords(rc, a))
        .filter((p) => !(p.includes('=') || p.includes('/') || p.endsWith('.deb')));
}
/**
 * DL3008: unpinned apt packages make the build give different images over time. Packages held in
 * a variable are resolved from the script or ARG/ENV first; unresolvable ones are not reported.
 */
const DL3008 = {
    meta: {
        id: 'DL3008',
        title: 'Pin versions in apt-get install',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3008'],
    },
    check(ctx) {
        const hits = commandsWithPackages(runCommands(ctx, true), unpinnedAptPackages);
        return oncePerInstruction(hits).map((h) => ctx.finding(DL3008.meta, h.command, `Pin versions in apt get install. Instead of \`apt-get install <package>\` use \`apt-get install <package>=<version>\` (${h.packages.join(', ')})`, { data: { packages: h.packages } }));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3009.ts

/** `rm -rf /var/lib/apt/lists/*`, or apt 2.7's `apt-get dist-clean`, which removes the lists too. */
function removesAptLists(cmd) {
    if ((cmd.name === 'apt-get' || cmd.name === 'apt') && cmd.args.some((a) => a.text === 'dist-clean'))
        return true;
    return cmd.name === 'rm' && cmd.args.some((a) => a.text.startsWith('/var/lib/apt/lists'));
}
/** Stages whose files reach an image: the last one, and any a later FROM builds on. */
function shippedStages(stages) {
    const shipped = new Set();
    if (stages.length)
        shipped.add(stages.length - 1);
    for (const s of stages) {
        const base = s.image.toLowerCase();
        const parent = stages.find((p) => p.index < s.index && p.alias === base);
        if (parent)
            shipped.add(parent.index);
    }
    return shipped;
}
/** DL3009: apt lists left behind add tens of megabytes to the layer. */
const DL3009 = {
    meta: {
        id: 'DL3009',
        title: 'Delete the apt lists after installing something',
        severity: 'info',
        gate: 'lint',
        equivalents: ['hadolint:DL3009'],
    },
    check(ctx) {
        const shipped = shippedStages(ctx.stages);
        const updates = runCommands(ctx, true).filter((rc) => isCommand(rc.command, ['apt-get', 'apt', 'aptitude'], 'update') &&
            (rc.instr.stage < 0 || shipped.has(rc.instr.stage)) &&
            !hasCacheMount(rc.instr, '/var/lib/apt/lists') &&
            !(hasCacheMount(rc.instr, '/var/lib/apt') && hasCacheMount(rc.instr, '/var/cache/apt')) &&
            !ctx.commands.some((o) => o.instr === rc.instr && removesAptLists(o.command)));
        return oncePerInstruction(updates).map((rc) => ctx.finding(DL3009.meta, rc.command, 'Delete the apt lists (/var/lib/apt/lists) after installing something'));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3010.ts


const DECOMPRESSORS = new Set([
    'unzip',
    'gunzip',
    'bunzip2',
    'unlzma',
    'unxz',
    'zgz',
    'uncompress',
    'zcat',
    'gzcat',
]);
function DL3010_basename(path) {
    return dropQuotes(path).split(/[\\/]/).pop() ?? path;
}
function extracts(cmd) {
    if (DECOMPRESSORS.has(cmd.name))
        return true;
    return (cmd.name === 'tar' &&
        cmd.args.some((a) => a.text === '--extract' ||
            a.text === '--get' ||
            (a.text.startsWith('-') && !a.text.startsWith('--') && a.text.includes('x')) ||
            (a === cmd.args[0] && /^[a-wyzA-Z]*x[a-zA-Z]*$/.test(a.text))));
}
/** DL3010: COPY of an archive that a RUN then unpacks; ADD unpacks local archives in one layer. */
const DL3010 = {
    meta: {
        id: 'DL3010',
        title: 'Use ADD for extracting archives into an image',
        severity: 'info',
        gate: 'lint',
        equivalents: ['hadolint:DL3010'],
    },
    check(ctx) {
        const hits = new Set();
        let archives = [];
        for (const instr of ctx.instructions) {
            if (instr.keyword === 'FROM')
                archives = [];
            if (instr.keyword === 'COPY' && !instr.flags.some((f) => f.name === 'from') && !instr.heredocs.length) {
                const paths = instr.exec ? instr.exec.values : words(instr.args).map((w) => w.text);
                const target = paths.at(-1) ?? '';
                const named = isArchive(target) ? [target] : paths.slice(0, -1).filter(isArchive);
                archives.push(...named.map((p) => ({ name: DL3010_basename(p), copy: instr })));
            }
            for (const script of instr.scripts) {
                for (const cmd of script.commands) {
                    if (!extracts(cmd))
                        continue;
                    const names = new Set(argsNoFlags(cmd).map((a) => DL3010_basename(a.text)));
                    for (const a of archives)
                        if (names.has(a.name))
                            hits.add(a.copy);
                }
            }
        }
        return [...hits].map((copy) => ctx.finding(DL3010.meta, copy, 'Use `ADD` for extracting archives into an image'));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3011.ts


/** True when an EXPOSE word names a port or range beyond 65535. Words with variables are not judged. */
function portOutOfRange(word) {
    if (word.includes('$'))
        return false;
    const port = word.split('/')[0].split(':').pop() ?? '';
    return port.split('-').some((p) => /^\d+$/.test(p) && Number(p) > 65535);
}
/** DL3011: a port outside 0–65535 cannot be exposed. */
const DL3011 = {
    meta: {
        id: 'DL3011',
        title: 'Valid UNIX ports range from 0 to 65535',
        severity: 'error',
        gate: 'lint',
        equivalents: ['hadolint:DL3011', 'trivy:DS-0008'],
    },
    check(ctx) {
        return instructionsOf(ctx, 'EXPOSE').flatMap((i) => words(i.args)
            .filter((w) => portOutOfRange(w.text))
            .slice(0, 1)
            .map((w) => ctx.finding(DL3011.meta, w, 'Valid UNIX ports range from 0 to 65535')));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3012.ts
/** DL3012: only the last HEALTHCHECK of a stage counts; earlier ones are dead and misleading. */
const DL3012 = {
    meta: {
        id: 'DL3012',
        title: 'Multiple HEALTHCHECK instructions',
        severity: 'error',
        gate: 'lint',
        equivalents: ['hadolint:DL3012', 'trivy:DS-0023', 'buildkit:MultipleInstructionsDisallowed'],
    },
    check(ctx) {
        return ctx.stages.flatMap((s) => s.instructions
            .filter((i) => i.keyword === 'HEALTHCHECK')
            .slice(1)
            .map((i) => ctx.finding(DL3012.meta, i, 'Multiple `HEALTHCHECK` instructions')));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3013.ts


/** pip options that take a value (`pip install --help`): the next word is not a package. */
const VALUED = [
    'abi',
    'b',
    'build',
    'C',
    'c',
    'cache-dir',
    'cert',
    'client-cert',
    'config-settings',
    'constraint',
    'e',
    'editable',
    'exists-action',
    'extra-index-url',
    'f',
    'find-links',
    'global-option',
    'i',
    'implementation',
    'index-url',
    'install-option',
    'keyring-provider',
    'log',
    'no-binary',
    'only-binary',
    'platform',
    'prefix',
    'progress-bar',
    'proxy',
    'python',
    'python-version',
    'r',
    'report',
    'requirement',
    'retries',
    'root',
    'root-user-action',
    'src',
    't',
    'target',
    'timeout',
    'trusted-host',
    'upgrade-strategy',
    'use-deprecated',
    'use-feature',
];
const VCS = /^(git|hg|svn|bzr)(\+[a-z-]+)?:/;
const VERSION_SYMBOLS = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];
/** `pip install` in any spelling hadolint accepts: `pip`, `pip3`, `pip3.12`, `python3 -m pip install`. */
function isPipInstall(cmd) {
    if (!cmd.name.startsWith('pip') && !cmd.name.startsWith('python'))
        return false;
    if (cmd.name.startsWith('pip') && !cmd.name.startsWith('pipenv'))
        return cmd.args.some((a) => a.text === 'install');
    if (!cmd.name.startsWith('python'))
        return false;
    const args = cmd.args.map((a) => a.text);
    const m = args.indexOf('-m');
    return m >= 0 && args[m + 1] === 'pip' && args[m + 2] === 'install';
}
function pinned(pkg) {
    if (VERSION_SYMBOLS.some((s) => pkg.includes(s)))
        return true;
    if (VCS.test(pkg))
        return pkg.includes('@');
    return pkg.endsWith('.whl') || pkg.endsWith('.tar.gz') || pkg.includes('/');
}
/** Unpinned packages of a `pip install`; none when it installs from requirements, constraints or `.`. */
function unpinnedPipPackages(rc) {
    const cmd = rc.command;
    if (!isPipInstall(cmd))
        return [];
    const args = cmd.args.map((a) => a.text);
    if (args.some((a) => a === '-r' || a === '--requirement' || a === '.' || a.startsWith('--requirement=')))
        return [];
    const flags = flagsOf(cmd);
    if (flags.includes('c') || flags.includes('constraint') || flags.includes('r'))
        return [];
    const ops = operands(cmd, VALUED, []);
    return ops
        .slice(ops.findIndex((a) => a.text === 'install') + 1)
        .filter((a) => a.text !== 'install')
        .flatMap((a) => argWords(rc, a))
        .filter((p) => !pinned(p));
}
/** DL3013: unpinned pip packages give a different image on every build. */
const DL3013 = {
    meta: {
        id: 'DL3013',
        title: 'Pin versions in pip',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3013', 'scorecard:Pinned-Dependencies'],
    },
    check(ctx) {
        const hits = commandsWithPackages(runCommands(ctx, true), unpinnedPipPackages);
        return oncePerInstruction(hits).map((h) => ctx.finding(DL3013.meta, h.command, `Pin versions in pip. Instead of \`pip install <package>\` use \`pip install <package>==<version>\` or \`pip install --requirement <requirements file>\` (${h.packages.join(', ')})`, { data: { packages: h.packages } }));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3014.ts


/** True for an `apt-get install` that may stop to ask a question. */
function aptGetAsks(rc) {
    const cmd = rc.command;
    if (!isCommand(cmd, 'apt-get', 'install'))
        return false;
    const flags = flagsOf(cmd);
    const yes = ['y', 'yes', 'qq', 'assume-yes'].some((f) => flags.includes(f));
    const quiet2 = flags.filter((f) => f === 'q').length === 2 ||
        flags.filter((f) => f === 'quiet').length === 2 ||
        cmd.args.some((a) => a.text === '-q=2');
    return !yes && !quiet2;
}
/** DL3014: without `-y`, apt-get install waits for an answer the build cannot give. */
const DL3014 = {
    meta: {
        id: 'DL3014',
        title: 'Use the -y switch with apt-get install',
        severity: 'warning',
        gate: 'lint',
        fixable: true,
        equivalents: ['hadolint:DL3014', 'trivy:DS-0021'],
    },
    check(ctx) {
        return oncePerInstruction(runCommands(ctx, true).filter(aptGetAsks)).map((rc) => {
            const install = rc.command.args.find((a) => a.text === 'install');
            const fix = install
                ? ctx.fix('add -y to apt-get install', [{ start: install.end, end: install.end, newText: ' -y' }])
                : undefined;
            return ctx.finding(DL3014.meta, rc.command, 'Use the `-y` switch to avoid manual input `apt-get -y install <package>`', { fix });
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3015.ts


/** DL3015: recommended packages bloat the image with things nobody asked for. */
const DL3015 = {
    meta: {
        id: 'DL3015',
        title: 'Avoid additional packages by specifying --no-install-recommends',
        severity: 'info',
        gate: 'lint',
        fixable: true,
        equivalents: ['hadolint:DL3015', 'trivy:DS-0029'],
    },
    check(ctx) {
        const hits = runCommands(ctx, true).filter((rc) => isCommand(rc.command, 'apt-get', 'install') &&
            !hasFlag(rc.command, 'no-install-recommends') &&
            !hasArg(rc.command, 'APT::Install-Recommends=false') &&
            !rc.command.args.some((a) => /^APT::Install-Recommends=(false|0)$/i.test(a.text)));
        return oncePerInstruction(hits).map((rc) => {
            const install = rc.command.args.find((a) => a.text === 'install');
            const fix = install
                ? ctx.fix('add --no-install-recommends to apt-get install', [
                    { start: install.end, end: install.end, newText: ' --no-install-recommends' },
                ])
                : undefined;
            return ctx.finding(DL3015.meta, rc.command, 'Avoid additional packages by specifying `--no-install-recommends`', { fix });
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3016.ts


const GIT = ['git://', 'git+ssh://', 'git+http://', 'git+https://'];
const TARBALL = ['.tar', '.tar.gz', '.tgz'];
const PATH = ['/', './', '../', '~/'];
function DL3016_pinned(pkg) {
    if (GIT.some((p) => pkg.startsWith(p)))
        return pkg.includes('#');
    if (TARBALL.some((s) => pkg.endsWith(s)) || PATH.some((p) => pkg.startsWith(p)))
        return true;
    const unscoped = pkg.startsWith('@') ? pkg.slice(pkg.indexOf('/') + 1) : pkg;
    return unscoped.includes('@');
}
/** npm options that take a value (`npm help config`): the next word is not a package. */
const DL3016_VALUED = [
    'cache',
    'globalconfig',
    'include',
    'install-strategy',
    'location',
    'loglevel',
    'omit',
    'only',
    'otp',
    'prefix',
    'registry',
    'script-shell',
    'tag',
    'userconfig',
    'w',
    'workspace',
];
/** Unpinned packages of `npm install <pkg…>`; a bare `npm install` (from package.json) has none. */
function unpinnedNpmPackages(rc) {
    if (!isCommand(rc.command, 'npm', 'install'))
        return [];
    const ops = argsNoFlags(rc.command, DL3016_VALUED);
    if (ops[0]?.text !== 'install')
        return [];
    return ops
        .slice(1)
        .filter((a) => a.text !== 'install')
        .flatMap((a) => argWords(rc, a))
        .filter((p) => !DL3016_pinned(p));
}
/** DL3016: `npm install <pkg>` without a version takes whatever is newest at build time. */
const DL3016 = {
    meta: {
        id: 'DL3016',
        title: 'Pin versions in npm',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3016', 'scorecard:Pinned-Dependencies'],
    },
    check(ctx) {
        const hits = commandsWithPackages(runCommands(ctx, true), unpinnedNpmPackages);
        return oncePerInstruction(hits).map((h) => ctx.finding(DL3016.meta, h.command, `Pin versions in npm. Instead of \`npm install <package>\` use \`npm install <package>@<version>\` (${h.packages.join(', ')})`, { data: { packages: h.packages } }));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3018.ts

/** Unpinned `apk add` packages (pinned: `pkg=ver`, `pkg~ver`, `pkg>ver`, `pkg<ver`, `./file.apk`). */
function unpinnedApkPackages(rc) {
    if (!isCommand(rc.command, 'apk', 'add'))
        return [];
    return operands(rc.command, [
        't',
        'virtual',
        'repository',
        'X',
        'p',
        'root',
        'keys-dir',
        'cache-dir',
        'cache-max-age',
        'arch',
        'repositories-file',
        'timeout',
    ], ['add'])
        .flatMap((a) => argWords(rc, a))
        .filter((p) => !(/[=~<>]/.test(p) || p.endsWith('.apk')));
}
/** DL3018: unpinned apk packages give a different image on every build. */
const DL3018 = {
    meta: {
        id: 'DL3018',
        title: 'Pin versions in apk add',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3018'],
    },
    check(ctx) {
        const hits = commandsWithPackages(runCommands(ctx, true), unpinnedApkPackages);
        return oncePerInstruction(hits).map((h) => ctx.finding(DL3018.meta, h.command, `Pin versions in apk add. Instead of \`apk add <package>\` use \`apk add <package>=<version>\` (${h.packages.join(', ')})`, { data: { packages: h.packages } }));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3019.ts


/** DL3019: without `--no-cache`, the apk index stays in the layer. */
const DL3019 = {
    meta: {
        id: 'DL3019',
        title: 'Use the --no-cache switch with apk add',
        severity: 'info',
        gate: 'lint',
        fixable: true,
        equivalents: ['hadolint:DL3019', 'trivy:DS-0025'],
    },
    check(ctx) {
        const hits = runCommands(ctx, true).filter((rc) => isCommand(rc.command, 'apk', 'add') &&
            !hasFlag(rc.command, 'no-cache') &&
            !hasCacheMount(rc.instr, '/var/cache/apk'));
        return oncePerInstruction(hits).map((rc) => {
            const add = rc.command.args.find((a) => a.text === 'add');
            const fix = add
                ? ctx.fix('add --no-cache to apk add', [{ start: add.end, end: add.end, newText: ' --no-cache' }])
                : undefined;
            return ctx.finding(DL3019.meta, rc.command, 'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages', { fix });
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3020.ts


function isUrl(path) {
    return /^https?:\/\//.test(dropQuotes(path)) || /^git@|\.git(#|$)/.test(dropQuotes(path));
}
/** ADD sources, without the destination; heredoc ADDs have none. */
function sources(args) {
    return (args.exec?.values ?? args.text).slice(0, -1);
}
/** DL3020: ADD fetches and unpacks; for plain files COPY says what happens. */
const DL3020 = {
    meta: {
        id: 'DL3020',
        title: 'Use COPY instead of ADD for files and folders',
        severity: 'error',
        gate: 'lint',
        fixable: true,
        equivalents: ['hadolint:DL3020', 'trivy:DS-0005', 'checkov:CKV_DOCKER_4'],
    },
    check(ctx) {
        return instructionsOf(ctx, 'ADD').flatMap((i) => {
            if (i.heredocs.length)
                return [];
            const srcs = sources({ exec: i.exec, text: words(i.args).map((w) => w.text) });
            if (srcs.length === 0 || srcs.every((s) => isArchive(s) || isUrl(s)))
                return [];
            const fix = i.onbuild
                ? undefined
                : ctx.fix('use COPY', [
                    { start: i.start, end: i.keywordEnd, newText: i.keywordText === 'add' ? 'copy' : 'COPY' },
                ]);
            return [ctx.finding(DL3020.meta, i, 'Use COPY instead of ADD for files and folders', { fix })];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3021.ts


/** DL3021: with several sources, BuildKit requires a directory destination, written with a trailing `/`. */
const DL3021 = {
    meta: {
        id: 'DL3021',
        title: 'COPY with more than 2 arguments requires the last argument to end with /',
        severity: 'error',
        gate: 'lint',
        equivalents: ['hadolint:DL3021', 'trivy:DS-0011'],
    },
    check(ctx) {
        return instructionsOf(ctx, 'COPY').flatMap((i) => {
            if (i.heredocs.length)
                return [];
            const ws = words(i.args);
            const values = i.exec?.values ?? ws.map((w) => w.text);
            if (values.length <= 2)
                return [];
            const dest = dropQuotes(values.at(-1) ?? '');
            if (dest.endsWith('/') || dest.endsWith('\\'))
                return [];
            const at = i.exec ? i.exec : (ws.at(-1) ?? i);
            return [
                ctx.finding(DL3021.meta, at, 'COPY with more than 2 arguments requires the last argument to end with /'),
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3022.ts

/** DL3022: `COPY --from=<name>` must name an earlier stage (or an index, or an image with a tag). */
const DL3022 = {
    meta: {
        id: 'DL3022',
        title: 'COPY --from should reference a previously defined FROM alias',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3022'],
    },
    check(ctx) {
        return ctx.instructions.flatMap((i) => {
            const from = i.keyword === 'COPY' ? flag(i, 'from') : undefined;
            if (!from?.value)
                return [];
            const source = dropQuotes(from.value);
            const soFar = ctx.stages.filter((s) => s.index <= i.stage);
            const known = source.includes(':') ||
                source.includes('$') ||
                soFar.some((s) => s.alias === source.toLowerCase()) ||
                (/^\d+$/.test(source) && Number(source) < soFar.length);
            return known
                ? []
                : [
                    ctx.finding(DL3022.meta, from, '`COPY --from` should reference a previously defined `FROM` alias'),
                ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3023.ts

/** DL3023: a stage cannot copy from itself. */
const DL3023 = {
    meta: {
        id: 'DL3023',
        title: 'COPY --from cannot reference its own FROM alias',
        severity: 'error',
        gate: 'lint',
        equivalents: ['hadolint:DL3023', 'trivy:DS-0006'],
    },
    check(ctx) {
        return ctx.instructions.flatMap((i) => {
            const from = i.keyword === 'COPY' ? flag(i, 'from') : undefined;
            const own = ctx.stages[i.stage]?.alias;
            if (!from?.value || !own || dropQuotes(from.value).toLowerCase() !== own)
                return [];
            return [ctx.finding(DL3023.meta, from, '`COPY --from` cannot reference its own `FROM` alias')];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3024.ts
/** DL3024: two stages with one name make `--from` and `--target` ambiguous. */
const DL3024 = {
    meta: {
        id: 'DL3024',
        title: 'FROM aliases (stage names) must be unique',
        severity: 'error',
        gate: 'lint',
        equivalents: ['hadolint:DL3024', 'trivy:DS-0012', 'checkov:CKV_DOCKER_11', 'buildkit:DuplicateStageName'],
    },
    check(ctx) {
        const seen = new Set();
        return ctx.stages.flatMap((s) => {
            if (!s.alias || !s.aliasWord)
                return [];
            const duplicate = seen.has(s.alias);
            seen.add(s.alias);
            return duplicate
                ? [ctx.finding(DL3024.meta, s.aliasWord, 'FROM aliases (stage names) must be unique')]
                : [];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3025.ts
/** A shell-form command that splits into plain words, safe to write as JSON. */
function simpleWords(text) {
    const t = text.trim();
    if (!t || /[\\$`'"|&;<>(){}*?[\]#~!=]/.test(t) || t.includes('\n'))
        return undefined;
    return t.split(/\s+/);
}
/** True for `HEALTHCHECK [flags] CMD <shell form>`. */
function shellFormHealthcheck(i) {
    const m = /^CMD\s+(.*)$/is.exec(i.args.text);
    if (!m)
        return false;
    try {
        const v = JSON.parse(m[1].split('\n')[0].trim());
        return !(Array.isArray(v) && v.every((x) => typeof x === 'string'));
    }
    catch {
        return true;
    }
}
/** DL3025: shell-form CMD/ENTRYPOINT runs under `/bin/sh -c`, which does not pass signals on. */
const DL3025 = {
    meta: {
        id: 'DL3025',
        title: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments',
        severity: 'warning',
        gate: 'lint',
        fixable: true,
        equivalents: ['hadolint:DL3025', 'buildkit:JSONArgsRecommended'],
    },
    check(ctx) {
        const healthchecks = ctx.instructions
            .filter((i) => i.keyword === 'HEALTHCHECK' && shellFormHealthcheck(i))
            .map((i) => ctx.finding(DL3025.meta, i, 'Use arguments JSON notation for CMD and ENTRYPOINT arguments'));
        const commands = ctx.instructions
            .filter((i) => (i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') && !i.exec)
            .map((i) => {
            const simple = simpleWords(i.args.text);
            const fix = simple && i.args.offsets.length > 1
                ? ctx.fix('write the command in JSON form', [
                    {
                        start: i.args.offsets[0],
                        end: (i.args.offsets.at(-2) ?? i.args.offsets[0]) + 1,
                        newText: JSON.stringify(simple).replace(/","/g, '", "'),
                    },
                ])
                : undefined;
            return ctx.finding(DL3025.meta, i, 'Use arguments JSON notation for CMD and ENTRYPOINT arguments', {
                fix,
            });
        });
        return [...commands, ...healthchecks];
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3026.ts


/** hadolint's registry patterns: `*`, `*.suffix`, `prefix*`, or an exact name. */
function registryMatches(pattern, registry) {
    if (pattern === '*')
        return true;
    if (pattern.startsWith('*'))
        return registry.endsWith(pattern.slice(1));
    if (pattern.endsWith('*'))
        return registry.startsWith(pattern.slice(0, -1));
    return registry === pattern;
}
/** DL3026: images from registries outside the allow-list bypass the organisation's controls. */
const DL3026 = {
    meta: {
        id: 'DL3026',
        title: 'Use only an allowed registry in the FROM image',
        severity: 'error',
        gate: 'lint',
        security: true,
        equivalents: ['hadolint:DL3026'],
    },
    check(ctx) {
        const allowed = ctx.settings.trustedRegistries;
        if (allowed.length === 0)
            return [];
        const aliases = new Set();
        const ok = (image) => {
            const name = dropQuotes(image);
            if (name.includes('$') || aliases.has(name.toLowerCase()) || name.toLowerCase() === 'scratch')
                return true;
            const ref = parseImage(name);
            if (ref.registry)
                return allowed.some((p) => registryMatches(p, ref.registry ?? ''));
            return allowed.some((p) => registryMatches(p, 'docker.io') || registryMatches(p, 'hub.docker.com'));
        };
        const message = 'Use only an allowed registry in the FROM image';
        const out = [];
        for (const i of ctx.instructions) {
            if (i.keyword === 'FROM') {
                const stage = ctx.stages[i.stage];
                const image = words(i.args)[0];
                if (image && !ok(stage?.resolvedImage ?? image.text))
                    out.push(ctx.finding(DL3026.meta, image, message));
                if (stage?.alias)
                    aliases.add(stage.alias);
            }
            const from = i.keyword === 'COPY' ? flag(i, 'from') : undefined;
            if (from?.value && !/^\d+$/.test(from.value) && !ok(from.value))
                out.push(ctx.finding(DL3026.meta, from, message));
            if (i.keyword === 'RUN') {
                const bad = mounts(i).some((m) => {
                    const type = m.get('type');
                    const source = m.get('from');
                    return (type === 'cache' || type === 'bind') && source !== undefined && !ok(source);
                });
                const mountFlag = i.flags.find((f) => f.name === 'mount');
                if (bad && mountFlag)
                    out.push(ctx.finding(DL3026.meta, mountFlag, message));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3027.ts

/** DL3027: apt's interface is meant for people and is not stable for scripts; use apt-get or apt-cache. */
const DL3027 = {
    meta: {
        id: 'DL3027',
        title: 'Do not use apt; use apt-get or apt-cache',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3027', 'checkov:CKV_DOCKER_9'],
    },
    check(ctx) {
        return oncePerInstruction(runCommands(ctx, true).filter((rc) => rc.command.name === 'apt')).map((rc) => ctx.finding(DL3027.meta, rc.command, 'Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead'));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3028.ts

/**
 * gem options that take no value. Like hadolint, any other option is taken to consume the next
 * word; unlike hadolint, these do not, so `gem install -N rails` is still checked.
 */
const BOOLEAN = new Set([
    '-N',
    '--no-document',
    '--no-ri',
    '--no-rdoc',
    '--conservative',
    '-f',
    '--force',
    '--user-install',
    '--no-user-install',
    '--minimal-deps',
    '--pre',
    '--prerelease',
    '-q',
    '--quiet',
    '-V',
    '--verbose',
    '--development',
    '--development-all',
    '--ignore-dependencies',
    '--no-ignore-dependencies',
    '-E',
    '--env-shebang',
    '--no-env-shebang',
    '-w',
    '--wrappers',
    '--no-wrappers',
    '-l',
    '--local',
    '-r',
    '--remote',
    '-b',
    '--both',
    '--clear-sources',
    '--default',
    '--explain',
    '--lock',
    '--no-lock',
    '--suggestions',
    '--no-suggestions',
    '--post-install-message',
    '--no-post-install-message',
    '--vendor',
    '--norc',
    '--backtrace',
    '--debug',
    '--update-sources',
    '--no-update-sources',
]);
/** Unpinned gems of `gem install`; none when `-v`/`--version` pins them all. */
function unpinnedGems(rc) {
    const cmd = rc.command;
    if (!isCommand(cmd, 'gem', 'install', 'i'))
        return [];
    const texts = cmd.args.map((a) => a.text);
    if (texts.some((t) => t === '-v' || t === '--version' || t.startsWith('--version=')))
        return [];
    const gems = [];
    for (let k = 0; k < cmd.args.length; k++) {
        const t = texts[k];
        if (t === '--')
            break;
        if (t.startsWith('-')) {
            if (!t.includes('=') && !BOOLEAN.has(t))
                k++;
            continue;
        }
        if (t === 'install' || t === 'i')
            continue;
        gems.push(...argWords(rc, cmd.args[k]));
    }
    return gems.filter((g) => !g.includes(':'));
}
/** DL3028: unpinned gems give a different image on every build. */
const DL3028 = {
    meta: {
        id: 'DL3028',
        title: 'Pin versions in gem install',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3028'],
    },
    check(ctx) {
        const hits = commandsWithPackages(runCommands(ctx, true), unpinnedGems);
        return oncePerInstruction(hits).map((h) => ctx.finding(DL3028.meta, h.command, `Pin versions in gem install. Instead of \`gem install <gem>\` use \`gem install <gem>:<version>\` (${h.packages.join(', ')})`, { data: { packages: h.packages } }));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3029.ts
/** DL3029: a constant `--platform` on FROM breaks multi-platform builds; use `$BUILDPLATFORM`/`$TARGETPLATFORM`. */
const DL3029 = {
    meta: {
        id: 'DL3029',
        title: 'Do not use --platform flag with FROM',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3029', 'buildkit:FromPlatformFlagConstDisallowed'],
    },
    check(ctx) {
        return ctx.stages.flatMap((s) => {
            const p = s.platform;
            if (!p?.value || p.value.includes('BUILDPLATFORM') || p.value.includes('TARGETPLATFORM'))
                return [];
            return [ctx.finding(DL3029.meta, p, 'Do not use --platform flag with FROM')];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3030.ts


/** DL3030: without `-y`, yum install waits for an answer the build cannot give. */
const DL3030 = {
    meta: {
        id: 'DL3030',
        title: 'Use the -y switch with yum install',
        severity: 'warning',
        gate: 'lint',
        fixable: true,
        equivalents: ['hadolint:DL3030'],
    },
    check(ctx) {
        const hits = runCommands(ctx, true).filter((rc) => isCommand(rc.command, 'yum', 'install', 'groupinstall', 'localinstall') &&
            !hasFlag(rc.command, 'y', 'assumeyes'));
        return oncePerInstruction(hits).map((rc) => {
            const sub = rc.command.args.find((a) => ['install', 'groupinstall', 'localinstall'].includes(a.text));
            const fix = sub
                ? ctx.fix('add -y to yum install', [{ start: sub.end, end: sub.end, newText: ' -y' }])
                : undefined;
            return ctx.finding(DL3030.meta, rc.command, 'Use the -y switch to avoid manual input `yum install -y <package>`', {
                fix,
            });
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/set-a.ts






























/** Lint A's rules: DL1001, DL3000–DL3030 (DL1000 is made by the run from parse errors). */
const RULES_A = [
    DL1001,
    DL3000,
    DL3001,
    DL3002,
    DL3003,
    DL3004,
    DL3006,
    DL3007,
    DL3008,
    DL3009,
    DL3010,
    DL3011,
    DL3012,
    DL3013,
    DL3014,
    DL3015,
    DL3016,
    DL3018,
    DL3019,
    DL3020,
    DL3021,
    DL3022,
    DL3023,
    DL3024,
    DL3025,
    DL3026,
    DL3027,
    DL3028,
    DL3029,
    DL3030,
];

;// CONCATENATED MODULE: ./src/gates/lint/rules/helpers-b.ts


const unitCache = new WeakMap();
/**
 * Exec-form RUNs: hadolint parses the joined argv as shell text, so `RUN ["yum", "install", "x"]`
 * is one command `yum install x`. (`["sh", "-c", "…"]` is read as the script it runs instead.)
 */
function execCommand(instr) {
    const exec = instr.exec;
    if (!exec || exec.values.length === 0)
        return [];
    const args = exec.values
        .slice(1)
        .map((text) => ({ text, start: exec.start, end: exec.end, dynamic: text.includes('$') }));
    return [{ name: exec.values[0], args, start: exec.start, end: exec.end, prefixAssignments: [] }];
}
/** Every RUN and ONBUILD RUN trigger in file order with its commands. */
function runUnits(ctx) {
    const cached = unitCache.get(ctx);
    if (cached)
        return cached;
    const byInstr = new Map();
    for (const rc of ctx.commands) {
        const list = byInstr.get(rc.instr) ?? [];
        list.push(rc.command);
        byInstr.set(rc.instr, list);
    }
    const units = ctx.withTriggers
        .filter((i) => i.keyword === 'RUN')
        .map((instr) => ({
        instr,
        commands: instr.exec && instr.scripts.length === 0 ? execCommand(instr) : (byInstr.get(instr) ?? []),
    }));
    unitCache.set(ctx, units);
    return units;
}
/** Top-level RUNs only (for rules hadolint does not apply inside ONBUILD). */
function topRunUnits(ctx) {
    return runUnits(ctx).filter((u) => !u.instr.onbuild);
}
/** hadolint's `cmdsHaveArgs`: the command is one of `names` and any argument equals one of `args`. */
function cmdHasArgs(cmd, names, args) {
    return names.includes(cmd.name) && cmd.args.some((a) => args.includes(a.text));
}
/** `--name=v` gives `name`; `-abc` gives `a`, `b`, `c`; `-` and `--` are not flags. */
function flagParts(cmd) {
    const out = [];
    cmd.args.forEach((a, index) => {
        const t = a.text;
        if (t === '-' || t === '--')
            return;
        if (t.startsWith('--'))
            out.push({ flag: t.slice(2).split('=')[0], index });
        else if (t.startsWith('-'))
            for (const c of t.slice(1))
                out.push({ flag: c, index });
    });
    return out;
}
function hasAnyFlag(cmd, flags) {
    return flagParts(cmd).some((f) => flags.includes(f.flag));
}
/** hadolint's `getArgsNoFlags`: the arguments that are not flags (a flag's value stays). */
function helpers_b_argsNoFlags(cmd) {
    const flagIndexes = new Set(flagParts(cmd).map((f) => f.index));
    return cmd.args.filter((_a, i) => !flagIndexes.has(i));
}
/** Index of the first command matching `pred`, or -1. */
function firstIndex(commands, pred) {
    return commands.findIndex(pred);
}
/**
 * hadolint's "install … then clean" test: passes when no command installs, or when the first
 * cleaning command comes after the first installing command.
 */
function cleanedAfterInstall(commands, installs, cleans) {
    const i = firstIndex(commands, installs);
    if (i < 0)
        return true;
    const c = firstIndex(commands, cleans);
    return c >= 0 && i < c;
}
/** `--mount` options of a RUN as key/value maps. */
function helpers_b_mounts(instr) {
    return instr.flags
        .filter((f) => f.name === 'mount' && f.value !== undefined)
        .map((f) => {
        const m = new Map();
        for (const part of (f.value ?? '').split(',')) {
            const eq = part.indexOf('=');
            m.set((eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase(), eq < 0 ? '' : part.slice(eq + 1).trim());
        }
        return m;
    });
}
/** hadolint's `hasCacheOrTmpfsMountWith`: a cache or tmpfs mount whose target contains `fragment`. */
function hasCacheOrTmpfsMountWith(instr, fragment) {
    return helpers_b_mounts(instr).some((m) => {
        const type = m.get('type');
        if (type !== 'cache' && type !== 'tmpfs')
            return false;
        const target = m.get('target') ?? m.get('dst') ?? m.get('destination') ?? '';
        return target.includes(fragment);
    });
}
/**
 * The words a dynamic argument stands for when every variable in it has a known value in the
 * instruction's scope (`apt-get install $PACKAGES` with `ENV PACKAGES="a=1 b=2"`); otherwise undefined.
 */
function expandedWords(arg, instr) {
    if (!arg.dynamic || /\$\(|`/.test(arg.text))
        return undefined;
    const e = expand(arg.text, instr.scope);
    if (!e.complete || e.undefinedNames.length > 0)
        return undefined;
    return e.value.split(/\s+/).filter(Boolean);
}
/** True when the argument references a variable declared (ARG or ENV) in the instruction's scope. */
function referencesDeclared(arg, instr) {
    for (const m of arg.text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g))
        if (instr.scope.has(m[1]))
            return true;
    return false;
}
/** A finding for `meta` at the command that broke the rule. */
function helpers_b_atCommand(ctx, meta, cmd, message) {
    return ctx.finding(meta, cmd, message);
}
/** `key=value` pairs of an ENV/ARG/LABEL with their file offsets. */
const pairs = keyValues;
/** Strips one pair of surrounding quotes. */
function helpers_b_dropQuotes(s) {
    return s.replace(/^(["'])(.*)\1$/, '$2');
}
/** The name hadolint keys a stage by: its alias, else its image name. */
function stageKey(stage) {
    return stage.alias ?? stage.image.toLowerCase();
}
/** COPY/ADD sources and destination (exec form or shell form, heredoc markers kept as sources). */
function copyPaths(instr) {
    if (instr.exec) {
        const vals = instr.exec.values.map((text) => ({ text, start: instr.exec.start, end: instr.exec.end }));
        return { sources: vals.slice(0, -1), dest: vals.at(-1) };
    }
    const firstLine = { text: instr.args.text.split('\n')[0], offsets: instr.args.offsets };
    const ws = quotedWords(firstLine);
    return { sources: ws.slice(0, -1), dest: ws.at(-1) };
}
/** The value of a `--name=value` instruction flag. */
function flagValueOf(instr, name) {
    return instr.flags.find((f) => f.name === name)?.value;
}
/** Basename of a path (`/usr/bin/bash` → `bash`). */
function baseName(p) {
    return p.split(/[\\/]/).pop() ?? p;
}
/**
 * A fix that inserts `text` right after the first argument of `cmd` equal to one of `after`
 * (or after the command name when `after` is empty). None for exec-form RUNs, whose argv
 * positions are not separate.
 */
function insertAfter(ctx, instr, cmd, after, text, description) {
    if (instr.exec)
        return undefined;
    const at = after.length === 0 ? cmd.start + cmd.name.length : cmd.args.find((a) => after.includes(a.text))?.end;
    if (at === undefined || ctx.dockerfile.text.slice(cmd.start, cmd.start + cmd.name.length) !== cmd.name)
        return undefined;
    return ctx.fix(description, [{ start: at, end: at, newText: text }]);
}

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3032.ts

const installs = (c) => cmdHasArgs(c, ['yum'], ['install']);
const cleans = (c) => cmdHasArgs(c, ['yum'], ['clean', 'all']) || cmdHasArgs(c, ['rm'], ['-rf', '/var/cache/yum/*']);
/** DL3032: yum caches stay in the layer unless the same RUN cleans them (https://github.com/hadolint/hadolint/wiki/DL3032). */
const DL3032 = {
    meta: {
        id: 'DL3032',
        title: '`yum clean all` missing after yum command',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3032', 'trivy:DS-0015'],
    },
    check(ctx) {
        return runUnits(ctx)
            .filter((u) => !cleanedAfterInstall(u.commands, installs, cleans))
            .map((u) => helpers_b_atCommand(ctx, DL3032.meta, u.commands.find(installs), '`yum clean all` missing after yum command.'));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/rpm-version.ts

/**
 * hadolint's version test for yum and dnf packages (DL3033, DL3041): `name-version` where the
 * parts after the first `-` use only version characters and one starts with a digit; `.rpm`
 * files are pinned (hadolint also wants a `-` in their name; a file is pinned either way); modules need `name:stream`.
 */
function rpmWordPinned(pkg, module) {
    if (module)
        return pkg.includes(':');
    if (pkg.endsWith('.rpm'))
        return true;
    const parts = pkg.split('-');
    if (parts.length <= 1)
        return false;
    const rest = parts.slice(1);
    return rest.every((p) => /^[0-9A-Za-z.~^_:+]*$/.test(p)) && rest.some((p) => /^[0-9]/.test(p));
}
/**
 * A package argument is pinned when its text is, or when its variables expand (from ARG/ENV
 * defaults) to pinned words; a variable without a known value counts as pinned when it is
 * declared and follows a `-`, as hadolint does for `name-${VERSION}`.
 */
function rpmPinned(arg, instr, module) {
    if (!arg.dynamic)
        return rpmWordPinned(arg.text, module);
    const words = expandedWords(arg, instr);
    if (words)
        return words.every((w) => rpmWordPinned(w, module));
    if (module)
        return arg.text.includes(':');
    if (!arg.text.includes('-') || arg.text.endsWith('.rpm'))
        return rpmWordPinned(arg.text, module);
    return referencesDeclared(arg, instr);
}

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3033.ts


const DL3033_installs = (c) => cmdHasArgs(c, ['yum'], ['install']);
/** The packages of `yum install` and `yum module install` with whether each is pinned. */
function unpinned(c, instr) {
    if (!DL3033_installs(c))
        return undefined;
    const module = cmdHasArgs(c, ['yum'], ['module']);
    const pkgs = helpers_b_argsNoFlags(c).filter((a) => a.text !== 'install' && a.text !== 'module');
    return pkgs.find((a) => !rpmPinned(a, instr, module));
}
/** DL3033: unpinned yum packages make builds unrepeatable (https://github.com/hadolint/hadolint/wiki/DL3033). */
const DL3033 = {
    meta: {
        id: 'DL3033',
        title: 'Specify version with `yum install -y <package>-<version>`',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3033'],
    },
    check(ctx) {
        return runUnits(ctx).flatMap((u) => {
            const bad = u.commands.find((c) => unpinned(c, u.instr));
            return bad
                ? [helpers_b_atCommand(ctx, DL3033.meta, bad, 'Specify version with `yum install -y <package>-<version>`.')]
                : [];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3034.ts

const SUBCOMMANDS = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'];
const forgotYes = (c) => cmdHasArgs(c, ['zypper'], SUBCOMMANDS) && !hasAnyFlag(c, ['non-interactive', 'n', 'no-confirm', 'y']);
/** DL3034: zypper stops to ask without a non-interactive switch (https://github.com/hadolint/hadolint/wiki/DL3034). */
const DL3034 = {
    meta: {
        id: 'DL3034',
        title: 'Non-interactive switch missing from `zypper` command',
        severity: 'warning',
        gate: 'lint',
        fixable: true,
        equivalents: ['hadolint:DL3034'],
    },
    check(ctx) {
        return runUnits(ctx).flatMap((u) => {
            const bad = u.commands.find(forgotYes);
            if (!bad)
                return [];
            const fix = insertAfter(ctx, u.instr, bad, SUBCOMMANDS, ' -y', 'add -y');
            const message = 'Non-interactive switch missing from `zypper` command: `zypper install -y`';
            return [ctx.finding(DL3034.meta, bad, message, { fix })];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3035.ts

const distUpgrade = (c) => cmdHasArgs(c, ['zypper'], ['dist-upgrade', 'dup']);
/** DL3035: a distribution upgrade inside an image build is unrepeatable (https://github.com/hadolint/hadolint/wiki/DL3035). */
const DL3035 = {
    meta: {
        id: 'DL3035',
        title: 'Do not use `zypper dist-upgrade`',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3035'],
    },
    check(ctx) {
        return runUnits(ctx).flatMap((u) => {
            const bad = u.commands.find(distUpgrade);
            return bad ? [helpers_b_atCommand(ctx, DL3035.meta, bad, 'Do not use `zypper dist-upgrade`.')] : [];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3036.ts

const DL3036_installs = (c) => cmdHasArgs(c, ['zypper'], ['install', 'in']);
const DL3036_cleans = (c) => cmdHasArgs(c, ['zypper'], ['clean', 'cc']);
/** DL3036: zypper caches stay in the layer unless the same RUN cleans them (https://github.com/hadolint/hadolint/wiki/DL3036). */
const DL3036 = {
    meta: {
        id: 'DL3036',
        title: '`zypper clean` missing after zypper use',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3036', 'trivy:DS-0020'],
    },
    check(ctx) {
        return runUnits(ctx)
            .filter((u) => !hasCacheOrTmpfsMountWith(u.instr, '/var/cache/zypp') &&
            !cleanedAfterInstall(u.commands, DL3036_installs, DL3036_cleans))
            .map((u) => helpers_b_atCommand(ctx, DL3036.meta, u.commands.find(DL3036_installs), '`zypper clean` missing after zypper use.'));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3037.ts

const DL3037_installs = (c) => cmdHasArgs(c, ['zypper'], ['install', 'in']);
const pinnedWord = (p) => /[=<>]/.test(p) || p.endsWith('.rpm');
function DL3037_pinned(arg, instr) {
    const words = expandedWords(arg, instr);
    return words ? words.every(pinnedWord) : pinnedWord(arg.text);
}
function DL3037_unpinned(c, instr) {
    if (!DL3037_installs(c))
        return false;
    return helpers_b_argsNoFlags(c).some((a) => a.text !== 'install' && a.text !== 'in' && !DL3037_pinned(a, instr));
}
/** DL3037: unpinned zypper packages make builds unrepeatable (https://github.com/hadolint/hadolint/wiki/DL3037). */
const DL3037 = {
    meta: {
        id: 'DL3037',
        title: 'Specify version with `zypper install -y <package>=<version>`',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3037'],
    },
    check(ctx) {
        return runUnits(ctx).flatMap((u) => {
            const bad = u.commands.find((c) => DL3037_unpinned(c, u.instr));
            return bad
                ? [helpers_b_atCommand(ctx, DL3037.meta, bad, 'Specify version with `zypper install -y <package>=<version>`.')]
                : [];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3038.ts

const INSTALLS = ['install', 'groupinstall', 'localinstall'];
const DL3038_forgotYes = (c) => cmdHasArgs(c, ['dnf', 'microdnf'], INSTALLS) && !hasAnyFlag(c, ['y', 'assumeyes']);
/** DL3038: dnf stops to ask without `-y` (https://github.com/hadolint/hadolint/wiki/DL3038). */
const DL3038 = {
    meta: {
        id: 'DL3038',
        title: 'Use the -y switch to avoid manual input `dnf install -y <package>`',
        severity: 'warning',
        gate: 'lint',
        fixable: true,
        equivalents: ['hadolint:DL3038'],
    },
    check(ctx) {
        return runUnits(ctx).flatMap((u) => {
            const bad = u.commands.find(DL3038_forgotYes);
            if (!bad)
                return [];
            const fix = insertAfter(ctx, u.instr, bad, INSTALLS, ' -y', 'add -y');
            const message = 'Use the -y switch to avoid manual input `dnf install -y <package>`';
            return [ctx.finding(DL3038.meta, bad, message, { fix })];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3040.ts

const DL3040_INSTALLS = ['install', 'in', 'upgrade', 'up', 'upgrade-minimal', 'up-min', 'reinstall', 'rei'];
const DL3040_installs = (name) => (c) => cmdHasArgs(c, [name], DL3040_INSTALLS);
const DL3040_cleans = (name) => (c) => cmdHasArgs(c, [name], ['clean', 'all']) || cmdHasArgs(c, ['rm'], ['-rf', '/var/cache/libdnf5*']);
/** DL3040: dnf caches stay in the layer unless the same RUN cleans them (https://github.com/hadolint/hadolint/wiki/DL3040). */
const DL3040 = {
    meta: {
        id: 'DL3040',
        title: '`dnf clean all` missing after dnf command',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3040', 'trivy:DS-0019', 'trivy:DS-0027'],
    },
    check(ctx) {
        return runUnits(ctx).flatMap((u) => {
            if (hasCacheOrTmpfsMountWith(u.instr, '/var/cache/libdnf5') ||
                hasCacheOrTmpfsMountWith(u.instr, '.cache/libdnf5'))
                return [];
            const name = ['dnf', 'microdnf'].find((n) => !cleanedAfterInstall(u.commands, DL3040_installs(n), DL3040_cleans(n)));
            if (!name)
                return [];
            const cmd = u.commands.find(DL3040_installs(name));
            return [helpers_b_atCommand(ctx, DL3040.meta, cmd, '`dnf clean all` missing after dnf command.')];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3041.ts


const DNF = ['dnf', 'microdnf'];
function DL3041_unpinned(c, instr) {
    if (!cmdHasArgs(c, DNF, ['install']))
        return undefined;
    const module = cmdHasArgs(c, DNF, ['module']);
    if (!module && cmdHasArgs(c, DNF, ['group']))
        return undefined;
    const pkgs = helpers_b_argsNoFlags(c).filter((a) => a.text !== 'install' && a.text !== 'module');
    return pkgs.find((a) => !rpmPinned(a, instr, module));
}
/** DL3041: unpinned dnf packages make builds unrepeatable (https://github.com/hadolint/hadolint/wiki/DL3041). */
const DL3041 = {
    meta: {
        id: 'DL3041',
        title: 'Specify version with `dnf install -y <package>-<version>`',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3041'],
    },
    check(ctx) {
        return runUnits(ctx).flatMap((u) => {
            const bad = u.commands.find((c) => DL3041_unpinned(c, u.instr));
            return bad
                ? [helpers_b_atCommand(ctx, DL3041.meta, bad, 'Specify version with `dnf install -y <package>-<version>`.')]
                : [];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3042.ts

const TRUTHY = new Set(['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']);
function argTexts(c) {
    return c.args.map((a) => a.text);
}
function hasSequence(list, seq) {
    for (let i = 0; i + seq.length <= list.length; i++)
        if (seq.every((s, j) => list[i + j] === s))
            return true;
    return false;
}
/** hadolint's `isPipInstall`: `pip* install` (not pipenv) or `python* -m pip install`. */
function DL3042_isPipInstall(c) {
    if (c.name.startsWith('pip') && !c.name.startsWith('pipenv'))
        return c.args.some((a) => a.text === 'install');
    return c.name.startsWith('python') && hasSequence(argTexts(c), ['-m', 'pip', 'install']);
}
const WRAPPERS = ['pipx', 'pipenv'];
function isWrapper(c) {
    return WRAPPERS.some((w) => c.name.includes(w) || (c.name.startsWith('python') && hasSequence(argTexts(c), ['-m', w])));
}
const forgot = (c) => DL3042_isPipInstall(c) && !c.args.some((a) => a.text === '--no-cache-dir') && !isWrapper(c);
/** Stage keys (alias or image) whose ENV set a truthy PIP_NO_CACHE_DIR, inherited by `FROM <stage>`. */
function noCacheStages(ctx) {
    const set = new Map();
    const ok = new Set();
    let current = '';
    for (const instr of ctx.instructions) {
        if (instr.keyword === 'FROM') {
            const stage = ctx.stages[instr.stage];
            const parent = set.get(stage.image.toLowerCase()) ?? false;
            current = stageKey(stage);
            set.set(current, parent);
            continue;
        }
        if (instr.keyword === 'ENV') {
            const kv = pairs(instr).find((p) => p.key === 'PIP_NO_CACHE_DIR');
            if (kv && kv.value !== undefined && TRUTHY.has(kv.value))
                set.set(current, true);
        }
        if (set.get(current))
            ok.add(instr);
    }
    return ok;
}
function inlineNoCache(instr) {
    const at = instr.args.text.indexOf('PIP_NO_CACHE_DIR=');
    if (at < 0)
        return false;
    const rest = instr.args.text.slice(at + 'PIP_NO_CACHE_DIR='.length).replace(/^["']/, '');
    return [...TRUTHY].some((t) => rest.startsWith(t));
}
/** DL3042: pip's download cache bloats the layer (https://github.com/hadolint/hadolint/wiki/DL3042). */
const DL3042 = {
    meta: {
        id: 'DL3042',
        title: 'Avoid use of cache directory with pip',
        severity: 'warning',
        fixable: true,
        gate: 'lint',
        equivalents: ['hadolint:DL3042'],
    },
    check(ctx) {
        const envOk = noCacheStages(ctx);
        return runUnits(ctx).flatMap((u) => {
            const owner = u.instr.onbuild ?? u.instr;
            if (envOk.has(owner) || inlineNoCache(u.instr) || hasCacheOrTmpfsMountWith(u.instr, '.cache/pip'))
                return [];
            const bad = u.commands.find(forgot);
            if (!bad)
                return [];
            const fix = insertAfter(ctx, u.instr, bad, ['install'], ' --no-cache-dir', 'add --no-cache-dir');
            const message = 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`';
            return [ctx.finding(DL3042.meta, bad, message, { fix })];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3043.ts
/** DL3043: ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER (https://docs.docker.com/reference/dockerfile/#onbuild). */
const DL3043 = {
    meta: {
        id: 'DL3043',
        title: '`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction',
        severity: 'error',
        gate: 'lint',
        equivalents: ['hadolint:DL3043'],
    },
    check(ctx) {
        return ctx.instructions
            .filter((i) => i.trigger && ['ONBUILD', 'FROM', 'MAINTAINER'].includes(i.trigger.keyword))
            .map((i) => ctx.finding(DL3043.meta, { start: i.trigger.start, end: i.trigger.keywordEnd }, '`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.'));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3044.ts

/** True when `text` references `$name` or `${name}` (not `$nameMore`). */
function references(text, name) {
    if (text.includes('${' + name + '}'))
        return true;
    const bare = '$' + name;
    let at = text.indexOf(bare);
    while (at >= 0) {
        if (!/[A-Za-z0-9_]/.test(text[at + bare.length] ?? ''))
            return true;
        at = text.indexOf(bare, at + 1);
    }
    return false;
}
/**
 * DL3044: `ENV A=1 B=$A` expands `$A` before this ENV sets it
 * (https://docs.docker.com/reference/dockerfile/#environment-replacement).
 */
const DL3044 = {
    meta: {
        id: 'DL3044',
        title: 'Do not refer to an environment variable within the same `ENV` statement where it is defined',
        severity: 'error',
        gate: 'lint',
        equivalents: ['hadolint:DL3044'],
    },
    check(ctx) {
        const known = new Set();
        const out = [];
        for (const instr of ctx.instructions) {
            if (instr.keyword === 'ARG')
                for (const kv of pairs(instr))
                    known.add(kv.key);
            if (instr.keyword !== 'ENV')
                continue;
            const kvs = pairs(instr);
            const bad = kvs.find((kv, i) => !known.has(kv.key) && kvs.some((other, j) => j !== i && references(other.value ?? '', kv.key)));
            if (bad) {
                const user = kvs.find((other) => other !== bad && references(other.value ?? '', bad.key));
                out.push(ctx.finding(DL3044.meta, user, 'Do not refer to an environment variable within the same `ENV` statement where it is defined.'));
            }
            for (const kv of kvs)
                known.add(kv.key);
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3045.ts

function absolute(dest) {
    return dest.startsWith('/') || /^[A-Za-z]:/.test(dest) || dest.startsWith('$');
}
/** DL3045: a relative COPY destination depends on the base image's WORKDIR (https://github.com/hadolint/hadolint/wiki/DL3045). */
const DL3045 = {
    meta: {
        id: 'DL3045',
        title: '`COPY` to a relative destination without `WORKDIR` set',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3045', 'buildkit:WorkdirRelativePath'],
    },
    check(ctx) {
        const workdirSet = new Map();
        let current = '';
        const out = [];
        for (const instr of ctx.instructions) {
            if (instr.keyword === 'FROM') {
                const stage = ctx.stages[instr.stage];
                const inherited = workdirSet.get(stage.image.toLowerCase()) ?? false;
                current = stageKey(stage);
                workdirSet.set(current, inherited);
            }
            else if (instr.keyword === 'WORKDIR') {
                workdirSet.set(current, true);
            }
            else if (instr.keyword === 'COPY' && !workdirSet.get(current)) {
                const dest = copyPaths(instr).dest;
                if (dest && !absolute(helpers_b_dropQuotes(dest.text)))
                    out.push(ctx.finding(DL3045.meta, dest, '`COPY` to a relative destination without `WORKDIR` set.'));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3046.ts

/** The UIDs given with `-u N`, `-lu N`, `-uN`, `--uid N` or `--uid=N`. */
function uids(c) {
    const out = [];
    c.args.forEach((a, i) => {
        const t = a.text;
        const next = c.args[i + 1];
        if ((t === '--uid' || /^-[A-Za-z]*u$/.test(t)) && next)
            out.push(next);
        else if (t.startsWith('--uid='))
            out.push({ ...a, text: t.slice(6) });
        else if (/^-u\d/.test(t))
            out.push({ ...a, text: t.slice(2) });
    });
    return out;
}
/** A UID longer than five digits; a variable counts only when its value is known. */
function isLong(uid, instr) {
    if (!uid.dynamic)
        return uid.text.length > 5;
    const words = expandedWords(uid, instr);
    return words !== undefined && words.join('').length > 5;
}
const DL3046_forgot = (c, instr) => c.name === 'useradd' && !hasAnyFlag(c, ['l', 'no-log-init']) && uids(c).some((u) => isLong(u, instr));
/**
 * DL3046: without `-l`, useradd writes a sparse /var/log/faillog sized by the UID, which a layer
 * stores in full (https://github.com/moby/moby/issues/5419).
 */
const DL3046 = {
    meta: {
        id: 'DL3046',
        title: '`useradd` without flag `-l` and high UID will result in excessively large Image',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3046'],
    },
    check(ctx) {
        return runUnits(ctx).flatMap((u) => {
            const bad = u.commands.find((c) => DL3046_forgot(c, u.instr));
            return bad
                ? [
                    helpers_b_atCommand(ctx, DL3046.meta, bad, '`useradd` without flag `-l` and high UID will result in excessively large Image.'),
                ]
                : [];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3047.ts

const QUIET = ['progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose'];
const DL3047_forgot = (c) => c.name === 'wget' && !hasAnyFlag(c, QUIET) && !c.args.some((a) => a.text === '-nv');
/** DL3047: wget's default progress bar floods build logs (https://github.com/hadolint/hadolint/wiki/DL3047). */
const DL3047 = {
    meta: {
        id: 'DL3047',
        title: 'Avoid use of wget without progress bar',
        severity: 'info',
        gate: 'lint',
        fixable: true,
        equivalents: ['hadolint:DL3047'],
    },
    check(ctx) {
        return runUnits(ctx).flatMap((u) => {
            const bad = u.commands.find(DL3047_forgot);
            if (!bad)
                return [];
            const fix = insertAfter(ctx, u.instr, bad, [], ' --progress=dot:giga', 'add --progress=dot:giga');
            const message = 'Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).';
            return [ctx.finding(DL3047.meta, bad, message, { fix })];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/labels-b.ts


/** Every label pair of every top-level LABEL, in file order. */
function labelPairs(ctx) {
    return ctx.instructions
        .filter((i) => i.keyword === 'LABEL')
        .flatMap((instr) => pairs(instr).map((kv) => ({ ...kv, instr, value: kv.value ?? '' })));
}
/** Schema labels of one type (`label-schema` in `.hadolint.yaml`). */
function schemaLabels(ctx, type) {
    return new Set(Object.entries(ctx.settings.labelSchema)
        .filter(([, t]) => t === type)
        .map(([k]) => k));
}
const labels_b_require = (0,external_node_module_.createRequire)(import.meta.url);
let spdx;
/** SPDX license identifiers, current and deprecated (https://spdx.org/licenses/). */
function isSpdxId(value) {
    spdx ??= new Set([
        ...labels_b_require('spdx-license-ids/index.json'),
        ...labels_b_require('spdx-license-ids/deprecated.json'),
    ]);
    return spdx.has(value);
}
/** RFC 3986 absolute URI: a scheme, then URI characters, at most one fragment. */
function isUri(value) {
    const m = /^[A-Za-z][A-Za-z0-9+.-]*:(.*)$/.exec(value);
    if (!m)
        return false;
    const [rest, ...fragments] = m[1].split('#');
    if (fragments.length > 1)
        return false;
    const chars = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?[\]]|%[0-9A-Fa-f]{2})*$/;
    return chars.test(rest) && chars.test(fragments[0] ?? '');
}
/** RFC 3339 date-time (`2024-01-31T12:00:00Z`, fractional seconds and offsets allowed). */
function isRfc3339(value) {
    const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/.exec(value);
    if (!m)
        return false;
    const [month, day, hour, minute, second] = [m[2], m[3], m[4], m[5], m[6]].map(Number);
    const offH = m[9] === undefined ? 0 : Number(m[9]);
    const offM = m[10] === undefined ? 0 : Number(m[10]);
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= 31 &&
        hour <= 23 &&
        minute <= 59 &&
        second <= 60 &&
        offH <= 23 &&
        offM <= 59);
}
/** Semantic Versioning 2.0.0 (https://semver.org/#is-there-a-suggested-regular-expression-regex-to-check-a-semver-string). */
function isSemver(value) {
    return /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/.test(value);
}
/** A short (7) or full (40) lower-case hex git commit hash. */
function isGitHash(value) {
    return /^[0-9a-f]+$/.test(value) && (value.length === 7 || value.length === 40);
}
/** RFC 5322 addr-spec: dot-atom or quoted local part, dot-atom or literal domain. */
function isEmail(value) {
    const atom = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    const dotAtom = `${atom}(?:\\.${atom})*`;
    const quoted = '"(?:[^"\\\\\\r\\n]|\\\\.)*"';
    const literal = '\\[[^\\[\\]\\\\\\s]*\\]';
    return new RegExp(`^(?:${dotAtom}|${quoted})@(?:${dotAtom}|${literal})$`).test(value);
}

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3048.ts

/** Docker's label key format (https://docs.docker.com/engine/manage-resources/labels/#key-format-recommendations). */
function validLabelKey(key) {
    return (/^[a-z]/.test(key) &&
        /[a-z0-9]$/.test(key) &&
        /^[0-9a-z._/-]+$/.test(key) &&
        !/^(com\.docker\.|io\.docker\.|org\.dockerproject\.)/.test(key) &&
        !key.includes('..') &&
        !key.includes('--'));
}
/** DL3048: label keys should be lower-case reverse-DNS and avoid Docker's reserved namespaces. */
const DL3048 = {
    meta: {
        id: 'DL3048',
        title: 'Invalid label key',
        severity: 'style',
        gate: 'lint',
        equivalents: ['hadolint:DL3048'],
    },
    check(ctx) {
        const seen = new Set();
        return labelPairs(ctx)
            .filter((p) => !validLabelKey(p.key) && !seen.has(p.instr) && seen.add(p.instr))
            .map((p) => ctx.finding(DL3048.meta, p, 'Invalid label key.'));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3049.ts

/**
 * DL3049: a label the `label-schema` requires is missing from a stage. A stage built `FROM` a
 * labelled stage inherits its labels; a stage used only by `COPY --from` is not reported.
 */
const DL3049 = {
    meta: {
        id: 'DL3049',
        title: 'Label is missing',
        severity: 'info',
        gate: 'lint',
        equivalents: ['hadolint:DL3049'],
    },
    check(ctx) {
        const out = [];
        for (const label of Object.keys(ctx.settings.labelSchema)) {
            const good = new Set();
            const bad = new Set();
            for (const stage of ctx.stages) {
                const base = stage.image.toLowerCase();
                const inherits = [...good].some((g) => ctx.stages[g].alias === base);
                (inherits ? good : bad).add(stage.index);
                for (const instr of stage.instructions) {
                    if (instr.keyword === 'LABEL' && pairs(instr).some((kv) => kv.key === label)) {
                        good.add(stage.index);
                        bad.delete(stage.index);
                    }
                    const from = instr.keyword === 'COPY' ? flagValueOf(instr, 'from')?.toLowerCase() : undefined;
                    if (from)
                        for (const b of [...bad])
                            if (ctx.stages[b].alias === from)
                                bad.delete(b);
                }
            }
            for (const b of bad) {
                const from = ctx.stages[b].from;
                out.push(ctx.finding(DL3049.meta, { start: from.start, end: from.end }, `Label \`${label}\` is missing.`));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3050.ts

/** DL3050: with `strict-labels`, only labels in the `label-schema` are allowed. */
const DL3050 = {
    meta: {
        id: 'DL3050',
        title: 'Superfluous label(s) present',
        severity: 'info',
        gate: 'lint',
        equivalents: ['hadolint:DL3050'],
    },
    check(ctx) {
        if (!ctx.settings.strictLabels)
            return [];
        const seen = new Set();
        return labelPairs(ctx)
            .filter((p) => !(p.key in ctx.settings.labelSchema) && !seen.has(p.instr) && seen.add(p.instr))
            .map((p) => ctx.finding(DL3050.meta, p, 'Superfluous label(s) present.'));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3051.ts

/** DL3051: a label the `label-schema` names has an empty value. */
const DL3051 = {
    meta: {
        id: 'DL3051',
        title: 'Label is empty',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3051'],
    },
    check(ctx) {
        return labelPairs(ctx)
            .filter((p) => p.key in ctx.settings.labelSchema && p.value === '')
            .map((p) => ctx.finding(DL3051.meta, p, `label \`${p.key}\` is empty.`));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3052.ts

/** DL3052: a `url` label of the `label-schema` must hold a valid value (RFC 3986). */
const DL3052 = {
    meta: {
        id: 'DL3052',
        title: 'Label is not a valid URL',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3052'],
    },
    check(ctx) {
        const names = schemaLabels(ctx, 'url');
        return labelPairs(ctx)
            .filter((p) => names.has(p.key) && !isUri(p.value))
            .map((p) => ctx.finding(DL3052.meta, p, `Label \`${p.key}\` is not a valid URL.`));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3053.ts

/** DL3053: a `rfc3339` label of the `label-schema` must hold a valid value (RFC 3339). */
const DL3053 = {
    meta: {
        id: 'DL3053',
        title: 'Label is not a valid time format',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3053'],
    },
    check(ctx) {
        const names = schemaLabels(ctx, 'rfc3339');
        return labelPairs(ctx)
            .filter((p) => names.has(p.key) && !isRfc3339(p.value))
            .map((p) => ctx.finding(DL3053.meta, p, `Label \`${p.key}\` is not a valid time format - must conform to RFC3339.`));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3054.ts

/** DL3054: a `spdx` label of the `label-schema` must hold a valid value (an SPDX license identifier). */
const DL3054 = {
    meta: {
        id: 'DL3054',
        title: 'Label is not a valid SPDX identifier',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3054'],
    },
    check(ctx) {
        const names = schemaLabels(ctx, 'spdx');
        return labelPairs(ctx)
            .filter((p) => names.has(p.key) && !isSpdxId(p.value))
            .map((p) => ctx.finding(DL3054.meta, p, `Label \`${p.key}\` is not a valid SPDX identifier.`));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3055.ts

/** DL3055: a `hash` label of the `label-schema` must hold a valid value (a 7 or 40 character git hash). */
const DL3055 = {
    meta: {
        id: 'DL3055',
        title: 'Label is not a valid git hash',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3055'],
    },
    check(ctx) {
        const names = schemaLabels(ctx, 'hash');
        return labelPairs(ctx)
            .filter((p) => names.has(p.key) && !isGitHash(p.value))
            .map((p) => ctx.finding(DL3055.meta, p, `Label \`${p.key}\` is not a valid git hash.`));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3056.ts

/** DL3056: a `semver` label of the `label-schema` must hold a valid value (Semantic Versioning 2.0.0). */
const DL3056 = {
    meta: {
        id: 'DL3056',
        title: 'Label does not conform to semantic versioning',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3056'],
    },
    check(ctx) {
        const names = schemaLabels(ctx, 'semver');
        return labelPairs(ctx)
            .filter((p) => names.has(p.key) && !isSemver(p.value))
            .map((p) => ctx.finding(DL3056.meta, p, `Label \`${p.key}\` does not conform to semantic versioning.`));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3057.ts
/**
 * DL3057: a stage has no HEALTHCHECK. Off by default, as in hadolint. A stage counts as checked
 * when it or a stage it is built `FROM` (or that is built from it) has one.
 */
const DL3057 = {
    meta: {
        id: 'DL3057',
        title: '`HEALTHCHECK` instruction missing',
        severity: 'info',
        gate: 'lint',
        disabledByDefault: true,
        equivalents: ['hadolint:DL3057', 'trivy:DS-0026', 'checkov:CKV_DOCKER_2'],
    },
    check(ctx) {
        const name = (s) => s.alias ?? s.image.toLowerCase();
        const src = (s) => s.image.toLowerCase();
        const good = new Set();
        let bad = new Set();
        const parentsOf = (s, pool) => {
            const direct = [...pool].filter((b) => name(b) === src(s));
            const rest = new Set([...pool].filter((b) => !direct.includes(b)));
            return new Set([...direct, ...direct.flatMap((d) => [...parentsOf(d, rest)])]);
        };
        for (const stage of ctx.stages) {
            if ([...good].some((g) => name(g) === src(stage)))
                good.add(stage);
            else
                bad.add(stage);
            if (!stage.instructions.some((i) => i.keyword === 'HEALTHCHECK'))
                continue;
            const nowGood = parentsOf(stage, bad);
            for (const g of [...nowGood, stage])
                good.add(g);
            bad = new Set([...bad].filter((b) => !nowGood.has(b) && b !== stage));
        }
        return [...bad].map((s) => ctx.finding(DL3057.meta, { start: s.from.start, end: s.from.end }, '`HEALTHCHECK` instruction missing.'));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3058.ts

/** DL3058: a `email` label of the `label-schema` must hold a valid value (RFC 5322). */
const DL3058 = {
    meta: {
        id: 'DL3058',
        title: 'Label is not a valid email format',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3058'],
    },
    check(ctx) {
        const names = schemaLabels(ctx, 'email');
        return labelPairs(ctx)
            .filter((p) => names.has(p.key) && !isEmail(p.value))
            .map((p) => ctx.finding(DL3058.meta, p, `Label \`${p.key}\` is not a valid email format - must conform to RFC5322.`));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3059.ts

/** The RUN flags that make two RUNs impossible to merge when they differ. */
function flagKey(instr) {
    return instr.flags
        .filter((f) => ['mount', 'network', 'security'].includes(f.name))
        .map((f) => `${f.name}=${f.value ?? ''}`)
        .sort()
        .join('\n');
}
/**
 * DL3059: consecutive one-command RUNs each add a layer (hadolint counts each command twice and
 * compares with 2, so a RUN of two commands starts over). RUNs with different
 * `--mount`/`--network`/`--security` flags, or with heredoc scripts, are left alone.
 */
const DL3059 = {
    meta: {
        id: 'DL3059',
        title: 'Multiple consecutive `RUN` instructions',
        severity: 'info',
        gate: 'lint',
        equivalents: ['hadolint:DL3059'],
    },
    check(ctx) {
        const counts = new Map(topRunUnits(ctx).map((u) => [u.instr, u.commands.length]));
        const out = [];
        let prev;
        for (const instr of ctx.instructions) {
            if (instr.keyword !== 'RUN' || instr.heredocs.length > 0) {
                prev = undefined;
                continue;
            }
            const n = counts.get(instr) ?? 0;
            if (prev && flagKey(prev) === flagKey(instr) && n <= 1 && (counts.get(prev) ?? 0) <= 1)
                out.push(ctx.finding(DL3059.meta, { start: instr.start, end: instr.end }, 'Multiple consecutive `RUN` instructions. Consider consolidation.'));
            prev = instr;
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3060.ts

const DL3060_installs = (c) => cmdHasArgs(c, ['yarn'], ['install']);
const DL3060_cleans = (c) => cmdHasArgs(c, ['yarn'], ['cache', 'clean']);
/**
 * DL3060: yarn's cache stays in the layer unless the same RUN cleans it after installing. Like
 * hadolint, only the final stage and stages used as a base are reported.
 */
const DL3060 = {
    meta: {
        id: 'DL3060',
        title: '`yarn cache clean` missing after `yarn install` was run',
        severity: 'info',
        gate: 'lint',
        equivalents: ['hadolint:DL3060'],
    },
    check(ctx) {
        const bases = new Set(ctx.stages.map((s) => s.image.toLowerCase()));
        const last = ctx.stages.length - 1;
        return runUnits(ctx).flatMap((u) => {
            const install = firstIndex(u.commands, DL3060_installs);
            if (install < 0)
                return [];
            const clean = firstIndex(u.commands, DL3060_cleans);
            const missing = clean < 0 && !hasCacheOrTmpfsMountWith(u.instr, '.cache/yarn');
            if (!missing && !(clean >= 0 && clean < install))
                return [];
            if (!u.instr.onbuild) {
                const stage = ctx.stages[u.instr.stage];
                if (u.instr.stage !== last && !(stage?.alias && bases.has(stage.alias)))
                    return [];
            }
            return [
                helpers_b_atCommand(ctx, DL3060.meta, u.commands[install], '`yarn cache clean` missing after `yarn install` was run.'),
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3061.ts
/** DL3061: only ARG, comments and parser directives may come before the first FROM. */
const DL3061 = {
    meta: {
        id: 'DL3061',
        title: 'Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment',
        severity: 'error',
        gate: 'lint',
        equivalents: ['hadolint:DL3061'],
    },
    check(ctx) {
        const firstFrom = ctx.instructions.findIndex((i) => i.keyword === 'FROM');
        const before = firstFrom < 0 ? ctx.instructions : ctx.instructions.slice(0, firstFrom);
        return before
            .filter((i) => i.keyword !== 'ARG')
            .map((i) => ctx.finding(DL3061.meta, { start: i.start, end: i.keywordEnd }, 'Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.'));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3062.ts

/** The package of `go run` (the word after `run`), or the packages of `go install` / `go get`. */
function DL3062_packages(commands) {
    const runs = commands
        .filter((c) => cmdHasArgs(c, ['go'], ['run']))
        .flatMap((cmd) => helpers_b_argsNoFlags(cmd)
        .slice(0, 2)
        .filter((a) => a.text !== 'run')
        .map((pkg) => ({ cmd, pkg })));
    if (runs.length > 0)
        return runs;
    return commands
        .filter((c) => cmdHasArgs(c, ['go'], ['install', 'get']))
        .flatMap((cmd) => helpers_b_argsNoFlags(cmd)
        .filter((a) => !['install', 'get', 'tool'].includes(a.text))
        .map((pkg) => ({ cmd, pkg })));
}
function DL3062_pinned(pkg) {
    if (pkg === '.' || pkg.startsWith('/') || pkg.startsWith('.'))
        return true;
    return pkg.includes('@') && !pkg.endsWith('@latest') && !pkg.endsWith('@none');
}
/** DL3062: `go install pkg` without `@version` builds whatever the module's default branch holds. */
const DL3062 = {
    meta: {
        id: 'DL3062',
        title: 'Pin versions in go',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3062', 'scorecard:Pinned-Dependencies'],
    },
    check(ctx) {
        return runUnits(ctx).flatMap((u) => {
            const bad = DL3062_packages(u.commands).find((p) => !DL3062_pinned(p.pkg.text));
            return bad
                ? [
                    helpers_b_atCommand(ctx, DL3062.meta, bad.cmd, 'Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`'),
                ]
                : [];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3063.ts
/** DL3063: `scratch` and `context` have fixed meanings for BuildKit and cannot name a stage. */
const DL3063 = {
    meta: {
        id: 'DL3063',
        title: 'Stage name should not be a reserved word',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3063', 'buildkit:ReservedStageName'],
    },
    check(ctx) {
        return ctx.stages
            .filter((s) => s.aliasWord && ['scratch', 'context'].includes(s.alias ?? ''))
            .map((s) => ctx.finding(DL3063.meta, s.aliasWord, 'stage name should not be a reserved word'));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/secret-names.ts
/**
 * Names of variables that usually hold credentials. The substrings follow hadolint's DL3064
 * documentation; the exact names are credentials whose names hold none of the substrings.
 */
const SECRET_SUBSTRINGS = [
    'api_key',
    'client_key',
    'password',
    'private',
    'secret',
    'token',
    'username',
];
const SECRET_NAMES = new Set([
    'AWS_ACCESS_KEY_ID',
    'APPLICATION_KEY',
    'APP_KEY',
    'AZURE_CLIENT_ID',
    'CI_DEPLOY_USER',
    'DOCKER_EMAIL',
    'HEROKU_API_USER',
    'OKTA_OAUTH2_CLIENTID',
    'OKTA_CLIENT_ORGURL',
]);
/** True when a variable name looks like it holds a credential. */
function isSecretName(name) {
    const lower = name.toLowerCase();
    return SECRET_NAMES.has(name.toUpperCase()) || SECRET_SUBSTRINGS.some((s) => lower.includes(s));
}

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3064.ts


/**
 * DL3064: ARG and ENV values stay in the image config and history
 * (https://docs.docker.com/build/building/secrets/); use `RUN --mount=type=secret` instead.
 */
const DL3064 = {
    meta: {
        id: 'DL3064',
        title: 'Potentially sensitive data should not be used in the `ARG` or `ENV` commands',
        severity: 'warning',
        gate: 'lint',
        security: true,
        equivalents: ['hadolint:DL3064', 'buildkit:SecretsUsedInArgOrEnv', 'trivy:DS-0031'],
    },
    check(ctx) {
        return ctx.withTriggers
            .filter((i) => i.keyword === 'ARG' || i.keyword === 'ENV')
            .flatMap((i) => {
            const bad = pairs(i).find((kv) => isSecretName(kv.key));
            return bad
                ? [
                    ctx.finding(DL3064.meta, bad, 'Potentially sensitive data should not be used in the `ARG` or `ENV` commands'),
                ]
                : [];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3065.ts
/** DL3065: `FROM --platform=$TARGETPLATFORM` repeats BuildKit's default. */
const DL3065 = {
    meta: {
        id: 'DL3065',
        title: 'Setting `FROM --platform` to predefined `$TARGETPLATFORM` is redundant',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3065', 'buildkit:RedundantTargetPlatform'],
    },
    check(ctx) {
        return ctx.stages
            .filter((s) => s.platform && ['$TARGETPLATFORM', '$' + '{TARGETPLATFORM}'].includes(s.platform.value ?? ''))
            .map((s) => ctx.finding(DL3065.meta, { start: s.platform.end - `--platform=${s.platform.value}`.length, end: s.platform.end }, 'Setting `FROM --platform` to predefined `$TARGETPLATFORM` in is redundant as this is the default behavior'));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3066.ts


/** Windows stages name users (`ContainerAdministrator`); there is no numeric UID to give. */
function windows(ctx, instr) {
    const image = ctx.stages[instr.stage]?.image ?? '';
    return isNonPosix(instr.shell) || /windows|nanoserver|servercore/i.test(image);
}
/**
 * DL3066: a user name resolves through the image's /etc/passwd, which the host and runtimes
 * such as Kubernetes `runAsNonRoot` cannot check; a numeric UID can be. Windows stages are skipped.
 */
const DL3066 = {
    meta: {
        id: 'DL3066',
        title: 'Non-numeric user-id may not be resolvable by host system',
        severity: 'info',
        gate: 'lint',
        equivalents: ['hadolint:DL3066'],
    },
    check(ctx) {
        return ctx.instructions
            .filter((i) => i.keyword === 'USER' && !windows(ctx, i))
            .flatMap((i) => {
            const w = words(i.args)[0];
            if (!w)
                return [];
            const uid = w.text.split(':')[0];
            if (/^\d*$/.test(uid))
                return [];
            const vars = [...uid.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
            if (vars.some((v) => i.scope.has(v) || ctx.dockerfile.globalArgs.has(v)))
                return [];
            return [
                ctx.finding(DL3066.meta, { start: w.start, end: w.start + uid.length }, 'Non-numeric user-id may not be resolvable by host system'),
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL3067.ts

/** DL3067: `COPY --from=stage / /` copies a whole root filesystem over the new stage. */
const DL3067 = {
    meta: {
        id: 'DL3067',
        title: 'Do not copy an entire filesystem from another stage',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL3067'],
    },
    check(ctx) {
        return ctx.instructions
            .filter((i) => i.keyword === 'COPY' && flagValueOf(i, 'from') !== undefined)
            .filter((i) => {
            const { sources, dest } = copyPaths(i);
            return dest && helpers_b_dropQuotes(dest.text) === '/' && sources.some((s) => helpers_b_dropQuotes(s.text) === '/');
        })
            .map((i) => ctx.finding(DL3067.meta, { start: i.start, end: i.end }, 'Do not copy an entire filesystem from another stage'));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL4000.ts
/**
 * DL4000: MAINTAINER is deprecated; `LABEL maintainer=…` replaces it
 * (https://docs.docker.com/reference/dockerfile/#maintainer-deprecated).
 */
const DL4000 = {
    meta: {
        id: 'DL4000',
        title: 'MAINTAINER is deprecated',
        severity: 'error',
        gate: 'lint',
        fixable: true,
        equivalents: [
            'hadolint:DL4000',
            'trivy:DS-0022',
            'checkov:CKV_DOCKER_6',
            'buildkit:MaintainerDeprecated',
        ],
    },
    check(ctx) {
        return ctx.instructions
            .filter((i) => i.keyword === 'MAINTAINER')
            .map((i) => {
            const value = i.args.text.trim();
            const single = !ctx.dockerfile.text.slice(i.start, i.end).includes('\n') && value !== '';
            const quoted = `"${value.replace(/["\\$]/g, (c) => `\\${c}`)}"`;
            const label = i.keywordText === i.keywordText.toLowerCase() ? 'label' : 'LABEL';
            const fix = single
                ? ctx.fix('use LABEL maintainer', [
                    { start: i.start, end: i.end, newText: `${label} maintainer=${quoted}` },
                ])
                : undefined;
            return ctx.finding(DL4000.meta, { start: i.start, end: i.end }, 'MAINTAINER is deprecated', { fix });
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL4001.ts

/**
 * DL4001: two download tools in one stage add weight for no gain. The set of tools resets at
 * each FROM; ONBUILD triggers are tracked on their own, as hadolint does.
 */
const DL4001 = {
    meta: {
        id: 'DL4001',
        title: 'Either use Wget or Curl but not both',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL4001', 'trivy:DS-0014'],
    },
    check(ctx) {
        const out = [];
        const seen = { top: new Set(), onbuild: new Set() };
        let stage = -2;
        for (const u of runUnits(ctx)) {
            if (!u.instr.onbuild && u.instr.stage !== stage) {
                stage = u.instr.stage;
                seen.top.clear();
            }
            const set = u.instr.onbuild ? seen.onbuild : seen.top;
            const tools = u.commands.filter((c) => c.name === 'curl' || c.name === 'wget');
            for (const c of tools)
                set.add(c.name);
            if (tools.length > 0 && set.size >= 2)
                out.push(helpers_b_atCommand(ctx, DL4001.meta, tools[0], 'Either use Wget or Curl but not both'));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL4003.ts
/** DL4003: only the last CMD of a stage takes effect, so earlier ones mislead readers. */
const DL4003 = {
    meta: {
        id: 'DL4003',
        title: 'Multiple `CMD` instructions found',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL4003', 'trivy:DS-0016', 'buildkit:MultipleInstructionsDisallowed'],
    },
    check(ctx) {
        const out = [];
        let seen = false;
        for (const i of ctx.instructions) {
            if (i.keyword === 'FROM')
                seen = false;
            if (i.keyword !== 'CMD')
                continue;
            if (seen)
                out.push(ctx.finding(DL4003.meta, { start: i.start, end: i.end }, 'Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect'));
            seen = true;
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL4004.ts
/** DL4004: only the last ENTRYPOINT of a stage takes effect, so earlier ones mislead readers. */
const DL4004 = {
    meta: {
        id: 'DL4004',
        title: 'Multiple `ENTRYPOINT` instructions found',
        severity: 'error',
        gate: 'lint',
        equivalents: ['hadolint:DL4004', 'trivy:DS-0007', 'buildkit:MultipleInstructionsDisallowed'],
    },
    check(ctx) {
        const out = [];
        let seen = false;
        for (const i of ctx.instructions) {
            if (i.keyword === 'FROM')
                seen = false;
            if (i.keyword !== 'ENTRYPOINT')
                continue;
            if (seen)
                out.push(ctx.finding(DL4004.meta, { start: i.start, end: i.end }, 'Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect'));
            seen = true;
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL4005.ts

const relinksSh = (c) => cmdHasArgs(c, ['ln'], ['/bin/sh']);
/** DL4005: replacing /bin/sh by a symlink hides the change; SHELL states it (https://docs.docker.com/reference/dockerfile/#shell). */
const DL4005 = {
    meta: {
        id: 'DL4005',
        title: 'Use SHELL to change the default shell',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL4005'],
    },
    check(ctx) {
        return runUnits(ctx).flatMap((u) => {
            const bad = u.commands.find(relinksSh);
            return bad ? [helpers_b_atCommand(ctx, DL4005.meta, bad, 'Use SHELL to change the default shell')] : [];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/DL4006.ts

/** SHELL argv runs bash, zsh or ash with `-o pipefail`. */
function shellHasPipefail(shell) {
    if (!['bash', 'zsh', 'ash'].includes(baseName(shell[0] ?? '')))
        return false;
    const cmd = {
        name: shell[0],
        args: shell.slice(1).map((text) => ({ text, start: 0, end: 0, dynamic: false })),
        start: 0,
        end: 0,
        prefixAssignments: [],
    };
    return flagParts(cmd).some((f) => f.flag === 'o') && shell.includes('pipefail');
}
/** Offset of the first `set -o pipefail` (also `set -euo pipefail`) in a script, or Infinity. */
function pipefailAt(script) {
    const set = script.commands.find((c) => c.name === 'set' &&
        flagParts(c).some((f) => f.flag === 'o') &&
        c.args.some((a) => a.text === 'pipefail'));
    return set ? set.start : Number.POSITIVE_INFINITY;
}
/** Commands that cannot fail in a way pipefail would report, so piping from them needs no guard. */
const HARMLESS_SOURCES = new Set(['echo', 'printf']);
/** True when something other than `echo`/`printf` feeds the pipeline `pipe` joins. */
function needsGuard(script, pipe) {
    const pipeline = script.pipelines.find((p) => p.some((c, i) => i + 1 < p.length && c.end <= pipe.start && pipe.end <= p[i + 1].start));
    return pipeline?.slice(0, -1).some((c) => !HARMLESS_SOURCES.has(c.name)) ?? false;
}
/** The first pipe that runs without pipefail, if any. */
function unguardedPipe(instr) {
    if (shellHasPipefail(instr.shell))
        return undefined;
    for (const script of instr.scripts) {
        const guard = pipefailAt(script);
        const pipe = script.pipes.find((p) => p.start < guard && needsGuard(script, p));
        if (pipe)
            return pipe;
    }
    return undefined;
}
/**
 * DL4006: without pipefail a pipeline's status is its last command's, so `curl … | tar x` passes
 * when the download fails. A SHELL with `-o pipefail` (also one inherited from a parent stage) or
 * `set -o pipefail` earlier in the same script (heredocs included) guards the pipe. Pipes fed only
 * by `echo`/`printf` (`echo "$sum  f" | sha256sum -c -`) need no guard and are not reported; the
 * `|` between case patterns is not a pipe.
 */
const DL4006 = {
    meta: {
        id: 'DL4006',
        title: 'Set the SHELL option -o pipefail before RUN with a pipe in it',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['hadolint:DL4006'],
    },
    check(ctx) {
        return ctx.instructions
            .filter((i) => i.keyword === 'RUN')
            .flatMap((i) => {
            const pipe = unguardedPipe(i);
            return pipe
                ? [
                    ctx.finding(DL4006.meta, pipe, 'Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check'),
                ]
                : [];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL001.ts

const TLS_ENV = Object.assign(Object.create(null), {
    PYTHONHTTPSVERIFY: (v) => v === '0',
    NODE_TLS_REJECT_UNAUTHORIZED: (v) => v === '0',
    GIT_SSL_NO_VERIFY: (v) => v !== '' && v !== '0' && v.toLowerCase() !== 'false',
    NPM_CONFIG_STRICT_SSL: (v) => v.toLowerCase() === 'false',
    YARN_STRICT_SSL: (v) => v.toLowerCase() === 'false',
    PIP_TRUSTED_HOST: (v) => v !== '',
    CURL_INSECURE: (v) => v !== '' && v !== '0',
});
/** Every command name `tlsBypass` looks at; the rest are skipped before their arguments are read. */
const TLS_COMMANDS = /^(curl|wget|pip[0-9.]*|python[0-9.]*|npm|yarn|pnpm|git|yum|dnf|tdnf|microdnf|yum-config-manager|dnf-config-manager|export|env)$/;
const falsy = (v) => ['false', '0', 'no', 'off'].includes((v ?? '').toLowerCase());
/** What a command does to turn TLS verification off, if anything. */
function tlsBypass(c) {
    if (!TLS_COMMANDS.test(c.name) && c.prefixAssignments.length === 0)
        return undefined;
    const args = c.args.map((a) => a.text);
    if (c.name === 'curl' && hasAnyFlag(c, ['insecure']))
        return 'curl --insecure';
    if (c.name === 'curl' && c.args.some((a) => /^-[A-Za-z]*k[A-Za-z]*$/.test(a.text)))
        return 'curl -k';
    if (c.name === 'wget' && args.includes('--no-check-certificate'))
        return 'wget --no-check-certificate';
    if (/^pip[0-9.]*$/.test(c.name) &&
        args.some((a) => a === '--trusted-host' || a.startsWith('--trusted-host=')))
        return 'pip --trusted-host';
    if (/^python[0-9.]*$/.test(c.name) &&
        args.includes('pip') &&
        args.some((a) => a.startsWith('--trusted-host')))
        return 'pip --trusted-host';
    if ((c.name === 'npm' || c.name === 'yarn' || c.name === 'pnpm') && args.includes('strict-ssl')) {
        const i = args.indexOf('strict-ssl');
        if (cmdHasArgs(c, [c.name], ['set']) && falsy(args[i + 1]))
            return `${c.name} config set strict-ssl false`;
    }
    if ((c.name === 'npm' || c.name === 'yarn' || c.name === 'pnpm') &&
        args.some((a) => /^strict-ssl=false$/i.test(a)))
        return `${c.name} strict-ssl=false`;
    if ((c.name === 'npm' || c.name === 'yarn') && args.some((a) => /^--strict-ssl=false$/i.test(a)))
        return `${c.name} --strict-ssl=false`;
    if (c.name === 'git') {
        const i = args.findIndex((a) => a.toLowerCase() === 'http.sslverify');
        if (i >= 0 && falsy(args[i + 1]))
            return 'git config http.sslVerify false';
        if (args.some((a) => /^http\.sslverify=(false|0|no|off)$/i.test(a)))
            return 'git -c http.sslVerify=false';
    }
    if (/^(yum|dnf|tdnf|microdnf|yum-config-manager|dnf-config-manager)$/.test(c.name))
        if (args.some((a) => /^(--setopt=)?(\S+\.)?sslverify=(0|false|no)$/i.test(a)))
            return `${c.name} sslverify=0`;
    if (c.name === 'export' || c.name === 'env')
        for (const a of args) {
            const eq = a.indexOf('=');
            const name = a.slice(0, eq);
            if (eq > 0 && TLS_ENV[name]?.(a.slice(eq + 1)))
                return `${name}=${a.slice(eq + 1)}`;
        }
    for (const p of c.prefixAssignments) {
        const eq = p.indexOf('=');
        const value = p.slice(eq + 1).replace(/^["']|["']$/g, '');
        if (eq > 0 && TLS_ENV[p.slice(0, eq)]?.(value))
            return `${p.slice(0, eq)}=${value}`;
    }
    return undefined;
}
function envBypass(instr) {
    return pairs(instr).find((kv) => TLS_ENV[kv.key]?.(kv.value ?? ''));
}
/**
 * PL001: TLS certificate verification is turned off, so anyone on the network path can swap the
 * download. Looks at RUN commands (curl, wget, pip, npm/yarn, git, yum/dnf) and at ENV/ARG
 * settings (PYTHONHTTPSVERIFY=0, NODE_TLS_REJECT_UNAUTHORIZED=0, GIT_SSL_NO_VERIFY, …).
 */
const PL001 = {
    meta: {
        id: 'PL001',
        title: 'TLS certificate verification is turned off',
        severity: 'error',
        gate: 'lint',
        security: true,
        equivalents: [
            'checkov:CKV2_DOCKER_2',
            'checkov:CKV2_DOCKER_3',
            'checkov:CKV2_DOCKER_4',
            'checkov:CKV2_DOCKER_5',
            'checkov:CKV2_DOCKER_6',
            'checkov:CKV2_DOCKER_12',
            'checkov:CKV2_DOCKER_13',
            'checkov:CKV2_DOCKER_14',
            'checkov:CKV2_DOCKER_15',
            'checkov:CKV2_DOCKER_16',
        ],
    },
    check(ctx) {
        const fromRun = runUnits(ctx).flatMap((u) => {
            const commands = u.commands.flatMap((c) => {
                const what = tlsBypass(c);
                return what
                    ? [helpers_b_atCommand(ctx, PL001.meta, c, `TLS certificate verification is turned off (${what})`)]
                    : [];
            });
            const assignments = u.instr.scripts.flatMap((script) => script.assignments
                .filter((a) => TLS_ENV[a.name]?.(a.value))
                .map((a) => {
                const written = /^[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|[^\s;&|)]*)/.exec(ctx.dockerfile.text.slice(a.at))?.[0] ?? a.name;
                return ctx.finding(PL001.meta, { start: a.at, end: a.at + written.length }, `TLS certificate verification is turned off (${a.name}=${a.value})`);
            }));
            return [...commands, ...assignments];
        });
        const fromEnv = ctx.withTriggers
            .filter((i) => i.keyword === 'ENV' || i.keyword === 'ARG')
            .flatMap((i) => {
            const kv = envBypass(i);
            return kv
                ? [ctx.finding(PL001.meta, kv, `TLS certificate verification is turned off (${kv.key})`)]
                : [];
        });
        return [...fromRun, ...fromEnv];
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL002.ts

const PACKAGE_TOOLS = /^(apt-get|apt|aptitude|apk|yum|dnf|tdnf|microdnf|zypper|rpm|gem)$/;
/** What a command does to skip package signature or digest checks, if anything. */
function signatureBypass(c) {
    if (!PACKAGE_TOOLS.test(c.name))
        return undefined;
    const args = c.args.map((a) => a.text);
    const has = (...names) => args.find((a) => names.includes(a.split('=')[0]));
    if (['apt-get', 'apt', 'aptitude'].includes(c.name)) {
        const f = has('--allow-unauthenticated', '--force-yes', '--allow-insecure-repositories');
        if (f)
            return `${c.name} ${f}`;
        if (args.some((a) => /APT::Get::AllowUnauthenticated=(true|1|yes)/i.test(a)))
            return `${c.name} AllowUnauthenticated`;
    }
    if (c.name === 'apk' && has('--allow-untrusted'))
        return 'apk --allow-untrusted';
    if (/^(yum|dnf|tdnf|microdnf|zypper)$/.test(c.name)) {
        const f = has('--nogpgcheck', '--no-gpg-checks');
        if (f)
            return `${c.name} ${f}`;
        if (args.some((a) => /^(--setopt=)?(\S+\.)?gpgcheck=(0|false|no)$/i.test(a)))
            return `${c.name} gpgcheck=0`;
    }
    if (c.name === 'rpm') {
        const f = has('--nosignature', '--nodigest', '--noverify', '--nofiledigest');
        if (f)
            return `rpm ${f}`;
    }
    if (c.name === 'gem' && args.some((a) => /NoSecurity$/.test(a)))
        return 'gem trust policy NoSecurity';
    return undefined;
}
/**
 * PL002: package signature or digest verification is skipped, so a tampered or substituted
 * package installs silently (apt `--allow-unauthenticated`/`--force-yes`, apk `--allow-untrusted`,
 * yum/dnf `--nogpgcheck`, rpm `--nosignature`/`--nodigest`).
 */
const PL002 = {
    meta: {
        id: 'PL002',
        title: 'Package signature verification is turned off',
        severity: 'error',
        gate: 'lint',
        security: true,
        equivalents: [
            'checkov:CKV2_DOCKER_7',
            'checkov:CKV2_DOCKER_8',
            'checkov:CKV2_DOCKER_9',
            'checkov:CKV2_DOCKER_10',
            'checkov:CKV2_DOCKER_11',
        ],
    },
    check(ctx) {
        return runUnits(ctx).flatMap((u) => u.commands.flatMap((c) => {
            const what = signatureBypass(c);
            return what
                ? [helpers_b_atCommand(ctx, PL002.meta, c, `Package signature verification is turned off (${what})`)]
                : [];
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL003.ts

const DOWNLOADERS = new Set(['curl', 'wget', 'gsutil', 'fetch', 'aria2c']);
const INTERPRETERS = /^(sh|bash|dash|zsh|ksh|mksh|ash|busybox|python[0-9.]*|perl|ruby|node|php[0-9.]*|pwsh|source|\.)$/;
const PINNED_URL = /raw\.githubusercontent\.com\/[^/\s]+\/[^/\s]+\/[0-9a-f]{40}\//;
const VERIFIERS = /^(sha256sum|sha512sum|sha1sum|md5sum|shasum|gpg|gpgv|cosign|minisign|signify)$/;
function pinnedDownload(c) {
    return c.args.some((a) => PINNED_URL.test(a.text));
}
/** The file a download writes (`curl -o f`, `curl -O …/f`, `wget -O f`, `wget …/f`), if any. */
function downloadedFile(c) {
    const args = c.args.map((a) => a.text);
    const value = (...flags) => {
        for (let i = 0; i < args.length; i++) {
            for (const f of flags) {
                if (args[i] === f)
                    return args[i + 1];
                if (f.length === 2 && /^-[A-Za-z]*$/.test(args[i]) && args[i].endsWith(f[1]))
                    return args[i + 1];
                if (f.length === 2 && args[i].startsWith(f) && args[i].length > 2 && !args[i].startsWith('--'))
                    return args[i].slice(2);
                if (f.startsWith('--') && args[i].startsWith(`${f}=`))
                    return args[i].slice(f.length + 1);
            }
        }
        return undefined;
    };
    const url = args.find((a) => /^(https?|ftp):\/\//.test(a));
    if (c.name === 'curl') {
        const out = value('-o', '--output');
        if (out)
            return out;
        if (args.some((a) => a === '-O' || a === '--remote-name' || /^-[a-zA-Z]*O[a-zA-Z]*$/.test(a)) && url)
            return baseName(url.split(/[?#]/)[0]);
    }
    if (c.name === 'wget') {
        const out = value('-O', '--output-document');
        if (out)
            return out === '-' ? undefined : out;
        if (url)
            return baseName(url.split(/[?#]/)[0]);
    }
    return undefined;
}
/** True when `c` executes `file` (`sh file`, `./file`, `/path/file`, `bash -x file`). */
function executes(c, file) {
    const fileBase = baseName(file);
    const same = (p) => p === file || baseName(p) === fileBase;
    if ((c.name.includes('/') || c.name === file) && same(c.name))
        return true;
    if (!INTERPRETERS.test(baseName(c.name)))
        return false;
    const first = helpers_b_argsNoFlags(c)[0];
    return first !== undefined && same(first.text);
}
/** `curl … | sh`: a pipeline whose later stage is an interpreter reading the download. */
function pipedToInterpreter(instr) {
    for (const script of instr.scripts)
        for (const pipeline of script.pipelines) {
            const dl = pipeline.findIndex((c) => DOWNLOADERS.has(c.name) && !pinnedDownload(c));
            if (dl < 0)
                continue;
            const sink = pipeline.slice(dl + 1).find((c) => {
                if (!INTERPRETERS.test(baseName(c.name === 'sudo' || c.name === 'env' ? (c.args[0]?.text ?? '') : c.name)))
                    return false;
                const operands = helpers_b_argsNoFlags(c).filter((a) => a.text !== '-');
                return operands.length === 0 || c.args.some((a) => a.text === '-s' || a.text === '-');
            });
            if (sink)
                return pipeline[dl];
        }
    return undefined;
}
/** `bash <(curl …)` and `sh -c "$(curl …)"`. */
function substituted(instr) {
    for (const script of instr.scripts) {
        for (const ps of script.processSubs)
            if (ps.feeds &&
                INTERPRETERS.test(baseName(ps.feeds.name)) &&
                ps.inner.some((c) => DOWNLOADERS.has(c.name)))
                return ps.feeds;
        const c = script.commands.find((cmd) => INTERPRETERS.test(baseName(cmd.name)) &&
            cmd.args.some((a) => /\$\(\s*(curl|wget)\b|`\s*(curl|wget)\b/.test(a.text)));
        if (c)
            return c;
    }
    return undefined;
}
/**
 * PL003: code fetched from the network runs without review or pinning (OpenSSF Scorecard's
 * `downloadThenRun`): `curl … | sh`, `bash <(curl …)`, or a downloaded file executed later in the
 * stage. A download checked with sha256sum/gpg/cosign before it runs, and GitHub raw URLs at a
 * full commit SHA, are not reported.
 */
const PL003 = {
    meta: {
        id: 'PL003',
        title: 'Remote code is downloaded and run without verification',
        severity: 'warning',
        gate: 'lint',
        security: true,
        equivalents: ['scorecard:Pinned-Dependencies'],
    },
    check(ctx) {
        const out = [];
        const message = 'Remote code is downloaded and run without verification; pin it by checksum or signature';
        const downloads = new Map();
        for (const instr of ctx.withTriggers) {
            if (instr.keyword !== 'RUN')
                continue;
            const hit = pipedToInterpreter(instr) ?? substituted(instr);
            if (hit) {
                out.push(ctx.finding(PL003.meta, hit, message));
                continue;
            }
            const stage = (instr.onbuild ?? instr).stage;
            const files = downloads.get(stage) ?? [];
            downloads.set(stage, files);
            const commands = instr.scripts.flatMap((s) => s.commands);
            for (const c of commands) {
                if (DOWNLOADERS.has(c.name) && !pinnedDownload(c)) {
                    const file = downloadedFile(c);
                    if (file)
                        files.push({ file, verified: false });
                    continue;
                }
                if (VERIFIERS.test(c.name)) {
                    for (const f of files)
                        f.verified = true;
                    continue;
                }
                const run = files.find((f) => !f.verified && executes(c, f.file));
                if (run) {
                    out.push(ctx.finding(PL003.meta, c, message));
                    break;
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL004.ts

/**
 * PL004: `ADD <url>` takes whatever the server returns; `--checksum=sha256:…` pins it
 * (https://docs.docker.com/reference/dockerfile/#add---checksum). Git URLs are pinned by commit
 * instead and are left to the pin gate.
 */
const PL004 = {
    meta: {
        id: 'PL004',
        title: '`ADD <url>` without `--checksum`',
        severity: 'warning',
        gate: 'lint',
        security: true,
        equivalents: ['scorecard:Pinned-Dependencies'],
    },
    check(ctx) {
        return ctx.withTriggers
            .filter((i) => i.keyword === 'ADD' && flagValueOf(i, 'checksum') === undefined)
            .flatMap((i) => copyPaths(i)
            .sources.filter((s) => /^(https?|ftp):\/\//i.test(helpers_b_dropQuotes(s.text)) && !/\.git(#|$)/.test(s.text))
            .slice(0, 1)
            .map((s) => ctx.finding(PL004.meta, s, 'ADD of a remote URL without --checksum=sha256:<digest>')));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL005.ts

/** Files that hold credentials by convention. Templates and public keys are not secrets. */
const SECRET_FILE = /^(id_(rsa|dsa|ecdsa|ed25519)|\.npmrc|\.pypirc|\.netrc|_netrc|\.env|\.env\.(local|production|prod|development|dev|staging)|\.git-credentials|\.dockercfg|\.htpasswd|\.vault-token|credentials\.json|service-account\.json|.*\.(key|p12|pfx|keystore|jks))$/i;
const SECRET_PATH = /(^|\/)(\.aws\/credentials|\.docker\/config\.json|\.ssh\/[^/]+|\.kube\/config|\.gnupg\/[^/]+)$/;
const PUBLIC = /\.(pub|example|sample|template|dist)$|known_hosts$|\.ssh\/config$/i;
/** True when a COPY/ADD source names a credential file. */
function isSecretFile(path) {
    const p = helpers_b_dropQuotes(path).replace(/\/+$/, '');
    if (PUBLIC.test(p))
        return false;
    return SECRET_FILE.test(baseName(p)) || SECRET_PATH.test(p);
}
/**
 * PL005: a credential file copied from the build context stays in a layer for anyone with the
 * image; mount it with `RUN --mount=type=secret` instead (https://docs.docker.com/build/building/secrets/).
 */
const PL005 = {
    meta: {
        id: 'PL005',
        title: 'Secret file copied into the image',
        severity: 'error',
        gate: 'lint',
        security: true,
        equivalents: ['trivy:DS-0031'],
    },
    check(ctx) {
        return ctx.withTriggers
            .filter((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && flagValueOf(i, 'from') === undefined)
            .flatMap((i) => copyPaths(i)
            .sources.filter((s) => isSecretFile(s.text))
            .map((s) => ctx.finding(PL005.meta, s, `Secret file ${helpers_b_dropQuotes(s.text)} is copied into the image; use RUN --mount=type=secret`)));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL006.ts


/** A secret-looking ARG/ENV name the command expands, if any. */
function secretVariable(c, instr) {
    for (const a of c.args)
        if (a.text.includes('$'))
            for (const m of a.text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g))
                if (isSecretName(m[1]) && instr.scope.has(m[1]))
                    return m[1];
    return undefined;
}
const CREDENTIAL_TOOLS = new Set(['aws', 'docker', 'podman', 'buildah', 'skopeo', 'helm', 'npm']);
/** A credential written on the command line. */
function inlineCredential(c) {
    if (!CREDENTIAL_TOOLS.has(c.name))
        return undefined;
    const args = c.args.map((a) => a.text);
    if (c.name === 'aws' &&
        args.includes('configure') &&
        args.some((a) => /aws_secret_access_key|aws_session_token/.test(a)))
        return 'aws configure set aws_secret_access_key';
    if (['docker', 'podman', 'buildah', 'skopeo', 'helm'].includes(c.name) && args.includes('login'))
        if (args.some((a) => a === '-p' || a === '--password' || a.startsWith('--password=')))
            return `${c.name} login --password`;
    if (c.name === 'npm' && args.some((a) => /:_authToken=/.test(a)))
        return 'npm _authToken';
    return undefined;
}
/**
 * PL006: a secret used in RUN through an ARG/ENV or on the command line ends up in the image
 * history; `RUN --mount=type=secret` keeps it out (https://docs.docker.com/build/building/secrets/).
 */
const PL006 = {
    meta: {
        id: 'PL006',
        title: 'Secret used in RUN without a secret mount',
        severity: 'error',
        gate: 'lint',
        security: true,
        equivalents: ['trivy:DS-0031'],
    },
    check(ctx) {
        return runUnits(ctx).flatMap((u) => {
            if (helpers_b_mounts(u.instr).some((m) => m.get('type') === 'secret'))
                return [];
            for (const c of u.commands) {
                const what = inlineCredential(c) ?? secretVariable(c, u.instr);
                if (what)
                    return [helpers_b_atCommand(ctx, PL006.meta, c, `Secret used in RUN without --mount=type=secret (${what})`)];
            }
            return [];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL007.ts


const SYSTEM_DIRS = /^\/(proc|boot|dev|initrd|lost\+found|sys)(\/|$)/;
/** PL007: WORKDIR on a kernel or boot directory writes into places the runtime mounts over. */
const PL007 = {
    meta: {
        id: 'PL007',
        title: 'WORKDIR on a system directory',
        severity: 'error',
        gate: 'lint',
        equivalents: ['trivy:DS-0030'],
    },
    check(ctx) {
        return ctx.withTriggers
            .filter((i) => i.keyword === 'WORKDIR')
            .flatMap((i) => {
            const w = words(i.args)[0];
            return w && SYSTEM_DIRS.test(helpers_b_dropQuotes(w.text))
                ? [ctx.finding(PL007.meta, w, `WORKDIR ${helpers_b_dropQuotes(w.text)} is a system directory`)]
                : [];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL008.ts

const PL008_distUpgrade = (c) => cmdHasArgs(c, ['apt-get', 'apt', 'aptitude'], ['dist-upgrade', 'full-upgrade']);
/** PL008: a distribution upgrade makes the image depend on the day it was built; pin a newer base instead. */
const PL008 = {
    meta: {
        id: 'PL008',
        title: 'Do not use `apt-get dist-upgrade`',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['trivy:DS-0024', 'dockerfilelint:apt-get-dist-upgrade'],
    },
    check(ctx) {
        return runUnits(ctx).flatMap((u) => {
            const bad = u.commands.find(PL008_distUpgrade);
            return bad ? [helpers_b_atCommand(ctx, PL008.meta, bad, `Do not use \`${bad.name} dist-upgrade\``)] : [];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL009.ts

const MANAGERS = [
    [
        ['apt-get', 'apt', 'aptitude'],
        ['update'],
        ['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'source'],
    ],
    [['apk'], ['update'], ['add', 'upgrade']],
    [
        ['yum', 'dnf', 'microdnf'],
        ['makecache'],
        ['install', 'upgrade', 'update', 'groupinstall', 'localinstall'],
    ],
    [['zypper'], ['refresh', 'ref'], ['install', 'in', 'update', 'up', 'dist-upgrade', 'dup', 'patch']],
];
function updateAlone(commands) {
    for (const [names, updates, installs] of MANAGERS) {
        const update = commands.find((c) => names.includes(c.name) && c.args.some((a) => updates.includes(a.text)));
        if (update && !commands.some((c) => cmdHasArgs(c, names, installs)))
            return update;
    }
    return undefined;
}
/**
 * PL009: a RUN that only refreshes the package index is cached on its own, so a later install
 * uses a stale index (https://docs.docker.com/build/building/best-practices/#apt-get).
 */
const PL009 = {
    meta: {
        id: 'PL009',
        title: 'Package index update alone in its RUN',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['trivy:DS-0017', 'checkov:CKV_DOCKER_5', 'dockerfilelint:apt-get-update_require_install'],
    },
    check(ctx) {
        return runUnits(ctx).flatMap((u) => {
            const bad = updateAlone(u.commands);
            return bad
                ? [
                    ctx.finding(PL009.meta, bad, `\`${bad.name} ${bad.args.map((a) => a.text).join(' ')}\` runs alone; install in the same RUN`),
                ]
                : [];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL010.ts

/** PL010: port 22 means an SSH daemon in the container, which is better replaced by `docker exec`. */
const PL010 = {
    meta: {
        id: 'PL010',
        title: 'Port 22 exposed',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['trivy:DS-0004', 'checkov:CKV_DOCKER_1'],
    },
    check(ctx) {
        return ctx.instructions
            .filter((i) => i.keyword === 'EXPOSE')
            .flatMap((i) => words(i.args).filter((w) => /^(22)(\/(tcp|udp))?$/i.test(w.text.replace(/^["']|["']$/g, ''))))
            .map((w) => ctx.finding(PL010.meta, w, 'Port 22 (SSH) is exposed'));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/buildkit-vars.ts

/** Instructions whose arguments BuildKit expands itself (https://docs.docker.com/reference/dockerfile/#environment-replacement). */
const EXPANDED = new Set([
    'ADD',
    'COPY',
    'ENV',
    'EXPOSE',
    'LABEL',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR',
    'ARG',
]);
/** Each `$name` / `${name…}` reference in an instruction's first line with its file offsets. */
function buildkit_vars_references(instr, escapeChar) {
    const text = instr.args.text.split('\n')[0];
    const out = [];
    const re = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m.index > 0 && text[m.index - 1] === escapeChar)
            continue;
        const start = instr.args.offsets[m.index];
        out.push({ name: m[1], start, end: start + m[0].length + (m[0][1] === '{' ? 1 : 0) });
    }
    return out;
}
/** Names an instruction expands that have no ARG or ENV in scope. */
function undefinedIn(instr, escapeChar) {
    return expand(instr.args.text.split('\n')[0], instr.scope, escapeChar).undefinedNames;
}
/**
 * Edit distance; with `transpositions`, swapping two neighbours costs one (optimal string
 * alignment), which is how typos like `PAHT` relate to `PATH`.
 */
function distance(a, b, transpositions = false) {
    const d = Array.from({ length: a.length + 1 }, (_r, i) => Array.from({ length: b.length + 1 }, (_c, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.length][b.length];
}
/** BuildKit's "did you mean" (util/suggest): the nearest name within an edit distance of 2. */
function suggestion(name, declared) {
    let best;
    let bestD = 3;
    for (const d of declared) {
        if (d === name)
            return undefined;
        // The distance is at least the difference in length: no need to compute it when that is too far.
        if (Math.abs(d.length - name.length) >= bestD)
            continue;
        const dist = distance(name, d);
        if (dist < bestD) {
            best = d;
            bestD = dist;
        }
    }
    return best;
}
/** True when `name` is most likely a mistyped `declared`: one edit (or swap) away, two for long names. */
function likelyTypo(name, declared) {
    return distance(name, declared, true) <= (Math.min(name.length, declared.length) >= 6 ? 2 : 1);
}
/** True when every variable a stage could inherit is known: it is built from scratch or from such a stage. */
function envFullyKnown(ctx, stage, depth = 0) {
    if (!stage || depth > ctx.stages.length)
        return false;
    const base = stage.image.toLowerCase();
    if (base === 'scratch')
        return true;
    const parent = ctx.stages.find((s) => s.index < stage.index && s.alias === base);
    return parent ? envFullyKnown(ctx, parent, depth + 1) : false;
}

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL011.ts


/**
 * PL011: an instruction uses a variable no ARG or ENV defines (BuildKit `UndefinedVar`). A base
 * image may define variables we cannot see, so unless the stage is built from scratch only names
 * that look like a typo of a declared one (or of PATH), or that are declared later in the stage,
 * are reported.
 */
const PL011 = {
    meta: {
        id: 'PL011',
        title: 'Usage of undefined variable',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['buildkit:UndefinedVar'],
    },
    check(ctx) {
        const escapeChar = ctx.dockerfile.escapeChar;
        return ctx.instructions
            .filter((i) => i.stage >= 0 && EXPANDED.has(i.keyword) && i.args.text.includes('$'))
            .flatMap((instr) => {
            const own = instr.keyword === 'ENV' || instr.keyword === 'ARG' ? pairs(instr).map((kv) => kv.key) : [];
            const missing = new Set(undefinedIn(instr, escapeChar).filter((n) => !own.includes(n) && n !== 'PATH'));
            if (missing.size === 0)
                return [];
            const stage = ctx.stages[instr.stage];
            const known = envFullyKnown(ctx, stage);
            const later = new Set(stage.instructions
                .filter((i) => i.start > instr.start && (i.keyword === 'ARG' || i.keyword === 'ENV'))
                .flatMap((i) => pairs(i).map((kv) => kv.key)));
            return buildkit_vars_references(instr, escapeChar)
                .filter((r) => missing.has(r.name))
                .flatMap((r) => {
                const near = suggestion(r.name, [...instr.scope.keys(), ...own, 'PATH']);
                if (!known && !(near && likelyTypo(r.name, near)) && !later.has(r.name))
                    return [];
                const hint = near ? ` (did you mean $${near}?)` : '';
                return [ctx.finding(PL011.meta, r, `Usage of undefined variable '$${r.name}'${hint}`)];
            });
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL012.ts


/** PL012: FROM uses a variable that no ARG before the first FROM declares (BuildKit `UndefinedArgInFrom`). */
const PL012 = {
    meta: {
        id: 'PL012',
        title: 'FROM command must use declared ARGs',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['buildkit:UndefinedArgInFrom'],
    },
    check(ctx) {
        return ctx.stages.flatMap((s) => {
            const text = ctx.dockerfile.text.slice(s.from.keywordEnd, s.from.end);
            const names = [
                ...expand(s.image, s.from.scope).undefinedNames,
                ...expand(s.platform?.value ?? '', s.from.scope).undefinedNames,
            ];
            return [...new Set(names)].map((name) => {
                const m = new RegExp(`\\$(\\{${name}[^}]*\\}|${name}\\b)`).exec(text);
                const at = m ? m.index : -1;
                const start = s.from.keywordEnd + Math.max(at, 0);
                const near = suggestion(name, [...ctx.dockerfile.globalArgs.keys(), ...AUTOMATIC_ARGS]);
                const hint = near ? ` (did you mean ${near}?)` : '';
                return ctx.finding(PL012.meta, { start, end: m ? start + m[0].length : s.from.end }, `FROM argument '${name}' is not declared${hint}`);
            });
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL013.ts

const NAME = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REFERENCE = new RegExp(`^(?:[A-Za-z0-9.-]+(?::[0-9]+)?/)?${NAME}(?:/${NAME})*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,})?$`);
/** True when `ref` is a valid image reference (https://github.com/distribution/reference grammar). */
function isImageReference(ref) {
    return REFERENCE.test(ref);
}
/**
 * PL013: with the ARG defaults alone the FROM image is empty or invalid, so a build without
 * `--build-arg` fails (BuildKit `InvalidDefaultArgInFrom`).
 */
const PL013 = {
    meta: {
        id: 'PL013',
        title: 'Default value for an ARG in FROM gives an invalid image name',
        severity: 'warning',
        gate: 'lint',
        equivalents: ['buildkit:InvalidDefaultArgInFrom'],
    },
    check(ctx) {
        return ctx.stages
            .filter((s) => s.image.includes('$'))
            .filter((s) => {
            const e = expand(s.image, s.from.scope);
            return e.undefinedNames.length === 0 && !isImageReference(e.value);
        })
            .map((s) => {
            const word = ctx.dockerfile.text.indexOf(s.image, s.from.keywordEnd);
            return ctx.finding(PL013.meta, { start: word, end: word + s.image.length }, `Default value for ARG ${s.image} results in empty or invalid base image name`);
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL014.ts
/**
 * PL014: instruction keywords should share one casing; the majority wins and mixed-case
 * keywords are always reported (BuildKit `ConsistentInstructionCasing`).
 */
const PL014 = {
    meta: {
        id: 'PL014',
        title: 'Instructions should use consistent casing',
        severity: 'style',
        gate: 'lint',
        equivalents: ['buildkit:ConsistentInstructionCasing'],
    },
    check(ctx) {
        const all = ctx.withTriggers;
        const lower = all.filter((i) => i.keywordText === i.keywordText.toLowerCase()).length;
        const upper = all.filter((i) => i.keywordText === i.keywordText.toUpperCase()).length;
        const wantUpper = upper >= lower;
        return all
            .filter((i) => i.keywordText !== (wantUpper ? i.keywordText.toUpperCase() : i.keywordText.toLowerCase()))
            .map((i) => {
            return ctx.finding(PL014.meta, { start: i.start, end: i.start + i.keywordText.length }, `Command '${i.keywordText}' should match the case of the command majority (${wantUpper ? 'uppercase' : 'lowercase'})`);
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL015.ts

/** PL015: `AS` in FROM should have the casing of `FROM` (BuildKit `FromAsCasing`). */
const PL015 = {
    meta: {
        id: 'PL015',
        title: "The 'as' keyword should match the case of the 'from' keyword",
        severity: 'style',
        gate: 'lint',
        equivalents: ['buildkit:FromAsCasing'],
    },
    check(ctx) {
        return ctx.stages.flatMap((s) => {
            const as = words(s.from.args)[1];
            if (as?.text.toLowerCase() !== 'as')
                return [];
            const fromUpper = s.from.keywordText === s.from.keywordText.toUpperCase();
            const fromLower = s.from.keywordText === s.from.keywordText.toLowerCase();
            if (!fromUpper && !fromLower)
                return [];
            if ((fromUpper && as.text === 'AS') || (fromLower && as.text === 'as'))
                return [];
            return [
                ctx.finding(PL015.meta, as, `'${as.text}' and '${s.from.keywordText}' keywords' casing do not match`),
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL016.ts
/** PL016: stage names are case-insensitive, so lower case avoids confusion (BuildKit `StageNameCasing`). */
const PL016 = {
    meta: {
        id: 'PL016',
        title: 'Stage names should be lowercase',
        severity: 'style',
        gate: 'lint',
        equivalents: ['buildkit:StageNameCasing'],
    },
    check(ctx) {
        return ctx.stages
            .filter((s) => s.aliasWord && s.aliasWord.text !== s.aliasWord.text.toLowerCase())
            .map((s) => ctx.finding(PL016.meta, s.aliasWord, `Stage name '${s.aliasWord.text}' should be lowercase`));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL017.ts

/**
 * PL017: `ENV key value` is the legacy form; `ENV key=value` is unambiguous (BuildKit
 * `LegacyKeyValueFormat`). Off by default: the official images still use the legacy form widely.
 */
const PL017 = {
    meta: {
        id: 'PL017',
        title: 'Legacy key/value format with whitespace separator should not be used',
        severity: 'style',
        gate: 'lint',
        fixable: true,
        disabledByDefault: true,
        equivalents: ['buildkit:LegacyKeyValueFormat'],
    },
    check(ctx) {
        return ctx.withTriggers
            .filter((i) => i.keyword === 'ENV' || i.keyword === 'LABEL')
            .flatMap((i) => {
            const ws = words(i.args);
            if (ws.length < 2 || ws[0].text.includes('='))
                return [];
            const gap = { start: ws[0].end, end: ws[1].start };
            const single = !ctx.dockerfile.text.slice(gap.start, gap.end).includes('\n') && ws.length === 2;
            const fix = single ? ctx.fix('Use key=value', [{ ...gap, newText: '=' }]) : undefined;
            return [
                ctx.finding(PL017.meta, { start: i.start, end: i.end }, `"${i.keyword} key=value" should be used instead of legacy "${i.keyword} key value" format`, fix ? { fix } : {}),
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL018.ts
/** PL018: an empty line inside a continuation is deprecated and will become an error (BuildKit `NoEmptyContinuation`). */
const PL018 = {
    meta: {
        id: 'PL018',
        title: 'Empty continuation line',
        severity: 'style',
        gate: 'lint',
        equivalents: ['buildkit:NoEmptyContinuation'],
    },
    check(ctx) {
        const text = ctx.dockerfile.text;
        return ctx.instructions.flatMap((i) => {
            const bodies = i.heredocs.map((h) => h.body.offsets[0] ?? i.end);
            const stop = Math.min(i.end, ...bodies);
            const inner = text.slice(i.start, stop).trimEnd();
            if (!/\n[ \t\r]*\n/.test(inner))
                return [];
            // Like BuildKit, report the last line of the instruction, where its continuation ends.
            const lineStart = i.start + inner.lastIndexOf('\n') + 1;
            const indent = /^[ \t]*/.exec(text.slice(lineStart))[0].length;
            const start = lineStart + indent;
            return [ctx.finding(PL018.meta, { start, end: i.start + inner.length }, 'Empty continuation line')];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL019.ts

/** PL019: EXPOSE declares container ports; an IP or host port belongs to `docker run -p` (BuildKit `ExposeInvalidFormat`). */
const PL019 = {
    meta: {
        id: 'PL019',
        title: 'IP address and host-port mapping should not be used in EXPOSE',
        severity: 'style',
        gate: 'lint',
        equivalents: ['buildkit:ExposeInvalidFormat', 'dockerfilelint:expose_host_port'],
    },
    check(ctx) {
        return ctx.withTriggers
            .filter((i) => i.keyword === 'EXPOSE')
            .flatMap((i) => words(i.args).filter((w) => w.text.includes(':')))
            .map((w) => ctx.finding(PL019.meta, w, `EXPOSE instruction should not define an IP address or host-port mapping, found '${w.text}'`));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL020.ts

/** PL020: protocols in EXPOSE are lower case (BuildKit `ExposeProtoCasing`). */
const PL020 = {
    meta: {
        id: 'PL020',
        title: 'Protocol in EXPOSE should be lowercase',
        severity: 'style',
        gate: 'lint',
        fixable: true,
        equivalents: ['buildkit:ExposeProtoCasing'],
    },
    check(ctx) {
        return ctx.withTriggers
            .filter((i) => i.keyword === 'EXPOSE')
            .flatMap((i) => words(i.args).filter((w) => /\/[A-Za-z]+$/.test(w.text) && w.text !== w.text.toLowerCase()))
            .map((w) => ctx.finding(PL020.meta, w, `Defined protocol '${w.text}' in EXPOSE instruction should be lowercase`, {
            fix: ctx.fix('lower-case the protocol', [
                { start: w.start, end: w.end, newText: w.text.toLowerCase() },
            ]),
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/PL021.ts
/** Credential formats with a fixed, recognisable shape (low false-positive rate by construction). */
const PATTERNS = [
    ['AWS access key id', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g],
    ['GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g],
    ['GitHub fine-grained token', /\bgithub_pat_[A-Za-z0-9_]{60,}\b/g],
    ['GitLab token', /\bglpat-[A-Za-z0-9_-]{20,}\b/g],
    ['npm token', /\bnpm_[A-Za-z0-9]{36}\b/g],
    ['Slack token', /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g],
    ['Stripe live key', /\b[rs]k_live_[A-Za-z0-9]{20,}\b/g],
    ['Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/g],
    ['private key', /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----/g],
];
/** A cheap first pass: the fixed prefixes every pattern starts with. */
const QUICK = /AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|npm_|xox[abposr]-|k_live_|AIza|PRIVATE KEY/;
/**
 * PL021: a credential is written into the Dockerfile itself, so it lands in the repository and in
 * the image config or history. Only formats with an unmistakable shape are matched.
 */
const PL021 = {
    meta: {
        id: 'PL021',
        title: 'Hard-coded credential in the Dockerfile',
        severity: 'error',
        gate: 'lint',
        security: true,
        equivalents: ['trivy:secret', 'gitleaks', 'trivy:DS-0031'],
    },
    check(ctx) {
        const text = ctx.dockerfile.text;
        if (!QUICK.test(text))
            return [];
        return ctx.instructions.flatMap((i) => {
            const body = text.slice(i.start, i.end);
            return PATTERNS.flatMap(([name, re]) => [...body.matchAll(re)].map((m) => {
                const start = i.start + (m.index ?? 0);
                return ctx.finding(PL021.meta, { start, end: start + m[0].length }, `Hard-coded ${name} in the Dockerfile`);
            }));
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/lint/rules/set-b.ts






























































/** Lint B's rules: DL3032–DL3067, DL4000–DL4006 and the PL rules. */
const RULES_B = [
    DL3032,
    DL3033,
    DL3034,
    DL3035,
    DL3036,
    DL3037,
    DL3038,
    DL3040,
    DL3041,
    DL3042,
    DL3043,
    DL3044,
    DL3045,
    DL3046,
    DL3047,
    DL3048,
    DL3049,
    DL3050,
    DL3051,
    DL3052,
    DL3053,
    DL3054,
    DL3055,
    DL3056,
    DL3057,
    DL3058,
    DL3059,
    DL3060,
    DL3061,
    DL3062,
    DL3063,
    DL3064,
    DL3065,
    DL3066,
    DL3067,
    DL4000,
    DL4001,
    DL4003,
    DL4004,
    DL4005,
    DL4006,
    PL001,
    PL002,
    PL003,
    PL004,
    PL005,
    PL006,
    PL007,
    PL008,
    PL009,
    PL010,
    PL011,
    PL012,
    PL013,
    PL014,
    PL015,
    PL016,
    PL017,
    PL018,
    PL019,
    PL020,
    PL021,
];

;// CONCATENATED MODULE: ./src/gates/lint/rules/index.ts



/** Every lint rule this build ships. */
const RULES = [...RULES_A, ...RULES_B];
(0,rule/* assertUniqueRuleIds */.au)(RULES.map((r) => r.meta));

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/core/config.ts
var config = __webpack_require__(84489);
;// CONCATENATED MODULE: ./src/gates/lint/hadolint-config.ts





/** The severities hadolint's `override` and `failure-threshold` name. */
const HADOLINT_LEVELS = ['error', 'warning', 'info', 'style'];
const LABEL_TYPES = [
    'text',
    'url',
    'semver',
    'hash',
    'rfc3339',
    'spdx',
    'email',
];
const ruleList = { type: 'array', items: { type: 'string' } };
/**
 * `.hadolint.yaml` as hadolint reads it (src/Hadolint/Config/Configuration.hs): unknown keys
 * are ignored, known keys must have the right type.
 */
const HADOLINT_SCHEMA = {
    type: 'object',
    properties: {
        'failure-threshold': { type: 'string', enum: ['error', 'warning', 'info', 'style', 'ignore', 'none'] },
        format: { type: 'string' },
        formats: { type: 'array', items: { type: 'string' } },
        ignored: ruleList,
        override: {
            type: 'object',
            additionalProperties: false,
            properties: { error: ruleList, warning: ruleList, info: ruleList, style: ruleList },
        },
        trustedRegistries: { type: 'array', items: { type: 'string' } },
        'label-schema': {
            type: 'object',
            additionalProperties: { type: 'string', enum: [...LABEL_TYPES] },
        },
        'strict-labels': { type: 'boolean' },
        'disable-ignore-pragma': { type: 'boolean' },
        'no-fail': { type: 'boolean' },
        'no-color': { type: 'boolean' },
        verbose: { type: 'boolean' },
    },
};
/** hadolint's `ignore` threshold fails on everything; ours is the lowest severity. */
function hadolintThreshold(value) {
    const v = value.trim().toLowerCase();
    if (v === 'ignore')
        return 'style';
    if (v === 'none')
        return 'none';
    return HADOLINT_LEVELS.includes(v) ? v : undefined;
}
/**
 * Where hadolint looks when no `--config` is given (src/Hadolint/Config/Configfile.hs): the
 * working directory, then `$XDG_CONFIG_HOME`, then `~/.hadolint/`, then the home directory.
 */
function hadolintConfigCandidates(cwd, env) {
    const home = env.HOME || (0,external_node_os_.homedir)();
    const xdg = env.XDG_CONFIG_HOME || (0,external_node_path_.join)(home, '.config');
    const hidden = ['.hadolint.yaml', '.hadolint.yml'];
    const visible = ['hadolint.yaml', 'hadolint.yml'];
    return [
        ...hidden.map((f) => (0,external_node_path_.join)(cwd, f)),
        ...visible.map((f) => (0,external_node_path_.join)(xdg, f)),
        ...[...visible, 'config.yaml', 'config.yml'].map((f) => (0,external_node_path_.join)(home, '.hadolint', f)),
        ...hidden.map((f) => (0,external_node_path_.join)(home, f)),
    ];
}
function findHadolintConfig(cwd, env, explicit) {
    if (explicit) {
        const path = (0,external_node_path_.isAbsolute)(explicit) ? explicit : (0,external_node_path_.resolve)(cwd, explicit);
        if (!(0,external_node_fs_.existsSync)(path))
            throw new errors/* PortcullisError */.SO('CONFIG_UNREADABLE', `hadolint config not found: ${explicit}`, {
                file: explicit,
            });
        return path;
    }
    return hadolintConfigCandidates(cwd, env).find((p) => (0,external_node_fs_.existsSync)(p));
}
/** Reads and checks one `.hadolint.yaml`; a wrong type is a config error with its line (exit 2). */
function readHadolintConfig(path, shownAs = path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (cause) {
        throw new errors/* PortcullisError */.SO('CONFIG_UNREADABLE', `cannot read ${shownAs}`, { file: shownAs, cause });
    }
    if (text.trim() === '')
        return { source: shownAs };
    return fromData((0,config/* parseConfig */.o4)(text, shownAs, HADOLINT_SCHEMA).data, shownAs);
}
function fromData(data, source) {
    const threshold = data['failure-threshold'];
    const formats = [
        ...(data.formats ?? []),
        ...(typeof data.format === 'string' ? [data.format] : []),
    ];
    return {
        source,
        failureThreshold: typeof threshold === 'string' ? hadolintThreshold(threshold) : undefined,
        noFail: data['no-fail'],
        ignored: data.ignored,
        override: data.override,
        trustedRegistries: data.trustedRegistries,
        labelSchema: data['label-schema'],
        strictLabels: data['strict-labels'],
        disableIgnorePragma: data['disable-ignore-pragma'],
        formats: formats.length ? formats : undefined,
    };
}
const hadolint_config_TRUTHY = ['1', 'y', 'on', 'true', 'yes'];
function list(value) {
    if (value === undefined)
        return undefined;
    return value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}
function truthy(value) {
    return value === undefined ? undefined : hadolint_config_TRUTHY.includes(value.toLowerCase());
}
/** `label:type,label:type`, as `HADOLINT_REQUIRE_LABELS` and `--require-label` take it. */
function parseLabelSchema(items) {
    const out = {};
    for (const item of items) {
        const colon = item.indexOf(':');
        const type = item.slice(colon + 1);
        if (colon > 0 && LABEL_TYPES.includes(type))
            out[item.slice(0, colon)] = type;
    }
    return out;
}
/** The `HADOLINT_*` environment variables hadolint documents (README "Configure", Config/Environment.hs). */
function hadolintEnv(env) {
    const threshold = env.HADOLINT_FAILURE_THRESHOLD;
    const labels = list(env.HADOLINT_REQUIRE_LABELS);
    return {
        source: 'environment',
        noFail: truthy(env.HADOLINT_NOFAIL),
        failureThreshold: threshold ? hadolintThreshold(threshold) : undefined,
        ignored: list(env.HADOLINT_IGNORE),
        override: {
            error: list(env.HADOLINT_OVERRIDE_ERROR),
            warning: list(env.HADOLINT_OVERRIDE_WARNING),
            info: list(env.HADOLINT_OVERRIDE_INFO),
            style: list(env.HADOLINT_OVERRIDE_STYLE),
        },
        trustedRegistries: list(env.HADOLINT_TRUSTED_REGISTRIES),
        labelSchema: labels ? parseLabelSchema(labels) : undefined,
        strictLabels: truthy(env.HADOLINT_STRICT_LABELS),
        disableIgnorePragma: truthy(env.HADOLINT_DISABLE_IGNORE_PRAGMA),
        formats: list(env.HADOLINT_FORMAT),
    };
}
/** Merges sources in order: lists add up (as hadolint's Semigroup does), later scalars win. */
function mergeHadolint(...configs) {
    const out = {};
    const cat = (a, b) => a || b ? [...(a ?? []), ...(b ?? [])] : undefined;
    for (const c of configs) {
        out.failureThreshold = c.failureThreshold ?? out.failureThreshold;
        out.noFail = c.noFail ?? out.noFail;
        out.strictLabels = c.strictLabels ?? out.strictLabels;
        out.disableIgnorePragma = c.disableIgnorePragma ?? out.disableIgnorePragma;
        out.ignored = cat(out.ignored, c.ignored);
        out.trustedRegistries = cat(out.trustedRegistries, c.trustedRegistries);
        out.formats = cat(out.formats, c.formats);
        out.labelSchema = c.labelSchema || out.labelSchema ? { ...out.labelSchema, ...c.labelSchema } : undefined;
        for (const level of HADOLINT_LEVELS) {
            const merged = cat(out.override?.[level], c.override?.[level]);
            if (merged)
                out.override = { ...out.override, [level]: merged };
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gates/lint/settings.ts


function strings(value) {
    return Array.isArray(value) ? value.map(String) : undefined;
}
/** The `lint:` section of portcullis.yaml in hadolint's terms. */
function fromSection(section, file) {
    const override = section.override;
    return {
        source: file,
        ignored: strings(section.ignored),
        override: override
            ? Object.fromEntries(HADOLINT_LEVELS.map((l) => [l, strings(override[l])]))
            : undefined,
        trustedRegistries: strings(section['trusted-registries']),
        labelSchema: section['label-schema'],
        strictLabels: section['strict-labels'],
        disableIgnorePragma: section['disable-ignore-pragma'],
    };
}
function fromOptions(ctx) {
    const o = ctx.options;
    const list = (name) => strings(o[name]);
    const threshold = typeof o['failure-threshold'] === 'string' ? o['failure-threshold'] : undefined;
    const failureThreshold = threshold === undefined ? undefined : hadolintThreshold(threshold);
    if (threshold !== undefined && failureThreshold === undefined)
        throw new errors/* PortcullisError */.SO('USAGE', `--failure-threshold: unknown severity "${threshold}"`);
    const labels = list('require-label');
    return {
        source: 'options',
        failureThreshold,
        ignored: list('ignore'),
        override: Object.fromEntries(HADOLINT_LEVELS.map((l) => [l, list(`override-${l}`)])),
        trustedRegistries: list('trusted-registry'),
        labelSchema: labels ? parseLabelSchema(labels) : undefined,
        strictLabels: o['strict-labels'] === true ? true : undefined,
        disableIgnorePragma: o['disable-ignore-pragma'] === true ? true : undefined,
    };
}
/**
 * Merges the sources in increasing precedence: `.hadolint.yaml` (hadolint's search order, or
 * `hadolint-config`), `HADOLINT_*` variables, the `lint:` section of portcullis.yaml, options.
 */
function readSettings(ctx) {
    const explicit = (typeof ctx.options['hadolint-config'] === 'string' ? ctx.options['hadolint-config'] : undefined) ??
        (typeof ctx.config['hadolint-config'] === 'string'
            ? ctx.config['hadolint-config']
            : undefined);
    const file = findHadolintConfig(ctx.cwd, ctx.env, explicit);
    const merged = mergeHadolint(file ? readHadolintConfig(file) : {}, hadolintEnv(ctx.env), fromSection(ctx.config, ctx.configFile), fromOptions(ctx));
    const severities = new Map();
    // The most severe override wins when a rule is listed twice.
    for (const level of [...HADOLINT_LEVELS].reverse())
        for (const id of merged.override?.[level] ?? [])
            severities.set(id.toUpperCase(), level);
    const enabled = new Set([...severities.keys(), ...(strings(ctx.config.enable) ?? []), ...(strings(ctx.options.enable) ?? [])].map((s) => s.toUpperCase()));
    return {
        trustedRegistries: merged.trustedRegistries ?? [],
        labelSchema: merged.labelSchema ?? {},
        strictLabels: merged.strictLabels ?? false,
        ignored: (merged.ignored ?? []).map((s) => s.toUpperCase()),
        severities,
        enabled,
        disableIgnorePragma: merged.disableIgnorePragma ?? false,
        failOn: merged.failureThreshold,
        noFail: merged.noFail,
        shellcheck: ctx.options['skip-shellcheck'] !== true && ctx.config.shellcheck !== false,
        fix: ctx.options.fix === true,
        hadolintFile: file,
        formats: merged.formats,
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __webpack_require__(95278);
;// CONCATENATED MODULE: ./src/gates/lint/shellcheck.ts







/**
 * ShellCheck over RUN scripts, built the way hadolint builds them
 * (https://github.com/hadolint/hadolint/blob/master/src/Hadolint/Shell.hs): a shebang naming the
 * shell (SHELL's first word, `/bin/sh` by default), one `export NAME=1` line per ARG/ENV name in
 * scope so that SC2154 knows them, then the script. SC2187, SC1090 and SC1091 are excluded as in
 * hadolint. Positions map back to the Dockerfile through the parser's offset maps.
 */
/** Codes hadolint never reports: ash-as-dash, and `source` targets a Dockerfile cannot point at. */
const HADOLINT_EXCLUDED = ['SC2187', 'SC1090', 'SC1091'];
/** Shebangs hadolint lets ShellCheck read; any other shebang skips the script. */
const SUPPORTED_SHEBANG = /^#!\s*(?:\/usr\/bin\/env\s+)?(?:\/bin\/|\/usr\/bin\/)?(sh|bash|ksh)\b/;
const SHELL_NAMES = new Set(['sh', 'bash', 'ash', 'dash', 'ksh', 'mksh', 'busybox']);
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text[i] === '\n')
            starts.push(i + 1);
    return starts;
}
/** Builds one script: `head` lines we add, then `body` (whose lines map back to `source`). */
function build(instr, shebang, names, source, bodyFrom) {
    const added = [shebang, ...names.map((n) => `export ${n}=1`)];
    const body = source.text.slice(bodyFrom);
    const lines = added.map(() => null);
    for (const start of lineStarts(body))
        lines.push({ source, at: bodyFrom + start });
    return { instr, text: `${added.join('\n')}\n${body}`, lines };
}
/** Names exported into every script: the ARG and ENV names (and proxy variables) in scope. */
function exportedNames(instr) {
    return [...instr.scope.keys()].filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n)).sort();
}
/** The scripts of one RUN: its shell-form text and the heredoc bodies a shell reads. */
function scriptsOf(instr) {
    if (instr.keyword !== 'RUN' || instr.exec || isNonPosix(instr.shell))
        return [];
    const shell = instr.shell[0] ?? '/bin/sh';
    if (/pwsh|powershell|cmd/i.test(shell))
        return [];
    const names = exportedNames(instr);
    const firstLine = instr.args.text.split('\n')[0];
    const command = firstLine.replace(/<<-?\s*(["']?)[A-Za-z0-9_.-]+\1/g, '').trim();
    const out = [];
    if (command !== '')
        out.push(build(instr, `#!${shell}`, names, instr.args, 0));
    for (const h of instr.heredocs) {
        const body = h.body;
        const shebang = /^#![^\n]*/.exec(body.text)?.[0];
        if (shebang) {
            if (!SUPPORTED_SHEBANG.test(shebang))
                continue;
            const next = body.text.indexOf('\n');
            out.push(build(instr, shebang, names, body, next < 0 ? body.text.length : next + 1));
            continue;
        }
        const reader = heredocShell(instr, h);
        if (reader === '')
            out.push(build(instr, `#!${shell}`, names, body, 0));
        else if (reader && SHELL_NAMES.has(reader))
            out.push(build(instr, `#!/bin/${reader === 'busybox' ? 'ash' : reader}`, names, body, 0));
    }
    return out;
}
const LEVELS = { error: 'error', warning: 'warning', info: 'info', style: 'style' };
/** Metadata for an SC code, so SC findings carry a docs link like DL ones. */
function shellcheckMeta(code, severity, message) {
    return {
        id: code,
        title: message,
        severity,
        gate: 'lint',
        helpUri: `https://www.shellcheck.net/wiki/${code}`,
        equivalents: [`hadolint:${code}`, `shellcheck:${code}`],
    };
}
/** File offset of a 1-based script line and column, or undefined on a line we added. */
function offsetIn(script, line, column) {
    const l = script.lines[line - 1];
    if (!l)
        return undefined;
    const idx = Math.min(l.at + column - 1, l.source.text.length);
    return l.source.offsets[idx];
}
/** Turns ShellCheck's json1 comments into findings at Dockerfile positions. */
function mapComments(ctx, scripts, comments) {
    const out = [];
    const seen = new Set();
    for (const c of comments) {
        const script = scripts[Number(/s(\d+)\.sh$/.exec(c.file)?.[1] ?? -1)];
        if (!script)
            continue;
        const start = offsetIn(script, c.line, c.column);
        if (start === undefined)
            continue;
        const end = offsetIn(script, c.endLine, c.endColumn) ?? start;
        const code = `SC${c.code}`;
        const key = `${code}:${start}:${end}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const severity = LEVELS[c.level] ?? 'error';
        out.push(ctx.finding(shellcheckMeta(code, severity, c.message), { start, end: Math.max(end, start) }, c.message));
    }
    return out;
}
/** A hung shellcheck must not hang the gate; the run reports it as an error instead. */
const TIMEOUT_MS = 120_000;
let located;
/** The shellcheck binary on PATH, looked up once per process. */
function findShellcheck(binary = 'shellcheck') {
    if (binary !== 'shellcheck')
        return Promise.resolve((0,external_node_fs_.existsSync)(binary) ? binary : undefined);
    located ??= Promise.resolve((process.env.PATH ?? '')
        .split(external_node_path_.delimiter)
        .filter(Boolean)
        .map((dir) => (0,external_node_path_.join)(dir, 'shellcheck'))
        .find((p) => (0,external_node_fs_.existsSync)(p)));
    return located;
}
function run(binary, args, cwd) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(binary, args, { cwd, maxBuffer: 64 * 1024 * 1024, timeout: TIMEOUT_MS }, (err, stdout, stderr) => {
            if (err && typeof err.code !== 'number')
                reject(err);
            else
                resolve({ code: typeof err?.code === 'number' ? err.code : 0, stdout, stderr });
        });
    });
}
/**
 * ShellCheck's comments per script text (with the binary and exclusions). Passing one cache to
 * every file of a run means a script seen before (the many near-identical official-image
 * variants) is not checked again; ShellCheck is deterministic, so a hit gives the same findings.
 */
class ShellcheckCache {
    limit;
    entries = new Map();
    constructor(limit = 500) {
        this.limit = limit;
    }
    get(key) {
        return this.entries.get(key);
    }
    has(key) {
        return this.entries.has(key);
    }
    set(key, comments) {
        if (this.entries.size >= this.limit)
            this.entries.delete(this.entries.keys().next().value);
        this.entries.set(key, comments);
    }
}
/**
 * Runs ShellCheck once over every RUN script of one Dockerfile (ONBUILD RUN included) and maps
 * its findings back; scripts already in `options.cache` are not checked again. Never throws:
 * a missing binary gives `skipped`, a failing one `error`.
 */
async function shellcheckFindings(ctx, options = {}) {
    const scripts = ctx.withTriggers.flatMap((i) => scriptsOf(i));
    if (scripts.length === 0)
        return { findings: [] };
    const binary = await findShellcheck(options.binary);
    if (!binary)
        return { findings: [], skipped: 'shellcheck was not found on PATH; the SC rules were skipped' };
    const exclude = [...HADOLINT_EXCLUDED, ...(options.exclude ?? [])]
        .filter((c) => /^SC\d+$/i.test(c))
        .map((c) => c.slice(2));
    const keyOf = (script) => `${binary}\0${exclude.join(',')}\0${script.text}`;
    const cache = options.cache ?? new ShellcheckCache();
    const todo = new Map(scripts.filter((sc) => !cache.has(keyOf(sc))).map((sc) => [keyOf(sc), sc.text]));
    if (todo.size > 0) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'portcullis-sc-'));
        try {
            const keys = [...todo.keys()];
            const files = keys.map((_k, i) => `s${i}.sh`);
            await Promise.all(keys.map((k, i) => (0,promises_.writeFile)((0,external_node_path_.join)(dir, files[i]), todo.get(k))));
            const args = ['--norc', '--format=json1', `--exclude=${exclude.join(',')}`, ...files];
            const result = await run(binary, args, dir);
            if (result.code > 1)
                return { findings: [], error: `shellcheck failed (exit ${result.code}): ${result.stderr.trim()}` };
            const parsed = JSON.parse(result.stdout);
            const byFile = keys.map(() => []);
            for (const c of parsed.comments ?? [])
                byFile[Number(/s(\d+)\.sh$/.exec(c.file)?.[1] ?? -1)]?.push(c);
            for (const [i, k] of keys.entries())
                cache.set(k, byFile[i]);
        }
        catch (e) {
            return { findings: [], error: `shellcheck could not run: ${e.message}` };
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    const comments = scripts.flatMap((script, i) => (cache.get(keyOf(script)) ?? []).map((c) => ({ ...c, file: `s${i}.sh` })));
    return { findings: mapComments(ctx, scripts, comments).sort(finding/* compareFindings */.Eg) };
}

;// CONCATENATED MODULE: ./src/gates/lint/run.ts












/** DL1000: the file is not a Dockerfile BuildKit (or hadolint) accepts. */
const DL1000 = {
    id: 'DL1000',
    title: 'Dockerfile parse error',
    severity: 'error',
    gate: 'lint',
    equivalents: ['hadolint:DL1000'],
};
const run_NAME = /(^|[._-])(docker|container)file([._-]|$)/i;
/** Walked files count when their name says Dockerfile; files named on the command line always do. */
function wanted(f) {
    return f.explicit || f.kind === 'dockerfile' || run_NAME.test((0,external_node_path_.basename)(f.path));
}
function ruleEnabled(rule, s) {
    return !rule.meta.disabledByDefault || s.enabled.has(rule.meta.id.toUpperCase());
}
async function lintText(file, source, s, rules, shellcheckCache) {
    const out = { findings: [], errors: [], notes: [] };
    let model;
    try {
        model = dockerfile_parseDockerfile(source);
    }
    catch (error) {
        out.errors.push({ file, message: `cannot parse ${file}: ${(0,errors/* errorMessage */.gJ)(error)}`, code: 'PARSE_FAILED' });
        return out;
    }
    out.model = model;
    const ctx = makeContext(model, file, s);
    const parseError = parseErrors(model)[0];
    if (parseError) {
        out.findings.push(ctx.finding(DL1000, parseError, parseError.message));
        return out;
    }
    for (const rule of rules) {
        if (!ruleEnabled(rule, s))
            continue;
        try {
            out.findings.push(...rule.check(ctx));
        }
        catch (error) {
            out.errors.push({ file, message: `rule ${rule.meta.id} failed on ${file}: ${(0,errors/* errorMessage */.gJ)(error)}` });
        }
    }
    if (s.shellcheck) {
        const sc = await shellcheckFindings(ctx, { exclude: s.ignored, cache: shellcheckCache });
        out.findings.push(...sc.findings);
        if (sc.skipped)
            out.notes.push(sc.skipped);
        if (sc.error)
            out.errors.push({ file, message: sc.error, code: 'TOOL_MISSING' });
    }
    return out;
}
/** Severity overrides, `ignored`, then pragmas, in the order hadolint applies them. */
function settle(findings, model, s, metas) {
    for (const f of findings) {
        const severity = s.severities.get(f.ruleId.toUpperCase());
        if (severity)
            f.severity = severity;
        if (s.ignored.includes(f.ruleId.toUpperCase()))
            f.suppressed = { kind: 'config', justification: 'ignored' };
    }
    if (model)
        applyPragmas(findings, model, metas, s.disableIgnorePragma);
}
/** Applies the fixes of unsuppressed findings that do not overlap; returns the new text and what was fixed. */
function fixText(model, findings) {
    const fixed = new Set();
    const taken = [];
    const edits = [];
    for (const f of findings) {
        if (f.suppressed || !f.fix)
            continue;
        const spans = f.fix.edits.map((e) => [model.index.offset(e.line, e.column), model.index.offset(e.endLine, e.endColumn)]);
        if (spans.some(([a, b]) => taken.some(([c, d]) => (a < d && c < b) || (a === c && (a !== b || c !== d)))))
            continue;
        taken.push(...spans);
        edits.push(...f.fix.edits);
        fixed.add(f);
    }
    const body = (0,core_text/* applyEdits */.c)(model.text, edits);
    return { text: model.bom ? `\uFEFF${body}` : body, fixed };
}
/** The target `-`: the Dockerfile on standard input, empty where the caller has none. */
async function readStdin(ctx) {
    try {
        return { text: (await ctx.readStdin?.()) ?? '' };
    }
    catch (error) {
        return {
            error: { file: '-', message: `cannot read -: ${(0,errors/* errorMessage */.gJ)(error)}`, code: 'PATH_UNREADABLE' },
        };
    }
}
/** Every rule's metadata, for `--list-rules` (ShellCheck's SC codes are added as ShellCheck reports them). */
function ruleMetas() {
    return [DL1000, ...RULES.map((r) => r.meta)];
}
/**
 * Lints every Dockerfile among the targets. A file that does not parse gets DL1000 and the
 * others are still linted; a crash in a rule or in ShellCheck is a gate error (fail closed).
 */
async function run_run(ctx) {
    const settings = readSettings(ctx);
    const exclude = Array.isArray(ctx.config.exclude) ? ctx.config.exclude : undefined;
    const files = (0,discover/* discover */.k4)({
        cwd: ctx.cwd,
        targets: ctx.targets,
        kinds: ['dockerfile', 'other'],
        exclude,
        cache: ctx.discovery,
    }).filter(wanted);
    await shell_initShell();
    const metas = new Map(RULES.map((r) => [r.meta.id, r.meta]));
    metas.set(DL1000.id, DL1000);
    const findings = [];
    const errors = [];
    const notes = new Set();
    const models = new Map();
    const scanned = [];
    // One cache per run: generated image variants repeat the same RUN scripts across files.
    const shellcheckCache = new ShellcheckCache();
    for (const f of files) {
        const read = f.path === '-' ? await readStdin(ctx) : (0,discover/* readDiscovered */.zo)(f);
        if ('error' in read) {
            errors.push(read.error);
            continue;
        }
        const source = read.text;
        scanned.push(f.path);
        const result = await lintText(f.path, source, settings, RULES, shellcheckCache);
        for (const sc of result.findings)
            if (!metas.has(sc.ruleId))
                metas.set(sc.ruleId, shellcheckMeta(sc.ruleId, sc.severity, sc.message));
        settle(result.findings, result.model, settings, metas);
        if (result.model)
            models.set(f.path, result.model);
        for (const n of result.notes)
            notes.add(n);
        errors.push(...result.errors);
        if (settings.fix && result.model && f.path !== '-') {
            const { text, fixed } = fixText(result.model, result.findings);
            if (fixed.size > 0 && text !== source) {
                (0,external_node_fs_.writeFileSync)(f.absPath, text);
                notes.add(`${f.path}: fixed ${fixed.size} finding(s) (${[...new Set([...fixed].map((x) => x.ruleId))].join(', ')})`);
                findings.push(...result.findings.filter((x) => !fixed.has(x)));
                continue;
            }
        }
        findings.push(...result.findings);
    }
    if (files.length === 0)
        notes.add(`no Dockerfiles found in ${ctx.targets.join(' ')}`);
    if (settings.formats?.length)
        notes.add(`hadolint format ${settings.formats.join(', ')} is not used here; choose the output with --format (e.g. hadolint-json)`);
    if (settings.hadolintFile)
        notes.add(`read hadolint settings from ${(0,external_node_path_.relative)(ctx.cwd, settings.hadolintFile) || settings.hadolintFile}`);
    const lineOf = (f) => {
        const model = models.get(f.file);
        return model ? instructionLine(model, f.line) : f.line;
    };
    const items = () => (0,formats/* hadolintItems */.Kr)(findings, lineOf);
    const rules = [...metas.values()].map((m) => {
        const severity = settings.severities.get(m.id.toUpperCase());
        return severity ? { ...m, severity } : m;
    });
    return {
        findings,
        errors,
        rules,
        notes: [...notes],
        scanned,
        failOn: settings.failOn,
        noFail: settings.noFail,
        render: {
            'hadolint-json': () => (0,formats/* hadolintJson */.wT)(items()),
            'hadolint-tty': () => (0,formats/* hadolintTty */.v9)(items()),
            'hadolint-gnu': () => (0,formats/* hadolintGnu */.C$)(items()),
            'hadolint-checkstyle': () => (0,formats/* hadolintCheckstyle */.Nn)(items(), scanned),
        },
    };
}


/***/ })

};
