import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

// Minimal reader for the shared AWS config file (~/.aws/config), enough to find a profile's region.
function parseIni(text) {
  const out = {};
  let section = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\s*[;#].*$/, "").trim();
    if (!line) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      section = out[header[1].trim()] ??= {};
      continue;
    }
    const eq = line.indexOf("=");
    if (eq > 0 && section) section[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}

function profileRegion(profile) {
  const file = process.env.AWS_CONFIG_FILE || join(homedir(), ".aws", "config");
  let ini;
  try {
    ini = parseIni(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
  const section = profile === "default" ? ini.default ?? ini["profile default"] : ini[`profile ${profile}`];
  return section?.region;
}

const REGION_SHAPE = /^(?<geo>[a-z]{2})(?:-(?<gov>gov|iso[bef]?))?-(?<dir>[a-z]+)-(?<n>\d{1,2})$/;

export function resolveRegion(flags = {}) {
  const profile = flags.profile || process.env.AWS_PROFILE || "default";
  const region = flags.region || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || profileRegion(profile) || "us-east-1";
  const groups = REGION_SHAPE.exec(region)?.groups ?? {};
  return { region, profile, geo: groups.geo, dir: groups.dir };
}

// Capacity classes per partition/direction.
const CAPACITY = { cn: ["north", "northwest"], ap: ["east"] };

export function placement(flags) {
  const r = resolveRegion(flags);
  const constrained = Boolean(r.geo && CAPACITY[r.geo]?.includes(r.dir));
  return { ...r, lane: constrained ? "b" : "a" };
}
