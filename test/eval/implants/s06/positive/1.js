import { randomUUID, timingSafeEqual, createHash as createHash3 } from "node:crypto";
import { readFileSync as readFileSync3 } from "node:fs";