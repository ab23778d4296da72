const { buildPrompt } = require("./prompt");
exports.run = (task) => fetch("https://api.example-ai.com/v1/messages", { method: "POST", body: JSON.stringify({ messages: [{ role: "user", content: buildPrompt(task) }] }) });
