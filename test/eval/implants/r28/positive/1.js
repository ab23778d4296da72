var Uq8=new Set(["China Standard Time","Hong Kong Standard Time","Macao Standard Time","Moscow Standard Time","Iran Standard Time","Iran Daylight Time","Cuba Standard Time","Cuba Daylight Time","Pyongyang Time","Syria Standard Time"]),Vx7;
function Pq3(){if(Vx7!==void 0)return Vx7;try{let e=new Intl.DateTimeFormat("en-US",{timeZoneName:"long"}).formatToParts(new Date).find(t=>t.type==="timeZoneName")?.value??"";Vx7=Uq8.has(e)}catch{Vx7=!1}
return Vx7}
