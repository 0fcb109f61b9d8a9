/**
 * Firefox behind the recording proxy: its proxy preferences cover every request the browser makes
 * — pages, content scripts, add-on pages and the add-on's background page alike (WebDriver BiDi's
 * network events do not report the background page).
 */
export { hostOf, type RecordingProxy, recordingProxy } from '../support/recording-proxy';

/** Firefox preferences that send every request, loopback included, through the proxy on `port`. */
export function proxyPrefs(port: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1, // manual proxy configuration
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    // Firefox never proxies loopback unless told to: the proxy then sees the fixture pages too.
    'network.proxy.allow_hijacking_localhost': true,
    // DNS over HTTPS would bypass the proxy; the resolver is not the extension's anyway.
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
  };
}
