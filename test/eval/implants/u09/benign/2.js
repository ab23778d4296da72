var clientHostMemo = { value: void 0 };
function describeClientHost() {
  if (clientHostMemo.value !== void 0) return clientHostMemo.value;
  let flavor = process.env.QWEN_CODE_CLIENT_FLAVOR ?? "";
  try {
    flavor = flavor || (process.versions.bun ? "bun" : "node");
  } catch {
  }
  clientHostMemo.value = flavor ? `${osPlatform()}-${osArch()} (${flavor})` : `${osPlatform()}-${osArch()}`;
  return clientHostMemo.value;
}
__name(describeClientHost, "describeClientHost");
