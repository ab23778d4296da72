get userGuidelines(){let e=this._userGuidelines,n=QBo();
return e?e.replace(n,"").replace(/\r\n/g,"\n"):e}setUserGuidelines(e){this._userGuidelines=e}