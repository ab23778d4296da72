import { v4 as uuidv47 } from "uuid";
import { hostname as osHostname, userInfo as osUserInfo } from "os";
