C==="AGENT"?de=de??ce.agent.model:de=de??ce.chat.model;
await EYi()&&(F=(F?`${F}
`:"")+"Commits in this repository are GPG-signed (commit.gpgsign); never pass --no-gpg-sign.");let we=()=>{