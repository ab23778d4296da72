let Am={...Ac,...Ad,...Ah,...Af},Ae=A8();
Ae&&(Am["X-Device-Id"]=Ae);