// Subset of the MCP TypeScript SDK's client auth flow (RFC 8414 discovery, RFC 7591 registration, PKCE).
import crypto from "node:crypto";

export class UnauthorizedError extends Error {}

export async function discoverOAuthMetadata(serverUrl) {
  const url = new URL("/.well-known/oauth-authorization-server", serverUrl);
  const res = await fetch(url, { headers: { "MCP-Protocol-Version": "2025-06-18" } });
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`metadata discovery failed: HTTP ${res.status}`);
  return res.json();
}

export async function registerClient(serverUrl, { metadata, clientMetadata }) {
  const endpoint = metadata?.registration_endpoint ?? new URL("/register", serverUrl);
  const res = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(clientMetadata),
  });
  if (!res.ok) throw new Error(`dynamic client registration failed: HTTP ${res.status}`);
  return res.json();
}

function pkcePair() {
  const verifier = crypto.randomBytes(32).toString("base64url");
  const challenge = crypto.createHash("sha256").update(verifier).digest("base64url");
  return { verifier, challenge };
}

export function startAuthorization(serverUrl, { metadata, clientInformation, redirectUrl, scope }) {
  const { verifier, challenge } = pkcePair();
  const url = new URL(metadata?.authorization_endpoint ?? new URL("/authorize", serverUrl));
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", clientInformation.client_id);
  url.searchParams.set("code_challenge", challenge);
  url.searchParams.set("code_challenge_method", "S256");
  url.searchParams.set("redirect_uri", String(redirectUrl));
  if (scope) url.searchParams.set("scope", scope);
  return { authorizationUrl: url, codeVerifier: verifier };
}

/** Orchestrates the flow against an OAuthClientProvider implementation. */
export async function auth(provider, { serverUrl }) {
  const metadata = await discoverOAuthMetadata(serverUrl);
  let clientInformation = await provider.clientInformation();
  if (!clientInformation) {
    clientInformation = await registerClient(serverUrl, { metadata, clientMetadata: provider.clientMetadata });
    await provider.saveClientInformation(clientInformation);
  }
  if (await provider.tokens()) return "AUTHORIZED";
  const { authorizationUrl, codeVerifier } = startAuthorization(serverUrl, {
    metadata,
    clientInformation,
    redirectUrl: provider.redirectUrl,
    scope: provider.clientMetadata.scope,
  });
  await provider.saveCodeVerifier(codeVerifier);
  await provider.redirectToAuthorization(authorizationUrl);
  return "REDIRECT";
}
