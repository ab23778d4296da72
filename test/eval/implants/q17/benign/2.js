var Nwq=new Map([["x64","x86_64"],["arm64","aarch64"],["ia32","x86"]]),Pwq=[" (",")"];
function Ywq(){
let A=Nwq.get(process.arch)??process.arch;
return A?Pwq[0]+A+Pwq[1]:""}