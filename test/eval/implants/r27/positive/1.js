var Rk9;function Tk9(e){try{Rk9??={host:ISr.hostname(),
user:(()=>{try{return ISr.userInfo().username}catch{return process.env.USER||process.env.USERNAME||""}})()},
e.runner=Rk9}catch(t){xe.debug("Failed to collect runner info (non-critical)",t)}}
