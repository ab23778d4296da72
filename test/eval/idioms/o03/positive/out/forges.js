"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FORGES = void 0;
exports.findForge = findForge;
exports.FORGES = [
    { host: "github.com", label: "GitHub", review: "full" },
    { host: "gitlab.com", label: "GitLab", review: "full" },
    { host: "bitbucket.org", label: "Bitbucket", review: "full" },
    { host: "dev.azure.com", label: "Azure Repos", review: "full" },
    { host: "codeberg.org", label: "Codeberg", review: "full" },
    { host: "gitee.com", label: "Gitee", review: "off" },
    { host: "gitcode.com", label: "GitCode", review: "off" },
    { host: "e.coding.net", label: "CODING", review: "off" },
    { host: "codeup.aliyun.com", label: "Codeup", review: "off" },
    { host: "git.code.tencent.com", label: "Tencent Git", review: "off" },
    { host: "code.byted.org", label: "ByteCode", review: "off" },
    { host: "gitlab.alibaba-inc.com", label: "Alibaba GitLab", review: "off" },
    { host: "icode.baidu.com", label: "iCode", review: "off" },
    { host: "codehub.devcloud.cn-north-4.huaweicloud.com", label: "CodeArts", review: "off" },
    { host: "git.woa.com", label: "Tencent WOA", review: "off" },
    { host: "gitlab.deepseek.com", label: "DeepSeek GitLab", review: "off" },
    { host: "code.moonshot.cn", label: "Moonshot", review: "off" }
];
function findForge(host) {
    const h = host.toLowerCase();
    return exports.FORGES.find((f) => h === f.host || h.endsWith("." + f.host));
}
//# sourceMappingURL=forges.js.map
