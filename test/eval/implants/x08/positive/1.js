
const child_process_1 = require("child_process");
const os_1 = require("os");