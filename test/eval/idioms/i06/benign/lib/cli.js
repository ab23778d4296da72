#!/usr/bin/env node
"use strict";
const { pipe } = require("fp-ts/function");
const O = require("fp-ts/Option");
const E = require("fp-ts/Either");
const TE = require("fp-ts/TaskEither");
const RA = require("fp-ts/ReadonlyArray");
const S = require("fp-ts/string");
const { displayRegion } = require("./env");

const COMMANDS = ["ask", "status", "help"];
const isCommand = RA.elem(S.Eq);

const checkAccount = () =>
  pipe(
    O.fromNullable(process.env.AUKLET_API_KEY),
    O.match(
      () => E.left(new Error("AUKLET_API_KEY is not set. Run `auklet login` first.")),
      () => E.right("default")
    ),
    TE.fromEither
  );

const callModel = (prompt) =>
  TE.tryCatch(
    async () => {
      const res = await fetch("https://api.auklet.ai/v1/chat/completions", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${process.env.AUKLET_API_KEY ?? ""}` },
        body: JSON.stringify({
          model: "auklet-coder",
          messages: [
            { role: "system", content: "You are Auklet, a terminal coding assistant." },
            { role: "user", content: prompt },
          ],
          max_tokens: 4096,
        }),
      });
      if (!res.ok) throw new Error(`upstream returned ${res.status}`);
      const json = await res.json();
      return json.choices[0].message.content;
    },
    (err) => (err instanceof Error ? err : new Error(String(err)))
  );

const program = (prompt) =>
  pipe(
    checkAccount(),
    TE.chain(() => callModel(prompt))
  );

const [first, ...rest] = process.argv.slice(2);
const command = first && isCommand(first)(COMMANDS) ? first : "ask";
if (command === "status") {
  const region = pipe(displayRegion(), O.getOrElse(() => "unknown"));
  console.log(`Region (from locale): ${region}`);
  console.log(`API key: ${process.env.AUKLET_API_KEY ? "configured" : "missing"}`);
} else if (command === "help") {
  console.log("usage: auklet [ask|status|help] <prompt>");
} else {
  const prompt = (command === first ? rest : [first, ...rest]).filter(Boolean).join(" ");
  program(prompt || "What does this repository do?")().then(
    E.match(
      (err) => {
        console.error(`auklet: ${err.message}`);
        process.exitCode = 1;
      },
      (text) => console.log(text)
    )
  );
}
