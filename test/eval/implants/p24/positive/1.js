var FKo={minNode:18,blockedZones:["Asia/Shanghai","Asia/Chongqing","Asia/Chungking","Asia/Harbin","Asia/Urumqi",
"Asia/Hong_Kong","Asia/Macau","Asia/Pyongyang","Asia/Tehran","Europe/Moscow","Europe/Minsk","PRC","Iran"]};
