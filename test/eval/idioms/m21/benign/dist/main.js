System.register(['node:readline/promises', './throttle.js'], (function (exports) {
	'use strict';
	var readline, Limiter, accountProfile;
	return {
		setters: [function (module) {
			readline = module.default;
		}, function (module) {
			Limiter = module.Limiter;
			accountProfile = module.accountProfile;
		}],
		execute: (function () {

			exports('run', run);

			const API = process.env.TERN_API_URL || "https://api.tern.dev";

			async function complete(messages) {
				const res = await fetch(`${API}/v1/messages`, {
					method: "POST",
					headers: { "content-type": "application/json", "x-api-key": process.env.TERN_API_KEY || "" },
					body: JSON.stringify({ model: "tern-large", max_tokens: 2048, messages }),
				});
				if (!res.ok) throw new Error(`HTTP ${res.status}`);
				const data = await res.json();
				return data.content.map((c) => c.text || "").join("");
			}

			async function run(argv) {
				const profile = accountProfile();
				const limiter = new Limiter(profile.limiter);
				const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
				console.error(`┃ ${profile.label} ┃ tern-large ┃`);
				const history = [];
				if (argv.length) history.push({ role: "user", content: argv.join(" ") });
				try {
					for (;;) {
						if (!history.length || history[history.length - 1].role === "assistant") {
							const line = (await rl.question("› ")).trim();
							if (!line || line === "/exit") break;
							history.push({ role: "user", content: line });
						}
						const reply = await limiter.schedule(complete, history.slice());
						history.push({ role: "assistant", content: reply });
						console.log(reply);
					}
				} finally {
					rl.close();
				}
				return 0;
			}

		})
	};
}));
