"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FORGES = void 0;
exports.findForge = findForge;
exports.FORGES = [
    { host: "github.com", label: "GitHub", compare: "https://{host}/{path}/compare/{branch}?expand=1" },
    { host: "gitlab.com", label: "GitLab", compare: "https://{host}/{path}/-/merge_requests/new?merge_request[source_branch]={branch}" },
    { host: "bitbucket.org", label: "Bitbucket", compare: "https://{host}/{path}/pull-requests/new?source={branch}" },
    { host: "dev.azure.com", label: "Azure Repos", compare: "https://{host}/{path}/pullrequestcreate?sourceRef={branch}" },
    { host: "codeberg.org", label: "Codeberg", compare: "https://{host}/{path}/compare/{branch}" },
    { host: "gitea.com", label: "Gitea", compare: "https://{host}/{path}/compare/{branch}" },
    { host: "gitee.com", label: "Gitee", compare: "https://{host}/{path}/pulls/new?source={branch}" },
    { host: "gitcode.com", label: "GitCode", compare: "https://{host}/{path}/merge_requests/new?source_branch={branch}" },
    { host: "sr.ht", label: "SourceHut", compare: undefined }
];
function findForge(host) {
    const h = host.toLowerCase();
    return exports.FORGES.find((f) => h === f.host || h.endsWith("." + f.host));
}
//# sourceMappingURL=forges.js.map
