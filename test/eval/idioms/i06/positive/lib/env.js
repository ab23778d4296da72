"use strict";
const { pipe } = require("fp-ts/function");
const O = require("fp-ts/Option");
const RA = require("fp-ts/ReadonlyArray");
const S = require("fp-ts/string");

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

const readVar = (name) => pipe(O.fromNullable(process.env[name]), O.filter((v) => v.length > 0 && v !== "C" && v !== "POSIX"));

// First non-empty of LC_ALL, LC_MESSAGES, LANG.
const localeTag = () =>
  pipe(
    ["LC_ALL", "LC_MESSAGES", "LANG"],
    RA.findFirstMap(readVar),
    O.map((raw) => raw.split(/[.@]/)[0].replace(/_/g, "-"))
  );

const regionOf = (tag) =>
  O.tryCatch(() => {
    const loc = new Intl.Locale(tag);
    return loc.region ?? loc.maximize().region;
  });

const displayRegion = () =>
  pipe(
    localeTag(),
    O.chain(regionOf),
    O.chain((code) => O.fromNullable(code && regionNames.of(code)))
  );

module.exports = { localeTag, displayRegion };
