/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.merlin = (function() {
    var merlin = {};
    merlin.telemetry = (function() {
        var telemetry = {};

        telemetry.Device = (function() {
            function Device(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null)
                            this[keys[i]] = properties[keys[i]];
            }
            Device.prototype.hwAddr = "";
            Device.prototype.nodeName = "";
            Device.prototype.platform = "";
            Device.create = function create(properties) {
                return new Device(properties);
            };
            Device.encode = function encode(message, writer) {
                if (!writer)
                    writer = $Writer.create();
                if (message.hwAddr != null && Object.hasOwnProperty.call(message, "hwAddr"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.hwAddr);
                if (message.nodeName != null && Object.hasOwnProperty.call(message, "nodeName"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.nodeName);
                if (message.platform != null && Object.hasOwnProperty.call(message, "platform"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.platform);
                return writer;
            };
            return Device;
        })();

        telemetry.Heartbeat = (function() {
            function Heartbeat(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null)
                            this[keys[i]] = properties[keys[i]];
            }
            Heartbeat.prototype.version = "";
            Heartbeat.prototype.device = null;
            Heartbeat.prototype.uptimeSec = 0;
            Heartbeat.prototype.sessions = 0;
            Heartbeat.create = function create(properties) {
                return new Heartbeat(properties);
            };
            Heartbeat.encode = function encode(message, writer) {
                if (!writer)
                    writer = $Writer.create();
                if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.version);
                if (message.device != null && Object.hasOwnProperty.call(message, "device"))
                    $root.merlin.telemetry.Device.encode(message.device, writer.uint32(/* id 2, wireType 2 =*/18).fork()).ldelim();
                if (message.uptimeSec != null && Object.hasOwnProperty.call(message, "uptimeSec"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.uptimeSec);
                if (message.sessions != null && Object.hasOwnProperty.call(message, "sessions"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.sessions);
                return writer;
            };
            Heartbeat.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined)
                    typeUrlPrefix = "type.googleapis.com";
                return typeUrlPrefix + "/merlin.telemetry.Heartbeat";
            };
            return Heartbeat;
        })();

        return telemetry;
    })();
    return merlin;
})();

module.exports = $root;
