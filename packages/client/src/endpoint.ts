import { WorkspaceConfigError } from './errors.js';
import { DEFAULT_REGION, REGIONS, type Region, SERVER_URL_TEMPLATE } from './generated/operations.js';

/** The base URL for a region, or the given endpoint (for proxies and mock servers). */
export function resolveEndpoint(options: { region?: Region; endpoint?: string }): string {
  if (options.endpoint !== undefined) {
    let url: URL;
    try {
      url = new URL(options.endpoint);
    } catch {
      throw new WorkspaceConfigError(
        'Failed to create the Workspace client: endpoint is not an absolute URL (value not shown, it may hold secrets). Did you mean "https://<host>"?',
      );
    }
    if (url.username || url.password) {
      throw new WorkspaceConfigError(
        `Failed to create the Workspace client: the endpoint for ${url.host} carries a user name or password. Did you mean to pass credentials as auth instead?`,
      );
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new WorkspaceConfigError(
        `Failed to create the Workspace client: the endpoint must be http or https, not ${url.protocol}`,
      );
    }
    return url.href.replace(/\/+$/, '');
  }
  const region: string | undefined = options.region ?? DEFAULT_REGION;
  if (region === undefined || !/^https?:\/\//.test(SERVER_URL_TEMPLATE)) {
    throw new WorkspaceConfigError(
      'Failed to create the Workspace client: the spec names no regional endpoint. Did you mean to pass `endpoint`?',
    );
  }
  if (!(REGIONS as readonly string[]).includes(region)) {
    throw new WorkspaceConfigError(
      `Failed to create the Workspace client: unknown region "${region}". Did you mean one of ${REGIONS.join(', ')}?`,
    );
  }
  return SERVER_URL_TEMPLATE.replace('{region}', region);
}
