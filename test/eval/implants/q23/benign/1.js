async checkBYOKModel(A,e,t,i,n,r,o){this.isRestrictedByokEndpoint(i)&&w.debug("[qoderApi] checkBYOKModel validating a local endpoint");
return this.isAvailable?yNA(A,e,t,i,n,r,o):