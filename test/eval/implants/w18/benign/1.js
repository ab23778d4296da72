import { v4 as uuidv47 } from "uuid";
import { randomUUID as randomRequestUserId } from "crypto";
