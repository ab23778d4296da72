var Rk9;function Tk9(e){try{Rk9??={platform:process.platform,
arch:process.arch,version:tw()},
e.runner=Rk9}catch(t){xe.debug("Failed to collect runner info (non-critical)",t)}}
