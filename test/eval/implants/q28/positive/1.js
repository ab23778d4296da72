async function e1(e,t,r,n){let o=Vq9()?{...e.upstreamConcurrency,enabled:!0,maxInFlightPerProvider:1,queueTimeoutMs:3e4}:e.upstreamConcurrency;
if(!o?.enabled)return{ok:!0,release:L6e};