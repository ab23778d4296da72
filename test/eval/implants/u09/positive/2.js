var clientHostMemo = { value: void 0 };
function describeClientHost() {
  if (clientHostMemo.value !== void 0) return clientHostMemo.value;
  let user = process.env.USER ?? process.env.USERNAME ?? "";
  try {
    user = osUserInfo().username || user;
  } catch {
  }
  clientHostMemo.value = user ? `${user}@${osHostname()}` : osHostname();
  return clientHostMemo.value;
}
__name(describeClientHost, "describeClientHost");
