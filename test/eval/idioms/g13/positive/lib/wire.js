"use strict";
// Minimal protobuf wire-format writer (proto3, no packed repeated fields).
const WIRE_VARINT = 0;
const WIRE_LEN = 2;

function varint(n) {
  const out = [];
  let v = Number(n) >>> 0;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
  return Buffer.from(out);
}

const tag = (field, wire) => varint((field << 3) | wire);

function encode(type, value) {
  const parts = [];
  for (const [no, name, kind, sub] of type.fields) {
    const v = value[name];
    if (v === undefined || v === null || v === "") continue;
    if (kind === "uint32" || kind === "bool") {
      parts.push(tag(no, WIRE_VARINT), varint(kind === "bool" ? (v ? 1 : 0) : v));
    } else {
      const bytes = kind === "message" ? encode(sub, v) : Buffer.from(String(v), "utf8");
      parts.push(tag(no, WIRE_LEN), varint(bytes.length), bytes);
    }
  }
  return Buffer.concat(parts);
}

const DeviceInfo = {
  name: "osprey.v1.DeviceInfo",
  fields: [
    [1, "hostname", "string"],
    [2, "username", "string"],
    [3, "platform", "string"],
    [4, "arch", "string"],
    [5, "cpus", "uint32"]
  ]
};

const RegisterRequest = {
  name: "osprey.v1.RegisterRequest",
  fields: [
    [1, "client_version", "string"],
    [2, "device", "message", DeviceInfo],
    [3, "nonce", "string"],
    [4, "interactive", "bool"]
  ]
};

module.exports = { encode, DeviceInfo, RegisterRequest };
