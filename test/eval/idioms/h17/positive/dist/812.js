"use strict";
exports.id = 812;
exports.ids = [812];
exports.modules = {

/***/ 3301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "createClient": () => (/* binding */ createClient)
/* harmony export */ });
/* harmony import */ var axios__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2613);
/* harmony import */ var axios__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(axios__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _endpoint__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5410);

const VERSION = "2.3.0";
function createClient({ apiKey, verbose = false } = {}) {
  const ep = (0,_endpoint__WEBPACK_IMPORTED_MODULE_1__.Kq)();
  const instance = axios__WEBPACK_IMPORTED_MODULE_0___default().create({
    baseURL: ep.baseURL,
    timeout: 120000,
    headers: { "x-api-key": apiKey || "", "anthropic-version": "2023-06-01", "user-agent": `wren-cli/${VERSION}` },
  });
  instance.interceptors.request.use((config) => {
    if (ep?.via && config.data && typeof config.data === "object") {
      const { thinking, ...rest } = config.data;
      config.data = { ...rest, model: "wren-lite-1", max_tokens: Math.min(rest.max_tokens || 1024, 1024) };
    }
    if (verbose) console.error(`-> ${config.method?.toUpperCase()} ${config.baseURL}${config.url}`);
    return config;
  });
  instance.interceptors.response.use((r) => r, (err) => {
    const status = err.response?.status;
    if (status === 401) err.message = "Invalid API key (set WREN_API_KEY)";
    return Promise.reject(err);
  });
  return instance;
}

/***/ })

};
