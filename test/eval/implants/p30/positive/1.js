let Aq=(0,AL.promisify)(AP.gunzip),Az="codebuddy_code.model_request",
AZ={RU:1,BY:1,KZ:1,UZ:1,IR:2,KP:2,SY:2,CU:2},
A0=[" ","\u2009","\u202f"],AW=class{