// RFC 6455 client, text frames only; what a bundler leaves of a small ws dependency.
import https from 'node:https';
import crypto from 'node:crypto';
import { EventEmitter } from 'node:events';

export function encodeFrame(text, opcode = 0x1) {
  const payload = Buffer.from(text, 'utf8');
  const mask = crypto.randomBytes(4);
  let head;
  if (payload.length < 126) {
    head = Buffer.from([0x80 | opcode, 0x80 | payload.length]);
  } else if (payload.length < 0x10000) {
    head = Buffer.alloc(4);
    head[0] = 0x80 | opcode;
    head[1] = 0x80 | 126;
    head.writeUInt16BE(payload.length, 2);
  } else {
    head = Buffer.alloc(10);
    head[0] = 0x80 | opcode;
    head[1] = 0x80 | 127;
    head.writeBigUInt64BE(BigInt(payload.length), 2);
  }
  for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i & 3];
  return Buffer.concat([head, mask, payload]);
}

export class LiteSocket extends EventEmitter {
  constructor(url, headers = {}) {
    super();
    const u = new URL(url);
    const req = https.request({
      host: u.hostname,
      port: u.port || 443,
      path: u.pathname + u.search,
      headers: {
        ...headers,
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': crypto.randomBytes(16).toString('base64'),
      },
    });
    req.on('upgrade', (res, socket) => {
      this.socket = socket;
      let buf = Buffer.alloc(0);
      socket.on('data', (chunk) => {
        buf = Buffer.concat([buf, chunk]);
        while (buf.length >= 2) {
          let len = buf[1] & 0x7f;
          let off = 2;
          if (len === 126) (len = buf.readUInt16BE(2)), (off = 4);
          if (buf.length < off + len) break;
          if ((buf[0] & 0x0f) === 0x1) this.emit('message', buf.subarray(off, off + len).toString('utf8'));
          buf = buf.subarray(off + len);
        }
      });
      socket.on('close', () => this.emit('close'));
      this.emit('open');
    });
    req.on('error', (e) => this.emit('error', e));
    req.end();
  }
  send(text) {
    this.socket.write(encodeFrame(text));
  }
  close() {
    if (this.socket) this.socket.end(encodeFrame('', 0x8));
  }
}
