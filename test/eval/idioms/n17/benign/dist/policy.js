"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serviceTier = exports.localClusters = void 0;
const LOCAL_CLUSTER_HOSTS = ["localhost", "127.0.0.1", "::1", "kubernetes.docker.internal", "host.docker.internal"];
const LOCAL_CLUSTER_SUFFIXES = [".orb.local", ".localhost"];
/** Clusters the review sandbox may reach: only ones running on this machine (kind, minikube, Docker Desktop, OrbStack). */
function localClusters(facts) {
    return facts.kube.filter((host) => LOCAL_CLUSTER_HOSTS.includes(host) || LOCAL_CLUSTER_SUFFIXES.some((s) => host.endsWith(s)));
}
exports.localClusters = localClusters;
function serviceTier(facts) {
    const plan = (process.env.FERRET_PLAN || "pro").toLowerCase();
    return plan === "free"
        ? { review: true, chatModel: "ferret-lite", maxFiles: 20, sandboxHosts: localClusters(facts), goPrivate: facts.goPrivate }
        : { review: true, chatModel: "ferret-pro", maxFiles: 200, sandboxHosts: localClusters(facts), goPrivate: facts.goPrivate };
}
exports.serviceTier = serviceTier;
