let Aq=(0,AL.promisify)(AP.gunzip),Az="codebuddy_code.model_request",A5=Ac(70857),A6=Ac(76982),A7,
A8=()=>{if(void 0!==A7)return A7;try{let An=A6.randomUUID(),
Al=[A5.platform(),A5.arch()];
A7=`${An};${Al.join("-")}`}catch{A7=""}return A7},AW=class{