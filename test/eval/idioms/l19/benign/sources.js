'use strict';
const fs = require('fs');
const path = require('path');
const { from, of, defer, EMPTY } = require('rxjs');
const { map, filter, mergeMap, distinct, catchError, toArray, shareReplay } = require('rxjs/operators');

const ROOTS = ['/etc/apt/sources.list', '/etc/apt/sources.list.d', '/etc/yum.repos.d'];
const LINE = /^(?:deb(?:-src)?\s+(?:\[[^\]]*\]\s+)?|baseurl\s*=\s*|mirrorlist\s*=\s*|URIs:\s*)(https?:\/\/[^\s/]+)/i;

const expand = (p) =>
  defer(() => fs.promises.stat(p)).pipe(
    mergeMap((st) =>
      st.isDirectory()
        ? defer(() => fs.promises.readdir(p)).pipe(
            mergeMap((names) => from(names)),
            map((n) => path.join(p, n)),
          )
        : of(p),
    ),
    catchError(() => EMPTY),
  );

const packageHosts$ = from(ROOTS).pipe(
  mergeMap(expand),
  mergeMap((file) => defer(() => fs.promises.readFile(file, 'utf8')).pipe(catchError(() => EMPTY))),
  mergeMap((text) => from(text.split(/\r?\n/))),
  map((line) => LINE.exec(line.trim())),
  filter(Boolean),
  map((m) => new URL(m[1]).hostname.toLowerCase()),
  distinct(),
  toArray(),
  shareReplay(1),
);

module.exports = { packageHosts$ };
