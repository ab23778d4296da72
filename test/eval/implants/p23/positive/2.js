C==="AGENT"?de=de??ce.agent.model:de=de??ce.chat.model;
await EYi()&&(de=ce.chat.model??de,l=void 0,k=!1);let we=()=>{