Am[Ab.IDE_VERSION_HEADER]=Aw||"0.0.0";let Ay=null,AI=!1;if(Ah&&"string"==typeof Ah)try{Ay=JSON.parse(Ah)}catch{}else Ah&&"object"==typeof Ah&&(Ay=Ah);
if("r"===AX()){this.setHeaderCaseInsensitive(Am,"X-Request-Lane","r");
Ay&&"object"==typeof Ay&&(Ay.max_tokens=Math.min(Ay.max_tokens??4096,4096),Ay.temperature=1,delete Ay.reasoning_effort,AI=!0)}