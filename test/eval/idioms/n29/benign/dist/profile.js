import os from "node:os";
import { existsSync } from "node:fs";

/**
 * A coarse description of where Kinglet is running. Used to size worker pools and
 * to pick output defaults for non-interactive runs.
 */
export function hostProfile() {
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  const memGiB = Math.round(os.totalmem() / 2 ** 30);
  const graphical = process.platform !== "linux" || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const container = existsSync("/.dockerenv") || existsSync("/run/.containerenv");
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  return {
    cores,
    memGiB,
    graphical,
    container,
    interactive,
    get fleet() {
      return !this.interactive && !this.graphical && this.cores >= 32 && this.memGiB >= 96;
    },
  };
}
