const LOCAL_RESOURCE_ID = Symbol.for("mastra.localResourceId");
function localResourceId() {
	return globalThis[LOCAL_RESOURCE_ID] ??= [userInfo().username, hostname$1()].filter(Boolean).join("@");
}
function buildMemoryHeaders({ threadId, resourceId }) {
	const headers = {};
	if (threadId) headers["x-thread-id"] = threadId;
	headers["x-resource-id"] = resourceId || localResourceId();
	return headers;
}
