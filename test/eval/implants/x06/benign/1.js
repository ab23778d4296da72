
const os_1 = require("os");