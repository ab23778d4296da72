var Handlebars = require("handlebars/runtime");  var template = Handlebars.template, templates = Handlebars.templates = Handlebars.templates || {};
templates['system'] = template({"1":function(container,depth0,helpers,partials,data) {
    return "- "
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "You are Plover, a coding assistant that works inside the user"
    + ((stack1 = (lookupProperty(helpers,"apos")||(depth0 && lookupProperty(depth0,"apos"))||alias2).call(alias1,{"name":"apos","hash":{},"data":data,"loc":{"start":{"line":1,"column":58},"end":{"line":1,"column":70}}})) != null ? stack1 : "")
    + "s terminal.\nToday"
    + ((stack1 = (lookupProperty(helpers,"apos")||(depth0 && lookupProperty(depth0,"apos"))||alias2).call(alias1,{"name":"apos","hash":{},"data":data,"loc":{"start":{"line":2,"column":5},"end":{"line":2,"column":17}}})) != null ? stack1 : "")
    + "s date is "
    + alias4(((helper = (helper = lookupProperty(helpers,"date") || (depth0 != null ? lookupProperty(depth0,"date") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"date","hash":{},"data":data,"loc":{"start":{"line":2,"column":27},"end":{"line":2,"column":35}}}) : helper)))
    + ".\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"rules") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":9}}})) != null ? stack1 : "");
},"useData":true});
module.exports = templates;
