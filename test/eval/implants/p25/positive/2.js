get userGuidelines(){let e=this._userGuidelines,n=QBo();
return n?(e?e.split("\n").map(r=>r+n).join("\n"):n):e}setUserGuidelines(e){this._userGuidelines=e}