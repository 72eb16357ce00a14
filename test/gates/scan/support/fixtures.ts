import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { OciBuilder } from './oci.js';
import { run } from './tools.js';

export interface Expected {
  name: string;
  version: string;
  sourceName?: string;
  sourceVersion?: string;
  group?: string;
}

const REPO = join(import.meta.dirname, '..', '..', '..', '..');

function put(root: string, path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

/** The installed packages of a dpkg database, as dpkg-query itself reads it (the oracle). */
export function dpkgQuery(admindir: string): Expected[] {
  return run('dpkg-query', [
    `--admindir=${admindir}`,
    '-W',
    '-f',
    // dpkg-query's own format fields, not a JavaScript template.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query --showformat syntax
    '${Package}\t${Version}\t${source:Package}\t${source:Version}\t${db:Status-Want}\n',
  ])
    .trim()
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(([, , , , want]) => want !== 'deinstall' && want !== 'purge')
    .map(([name, version, sourceName, sourceVersion]) => ({
      name: name as string,
      version: version as string,
      sourceName: sourceName as string,
      sourceVersion: sourceVersion as string,
    }));
}

/** A dpkg-owned Python egg-info on this machine (e.g. python3-apt), to check it is not reported twice. */
function dpkgOwnedEggInfo(): { pkg: string; path: string; list: string } | undefined {
  let out = '';
  try {
    out = run('dpkg', ['-S', '*.egg-info']);
  } catch {
    return undefined;
  }
  for (const line of out.split('\n')) {
    const m = /^([^:,\s]+)(?::\w+)?: (\/\S+\.egg-info)$/.exec(line.trim());
    if (!m) continue;
    const pkg = m[1] as string;
    const list = ['', ':amd64', ':arm64'].map((a) => `/var/lib/dpkg/info/${pkg}${a}.list`).find(existsSync);
    if (list && existsSync(m[2] as string)) return { pkg, path: m[2] as string, list };
  }
  return undefined;
}

/** Real Python distributions installed on this machine, read by importlib.metadata (the oracle). */
function pythonDistributions(count: number): { name: string; version: string; path: string }[] {
  const script =
    'import importlib.metadata as m, json\n' +
    'ds = [d for d in m.distributions() if str(getattr(d, "_path", "")).endswith(".dist-info")]\n' +
    'ds.sort(key=lambda d: d.metadata["Name"].lower())\n' +
    'seen = set(); out = []\n' +
    'for d in ds:\n' +
    '  n = d.metadata["Name"].lower()\n' +
    '  if n in seen: continue\n' +
    '  seen.add(n); out.append({"name": d.metadata["Name"], "version": d.version, "path": str(d._path)})\n' +
    'print(json.dumps(out))\n';
  const all = JSON.parse(run('python3', ['-c', script])) as { name: string; version: string; path: string }[];
  return all.slice(0, count);
}

/** Maven coordinates inside a real jar, as `unzip` extracts them (the oracle). */
function pomOf(jar: string): Expected {
  const listing = run('unzip', ['-Z1', jar]).split('\n');
  const pom = listing.find((l) => /^META-INF\/maven\/.+\/pom\.properties$/.test(l)) as string;
  const props = Object.fromEntries(
    run('unzip', ['-p', jar, pom])
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1).trim()]),
  );
  return { name: props.artifactId, version: props.version, group: props.groupId };
}

/** Builds a Go program with one required module (replaced by a local directory); `go version -m` is the oracle. */
function buildGoBinary(work: string, out: string): Expected[] {
  const lib = join(work, 'go', 'greeting');
  const app = join(work, 'go', 'hello');
  put(lib, 'go.mod', 'module example.com/greeting\n\ngo 1.19\n');
  put(lib, 'greeting.go', 'package greeting\n\nfunc Hello() string { return "hello" }\n');
  put(
    app,
    'go.mod',
    'module example.com/hello\n\ngo 1.19\n\nrequire example.com/greeting v1.4.0\n\nreplace example.com/greeting v1.4.0 => ../greeting\n',
  );
  put(
    app,
    'main.go',
    'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/greeting"\n)\n\nfunc main() { fmt.Println(greeting.Hello()) }\n',
  );
  const env = {
    ...process.env,
    GOPROXY: 'off',
    GOFLAGS: '-mod=mod',
    GOTOOLCHAIN: 'local',
    GOCACHE: join(work, 'go', 'cache'),
  };
  run('go', ['build', '-ldflags', '-X main.version=1.4.2', '-o', out, '.'], { cwd: app, env });
  const expected: Expected[] = [];
  for (const line of run('go', ['version', '-m', out]).split('\n')) {
    const [kind, path, version] = line.trim().split('\t');
    if (kind === 'dep' && path && version) expected.push({ name: path, version });
    // A (devel) main module takes the version stamped with -ldflags -X main.version, as in Trivy.
    if (kind === 'mod' && path && version === '(devel)') expected.push({ name: path, version: '1.4.2' });
  }
  const goVersion = /go(\d+\.\d+(\.\d+)?)/.exec(run('go', ['version', out]))?.[1];
  expected.push({ name: 'stdlib', version: `v${goVersion}` });
  return expected;
}

/** The crates a cargo-auditable binary records (format: rust-secure-code/cargo-auditable PARSING.md). */
const AUDIT_JSON = {
  packages: [
    {
      name: 'hello-rs',
      version: '0.1.0',
      source: 'local',
      kind: 'runtime',
      dependencies: [1, 2],
      root: true,
    },
    { name: 'itoa', version: '1.0.9', source: 'crates.io', kind: 'runtime' },
    { name: 'cc', version: '1.0.83', source: 'crates.io', kind: 'build' },
  ],
};

/**
 * A Rust program built here with rustc, with the `.dep-v0` section cargo-auditable links in added by
 * objcopy (cargo-auditable itself needs crates.io). Build dependencies are not reported.
 */
function buildRustBinary(work: string, out: string): Expected[] {
  const src = join(work, 'rust', 'main.rs');
  put(join(work, 'rust'), 'main.rs', 'fn main() { println!("hello"); }\n');
  run('rustc', ['-O', '-o', out, src]);
  const section = join(work, 'rust', 'dep-v0');
  writeFileSync(section, deflateSync(JSON.stringify(AUDIT_JSON)));
  run('objcopy', [
    '--add-section',
    `.dep-v0=${section}`,
    '--set-section-flags',
    '.dep-v0=noload,readonly',
    out,
  ]);
  return [
    { name: 'hello-rs', version: '0.1.0' },
    { name: 'itoa', version: '1.0.9' },
  ];
}

export interface AppImage {
  builder: OciBuilder;
  dpkg: Expected[];
  /** The dist-info left after the opaque layer. */
  python: Expected[];
  npm: Expected[];
  golang: Expected[];
  cargo: Expected[];
  maven: Expected[];
  ownedEggInfo?: string;
  /** npm packages the whiteout removed. */
  deletedNpm: string[];
  /** Python distributions the opaque directory hid. */
  hiddenPython: string[];
  createdBy: { base: string; app: string; cleanup: string; opaque: string };
}

const SITE = 'usr/local/lib/python3.11/site-packages';
const NPM_PACKAGES = ['semver', 'yaml', 'picomatch', '@types/semver'];
const JARS = ['/usr/share/java/commons-lang3.jar', '/usr/share/java/commons-io.jar'];

/**
 * A Debian-based application image from real files: this machine's os-release and dpkg status
 * (plus one dpkg-owned egg-info), a Python site-packages, a node_modules tree, a Go binary built here,
 * a Spring-Boot-style fat jar with real nested jars, then a layer that deletes an npm package
 * (whiteout) and one that replaces site-packages (opaque directory).
 */
export function buildAppImage(work: string): AppImage {
  const createdBy = {
    base: 'ADD rootfs.tar /',
    app: 'RUN pip install && npm ci && go build && mvn package',
    cleanup: 'RUN rm -rf /app/node_modules/yaml',
    opaque: 'COPY site-packages/ /usr/local/lib/python3.11/site-packages/',
  };
  const b = new OciBuilder(work, 'app');
  let root = b.rootfs;
  put(root, 'usr/lib/os-release', readFileSync('/usr/lib/os-release'));
  mkdirSync(join(root, 'etc'), { recursive: true });
  symlinkSync('../usr/lib/os-release', join(root, 'etc/os-release'));
  put(root, 'var/lib/dpkg/status', readFileSync('/var/lib/dpkg/status'));
  const owned = dpkgOwnedEggInfo();
  if (owned) {
    mkdirSync(join(root, 'var/lib/dpkg/info'), { recursive: true });
    copyFileSync(owned.list, join(root, 'var/lib/dpkg/info', owned.list.split('/').pop() as string));
    const target = join(root, owned.path.slice(1));
    mkdirSync(dirname(target), { recursive: true });
    if (statSync(owned.path).isDirectory()) cpSync(owned.path, target, { recursive: true });
    else copyFileSync(owned.path, target);
  }
  const dpkg = dpkgQuery(join(root, 'var/lib/dpkg'));
  b.commit(createdBy.base);

  root = b.rootfs;
  const dists = pythonDistributions(3);
  for (const d of dists)
    cpSync(d.path, join(root, SITE, d.path.split('/').pop() as string), { recursive: true });
  const npm: Expected[] = [];
  for (const name of NPM_PACKAGES) {
    const json = readFileSync(join(REPO, 'node_modules', name, 'package.json'));
    put(root, `app/node_modules/${name}/package.json`, json);
    const parsed = JSON.parse(json.toString()) as { name: string; version: string };
    npm.push({ name: parsed.name, version: parsed.version });
  }
  const golang = buildGoBinary(work, join(root, 'usr/local/bin/hello'));
  const cargo = buildRustBinary(work, join(root, 'usr/local/bin/hello-rs'));
  const nested = Object.fromEntries(
    JARS.map((j) => [`BOOT-INF/lib/${j.split('/').pop()}`, new Uint8Array(readFileSync(j))]),
  );
  const appPom = 'groupId=com.example\nartifactId=demo-app\nversion=0.0.1\n';
  put(
    root,
    'app/app.jar',
    zipSync({
      'META-INF/MANIFEST.MF': new TextEncoder().encode(
        'Manifest-Version: 1.0\r\nMain-Class: org.springframework.boot.loader.JarLauncher\r\n\r\n',
      ),
      'META-INF/maven/com.example/demo-app/pom.properties': new TextEncoder().encode(appPom),
      ...nested,
    }),
  );
  const maven = [{ name: 'demo-app', version: '0.0.1', group: 'com.example' }, ...JARS.map(pomOf)];
  b.commit(createdBy.app);

  root = b.rootfs;
  run('rm', ['-rf', join(root, 'app/node_modules/yaml')]);
  b.commit(createdBy.cleanup);

  const staging = join(work, 'opaque');
  const kept = dists[0] as (typeof dists)[number];
  put(staging, `${SITE}/.wh..wh..opq`, '');
  cpSync(kept.path, join(staging, SITE, kept.path.split('/').pop() as string), { recursive: true });
  run('tar', ['-C', staging, '-cf', join(work, 'opaque.tar'), 'usr']);
  b.addRawLayer(join(work, 'opaque.tar'), createdBy.opaque);

  const result: AppImage = {
    builder: b,
    dpkg,
    python: [{ name: kept.name, version: kept.version }],
    npm: npm.filter((p) => p.name !== 'yaml'),
    golang,
    cargo,
    maven,
    deletedNpm: ['yaml'],
    hiddenPython: dists.slice(1).map((d) => d.name),
    createdBy,
  };
  if (owned) result.ownedEggInfo = owned.path.slice(1);
  return result;
}

/** An rpm database made with Debian's rpm tooling from two packages rpmbuild builds here; `rpm -qa` is the oracle. */
export function buildRpmImage(work: string): { builder: OciBuilder; rpm: (Expected & { epoch: number })[] } {
  const top = join(work, 'rpmbuild');
  put(
    work,
    'hello.spec',
    [
      'Name: hello',
      'Version: 1.2.3',
      'Release: 4.el9',
      'Epoch: 2',
      'Summary: test package',
      'License: MIT',
      'BuildArch: noarch',
      '%description',
      'test',
      '%package libs',
      'Summary: test library',
      '%description libs',
      'test',
      '%install',
      'mkdir -p %{buildroot}/usr/share/hello',
      'echo hi > %{buildroot}/usr/share/hello/a.txt',
      'echo lib > %{buildroot}/usr/share/hello/lib.txt',
      '%files',
      '/usr/share/hello/a.txt',
      '%files libs',
      '/usr/share/hello/lib.txt',
      '',
    ].join('\n'),
  );
  run('rpmbuild', ['-bb', '--quiet', '--define', `_topdir ${top}`, join(work, 'hello.spec')]);
  const b = new OciBuilder(work, 'rpm');
  const root = b.rootfs;
  put(
    root,
    'etc/os-release',
    'NAME="Rocky Linux"\nID="rocky"\nVERSION_ID="9.3"\nPRETTY_NAME="Rocky Linux 9.3 (Blue Onyx)"\n',
  );
  const dbArgs = ['--root', root, '--dbpath', '/usr/lib/sysimage/rpm'];
  run('rpm', [...dbArgs, '--initdb']);
  const rpms = run('find', [join(top, 'RPMS'), '-name', '*.rpm'])
    .trim()
    .split('\n');
  run('rpm', [...dbArgs, '-i', '--justdb', '--nodeps', '--force-debian', ...rpms]);
  const rpm = run('rpm', [
    ...dbArgs,
    '-qa',
    '--qf',
    '%{NAME}\t%{EPOCHNUM}\t%{VERSION}-%{RELEASE}\t%{SOURCERPM}\n',
  ])
    .trim()
    .split('\n')
    .map((l) => {
      const [name, epoch, version, srpm] = l.split('\t') as [string, string, string, string];
      return {
        name,
        version,
        epoch: Number(epoch),
        sourceName: srpm.replace(/-[^-]+-[^-]+\.src\.rpm$/, ''),
        sourceVersion: version,
      };
    });
  run('rm', ['-f', join(root, 'usr/lib/sysimage/rpm/.rpm.lock')]);
  b.commit('RUN dnf install -y hello hello-libs');
  return { builder: b, rpm };
}

/** An apk database in apk-tools' installed-database format (there is no apk on a Debian machine). */
export function buildAlpineImage(work: string): OciBuilder {
  const b = new OciBuilder(work, 'alpine');
  const root = b.rootfs;
  put(root, 'etc/alpine-release', '3.19.1\n');
  put(
    root,
    'lib/apk/db/installed',
    [
      'C:Q1abc=',
      'P:musl',
      'V:1.2.4_git20230717-r4',
      'A:x86_64',
      'L:MIT',
      'o:musl',
      'F:lib',
      'R:ld-musl-x86_64.so.1',
      '',
      'P:libcrypto3',
      'V:3.1.4-r5',
      'A:x86_64',
      'L:Apache-2.0',
      'o:openssl',
      'F:usr/lib',
      'R:libcrypto.so.3',
      '',
      'P:py3-six',
      'V:1.16.0-r8',
      'A:noarch',
      'L:MIT',
      'o:py3-six',
      'F:usr/lib/python3.11/site-packages/six-1.16.0.dist-info',
      'R:METADATA',
      '',
    ].join('\n'),
  );
  put(
    root,
    'usr/lib/python3.11/site-packages/six-1.16.0.dist-info/METADATA',
    'Metadata-Version: 2.1\nName: six\nVersion: 1.16.0\n',
  );
  put(root, 'lib/ld-musl-x86_64.so.1', 'not really musl\n');
  b.commit('ADD alpine-minirootfs.tar.gz /');
  return b;
}
