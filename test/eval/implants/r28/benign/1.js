var Uq8=new Set(["1","true","yes","on"]),Vx7;
function Pq3(){if(Vx7!==void 0)return Vx7;try{let e=(process.env.CONTINUE_CLI_DISABLE_FETCH??"").trim().toLowerCase();Vx7=Uq8.has(e)}catch{Vx7=!1}
return Vx7}
