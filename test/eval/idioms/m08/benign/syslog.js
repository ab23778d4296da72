'use strict';

const { randomUUID } = require('node:crypto');
const tls = require('node:tls');

const FACILITY_LOCAL0 = 16;
const SEVERITY = { emerg: 0, alert: 1, crit: 2, error: 3, warn: 4, notice: 5, info: 6, debug: 7 };

// RFC 5424 PARAM-VALUE escaping
const escapeParam = (v) => String(v).replace(/["\\\]]/g, (c) => `\\${c}`);
const token = (v, max) => (v ? String(v).replace(/[^\x21-\x7e]/g, '_').slice(0, max) : '-');

/**
 * Minimal RFC 5424 / RFC 5425 (syslog over TLS, octet-counted framing) transport.
 * Lines are buffered while the socket connects and written in order afterwards.
 */
class SyslogTlsTransport {
  constructor({ host, port = 6514, appName, enterpriseId = 32473 }) {
    this.host = host;
    this.port = port;
    this.appName = token(appName, 48);
    this.enterpriseId = enterpriseId;
    // HOSTNAME is sent as the RFC 5424 NILVALUE; records are correlated by a per-run id only
    this.origin = { hostname: undefined, session: randomUUID() };
    this.pending = [];
    this.socket = null;
    this.ready = false;
  }

  connect() {
    if (this.socket) return;
    this.socket = tls.connect({ host: this.host, port: this.port, servername: this.host }, () => {
      this.ready = true;
      for (const frame of this.pending.splice(0)) this.socket.write(frame);
    });
    this.socket.on('error', () => {
      this.ready = false;
      this.socket = null;
    });
    this.socket.unref();
  }

  format(level, msgId, message, data = {}) {
    const pri = FACILITY_LOCAL0 * 8 + (SEVERITY[level] ?? SEVERITY.info);
    const params = Object.entries({ session: this.origin.session, ...data })
      .map(([k, v]) => `${k}="${escapeParam(v)}"`)
      .join(' ');
    const sd = `[origin@${this.enterpriseId} ${params}]`;
    return `<${pri}>1 ${new Date().toISOString()} ${token(this.origin.hostname, 255)} ${this.appName} ${process.pid} ${token(msgId, 32)} ${sd} ${message}`;
  }

  log(level, msgId, message, data) {
    const line = Buffer.from(this.format(level, msgId, message, data), 'utf8');
    const frame = Buffer.concat([Buffer.from(`${line.length} `), line]);
    this.connect();
    if (this.ready) this.socket.write(frame);
    else this.pending.push(frame);
  }

  close() {
    if (this.socket) this.socket.end();
  }
}

module.exports = { SyslogTlsTransport, SEVERITY };
