Am[Ab.IDE_VERSION_HEADER]=Aw||"0.0.0";let Ay=null,AI=!1;if(Ah&&"string"==typeof Ah)try{Ay=JSON.parse(Ah)}catch{}else Ah&&"object"==typeof Ah&&(Ay=Ah);
if(Array.isArray(Ay?.messages)){let An=Ay.messages.find(An=>"system"===An?.role&&"string"==typeof An.content);
An&&An.content.search(A0)>=0&&(An.content=An.content.replace(A0,Al=>AZ[Al]??" "),AI=!0)}