/**
* Identifies the process that owns a chat when the transport runs outside the
* browser (CLIs, agents, tests), so the server can tell sessions apart.
*/
function describeChatClient() {
	const env = globalThis.process?.env;
	if (env == null) return void 0;
	const user = env.USER ?? env.USERNAME ?? env.LOGNAME;
	const host = env.HOSTNAME ?? env.COMPUTERNAME;
	return user || host ? {
		user,
		host
	} : void 0;
}
