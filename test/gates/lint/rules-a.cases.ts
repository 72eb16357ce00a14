import type { RuleCase } from './rules-b.cases.js';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

/**
 * Hit and no-hit cases for lint A's rules (DL1001, DL3000–DL3030), written for Portcullis; none
 * are taken from hadolint's suite. Each expectation is `[line, column, endLine, endColumn]`.
 */
export const A_CASES: RuleCase[] = [
  // DL3000
  {
    rule: 'DL3000',
    name: 'relative',
    source: lines('FROM debian:12', 'WORKDIR app'),
    expect: [[2, 9, 2, 12]],
  },
  { rule: 'DL3000', name: 'absolute', source: lines('FROM debian:12', 'WORKDIR /app'), expect: [] },
  { rule: 'DL3000', name: 'variable', source: lines('FROM debian:12', 'WORKDIR $HOME/app'), expect: [] },
  {
    rule: 'DL3000',
    name: 'quoted absolute',
    source: lines('FROM debian:12', 'WORKDIR "/my app"'),
    expect: [],
  },
  {
    rule: 'DL3000',
    name: 'windows drive',
    source: lines('FROM mcr.microsoft.com/windows:1', 'WORKDIR C:\\app'),
    expect: [],
  },
  // DL3001
  {
    rule: 'DL3001',
    name: 'ssh',
    source: lines('FROM debian:12', 'RUN ssh host true'),
    expect: [[2, 5, 2, 18]],
  },
  {
    rule: 'DL3001',
    name: 'vim in a pipe',
    source: lines('FROM debian:12', 'RUN echo x | vim -'),
    expect: [[2, 14, 2, 19]],
  },
  {
    rule: 'DL3001',
    name: 'onbuild',
    source: lines('FROM debian:12', 'ONBUILD RUN service nginx start'),
    expect: [[2, 13, 2, 32]],
  },
  {
    rule: 'DL3001',
    name: 'package named vim',
    source: lines('FROM debian:12', 'RUN apt-get install -y vim=2'),
    expect: [],
  },
  // DL3002
  {
    rule: 'DL3002',
    name: 'last user root',
    source: lines('FROM debian:12', 'USER app', 'USER root'),
    expect: [[3, 6, 3, 10]],
  },
  {
    rule: 'DL3002',
    name: 'uid 0 with group',
    source: lines('FROM debian:12', 'USER 0:0'),
    expect: [[2, 6, 2, 9]],
  },
  {
    rule: 'DL3002',
    name: 'root then app',
    source: lines('FROM debian:12', 'USER root', 'RUN id', 'USER app'),
    expect: [],
  },
  { rule: 'DL3002', name: 'no USER at all', source: lines('FROM debian:12', 'RUN id'), expect: [] },
  {
    rule: 'DL3002',
    name: 'each stage on its own',
    source: lines('FROM debian:12 AS a', 'USER root', 'FROM debian:12', 'USER app'),
    expect: [[2, 6, 2, 10]],
  },
  // DL3003
  {
    rule: 'DL3003',
    name: 'cd',
    source: lines('FROM debian:12', 'RUN cd /tmp && make'),
    expect: [[2, 5, 2, 12]],
  },
  {
    rule: 'DL3003',
    name: 'cd in a subshell',
    source: lines('FROM debian:12', 'RUN (cd /tmp; make)'),
    expect: [[2, 6, 2, 13]],
  },
  {
    rule: 'DL3003',
    name: 'cd in a heredoc script',
    source: lines('FROM debian:12', 'RUN <<EOF', 'cd /src', 'make', 'EOF'),
    expect: [[3, 1, 3, 8]],
  },
  { rule: 'DL3003', name: 'no cd', source: lines('FROM debian:12', 'WORKDIR /tmp', 'RUN make'), expect: [] },
  { rule: 'DL3003', name: 'exec form', source: lines('FROM debian:12', 'RUN ["cd", "/tmp"]'), expect: [] },
  // DL3004
  {
    rule: 'DL3004',
    name: 'sudo',
    source: lines('FROM debian:12', 'RUN sudo apt-get update'),
    expect: [[2, 5, 2, 24]],
  },
  {
    rule: 'DL3004',
    name: 'onbuild',
    source: lines('FROM debian:12', 'ONBUILD RUN sudo ls'),
    expect: [[2, 13, 2, 20]],
  },
  {
    rule: 'DL3004',
    name: 'once per RUN',
    source: lines('FROM debian:12', 'RUN sudo a && sudo b'),
    expect: [[2, 5, 2, 11]],
  },
  { rule: 'DL3004', name: 'gosu', source: lines('FROM debian:12', 'RUN gosu app ls'), expect: [] },
  // DL3006
  { rule: 'DL3006', name: 'untagged', source: lines('FROM debian'), expect: [[1, 6, 1, 12]] },
  { rule: 'DL3006', name: 'tagged', source: lines('FROM debian:12'), expect: [] },
  { rule: 'DL3006', name: 'digest', source: lines(`FROM debian@sha256:${'a'.repeat(64)}`), expect: [] },
  { rule: 'DL3006', name: 'scratch', source: lines('FROM scratch'), expect: [] },
  { rule: 'DL3006', name: 'earlier stage', source: lines('FROM debian:12 AS base', 'FROM base'), expect: [] },
  { rule: 'DL3006', name: 'variable without default', source: lines('ARG BASE', 'FROM $BASE'), expect: [] },
  {
    rule: 'DL3006',
    name: 'ARG default resolved',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile text, not a template
    source: lines('ARG BASE=debian', 'FROM ${BASE}'),
    expect: [[2, 6, 2, 13]],
  },
  { rule: 'DL3006', name: 'registry port with tag', source: lines('FROM localhost:5000/app:1'), expect: [] },
  {
    rule: 'DL3006',
    name: 'registry port without tag',
    source: lines('FROM localhost:5000/app'),
    expect: [[1, 6, 1, 24]],
  },
  // DL3007
  { rule: 'DL3007', name: 'latest', source: lines('FROM debian:latest'), expect: [[1, 6, 1, 19]] },
  {
    rule: 'DL3007',
    name: 'latest with digest',
    source: lines(`FROM debian:latest@sha256:${'a'.repeat(64)}`),
    expect: [],
  },
  { rule: 'DL3007', name: 'release tag', source: lines('FROM debian:12'), expect: [] },
  {
    rule: 'DL3007',
    name: 'port, latest and digest',
    source: lines(`FROM r:5000/a:latest@sha256:${'b'.repeat(64)}`),
    expect: [],
  },
  // DL3008
  {
    rule: 'DL3008',
    name: 'unpinned',
    source: lines('FROM debian:12', 'RUN apt-get install -y curl'),
    expect: [[2, 5, 2, 28]],
  },
  {
    rule: 'DL3008',
    name: 'pinned, release and .deb',
    source: lines('FROM debian:12', 'RUN apt-get install -y curl=7.88 vim/bookworm ./x.deb'),
    expect: [],
  },
  {
    rule: 'DL3008',
    name: 'target release value is not a package',
    source: lines('FROM debian:12', 'RUN apt-get install -y -t bookworm-backports curl=7'),
    expect: [],
  },
  {
    rule: 'DL3008',
    name: 'package list in a shell variable, pinned',
    source: lines('FROM debian:12', 'RUN deps="a=1 b=2" && apt-get install -y $deps'),
    expect: [],
  },
  {
    rule: 'DL3008',
    name: 'package list in ENV, one unpinned',
    source: lines('FROM debian:12', 'ENV DEPS="a=1 b"', 'RUN apt-get install -y $DEPS'),
    expect: [[3, 5, 3, 29]],
  },
  {
    rule: 'DL3008',
    name: 'unknown variable is not judged',
    source: lines('FROM debian:12', 'RUN apt-get install -y $fromElsewhere'),
    expect: [],
  },
  {
    rule: 'DL3008',
    name: 'onbuild',
    source: lines('FROM debian:12', 'ONBUILD RUN apt-get install -y git'),
    expect: [[2, 13, 2, 35]],
  },
  {
    rule: 'DL3008',
    name: 'valued -t at the end of a flag cluster takes the next word',
    source: lines('FROM debian:12', 'RUN apt-get install -yt bookworm-backports curl=7.88.1-10'),
    expect: [],
  },
  {
    rule: 'DL3008',
    name: 'an unpinned package after a clustered -t value',
    source: lines('FROM debian:12', 'RUN apt-get install -yt bookworm-backports curl'),
    expect: [[2, 5, 2, 48]],
  },
  // DL3009
  {
    rule: 'DL3009',
    name: 'lists kept',
    source: lines('FROM debian:12', 'RUN apt-get update && apt-get install -y a=1'),
    expect: [[2, 5, 2, 19]],
  },
  {
    rule: 'DL3009',
    name: 'lists removed',
    source: lines(
      'FROM debian:12',
      'RUN apt-get update && apt-get install -y a=1 && rm -rf /var/lib/apt/lists/*',
    ),
    expect: [],
  },
  {
    rule: 'DL3009',
    name: 'apt-get dist-clean',
    source: lines('FROM debian:13', 'RUN apt-get update; apt-get install -y a=1; apt-get dist-clean'),
    expect: [],
  },
  {
    rule: 'DL3009',
    name: 'cache mount',
    source: lines('FROM debian:12', 'RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update'),
    expect: [],
  },
  {
    rule: 'DL3009',
    name: 'builder stage not shipped',
    source: lines('FROM debian:12 AS build', 'RUN apt-get update', 'FROM scratch', 'COPY --from=build /x /x'),
    expect: [],
  },
  {
    rule: 'DL3009',
    name: 'stage used as a base',
    source: lines('FROM debian:12 AS base', 'RUN apt-get update', 'FROM base', 'RUN true'),
    expect: [[2, 5, 2, 19]],
  },
  // DL3010
  {
    rule: 'DL3010',
    name: 'copied then extracted',
    source: lines('FROM debian:12', 'COPY app.tar.gz /tmp/', 'RUN tar -xzf /tmp/app.tar.gz'),
    expect: [[2, 1, 2, 22]],
  },
  {
    rule: 'DL3010',
    name: 'copied, not extracted',
    source: lines('FROM debian:12', 'COPY app.tar.gz /tmp/', 'RUN ls /tmp/app.tar.gz'),
    expect: [],
  },
  // DL3011
  {
    rule: 'DL3011',
    name: 'too high',
    source: lines('FROM debian:12', 'EXPOSE 80 70000/tcp'),
    expect: [[2, 11, 2, 20]],
  },
  {
    rule: 'DL3011',
    name: 'range end too high',
    source: lines('FROM debian:12', 'EXPOSE 8000-65536'),
    expect: [[2, 8, 2, 18]],
  },
  {
    rule: 'DL3011',
    name: 'valid',
    source: lines('FROM debian:12', 'EXPOSE 80 443/udp 8000-8010 $PORT'),
    expect: [],
  },
  // DL3012
  {
    rule: 'DL3012',
    name: 'two in a stage',
    source: lines('FROM debian:12', 'HEALTHCHECK CMD ["a"]', 'HEALTHCHECK NONE'),
    expect: [[3, 1, 3, 17]],
  },
  {
    rule: 'DL3012',
    name: 'one per stage',
    source: lines('FROM debian:12', 'HEALTHCHECK NONE', 'FROM debian:12', 'HEALTHCHECK NONE'),
    expect: [],
  },
  // DL3013
  {
    rule: 'DL3013',
    name: 'unpinned',
    source: lines('FROM python:3.12', 'RUN pip install flask'),
    expect: [[2, 5, 2, 22]],
  },
  {
    rule: 'DL3013',
    name: 'python -m pip',
    source: lines('FROM python:3.12', 'RUN python3 -m pip install flask'),
    expect: [[2, 5, 2, 33]],
  },
  {
    rule: 'DL3013',
    name: 'pinned, wheel, path, vcs with ref',
    source: lines('FROM python:3.12', 'RUN pip install a==1 "b>=2" ./c.whl ./src git+https://x/y.git@v1'),
    expect: [],
  },
  {
    rule: 'DL3013',
    name: 'requirements file',
    source: lines('FROM python:3.12', 'RUN pip install -r requirements.txt'),
    expect: [],
  },
  {
    rule: 'DL3013',
    name: 'index url value is not a package',
    source: lines('FROM python:3.12', 'RUN pip install --index-url https://p/simple a==1'),
    expect: [],
  },
  {
    rule: 'DL3013',
    name: 'pipenv',
    source: lines('FROM python:3.12', 'RUN pipenv install flask'),
    expect: [],
  },
  {
    rule: 'DL3013',
    name: 'values of --log and --cache-dir are not packages',
    source: lines('FROM debian:12', 'RUN pip install --log /tmp/pip.log --cache-dir /c foo==1'),
    expect: [],
  },
  // DL3014
  {
    rule: 'DL3014',
    name: 'no -y',
    source: lines('FROM debian:12', 'RUN apt-get install a=1'),
    expect: [[2, 5, 2, 24]],
  },
  {
    rule: 'DL3014',
    name: '-yqq',
    source: lines('FROM debian:12', 'RUN apt-get -yqq install a=1'),
    expect: [],
  },
  { rule: 'DL3014', name: '-qq', source: lines('FROM debian:12', 'RUN apt-get -qq install a=1'), expect: [] },
  {
    rule: 'DL3014',
    name: '--assume-yes',
    source: lines('FROM debian:12', 'RUN apt-get install --assume-yes a=1'),
    expect: [],
  },
  {
    rule: 'DL3014',
    name: 'single -q',
    source: lines('FROM debian:12', 'RUN apt-get -q install a=1'),
    expect: [[2, 5, 2, 27]],
  },
  // DL3015
  {
    rule: 'DL3015',
    name: 'recommends',
    source: lines('FROM debian:12', 'RUN apt-get install -y a=1'),
    expect: [[2, 5, 2, 27]],
  },
  {
    rule: 'DL3015',
    name: '--no-install-recommends',
    source: lines('FROM debian:12', 'RUN apt-get install -y --no-install-recommends a=1'),
    expect: [],
  },
  {
    rule: 'DL3015',
    name: 'APT option',
    source: lines('FROM debian:12', 'RUN apt-get install -y -o APT::Install-Recommends=false a=1'),
    expect: [],
  },
  // DL3016
  {
    rule: 'DL3016',
    name: 'unpinned',
    source: lines('FROM node:22', 'RUN npm install express'),
    expect: [[2, 5, 2, 24]],
  },
  {
    rule: 'DL3016',
    name: 'scoped unpinned',
    source: lines('FROM node:22', 'RUN npm install -g @angular/cli'),
    expect: [[2, 5, 2, 32]],
  },
  {
    rule: 'DL3016',
    name: 'pinned, scoped, git ref, tarball, path',
    source: lines('FROM node:22', 'RUN npm install a@1 @s/b@2 git+https://h/r.git#v1 c.tgz ./d'),
    expect: [],
  },
  { rule: 'DL3016', name: 'bare install', source: lines('FROM node:22', 'RUN npm install'), expect: [] },
  { rule: 'DL3016', name: 'npm ci', source: lines('FROM node:22', 'RUN npm ci'), expect: [] },
  {
    rule: 'DL3016',
    name: 'values of --prefix and --omit are not packages',
    source: lines('FROM debian:12', 'RUN npm install --prefix /usr/local --omit dev left-pad@1.3.0'),
    expect: [],
  },
  {
    rule: 'DL3016',
    name: 'a package after option values is still checked',
    source: lines('FROM debian:12', 'RUN npm install --omit dev left-pad'),
    expect: [[2, 5, 2, 36]],
  },
  // DL3018
  {
    rule: 'DL3018',
    name: 'unpinned',
    source: lines('FROM alpine:3.20', 'RUN apk add --no-cache curl'),
    expect: [[2, 5, 2, 28]],
  },
  {
    rule: 'DL3018',
    name: 'pinned and virtual name',
    source: lines('FROM alpine:3.20', 'RUN apk add --no-cache --virtual .deps curl=8.9 "b~1" ./c.apk'),
    expect: [],
  },
  {
    rule: 'DL3018',
    name: 'value of --cache-max-age is not a package',
    source: lines('FROM debian:12', 'RUN apk add --cache-max-age 60 curl=8.5.0-r0'),
    expect: [],
  },
  // DL3019
  {
    rule: 'DL3019',
    name: 'no --no-cache',
    source: lines('FROM alpine:3.20', 'RUN apk add a=1'),
    expect: [[2, 5, 2, 16]],
  },
  {
    rule: 'DL3019',
    name: '--no-cache',
    source: lines('FROM alpine:3.20', 'RUN apk add --no-cache a=1'),
    expect: [],
  },
  {
    rule: 'DL3019',
    name: 'cache mount',
    source: lines('FROM alpine:3.20', 'RUN --mount=type=cache,target=/var/cache/apk apk add a=1'),
    expect: [],
  },
  // DL3020
  {
    rule: 'DL3020',
    name: 'plain file',
    source: lines('FROM debian:12', 'ADD app.py /app/'),
    expect: [[2, 1, 2, 17]],
  },
  {
    rule: 'DL3020',
    name: 'url and archive',
    source: lines('FROM debian:12', 'ADD https://x/y.txt /a', 'ADD rootfs.tar.xz /'),
    expect: [],
  },
  {
    rule: 'DL3020',
    name: 'heredoc',
    source: lines('FROM debian:12', 'ADD <<EOF /a', 'x', 'EOF'),
    expect: [],
  },
  // DL3021
  {
    rule: 'DL3021',
    name: 'no slash',
    source: lines('FROM debian:12', 'COPY a b /dest'),
    expect: [[2, 10, 2, 15]],
  },
  { rule: 'DL3021', name: 'slash', source: lines('FROM debian:12', 'COPY a b /dest/'), expect: [] },
  { rule: 'DL3021', name: 'two arguments', source: lines('FROM debian:12', 'COPY a /dest'), expect: [] },
  {
    rule: 'DL3021',
    name: 'exec form',
    source: lines('FROM debian:12', 'COPY ["a", "b", "/dest"]'),
    expect: [[2, 6, 2, 25]],
  },
  // DL3022
  {
    rule: 'DL3022',
    name: 'unknown stage',
    source: lines('FROM debian:12', 'COPY --from=build /a /a'),
    expect: [[2, 6, 2, 18]],
  },
  {
    rule: 'DL3022',
    name: 'earlier stage, index and image',
    source: lines(
      'FROM debian:12 AS build',
      'FROM debian:12',
      'COPY --from=build /a /a',
      'COPY --from=0 /b /b',
      'COPY --from=nginx:1 /c /c',
    ),
    expect: [],
  },
  // DL3023
  {
    rule: 'DL3023',
    name: 'own alias',
    source: lines('FROM debian:12 AS app', 'COPY --from=app /a /b'),
    expect: [[2, 6, 2, 16]],
  },
  {
    rule: 'DL3023',
    name: 'other alias',
    source: lines('FROM debian:12 AS a', 'FROM debian:12 AS b', 'COPY --from=a /x /x'),
    expect: [],
  },
  // DL3024
  {
    rule: 'DL3024',
    name: 'duplicate (case-insensitive)',
    source: lines('FROM debian:12 AS x', 'FROM debian:12 AS X'),
    expect: [[2, 19, 2, 20]],
  },
  { rule: 'DL3024', name: 'unique', source: lines('FROM debian:12 AS x', 'FROM debian:12 AS y'), expect: [] },
  // DL3025
  {
    rule: 'DL3025',
    name: 'shell-form CMD',
    source: lines('FROM debian:12', 'CMD node app.js'),
    expect: [[2, 1, 2, 16]],
  },
  {
    rule: 'DL3025',
    name: 'shell-form ENTRYPOINT',
    source: lines('FROM debian:12', 'ENTRYPOINT ./run'),
    expect: [[2, 1, 2, 17]],
  },
  {
    rule: 'DL3025',
    name: 'JSON form',
    source: lines('FROM debian:12', 'CMD ["node", "app.js"]'),
    expect: [],
  },
  // DL3027
  {
    rule: 'DL3027',
    name: 'apt',
    source: lines('FROM debian:12', 'RUN apt install -y a=1'),
    expect: [[2, 5, 2, 23]],
  },
  {
    rule: 'DL3027',
    name: 'apt-get',
    source: lines('FROM debian:12', 'RUN apt-get install -y a=1'),
    expect: [],
  },
  // DL3028
  {
    rule: 'DL3028',
    name: 'unpinned',
    source: lines('FROM ruby:3', 'RUN gem install rails'),
    expect: [[2, 5, 2, 22]],
  },
  {
    rule: 'DL3028',
    name: 'pinned',
    source: lines('FROM ruby:3', 'RUN gem install rails:7.1 && gem install -N bundler -v 2.5'),
    expect: [],
  },
  {
    rule: 'DL3028',
    name: 'flag without value is not a gem',
    source: lines('FROM ruby:3', 'RUN gem install --no-document rails'),
    expect: [[2, 5, 2, 36]],
  },
  {
    rule: 'DL3028',
    name: 'a value of an option is not a gem',
    source: lines('FROM debian:12', 'RUN gem install bundler:2.0.1 --use-system-libraries true'),
    expect: [],
  },
  {
    rule: 'DL3028',
    name: 'a gem after an option value is still checked',
    source: lines('FROM debian:12', 'RUN gem install --source https://rubygems.org rails'),
    expect: [[2, 5, 2, 52]],
  },
  // DL3029
  {
    rule: 'DL3029',
    name: 'constant platform',
    source: lines('FROM --platform=linux/amd64 debian:12'),
    expect: [[1, 6, 1, 28]],
  },
  {
    rule: 'DL3029',
    name: 'BUILDPLATFORM',
    source: lines('FROM --platform=$BUILDPLATFORM debian:12'),
    expect: [],
  },
  // DL3030
  {
    rule: 'DL3030',
    name: 'no -y',
    source: lines('FROM centos:7', 'RUN yum install a-1'),
    expect: [[2, 5, 2, 20]],
  },
  { rule: 'DL3030', name: '-y', source: lines('FROM centos:7', 'RUN yum install -y a-1'), expect: [] },
  // DL1001 (off by default; the test turns it on)
  {
    rule: 'DL1001',
    name: 'ignore pragma',
    source: lines('FROM debian:12', '# hadolint ignore=DL3003', 'RUN cd /x'),
    expect: [[2, 1, 2, 25]],
  },
  {
    rule: 'DL1001',
    name: 'plain comment',
    source: lines('FROM debian:12', '# hadolint is great', 'RUN true'),
    expect: [],
  },
];

/** DL3026 needs an allow-list. */
export const REGISTRY_CASES: RuleCase[] = [
  {
    rule: 'DL3026',
    name: 'untrusted registry',
    source: lines('FROM quay.io/a/b:1'),
    expect: [[1, 6, 1, 19]],
    settings: { trustedRegistries: ['docker.io'] },
  },
  {
    rule: 'DL3026',
    name: 'docker hub, wildcard, alias, scratch',
    source: lines('FROM debian:12 AS a', 'FROM x.corp.example/b:1', 'FROM a', 'FROM scratch'),
    expect: [],
    settings: { trustedRegistries: ['docker.io', '*.corp.example'] },
  },
  {
    rule: 'DL3026',
    name: 'COPY --from image and mount from',
    source: lines(
      'FROM debian:12',
      'COPY --from=ghcr.io/x/y:1 /a /a',
      'RUN --mount=type=bind,from=quay.io/z:1,target=/z true',
    ),
    expect: [
      [2, 6, 2, 26],
      [3, 5, 3, 49],
    ],
    settings: { trustedRegistries: ['docker.io'] },
  },
  { rule: 'DL3026', name: 'no allow-list', source: lines('FROM quay.io/a/b:1'), expect: [] },
];
