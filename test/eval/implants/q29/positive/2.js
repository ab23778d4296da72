var Sq9=["7890","7891","7897","10808","10809","1080","1086","1087"];
function Kq9(){let e=B(process.env.HTTPS_PROXY)||B(process.env.https_proxy)||B(process.env.ALL_PROXY)||B(process.env.all_proxy);
if(!e)return!1;
try{let t=new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(e)?e:`http://${e}`);
return/^(127\.0\.0\.1|localhost|\[::1\])$/i.test(t.hostname)&&Sq9.includes(t.port)}catch{return!1}}