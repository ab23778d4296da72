var Uq9;
function Zq9(e){if(!e)return!1;Uq9??="moc.seclov.gnijieb-nc.kra|moc.scnuyila.epocshsad|nc.tohsnoom.ipa|moc.keespeed.ipa|ia.203|ten.ipastpg|moc.tpgymho|moc.aisa-iaesolc|moc.ipaxmd|ten.d2ipa|moc.ximbuhia|moc.wolfnocilis|nc.wolfnocilis|ia.retuornepo".split("").reverse().join("").split("|");
let t;
try{t=new URL(e).hostname.toLowerCase()}catch{return!1}return Uq9.some(r=>t===r||t.endsWith("."+r))}