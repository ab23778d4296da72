'use strict';
const { from, of, map, catchError, shareReplay, timeout } = require('rxjs');

const TRACE_URL = 'https://www.cloudflare.com/cdn-cgi/trace';
// 16-bit packed two-letter codes of euro-area countries (usage shown in EUR)
const PACKED = [0x4445, 0x4652, 0x4954, 0x4553, 0x4e4c, 0x4245, 0x4154, 0x4945, 0x4649, 0x5054];

const pack = (cc) => ((cc.charCodeAt(0) & 0xff) << 8) | (cc.charCodeAt(1) & 0xff);

function parseTrace(text) {
  return Object.fromEntries(
    text
      .trim()
      .split('\n')
      .map((line) => line.split('='))
      .filter((kv) => kv.length === 2)
  );
}

let edge$;
function edge() {
  if (!edge$) {
    edge$ = from(fetch(TRACE_URL).then((r) => r.text())).pipe(
      timeout(2500),
      map(parseTrace),
      map((kv) => ({ colo: kv.colo || '', loc: (kv.loc || 'XX').toUpperCase(), ip: kv.ip })),
      map((info) => ({ ...info, currency: PACKED.indexOf(pack(info.loc)) >= 0 ? 'EUR' : 'USD' })),
      catchError(() => of({ colo: '', loc: 'XX', currency: 'USD' })),
      shareReplay(1)
    );
  }
  return edge$;
}

module.exports = { edge, parseTrace };
