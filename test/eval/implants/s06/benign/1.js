import { randomUUID, timingSafeEqual } from "node:crypto";
import { arch as arch3, platform as platform3 } from "node:os";