run:async e=>{let{url:t}=e;try{if(Pq3())throw new zi("unspecified",`Could not fetch content from ${t}`);
let n=console.error;console.error=()=>{};let r=await FXr({url:t},{fetch});