/**
 * electron-builder's appId (electron-builder.yml): the macOS managed
 * preferences domain an MDM profile's payload targets, and the .mobileconfig's
 * PayloadType. A test keeps the two equal.
 */
export const policyAppId = 'app.parley.console';
