R8(e)&&(o=o.length>8e3?o.slice(0,8e3)+`

[Diff truncated for local model context]`:o);