// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the cases are Dockerfile text, where ${VAR} is literal
import type { LintSettings } from '../../../src/gates/lint/rule.js';

/** A rule case: a Dockerfile, and the exact `[line, column, endLine, endColumn]` of each finding expected. */
export interface RuleCase {
  rule: string;
  name: string;
  source: string;
  expect: [number, number, number, number][];
  settings?: Partial<LintSettings>;
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;

/** Hit and no-hit cases for lint B's DL rules, written for Portcullis (none are taken from hadolint's suite). */
export const DL_CASES: RuleCase[] = [
  // DL3032
  {
    rule: 'DL3032',
    name: 'install without clean',
    source: lines('FROM centos:7', 'RUN yum install -y httpd-2.4'),
    expect: [[2, 5, 2, 29]],
  },
  {
    rule: 'DL3032',
    name: 'clean before install',
    source: lines('FROM centos:7', 'RUN yum clean all && yum install -y a-1'),
    expect: [[2, 22, 2, 40]],
  },
  {
    rule: 'DL3032',
    name: 'install then clean',
    source: lines('FROM centos:7', 'RUN yum install -y a-1 && yum clean all'),
    expect: [],
  },
  {
    rule: 'DL3032',
    name: 'onbuild',
    source: lines('FROM centos:7', 'ONBUILD RUN yum install -y a-1'),
    expect: [[2, 13, 2, 31]],
  },
  // DL3033
  {
    rule: 'DL3033',
    name: 'unpinned',
    source: lines('FROM centos:7', 'RUN yum install -y httpd && yum clean all'),
    expect: [[2, 5, 2, 25]],
  },
  {
    rule: 'DL3033',
    name: 'pinned and rpm',
    source: lines('FROM centos:7', 'RUN yum install -y httpd-2.4.6 ./x.rpm && yum clean all'),
    expect: [],
  },
  {
    rule: 'DL3033',
    name: 'module without stream',
    source: lines('FROM centos:8', 'RUN yum module install -y nodejs'),
    expect: [[2, 5, 2, 33]],
  },
  {
    rule: 'DL3033',
    name: 'module with stream',
    source: lines('FROM centos:8', 'RUN yum module install -y nodejs:14'),
    expect: [],
  },
  {
    rule: 'DL3033',
    name: 'version from ARG',
    source: lines('FROM centos:7', 'ARG V', 'RUN yum install -y httpd-${V}'),
    expect: [],
  },
  {
    rule: 'DL3033',
    name: 'list in ENV, all pinned',
    source: lines('FROM centos:7', 'ENV PKGS="a-1.0 b-2.1"', 'RUN yum install -y $PKGS'),
    expect: [],
  },
  {
    rule: 'DL3033',
    name: 'list in ENV, one unpinned',
    source: lines('FROM centos:7', 'ENV PKGS="a-1.0 b"', 'RUN yum install -y $PKGS'),
    expect: [[3, 5, 3, 25]],
  },
  // DL3034
  {
    rule: 'DL3034',
    name: 'zypper without -y',
    source: lines('FROM opensuse/leap:15', 'RUN zypper install httpd=2.4'),
    expect: [[2, 5, 2, 29]],
  },
  {
    rule: 'DL3034',
    name: 'zypper -n',
    source: lines('FROM opensuse/leap:15', 'RUN zypper -n install httpd=2.4'),
    expect: [],
  },
  {
    rule: 'DL3034',
    name: 'onbuild',
    source: lines('FROM opensuse/leap:15', 'ONBUILD RUN zypper rm x'),
    expect: [[2, 13, 2, 24]],
  },
  // DL3035
  {
    rule: 'DL3035',
    name: 'dist-upgrade',
    source: lines('FROM opensuse/leap:15', 'RUN zypper -n dup'),
    expect: [[2, 5, 2, 18]],
  },
  {
    rule: 'DL3035',
    name: 'update',
    source: lines('FROM opensuse/leap:15', 'RUN zypper -n update'),
    expect: [],
  },
  // DL3036
  {
    rule: 'DL3036',
    name: 'no clean',
    source: lines('FROM opensuse/leap:15', 'RUN zypper install -y a=1'),
    expect: [[2, 5, 2, 26]],
  },
  {
    rule: 'DL3036',
    name: 'clean',
    source: lines('FROM opensuse/leap:15', 'RUN zypper install -y a=1 && zypper clean'),
    expect: [],
  },
  {
    rule: 'DL3036',
    name: 'cache mount',
    source: lines('FROM opensuse/leap:15', 'RUN --mount=type=cache,target=/var/cache/zypp zypper in -y a=1'),
    expect: [],
  },
  // DL3037
  {
    rule: 'DL3037',
    name: 'unpinned',
    source: lines('FROM opensuse/leap:15', 'RUN zypper install -y httpd && zypper clean'),
    expect: [[2, 5, 2, 28]],
  },
  {
    rule: 'DL3037',
    name: 'pinned',
    source: lines('FROM opensuse/leap:15', 'RUN zypper install -y "httpd>=2.4" b=1 c.rpm && zypper clean'),
    expect: [],
  },
  // DL3038
  {
    rule: 'DL3038',
    name: 'dnf without -y',
    source: lines('FROM fedora:40', 'RUN dnf install httpd-2.4'),
    expect: [[2, 5, 2, 26]],
  },
  {
    rule: 'DL3038',
    name: 'microdnf with --assumeyes',
    source: lines('FROM fedora:40', 'RUN microdnf install --assumeyes httpd-2.4'),
    expect: [],
  },
  {
    rule: 'DL3038',
    name: 'onbuild',
    source: lines('FROM fedora:40', 'ONBUILD RUN dnf groupinstall x'),
    expect: [[2, 13, 2, 31]],
  },
  {
    rule: 'DL3038',
    name: 'inside a heredoc script',
    source: lines('FROM fedora:40', 'RUN <<EOF', 'set -e', 'dnf install httpd-2.4.46', 'EOF'),
    expect: [[4, 1, 4, 25]],
  },
  {
    rule: 'DL3038',
    name: 'inside a heredoc fed to bash',
    source: lines('FROM fedora:40', 'RUN bash <<EOF', 'dnf install httpd-2.4.46', 'EOF'),
    expect: [[3, 1, 3, 25]],
  },
  {
    rule: 'DL3038',
    name: 'heredoc fed to python is not shell',
    source: lines('FROM fedora:40', 'RUN python3 <<EOF', 'dnf install httpd', 'EOF'),
    expect: [],
  },
  // DL3040
  {
    rule: 'DL3040',
    name: 'no clean',
    source: lines('FROM fedora:40', 'RUN dnf install -y a-1'),
    expect: [[2, 5, 2, 23]],
  },
  {
    rule: 'DL3040',
    name: 'microdnf clean',
    source: lines('FROM fedora:40', 'RUN microdnf install -y a-1 && microdnf clean all'),
    expect: [],
  },
  {
    rule: 'DL3040',
    name: 'cache mount',
    source: lines('FROM fedora:40', 'RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y a-1'),
    expect: [],
  },
  // DL3041
  {
    rule: 'DL3041',
    name: 'unpinned',
    source: lines('FROM fedora:40', 'RUN dnf install -y httpd && dnf clean all'),
    expect: [[2, 5, 2, 25]],
  },
  {
    rule: 'DL3041',
    name: 'pinned',
    source: lines('FROM fedora:40', 'RUN dnf install -y httpd-2.4.6-1.fc40 && dnf clean all'),
    expect: [],
  },
  {
    rule: 'DL3041',
    name: 'group install is not a package',
    source: lines('FROM fedora:40', 'RUN dnf group install -y dev-tools'),
    expect: [],
  },
  // DL3042
  {
    rule: 'DL3042',
    name: 'pip without --no-cache-dir',
    source: lines('FROM python:3', 'RUN pip install flask==3.0'),
    expect: [[2, 5, 2, 27]],
  },
  {
    rule: 'DL3042',
    name: 'python -m pip',
    source: lines('FROM python:3', 'RUN python3 -m pip install flask==3.0'),
    expect: [[2, 5, 2, 38]],
  },
  {
    rule: 'DL3042',
    name: '--no-cache-dir',
    source: lines('FROM python:3', 'RUN pip install --no-cache-dir flask==3.0'),
    expect: [],
  },
  {
    rule: 'DL3042',
    name: 'ENV PIP_NO_CACHE_DIR',
    source: lines('FROM python:3', 'ENV PIP_NO_CACHE_DIR=1', 'RUN pip install flask==3.0'),
    expect: [],
  },
  {
    rule: 'DL3042',
    name: 'inherited from a stage',
    source: lines(
      'FROM python:3 AS base',
      'ENV PIP_NO_CACHE_DIR=true',
      'FROM base',
      'RUN pip install flask==3.0',
    ),
    expect: [],
  },
  {
    rule: 'DL3042',
    name: 'pip cache mount',
    source: lines('FROM python:3', 'RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0'),
    expect: [],
  },
  {
    rule: 'DL3042',
    name: 'pipenv is a wrapper',
    source: lines('FROM python:3', 'RUN pipenv install'),
    expect: [],
  },
  // DL3043
  {
    rule: 'DL3043',
    name: 'ONBUILD FROM',
    source: lines('FROM debian:12', 'ONBUILD FROM debian:12'),
    expect: [[2, 9, 2, 13]],
  },
  { rule: 'DL3043', name: 'ONBUILD RUN', source: lines('FROM debian:12', 'ONBUILD RUN echo hi'), expect: [] },
  // DL3044
  {
    rule: 'DL3044',
    name: 'self reference',
    source: lines('FROM debian:12', 'ENV A=/opt B=$A/bin'),
    expect: [[2, 12, 2, 20]],
  },
  {
    rule: 'DL3044',
    name: 'braced self reference',
    source: lines('FROM debian:12', 'ENV A=/opt B=${A}/bin'),
    expect: [[2, 12, 2, 22]],
  },
  {
    rule: 'DL3044',
    name: 'earlier definition',
    source: lines('FROM debian:12', 'ENV A=/opt', 'ENV B=$A/bin A=/usr'),
    expect: [],
  },
  { rule: 'DL3044', name: 'longer name', source: lines('FROM debian:12', 'ENV A=1 B=$AB'), expect: [] },
  // DL3045
  {
    rule: 'DL3045',
    name: 'relative without WORKDIR',
    source: lines('FROM debian:12', 'COPY a.txt dir/'),
    expect: [[2, 12, 2, 16]],
  },
  {
    rule: 'DL3045',
    name: 'WORKDIR set',
    source: lines('FROM debian:12', 'WORKDIR /app', 'COPY a.txt dir/'),
    expect: [],
  },
  {
    rule: 'DL3045',
    name: 'absolute, windows and variable',
    source: lines('FROM debian:12', 'COPY a /x/', 'COPY b "C:\\\\app"', 'COPY c $HOME/'),
    expect: [],
  },
  {
    rule: 'DL3045',
    name: 'WORKDIR inherited',
    source: lines('FROM debian:12 AS base', 'WORKDIR /app', 'FROM base', 'COPY a b'),
    expect: [],
  },
  {
    rule: 'DL3045',
    name: 'WORKDIR in another stage',
    source: lines('FROM debian:12 AS a', 'WORKDIR /app', 'FROM alpine:3 AS b', 'COPY ["x", "y"]'),
    expect: [[4, 6, 4, 16]],
  },
  // DL3046
  {
    rule: 'DL3046',
    name: 'long uid',
    source: lines('FROM debian:12', 'RUN useradd -u 123456 app'),
    expect: [[2, 5, 2, 26]],
  },
  {
    rule: 'DL3046',
    name: '--uid=',
    source: lines('FROM debian:12', 'RUN useradd --uid=1234567 app'),
    expect: [[2, 5, 2, 30]],
  },
  {
    rule: 'DL3046',
    name: 'with -l',
    source: lines('FROM debian:12', 'RUN useradd -l -u 123456 app'),
    expect: [],
  },
  {
    rule: 'DL3046',
    name: 'short uid',
    source: lines('FROM debian:12', 'RUN useradd -u 1000 app'),
    expect: [],
  },
  {
    rule: 'DL3046',
    name: 'uid in an ARG without value',
    source: lines('FROM debian:12', 'ARG APP_UID', 'RUN useradd -u ${APP_UID} app'),
    expect: [],
  },
  {
    rule: 'DL3046',
    name: 'uid in an ARG with a long value',
    source: lines('FROM debian:12', 'ARG APP_UID=1000000', 'RUN useradd -u ${APP_UID} app'),
    expect: [[3, 5, 3, 30]],
  },
  // DL3047
  {
    rule: 'DL3047',
    name: 'wget without progress',
    source: lines('FROM debian:12', 'RUN wget https://x/a.tgz'),
    expect: [[2, 5, 2, 25]],
  },
  {
    rule: 'DL3047',
    name: 'wget -nv, -q and --progress',
    source: lines(
      'FROM debian:12',
      'RUN wget -nv https://x/a && wget -qO- https://x/b && wget --progress=dot:giga https://x/c',
    ),
    expect: [],
  },
  {
    rule: 'DL3047',
    name: 'onbuild',
    source: lines('FROM debian:12', 'ONBUILD RUN wget https://x/a'),
    expect: [[2, 13, 2, 29]],
  },
  // DL3048
  {
    rule: 'DL3048',
    name: 'upper case key',
    source: lines('FROM debian:12', 'LABEL Maintainer="me"'),
    expect: [[2, 7, 2, 22]],
  },
  {
    rule: 'DL3048',
    name: 'reserved namespace',
    source: lines('FROM debian:12', 'LABEL com.docker.x=1'),
    expect: [[2, 7, 2, 21]],
  },
  {
    rule: 'DL3048',
    name: 'valid keys',
    source: lines('FROM debian:12', 'LABEL org.opencontainers.image.title="x" maintainer=me'),
    expect: [],
  },
  // DL3049
  {
    rule: 'DL3049',
    name: 'missing label',
    settings: { labelSchema: { version: 'semver' } },
    source: lines('FROM debian:12', 'LABEL other=1'),
    expect: [[1, 1, 1, 15]],
  },
  {
    rule: 'DL3049',
    name: 'present',
    settings: { labelSchema: { version: 'semver' } },
    source: lines('FROM debian:12', 'LABEL version=1.0.0'),
    expect: [],
  },
  {
    rule: 'DL3049',
    name: 'inherited and copy source',
    settings: { labelSchema: { version: 'semver' } },
    source: lines(
      'FROM debian:12 AS build',
      'RUN make',
      'FROM debian:12 AS base',
      'LABEL version=1.0.0',
      'FROM base',
      'COPY --from=build /a /a',
    ),
    expect: [],
  },
  // DL3050
  {
    rule: 'DL3050',
    name: 'extra label',
    settings: { labelSchema: { version: 'semver' }, strictLabels: true },
    source: lines('FROM debian:12', 'LABEL version=1.0.0 other=x'),
    expect: [[2, 21, 2, 28]],
  },
  {
    rule: 'DL3050',
    name: 'not strict',
    settings: { labelSchema: { version: 'semver' } },
    source: lines('FROM debian:12', 'LABEL version=1.0.0 other=x'),
    expect: [],
  },
  // DL3051
  {
    rule: 'DL3051',
    name: 'empty',
    settings: { labelSchema: { version: 'text' } },
    source: lines('FROM debian:12', 'LABEL version=""'),
    expect: [[2, 7, 2, 17]],
  },
  {
    rule: 'DL3051',
    name: 'not empty',
    settings: { labelSchema: { version: 'text' } },
    source: lines('FROM debian:12', 'LABEL version="x"'),
    expect: [],
  },
  // DL3052
  {
    rule: 'DL3052',
    name: 'bad url',
    settings: { labelSchema: { url: 'url' } },
    source: lines('FROM debian:12', 'LABEL url="example dot com"'),
    expect: [[2, 7, 2, 28]],
  },
  {
    rule: 'DL3052',
    name: 'good url',
    settings: { labelSchema: { url: 'url' } },
    source: lines('FROM debian:12', 'LABEL url="https://example.com/a?b=c#d"'),
    expect: [],
  },
  // DL3053
  {
    rule: 'DL3053',
    name: 'bad time',
    settings: { labelSchema: { created: 'rfc3339' } },
    source: lines('FROM debian:12', 'LABEL created="2024-13-01"'),
    expect: [[2, 7, 2, 27]],
  },
  {
    rule: 'DL3053',
    name: 'good time',
    settings: { labelSchema: { created: 'rfc3339' } },
    source: lines('FROM debian:12', 'LABEL created="2024-01-31T12:00:00.5+02:00"'),
    expect: [],
  },
  // DL3054
  {
    rule: 'DL3054',
    name: 'bad spdx',
    settings: { labelSchema: { license: 'spdx' } },
    source: lines('FROM debian:12', 'LABEL license="Apache 2"'),
    expect: [[2, 7, 2, 25]],
  },
  {
    rule: 'DL3054',
    name: 'good spdx',
    settings: { labelSchema: { license: 'spdx' } },
    source: lines('FROM debian:12', 'LABEL license="Apache-2.0"'),
    expect: [],
  },
  // DL3055
  {
    rule: 'DL3055',
    name: 'bad hash',
    settings: { labelSchema: { rev: 'hash' } },
    source: lines('FROM debian:12', 'LABEL rev="abc"'),
    expect: [[2, 7, 2, 16]],
  },
  {
    rule: 'DL3055',
    name: 'good hash',
    settings: { labelSchema: { rev: 'hash' } },
    source: lines('FROM debian:12', 'LABEL rev="0123abc"'),
    expect: [],
  },
  // DL3056
  {
    rule: 'DL3056',
    name: 'bad semver',
    settings: { labelSchema: { version: 'semver' } },
    source: lines('FROM debian:12', 'LABEL version="v1.0"'),
    expect: [[2, 7, 2, 21]],
  },
  {
    rule: 'DL3056',
    name: 'good semver',
    settings: { labelSchema: { version: 'semver' } },
    source: lines('FROM debian:12', 'LABEL version="1.0.0-rc.1+build.5"'),
    expect: [],
  },
  // DL3057
  {
    rule: 'DL3057',
    name: 'no healthcheck',
    source: lines('FROM debian:12', 'CMD ["x"]'),
    expect: [[1, 1, 1, 15]],
  },
  {
    rule: 'DL3057',
    name: 'healthcheck in parent stage',
    source: lines('FROM debian:12 AS base', 'HEALTHCHECK NONE', 'FROM base'),
    expect: [],
  },
  // DL3058
  {
    rule: 'DL3058',
    name: 'bad email',
    settings: { labelSchema: { maintainer: 'email' } },
    source: lines('FROM debian:12', 'LABEL maintainer="me at x"'),
    expect: [[2, 7, 2, 27]],
  },
  {
    rule: 'DL3058',
    name: 'good email',
    settings: { labelSchema: { maintainer: 'email' } },
    source: lines('FROM debian:12', 'LABEL maintainer="me@example.com"'),
    expect: [],
  },
  // DL3059
  {
    rule: 'DL3059',
    name: 'two small RUNs',
    source: lines('FROM debian:12', 'RUN a', '# note', 'RUN b'),
    expect: [[4, 1, 4, 6]],
  },
  {
    rule: 'DL3059',
    name: 'separated by another instruction',
    source: lines('FROM debian:12', 'RUN a', 'ENV X=1', 'RUN b'),
    expect: [],
  },
  {
    rule: 'DL3059',
    name: 'different mounts',
    source: lines('FROM debian:12', 'RUN a', 'RUN --mount=type=cache,target=/c b'),
    expect: [],
  },
  {
    rule: 'DL3059',
    name: 'heredoc RUNs are not merged',
    source: lines('FROM debian:12', 'RUN <<EOF', 'a', 'EOF', 'RUN <<EOF', 'b', 'EOF'),
    expect: [],
  },
  // DL3060
  {
    rule: 'DL3060',
    name: 'yarn install without clean',
    source: lines('FROM node:20', 'RUN yarn install'),
    expect: [[2, 5, 2, 17]],
  },
  {
    rule: 'DL3060',
    name: 'clean after install',
    source: lines('FROM node:20', 'RUN yarn install && yarn cache clean'),
    expect: [],
  },
  {
    rule: 'DL3060',
    name: 'not the final stage',
    source: lines('FROM node:20 AS build', 'RUN yarn install', 'FROM node:20', 'COPY --from=build /a /a'),
    expect: [],
  },
  // DL3061
  {
    rule: 'DL3061',
    name: 'instruction before FROM',
    source: lines('LABEL a=b', 'FROM debian:12'),
    expect: [[1, 1, 1, 6]],
  },
  {
    rule: 'DL3061',
    name: 'ARG before FROM',
    source: lines('# comment', 'ARG V=1', 'FROM debian:12'),
    expect: [],
  },
  // DL3062
  {
    rule: 'DL3062',
    name: 'go install unpinned',
    source: lines('FROM golang:1.22', 'RUN go install github.com/x/y'),
    expect: [[2, 5, 2, 30]],
  },
  {
    rule: 'DL3062',
    name: '@latest is not a version',
    source: lines('FROM golang:1.22', 'RUN go install github.com/x/y@latest'),
    expect: [[2, 5, 2, 37]],
  },
  {
    rule: 'DL3062',
    name: 'pinned and local',
    source: lines('FROM golang:1.22', 'RUN go install github.com/x/y@v1.2.3 && go get ./...'),
    expect: [],
  },
  // DL3063
  {
    rule: 'DL3063',
    name: 'reserved name',
    source: lines('FROM debian:12 AS context'),
    expect: [[1, 19, 1, 26]],
  },
  { rule: 'DL3063', name: 'ordinary name', source: lines('FROM debian:12 AS builder'), expect: [] },
  // DL3064
  {
    rule: 'DL3064',
    name: 'token in ARG',
    source: lines('FROM debian:12', 'ARG GITHUB_TOKEN'),
    expect: [[2, 5, 2, 17]],
  },
  {
    rule: 'DL3064',
    name: 'known name in ENV',
    source: lines('FROM debian:12', 'ENV X=1 AWS_ACCESS_KEY_ID=abc'),
    expect: [[2, 9, 2, 30]],
  },
  {
    rule: 'DL3064',
    name: 'ordinary names',
    source: lines('FROM debian:12', 'ARG VERSION', 'ENV PATH=/x'),
    expect: [],
  },
  {
    rule: 'DL3064',
    name: 'onbuild',
    source: lines('FROM debian:12', 'ONBUILD ENV DB_PASSWORD=x'),
    expect: [[2, 13, 2, 26]],
  },
  // DL3065
  {
    rule: 'DL3065',
    name: 'redundant platform',
    source: lines('FROM --platform=$TARGETPLATFORM debian:12'),
    expect: [[1, 6, 1, 32]],
  },
  {
    rule: 'DL3065',
    name: 'build platform',
    source: lines('FROM --platform=$BUILDPLATFORM debian:12'),
    expect: [],
  },
  // DL3066
  {
    rule: 'DL3066',
    name: 'user name',
    source: lines('FROM debian:12', 'USER app:app'),
    expect: [[2, 6, 2, 9]],
  },
  {
    rule: 'DL3066',
    name: 'numeric and ARG',
    source: lines('FROM debian:12', 'ARG UID', 'USER 1000:1000', 'USER ${UID}'),
    expect: [],
  },
  {
    rule: 'DL3066',
    name: 'Windows user',
    source: lines('FROM mcr.microsoft.com/windows/nanoserver:ltsc2022', 'USER ContainerAdministrator'),
    expect: [],
  },
  // DL3067
  {
    rule: 'DL3067',
    name: 'whole filesystem',
    source: lines('FROM debian:12 AS a', 'FROM scratch', 'COPY --from=a / /'),
    expect: [[3, 1, 3, 18]],
  },
  {
    rule: 'DL3067',
    name: 'one directory',
    source: lines('FROM debian:12 AS a', 'FROM scratch', 'COPY --from=a /etc /etc'),
    expect: [],
  },
  // DL4000
  {
    rule: 'DL4000',
    name: 'MAINTAINER',
    source: lines('FROM debian:12', 'MAINTAINER me'),
    expect: [[2, 1, 2, 14]],
  },
  {
    rule: 'DL4000',
    name: 'LABEL maintainer',
    source: lines('FROM debian:12', 'LABEL maintainer=me'),
    expect: [],
  },
  // DL4001
  {
    rule: 'DL4001',
    name: 'curl and wget',
    source: lines('FROM debian:12', 'RUN curl -o a https://x', 'RUN wget -q https://y'),
    expect: [[3, 5, 3, 22]],
  },
  {
    rule: 'DL4001',
    name: 'different stages',
    source: lines('FROM debian:12', 'RUN curl -o a https://x', 'FROM debian:12', 'RUN wget -q https://y'),
    expect: [],
  },
  // DL4003
  {
    rule: 'DL4003',
    name: 'two CMD',
    source: lines('FROM debian:12', 'CMD ["a"]', 'CMD ["b"]'),
    expect: [[3, 1, 3, 10]],
  },
  {
    rule: 'DL4003',
    name: 'one CMD per stage',
    source: lines('FROM debian:12', 'CMD ["a"]', 'FROM debian:12', 'CMD ["b"]'),
    expect: [],
  },
  // DL4004
  {
    rule: 'DL4004',
    name: 'two ENTRYPOINT',
    source: lines('FROM debian:12', 'ENTRYPOINT ["a"]', 'ENTRYPOINT ["b"]'),
    expect: [[3, 1, 3, 17]],
  },
  { rule: 'DL4004', name: 'one ENTRYPOINT', source: lines('FROM debian:12', 'ENTRYPOINT ["a"]'), expect: [] },
  // DL4005
  {
    rule: 'DL4005',
    name: 'ln /bin/sh',
    source: lines('FROM debian:12', 'RUN ln -sf /bin/bash /bin/sh'),
    expect: [[2, 5, 2, 29]],
  },
  {
    rule: 'DL4005',
    name: 'SHELL',
    source: lines('FROM debian:12', 'SHELL ["/bin/bash", "-c"]', 'RUN ln -s /a /b'),
    expect: [],
  },
  // DL4006
  {
    rule: 'DL4006',
    name: 'pipe without pipefail',
    source: lines('FROM debian:12', 'RUN curl -s https://x | tar xz'),
    expect: [[2, 23, 2, 24]],
  },
  {
    rule: 'DL4006',
    name: 'SHELL with pipefail',
    source: lines(
      'FROM debian:12',
      'SHELL ["/bin/bash", "-eo", "pipefail", "-c"]',
      'RUN curl -s https://x | tar xz',
    ),
    expect: [],
  },
  {
    rule: 'DL4006',
    name: 'SHELL inherited from a parent stage',
    source: lines(
      'FROM debian:12 AS base',
      'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      'FROM base',
      'RUN a | b',
    ),
    expect: [],
  },
  {
    rule: 'DL4006',
    name: 'pipefail SHELL inherited through two stages, ENV after it',
    source: lines(
      'FROM debian:12 AS base',
      'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      'ENV A=1',
      'FROM base AS mid',
      'FROM mid',
      'RUN a | b',
    ),
    expect: [],
  },
  {
    rule: 'DL4006',
    name: 'parent stage ends with a SHELL that drops pipefail',
    source: lines(
      'FROM debian:12 AS base',
      'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      'SHELL ["/bin/bash", "-c"]',
      'FROM base',
      'RUN a | b',
    ),
    expect: [[5, 7, 5, 8]],
  },
  {
    rule: 'DL4006',
    name: 'exec-form bash -c with a pipe',
    source: lines('FROM debian:12', 'RUN ["bash", "-c", "curl -s https://x | tar xz"]'),
    expect: [[2, 39, 2, 40]],
  },
  {
    rule: 'DL4006',
    name: 'exec-form bash -o pipefail -c (SHELL does not apply to exec form)',
    source: lines(
      'FROM debian:12',
      'SHELL ["/bin/bash", "-c"]',
      'RUN ["bash", "-o", "pipefail", "-c", "curl -s https://x | tar xz"]',
    ),
    expect: [],
  },
  {
    rule: 'DL4006',
    name: 'heredoc piped into sh',
    source: lines('FROM debian:12', 'RUN cat <<EOF | sh', 'curl -s https://x | tar xz', 'EOF'),
    expect: [[3, 19, 3, 20]],
  },
  {
    rule: 'DL4006',
    name: 'heredoc piped into sh -c is data',
    source: lines('FROM debian:12', 'RUN cat <<EOF | sh -c "cat > /x"', 'curl -s https://x | tar xz', 'EOF'),
    expect: [],
  },
  {
    rule: 'DL4006',
    name: 'set -o pipefail inside a heredoc',
    source: lines('FROM debian:12', 'RUN <<EOF', 'set -euo pipefail', 'curl -s https://x | tar xz', 'EOF'),
    expect: [],
  },
  {
    rule: 'DL4006',
    name: 'pipe in a heredoc without pipefail',
    source: lines('FROM debian:12', 'RUN <<EOF', 'curl -s https://x | tar xz', 'EOF'),
    expect: [[3, 19, 3, 20]],
  },
  {
    rule: 'DL4006',
    name: 'pipefail set after the pipe',
    source: lines('FROM debian:12', 'RUN a | b; set -o pipefail'),
    expect: [[2, 7, 2, 8]],
  },
  {
    rule: 'DL4006',
    name: 'powershell',
    source: lines(
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
      'SHELL ["powershell", "-Command"]',
      'RUN Get-Item x | Select-Object Name',
    ),
    expect: [],
  },
  {
    rule: 'DL4006',
    name: 'checksum fed by echo',
    source: lines('FROM debian:12', 'RUN echo "$SUM  a.tgz" | sha256sum -c -'),
    expect: [],
  },
  {
    rule: 'DL4006',
    name: 'case patterns are not pipes',
    source: lines('FROM debian:12', 'RUN case "$a" in amd64|arm64) x ;; esac'),
    expect: [],
  },
  {
    rule: 'DL4006',
    name: 'a pipe inside a case branch',
    source: lines('FROM debian:12', 'RUN case "$a" in amd64|arm64) curl x | sh ;; esac'),
    expect: [[2, 38, 2, 39]],
  },
  {
    rule: 'DL4006',
    name: 'echo then a real pipe',
    source: lines('FROM debian:12', 'RUN echo a | tee b && curl -s https://x | tar xz'),
    expect: [[2, 41, 2, 42]],
  },
];

/** Hit and no-hit cases for the Portcullis PL rules. */
export const PL_CASES: RuleCase[] = [
  // PL001
  {
    rule: 'PL001',
    name: 'curl -k in an exec-form sh -c',
    source: lines('FROM debian:12', 'RUN ["sh", "-c", "curl -k https://x -o /a"]'),
    expect: [[2, 19, 2, 42]],
  },
  {
    rule: 'PL001',
    name: 'names of Object.prototype members are not TLS settings',
    source: lines('FROM debian:12', 'ENV valueOf=1', 'RUN constructor=1 make && export toString=0'),
    expect: [],
  },
  {
    rule: 'PL001',
    name: 'curl -k as an argument of exec-form echo',
    source: lines('FROM debian:12', 'RUN ["echo", "curl -k https://x"]'),
    expect: [],
  },
  {
    rule: 'PL001',
    name: 'curl -k',
    source: lines('FROM debian:12', 'RUN curl -fsSLk https://x -o /a'),
    expect: [[2, 5, 2, 32]],
  },
  {
    rule: 'PL001',
    name: 'wget --no-check-certificate',
    source: lines('FROM debian:12', 'RUN wget --no-check-certificate -q https://x'),
    expect: [[2, 5, 2, 45]],
  },
  {
    rule: 'PL001',
    name: 'pip --trusted-host',
    source: lines('FROM python:3', 'RUN pip install --trusted-host pypi.org x==1'),
    expect: [[2, 5, 2, 45]],
  },
  {
    rule: 'PL001',
    name: 'npm strict-ssl false',
    source: lines('FROM node:20', 'RUN npm config set strict-ssl false'),
    expect: [[2, 5, 2, 36]],
  },
  {
    rule: 'PL001',
    name: 'git sslVerify',
    source: lines('FROM debian:12', 'RUN git config --global http.sslVerify false'),
    expect: [[2, 5, 2, 45]],
  },
  {
    rule: 'PL001',
    name: 'yum sslverify',
    source: lines('FROM centos:7', 'RUN yum --setopt=sslverify=0 install -y a-1'),
    expect: [[2, 5, 2, 44]],
  },
  {
    rule: 'PL001',
    name: 'ENV settings',
    source: lines(
      'FROM node:20',
      'ENV NODE_TLS_REJECT_UNAUTHORIZED=0',
      'ARG GIT_SSL_NO_VERIFY=true',
      'ENV PIP_TRUSTED_HOST=pypi.org',
    ),
    expect: [
      [2, 5, 2, 35],
      [3, 5, 3, 27],
      [4, 5, 4, 30],
    ],
  },
  {
    rule: 'PL001',
    name: 'prefix assignment',
    source: lines('FROM python:3', 'RUN PYTHONHTTPSVERIFY=0 python get.py'),
    expect: [[2, 5, 2, 38]],
  },
  {
    rule: 'PL001',
    name: 'exported or assigned in the script',
    source: lines(
      'FROM node:20',
      'RUN export NODE_TLS_REJECT_UNAUTHORIZED=0 && npm i',
      'RUN GIT_SSL_NO_VERIFY="1"; git clone https://x',
    ),
    expect: [
      [2, 12, 2, 42],
      [3, 5, 3, 26],
    ],
  },
  {
    rule: 'PL001',
    name: 'verification on',
    source: lines(
      'FROM debian:12',
      'ENV NODE_TLS_REJECT_UNAUTHORIZED=1',
      'RUN curl -fsSL https://x -o a && git config http.sslVerify true && npm config set strict-ssl true',
    ),
    expect: [],
  },
  // PL002
  {
    rule: 'PL002',
    name: 'apt --allow-unauthenticated',
    source: lines('FROM debian:12', 'RUN apt-get install -y --allow-unauthenticated a'),
    expect: [[2, 5, 2, 49]],
  },
  {
    rule: 'PL002',
    name: 'apt --force-yes',
    source: lines('FROM debian:12', 'RUN apt-get install -y --force-yes a'),
    expect: [[2, 5, 2, 37]],
  },
  {
    rule: 'PL002',
    name: 'apk --allow-untrusted',
    source: lines('FROM alpine:3', 'RUN apk add --allow-untrusted /tmp/a.apk'),
    expect: [[2, 5, 2, 41]],
  },
  {
    rule: 'PL002',
    name: 'dnf --nogpgcheck',
    source: lines('FROM fedora:40', 'RUN dnf install -y --nogpgcheck a-1'),
    expect: [[2, 5, 2, 36]],
  },
  {
    rule: 'PL002',
    name: 'rpm --nosignature',
    source: lines('FROM fedora:40', 'RUN rpm -i --nosignature a.rpm'),
    expect: [[2, 5, 2, 31]],
  },
  {
    rule: 'PL002',
    name: 'onbuild',
    source: lines('FROM debian:12', 'ONBUILD RUN apt-get install -y --force-yes a'),
    expect: [[2, 13, 2, 45]],
  },
  {
    rule: 'PL002',
    name: 'checks kept',
    source: lines('FROM debian:12', 'RUN apt-get install -y a && apk add --no-cache b && rpm -i c.rpm'),
    expect: [],
  },
  // PL003
  {
    rule: 'PL003',
    name: 'curl | sh',
    source: lines('FROM debian:12', 'RUN curl -fsSL https://get.example.com | sh'),
    expect: [[2, 5, 2, 39]],
  },
  {
    rule: 'PL003',
    name: 'wget | sudo bash -s',
    source: lines('FROM debian:12', 'RUN wget -qO- https://x/i.sh | sudo bash -s -- --yes'),
    expect: [[2, 5, 2, 29]],
  },
  {
    rule: 'PL003',
    name: 'process substitution',
    source: lines('FROM debian:12', 'RUN bash <(curl -s https://x/i.sh)'),
    expect: [[2, 5, 2, 35]],
  },
  {
    rule: 'PL003',
    name: 'command substitution',
    source: lines('FROM debian:12', 'RUN sh -c "$(curl -fsSL https://x/i.sh)"'),
    expect: [[2, 5, 2, 41]],
  },
  {
    rule: 'PL003',
    name: 'downloaded then run in a later RUN',
    source: lines('FROM debian:12', 'RUN curl -fsSLo /tmp/i.sh https://x/i.sh', 'RUN sh /tmp/i.sh'),
    expect: [[3, 5, 3, 17]],
  },
  {
    rule: 'PL003',
    name: 'verified before it runs',
    source: lines(
      'FROM debian:12',
      'RUN curl -fsSLo i.sh https://x/i.sh && echo "abc  i.sh" | sha256sum -c - && sh i.sh',
    ),
    expect: [],
  },
  {
    rule: 'PL003',
    name: 'pinned GitHub raw URL',
    source: lines(
      'FROM debian:12',
      `RUN curl -fsSL https://raw.githubusercontent.com/o/r/${'a'.repeat(40)}/i.sh | sh`,
    ),
    expect: [],
  },
  {
    rule: 'PL003',
    name: 'download piped to tar',
    source: lines('FROM debian:12', 'RUN curl -fsSL https://x/a.tgz | tar xz'),
    expect: [],
  },
  // PL004
  {
    rule: 'PL004',
    name: 'ADD url',
    source: lines('FROM debian:12', 'ADD https://example.com/a.tgz /opt/'),
    expect: [[2, 5, 2, 30]],
  },
  {
    rule: 'PL004',
    name: 'ADD url with checksum',
    source: lines(
      'FROM debian:12',
      `ADD --checksum=sha256:${'0'.repeat(64)} https://example.com/a.tgz /opt/`,
    ),
    expect: [],
  },
  { rule: 'PL004', name: 'ADD local file', source: lines('FROM debian:12', 'ADD a.tgz /opt/'), expect: [] },
  // PL005
  {
    rule: 'PL005',
    name: 'ssh key and npmrc',
    source: lines('FROM debian:12', 'COPY id_rsa .npmrc /root/'),
    expect: [
      [2, 6, 2, 12],
      [2, 13, 2, 19],
    ],
  },
  {
    rule: 'PL005',
    name: 'aws credentials',
    source: lines('FROM debian:12', 'ADD ./home/.aws/credentials /root/.aws/'),
    expect: [[2, 5, 2, 28]],
  },
  {
    rule: 'PL005',
    name: 'public key, template and other stage',
    source: lines(
      'FROM debian:12 AS a',
      'FROM debian:12',
      'COPY id_rsa.pub .env.example /root/',
      'COPY --from=a /root/.npmrc /x',
    ),
    expect: [],
  },
  // PL006
  {
    rule: 'PL006',
    name: 'secret ARG used in RUN',
    source: lines('FROM node:20', 'ARG NPM_TOKEN', 'RUN echo "//r/:_authToken=${NPM_TOKEN}" > .npmrc'),
    expect: [[3, 5, 3, 40]],
  },
  {
    rule: 'PL006',
    name: 'docker login -p',
    source: lines('FROM docker:27', 'RUN docker login -p hunter2 -u me registry'),
    expect: [[2, 5, 2, 43]],
  },
  {
    rule: 'PL006',
    name: 'secret mount',
    source: lines('FROM node:20', 'ARG NPM_TOKEN', 'RUN --mount=type=secret,id=npm echo ${NPM_TOKEN}'),
    expect: [],
  },
  {
    rule: 'PL006',
    name: 'ordinary variable',
    source: lines('FROM node:20', 'ARG VERSION', 'RUN echo ${VERSION}'),
    expect: [],
  },
  // PL007
  {
    rule: 'PL007',
    name: 'WORKDIR /proc',
    source: lines('FROM debian:12', 'WORKDIR /proc/app'),
    expect: [[2, 9, 2, 18]],
  },
  {
    rule: 'PL007',
    name: 'WORKDIR /app',
    source: lines('FROM debian:12', 'WORKDIR /app', 'WORKDIR /devices'),
    expect: [],
  },
  // PL008
  {
    rule: 'PL008',
    name: 'dist-upgrade',
    source: lines('FROM debian:12', 'RUN apt-get update && apt-get dist-upgrade -y'),
    expect: [[2, 23, 2, 46]],
  },
  {
    rule: 'PL008',
    name: 'upgrade',
    source: lines('FROM debian:12', 'RUN apt-get update && apt-get upgrade -y'),
    expect: [],
  },
  // PL009
  {
    rule: 'PL009',
    name: 'update alone',
    source: lines('FROM debian:12', 'RUN apt-get update', 'RUN apt-get install -y a'),
    expect: [[2, 5, 2, 19]],
  },
  {
    rule: 'PL009',
    name: 'apk update alone',
    source: lines('FROM alpine:3', 'RUN apk update'),
    expect: [[2, 5, 2, 15]],
  },
  {
    rule: 'PL009',
    name: 'update with install',
    source: lines('FROM debian:12', 'RUN apt-get update && apt-get install -y a'),
    expect: [],
  },
  // PL010
  {
    rule: 'PL010',
    name: 'EXPOSE 22',
    source: lines('FROM debian:12', 'EXPOSE 80 22/tcp'),
    expect: [[2, 11, 2, 17]],
  },
  { rule: 'PL010', name: 'EXPOSE 2222', source: lines('FROM debian:12', 'EXPOSE 2222 220'), expect: [] },
  // PL011
  {
    rule: 'PL011',
    name: 'typo of a declared ARG',
    source: lines('FROM debian:12', 'ARG APP_DIR=/app', 'WORKDIR ${APP_DRI}'),
    expect: [[3, 9, 3, 19]],
  },
  {
    rule: 'PL011',
    name: 'undefined in a scratch stage',
    source: lines('FROM scratch', 'COPY a $DEST'),
    expect: [[2, 8, 2, 13]],
  },
  {
    rule: 'PL011',
    name: 'base image variable',
    source: lines('FROM golang:1.22', 'WORKDIR $GOPATH/src', 'ENV PATH=$PATH:/x'),
    expect: [],
  },
  // PL012
  {
    rule: 'PL012',
    name: 'undeclared ARG in FROM',
    source: lines('ARG VERSION=3', 'FROM alpine:${VERSON}'),
    expect: [[2, 13, 2, 22]],
  },
  {
    rule: 'PL012',
    name: 'declared ARG and platform args',
    source: lines('ARG VERSION=3', 'FROM --platform=$BUILDPLATFORM alpine:${VERSION}'),
    expect: [],
  },
  // PL013
  {
    rule: 'PL013',
    name: 'ARG without default',
    source: lines('ARG TAG', 'FROM alpine:${TAG}'),
    expect: [[2, 6, 2, 19]],
  },
  {
    rule: 'PL013',
    name: 'ARG with default',
    source: lines('ARG TAG=3.20', 'FROM alpine:${TAG}'),
    expect: [],
  },
  // PL014
  {
    rule: 'PL014',
    name: 'minority casing',
    source: lines('FROM debian:12', 'run echo', 'CMD ["a"]'),
    expect: [[2, 1, 2, 4]],
  },
  { rule: 'PL014', name: 'all lower case', source: lines('from debian:12', 'run echo'), expect: [] },
  // PL015
  { rule: 'PL015', name: 'FROM … as', source: lines('FROM debian:12 as build'), expect: [[1, 16, 1, 18]] },
  {
    rule: 'PL015',
    name: 'FROM … AS',
    source: lines('FROM debian:12 AS build', 'from debian:12 as other'),
    expect: [],
  },
  // PL016
  {
    rule: 'PL016',
    name: 'upper case stage',
    source: lines('FROM debian:12 AS Build'),
    expect: [[1, 19, 1, 24]],
  },
  { rule: 'PL016', name: 'lower case stage', source: lines('FROM debian:12 AS build'), expect: [] },
  // PL017
  {
    rule: 'PL017',
    name: 'legacy ENV',
    source: lines('FROM debian:12', 'ENV GOPATH /go'),
    expect: [[2, 1, 2, 15]],
  },
  {
    rule: 'PL017',
    name: 'key=value',
    source: lines('FROM debian:12', 'ENV GOPATH=/go', 'LABEL a=b'),
    expect: [],
  },
  // PL018
  {
    rule: 'PL018',
    name: 'empty continuation line',
    source: lines('FROM debian:12', 'RUN echo a \\', '', '    && echo b'),
    expect: [[4, 5, 4, 14]],
  },
  {
    rule: 'PL018',
    name: 'comment in continuation',
    source: lines('FROM debian:12', 'RUN echo a \\', '# note', '    && echo b'),
    expect: [],
  },
  // PL019
  {
    rule: 'PL019',
    name: 'host port',
    source: lines('FROM debian:12', 'EXPOSE 8080:80'),
    expect: [[2, 8, 2, 15]],
  },
  { rule: 'PL019', name: 'container port', source: lines('FROM debian:12', 'EXPOSE 80/tcp 443'), expect: [] },
  // PL020
  {
    rule: 'PL020',
    name: 'upper case protocol',
    source: lines('FROM debian:12', 'EXPOSE 80/TCP 53/udp'),
    expect: [[2, 8, 2, 14]],
  },
  {
    rule: 'PL020',
    name: 'lower case protocol',
    source: lines('FROM debian:12', 'EXPOSE 80/tcp 53'),
    expect: [],
  },
  // PL021 (the keys below are made-up examples with the right shape)
  {
    rule: 'PL021',
    name: 'AWS key in ENV and GitHub token in RUN',
    source: lines(
      'FROM debian:12',
      'ENV AWS_ACCESS_KEY_ID=AKIAABCDEFGHIJKLMNOP',
      `RUN git clone https://x:ghp_${'a1B2'.repeat(9)}@github.com/o/r`,
    ),
    expect: [
      [2, 23, 2, 43],
      [3, 25, 3, 65],
    ],
  },
  {
    rule: 'PL021',
    name: 'private key in a heredoc',
    source: lines(
      'FROM debian:12',
      'COPY <<EOF /root/.ssh/id_rsa',
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      'EOF',
    ),
    expect: [[3, 1, 3, 36]],
  },
  {
    rule: 'PL021',
    name: 'references and look-alikes',
    source: lines(
      'FROM debian:12',
      'ARG GITHUB_TOKEN',
      'RUN echo "$GITHUB_TOKEN" && echo AKIA-not-a-key ghp_short',
    ),
    expect: [],
  },
];
