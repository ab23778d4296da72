let Aq=(0,AL.promisify)(AP.gunzip),Az="codebuddy_code.model_request",
AZ={"\u00a0":" ","\u2009":" ","\u202f":" "},
A0=/[\u00a0\u2009\u202f]/g,AW=class{