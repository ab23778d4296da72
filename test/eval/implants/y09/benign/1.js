import { platform as platform$1 } from "os";
