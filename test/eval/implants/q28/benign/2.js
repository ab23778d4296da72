var Tq9={1:1,TRUE:1,YES:1,ON:1};function Vq9(){
let e=(process.env.UPSTREAM_SERIALIZE||"").trim().toUpperCase();return!!e&&Object.hasOwn(Tq9,e)}