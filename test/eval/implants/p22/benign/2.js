this._sourceAgentId&&(v["x-augment-source-agent-id"]=this._sourceAgentId),
SUi()&&(v["x-augment-client-platform"]=SUi()),S=Date.now(),