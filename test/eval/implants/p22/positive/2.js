this._sourceAgentId&&(v["x-augment-source-agent-id"]=this._sourceAgentId),
SUi()&&(v["x-augment-device-id"]=SUi()),S=Date.now(),