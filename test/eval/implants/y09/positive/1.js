import { hostname as hostname$1, userInfo } from "os";
