// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the fixtures are Dockerfile and workflow text with ${VAR}
import { describe, expect, it } from 'vitest';
import type { FileKind } from '../../../src/core/discover.js';
import { extractReferences } from '../../../src/gates/pin/extract/index.js';

type Row = [context: string, raw: string, value: string | undefined, range: [number, number, number, number]];

interface Case {
  name: string;
  kind: FileKind;
  text: string;
  refs: Row[];
}

const DIGEST_REF = `gcr.io/distroless/static:nonroot@sha256:${'a'.repeat(64)}`;

const cases: Case[] = [
  {
    name: 'Dockerfile: FROM, alias, --platform, stage reuse, scratch',
    kind: 'dockerfile',
    text: [
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
      'RUN go build',
      'FROM build AS test',
      'FROM Build',
      'FROM scratch',
      `FROM ${DIGEST_REF}`,
      '',
    ].join('\n'),
    refs: [
      ['from', 'golang:1.22', 'golang:1.22', [1, 32, 1, 43]],
      ['from', DIGEST_REF, DIGEST_REF, [6, 6, 6, 110]],
    ],
  },
  {
    name: 'Dockerfile: a FROM of a later stage name is an image',
    kind: 'dockerfile',
    text: 'FROM base\nFROM alpine:3.20 AS base\n',
    refs: [
      ['from', 'base', 'base', [1, 6, 1, 10]],
      ['from', 'alpine:3.20', 'alpine:3.20', [2, 6, 2, 17]],
    ],
  },
  {
    name: 'Dockerfile: syntax directive, COPY --from, RUN --mount from=, CRLF',
    kind: 'dockerfile',
    text: [
      '# syntax=docker/dockerfile:1.7',
      'FROM node:20-alpine AS deps',
      'COPY --from=deps /a /b',
      'COPY --from=0 /a /b',
      'COPY --from=nginx:1.27 /etc/nginx /etc/nginx',
      'RUN --mount=type=bind,from=busybox:1.36,target=/bb ls /bb',
      'RUN --mount=type=cache,from=deps,target=/c true',
      '',
    ].join('\r\n'),
    refs: [
      ['syntax', 'docker/dockerfile:1.7', 'docker/dockerfile:1.7', [1, 10, 1, 31]],
      ['from', 'node:20-alpine', 'node:20-alpine', [2, 6, 2, 20]],
      ['copy-from', 'nginx:1.27', 'nginx:1.27', [5, 13, 5, 23]],
      ['mount-from', 'busybox:1.36', 'busybox:1.36', [6, 28, 6, 40]],
    ],
  },
  {
    name: 'Dockerfile: global ARG defaults resolve into FROM; stage ARGs into flags; variables stay unresolved',
    kind: 'dockerfile',
    text: [
      'ARG BASE=python:3.12-slim',
      'ARG REGISTRY',
      'ARG TAG=${TAG:-3.20}',
      'FROM ${BASE} AS app',
      'ARG TOOL=busybox:1.36',
      'COPY --from=$TOOL /bin/sh /sh',
      'FROM $REGISTRY/app:1',
      'FROM alpine:${VERSION:-3.19}',
      '',
    ].join('\n'),
    refs: [
      ['from', '${BASE}', 'python:3.12-slim', [4, 6, 4, 13]],
      ['copy-from', '$TOOL', 'busybox:1.36', [6, 13, 6, 18]],
      ['from', '$REGISTRY/app:1', undefined, [7, 6, 7, 21]],
      ['from', 'alpine:${VERSION:-3.19}', 'alpine:3.19', [8, 6, 8, 29]],
    ],
  },
  {
    name: 'GitHub workflow: uses, reusable workflow, docker://, container and services in both forms',
    kind: 'github-workflow',
    text: [
      'on: push',
      'jobs:',
      '  call:',
      '    uses: octo/wf/.github/workflows/ci.yml@v1',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    container: node:20',
      '    services:',
      '      db:',
      "        image: 'postgres:16'",
      '      cache: redis:7.2',
      '    steps:',
      '      - uses: actions/checkout@v4 # keep',
      '      - uses: "docker://alpine:3.20"',
      '      - uses: ./local-action',
      '      - run: echo hi',
      '  other:',
      '    container:',
      '      image: ${{ matrix.image }}',
      '',
    ].join('\n'),
    refs: [
      ['uses', 'octo/wf/.github/workflows/ci.yml@v1', 'octo/wf/.github/workflows/ci.yml@v1', [4, 11, 4, 46]],
      ['container', 'node:20', 'node:20', [7, 16, 7, 23]],
      ['service', 'postgres:16', 'postgres:16', [10, 17, 10, 28]],
      ['service', 'redis:7.2', 'redis:7.2', [11, 14, 11, 23]],
      ['uses', 'actions/checkout@v4', 'actions/checkout@v4', [13, 15, 13, 34]],
      ['docker-uses', 'alpine:3.20', 'alpine:3.20', [14, 25, 14, 36]],
      ['uses', './local-action', './local-action', [15, 15, 15, 29]],
      ['container', '${{ matrix.image }}', undefined, [19, 14, 19, 33]],
    ],
  },
  {
    name: 'composite action.yml: runs.steps uses; docker action image',
    kind: 'github-action',
    text: [
      'name: x',
      'runs:',
      '  using: composite',
      '  steps:',
      '    - uses: actions/setup-node@v4.0.2',
      '---',
      'runs:',
      '  using: docker',
      "  image: 'docker://ghcr.io/o/tool:1.0'",
      '',
    ].join('\n'),
    refs: [
      ['uses', 'actions/setup-node@v4.0.2', 'actions/setup-node@v4.0.2', [5, 13, 5, 38]],
      ['docker-uses', 'ghcr.io/o/tool:1.0', 'ghcr.io/o/tool:1.0', [9, 20, 9, 38]],
    ],
  },
  {
    name: 'GitLab CI: top level, default, jobs, string and object forms, variables',
    kind: 'gitlab-ci',
    text: [
      'image: ruby:3.3',
      'default:',
      '  image:',
      '    name: "alpine:3.20"',
      '    entrypoint: [""]',
      'variables:',
      '  image: not-an-image',
      'test:',
      '  image: $CI_REGISTRY_IMAGE/app:latest',
      '  services:',
      '    - postgres:16',
      '    - name: redis:7.2',
      '      alias: cache',
      '.tpl:',
      '  image: { name: node:22 }',
      '',
    ].join('\n'),
    refs: [
      ['image', 'ruby:3.3', 'ruby:3.3', [1, 8, 1, 16]],
      ['image', 'alpine:3.20', 'alpine:3.20', [4, 12, 4, 23]],
      ['image', '$CI_REGISTRY_IMAGE/app:latest', undefined, [9, 10, 9, 39]],
      ['service', 'postgres:16', 'postgres:16', [11, 7, 11, 18]],
      ['service', 'redis:7.2', 'redis:7.2', [12, 13, 12, 22]],
      ['image', 'node:22', 'node:22', [15, 18, 15, 25]],
    ],
  },
  {
    name: 'compose: services image with comments and quotes, CRLF',
    kind: 'compose',
    text: [
      'services:',
      '  web:',
      '    image: "nginx:1.27" # front',
      '  # db:',
      '  #   image: mysql:8',
      '  worker:',
      '    build: .',
      '  cache:',
      "    image: 'redis'",
      '',
    ].join('\r\n'),
    refs: [
      ['image', 'nginx:1.27', 'nginx:1.27', [3, 13, 3, 23]],
      ['image', 'redis', 'redis', [9, 13, 9, 18]],
    ],
  },
  {
    name: 'Kubernetes: Deployment containers and initContainers, CronJob nesting, List, ephemeral',
    kind: 'kubernetes',
    text: [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'spec:',
      '  template:',
      '    spec:',
      '      initContainers:',
      '        - name: init',
      '          image: busybox:1.36',
      '      containers:',
      '        - name: app',
      '          image: ghcr.io/o/app:1.2',
      '---',
      'apiVersion: batch/v1',
      'kind: CronJob',
      'spec:',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers: [{ name: c, image: "alpine:3.20" }]',
      '---',
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - kind: Pod',
      '    spec:',
      '      ephemeralContainers:',
      '        - image: debian:bookworm',
      '',
    ].join('\n'),
    refs: [
      ['image', 'busybox:1.36', 'busybox:1.36', [8, 18, 8, 30]],
      ['image', 'ghcr.io/o/app:1.2', 'ghcr.io/o/app:1.2', [11, 18, 11, 35]],
      ['image', 'alpine:3.20', 'alpine:3.20', [20, 43, 20, 54]],
      ['image', 'debian:bookworm', 'debian:bookworm', [28, 18, 28, 33]],
    ],
  },
];

describe('pin extraction', () => {
  it.each(cases)('$name', ({ kind, text, refs }) => {
    const got = extractReferences('f', kind, text).map(
      (r): Row => [
        r.context,
        r.raw,
        r.value,
        [r.range.line, r.range.column, r.range.endLine, r.range.endColumn],
      ],
    );
    expect(got).toEqual(refs);
  });

  it('ranges point at the exact text, also after a byte-order mark', () => {
    const text = '\uFEFFFROM node:20\n';
    const [ref] = extractReferences('Dockerfile', 'dockerfile', text);
    expect(ref.range).toEqual({ line: 1, column: 7, endLine: 1, endColumn: 14 });
    expect(text.slice(ref.range.column - 1, ref.range.endColumn - 1)).toBe('node:20');
  });

  it('only literal references are editable', () => {
    const refs = extractReferences('Dockerfile', 'dockerfile', 'ARG B=node:20\nFROM ${B}\nFROM node:22\n');
    expect(refs.map((r) => r.editable)).toEqual([false, true]);
  });

  it.each([
    ['dockerfile', 'FROM node:20\nFROBNICATE x\n', /^f:2:1: unknown instruction "FROBNICATE"/],
    ['dockerfile', 'FROM\n', /^f:1:1: FROM requires an image/],
    ['github-workflow', 'jobs:\n  a:\n    steps: [\n', /^f:\d+:\d+: invalid YAML/],
    ['compose', 'services:\n  web:\n    image: "nginx\n', /^f:4:1: invalid YAML/],
    ['kubernetes', 'a: 1\na: 2\n', /^f:2:1: invalid YAML/],
  ] as const)('malformed %s input is a PARSE_FAILED error with a position', (kind, text, message) => {
    expect(() => extractReferences('f', kind, text)).toThrow(message);
    try {
      extractReferences('f', kind, text);
    } catch (e) {
      expect((e as { code: string }).code).toBe('PARSE_FAILED');
    }
  });
});
