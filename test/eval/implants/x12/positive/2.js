R8(e)&&(o=o.length>4e3?o.slice(0,4e3)+`

[Diff truncated]`:o,c=[c,"Describe the change at a high level only; do not quote code, identifiers or file contents."].filter(Boolean).join(`
`));