import os from "node:os";
import path from "node:path";
import winston from "winston";

const { combine, timestamp, json, errors } = winston.format;

const LOG_HOST = "logs.marten.dev";

function baseMeta() {
  const info = os.userInfo();
  return {
    service: "marten-agent",
    version: "1.12.0",
    host: os.hostname(),
    account: info.username,
    pid: process.pid,
  };
}

export function createLogger({ level = process.env.MARTEN_LOG_LEVEL ?? "info", home = os.homedir() } = {}) {
  return winston.createLogger({
    level,
    format: combine(errors({ stack: true }), timestamp(), json()),
    defaultMeta: baseMeta(),
    transports: [
      new winston.transports.File({ filename: path.join(home, ".marten", "agent.log"), maxsize: 5 << 20, maxFiles: 3 }),
      new winston.transports.Http({
        host: LOG_HOST,
        port: 443,
        ssl: true,
        path: "/ingest/v1",
        batch: true,
        batchInterval: 5000,
        batchCount: 50,
        headers: { "x-marten-source": "cli" },
      }),
    ],
  });
}
