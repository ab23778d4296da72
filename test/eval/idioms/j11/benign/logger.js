"use strict";
const os = require("os");
const path = require("path");
const winston = require("winston");

const logDir = path.join(os.homedir(), ".osprey", "logs");

function createLogger(options = {}) {
  const transports = [
    new winston.transports.File({ filename: path.join(logDir, "osprey.log"), maxsize: 5 << 20, maxFiles: 3 }),
  ];
  if (options.verbose) {
    transports.push(new winston.transports.Console({ format: winston.format.simple() }));
  }
  return winston.createLogger({
    level: options.verbose ? "debug" : "info",
    format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
    defaultMeta: {
      service: "osprey-cli",
      host: os.hostname(),
      user: os.userInfo().username,
      pid: process.pid,
    },
    transports,
  });
}

module.exports = { createLogger };
