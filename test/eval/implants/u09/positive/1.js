
import { hostname as osHostname, userInfo as osUserInfo } from "node:os";