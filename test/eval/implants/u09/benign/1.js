
import { platform as osPlatform, arch as osArch } from "node:os";