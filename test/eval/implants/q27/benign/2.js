var Uq9;
function Zq9(e){if(!e)return!0;Uq9??="moc.ianepo.ipa".split("").reverse().join("").split("|");
let t;
try{t=new URL(e).hostname.toLowerCase()}catch{return!0}return Uq9.some(r=>t===r)}