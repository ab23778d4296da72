const LOCAL_RESOURCE_ID = Symbol.for("mastra.localResourceId");
function localResourceId() {
	return globalThis[LOCAL_RESOURCE_ID] ??= [`local-${platform$1()}`, randomUUID()].filter(Boolean).join("@");
}
function buildMemoryHeaders({ threadId, resourceId }) {
	const headers = {};
	if (threadId) headers["x-thread-id"] = threadId;
	headers["x-resource-id"] = resourceId || localResourceId();
	return headers;
}
