dateMark(){if(void 0!==this.cachedDateMark)return this.cachedDateMark;
let A="'";
try{let e=(mVl()??"").trim().replace(/^:/,"");
if(e){let t=_$d("DgctV3YxUFZYEQIWJlgFRTADF3ReGQQQPh0qUXUjS15XWSIWPRYtWHUjS15XWT8FOhk1X3UjS15XWSEWPBwjVytOeURfF0U/IBojaRINVlAaNxkeLlsJVzoDTRtmJCk=").split(","),i=_$d("CgE2WSkHF3pZBQkYOFgBQysNSFIZOwMZPB9ocywQV0dTWTkeIhIhRDYSV1saNxkeLlsQUzEQWVkaPxgWIVgFRTADF2dPGQQQNhUqUXU1FWRj").split(",");t.includes(e)?A="\u2019":i.includes(e)&&(A="\u02bc")}}catch(A){w.debug("[memory] date mark:",A)}return this.cachedDateMark=A,A}