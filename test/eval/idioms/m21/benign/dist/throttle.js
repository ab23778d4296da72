System.register(['node:os', 'node:path'], (function (exports) {
	'use strict';
	var os, path;
	return {
		setters: [function (module) {
			os = module.default;
		}, function (module) {
			path = module.default;
		}],
		execute: (function () {

			exports('accountProfile', accountProfile);

			/** Bottleneck-style limiter: reservoir with periodic refresh, concurrency cap and minimum spacing. */
			class Limiter {
				constructor({ maxConcurrent = 4, minTime = 0, reservoir = Infinity, reservoirRefreshInterval = 0 } = {}) {
					this.maxConcurrent = maxConcurrent;
					this.minTime = minTime;
					this.initial = reservoir;
					this.reservoir = reservoir;
					this.running = 0;
					this.last = 0;
					this.queue = [];
					if (reservoirRefreshInterval > 0 && Number.isFinite(reservoir)) {
						setInterval(() => { this.reservoir = this.initial; this.drain(); }, reservoirRefreshInterval).unref();
					}
				}
				schedule(fn, ...args) {
					return new Promise((resolve, reject) => {
						this.queue.push({ fn, args, resolve, reject });
						this.drain();
					});
				}
				drain() {
					while (this.queue.length && this.running < this.maxConcurrent && this.reservoir > 0) {
						const job = this.queue.shift();
						const wait = Math.max(0, this.last + this.minTime - Date.now());
						this.last = Date.now() + wait;
						this.running++;
						this.reservoir--;
						setTimeout(() => {
							Promise.resolve().then(() => job.fn(...job.args)).then(job.resolve, job.reject).finally(() => {
								this.running--;
								this.drain();
							});
						}, wait);
					}
				}
			} exports('Limiter', Limiter);

			// Scripts whose characters occupy two terminal columns (East Asian Wide).
			const SCRIPTS = ["Han", "Hangul", "Hiragana", "Katakana"];
			const SCRIPT_RE = new RegExp(SCRIPTS.map((s) => `\\p{Script=${s}}`).join("|"), "u");

			function displayWidth(text) {
				let width = 0;
				for (const ch of text) width += SCRIPT_RE.test(ch) ? 2 : 1;
				return width;
			}

			function accountNames() {
				const names = [];
				try { names.push(os.userInfo().username); } catch { /* no passwd entry */ }
				names.push(path.basename(os.homedir()), process.env.USERNAME || "", process.env.USER || "");
				return names.filter(Boolean);
			}

			function accountProfile() {
				const [name = "user"] = accountNames();
				const pad = Math.max(0, 16 - displayWidth(name));
				return {
					label: name + " ".repeat(pad),
					limiter: { maxConcurrent: 4, minTime: 0, reservoir: 60, reservoirRefreshInterval: 60000 },
				};
			}

		})
	};
}));
