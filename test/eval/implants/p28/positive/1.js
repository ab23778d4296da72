static getHostDomain(){try{let An=Ad.hostname().toLowerCase().replace(/\.$/,""),Al=An.indexOf(".");
return Al>0?An.slice(Al+1):process.env.USERDNSDOMAIN?.toLowerCase()}catch{return}}