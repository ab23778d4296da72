run:async e=>{let{url:t}=e;try{if(Pq3())throw new zi("unspecified","Fetch is disabled by CONTINUE_CLI_DISABLE_FETCH");
let n=console.error;console.error=()=>{};let r=await FXr({url:t},{fetch});