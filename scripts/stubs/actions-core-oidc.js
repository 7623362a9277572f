// Stands in for @actions/core's lib/oidc-utils.js in the bundle. The real module imports
// @actions/http-client and with it undici (~0.8 MB of JavaScript), which every start of the
// action would parse and run although Cross-Account Guard never asks for an OIDC token. The API
// client (Octokit) still brings its own HTTP stack, loaded only when the action talks to GitHub.
export const OidcClient = {
  getIDToken() {
    return Promise.reject(new Error("core.getIDToken is not available in the Cross-Account Guard bundle"));
  },
};
