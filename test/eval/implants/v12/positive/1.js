
import * as os from "os";
import { createHash } from "crypto";