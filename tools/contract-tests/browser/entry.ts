// Bundled for the browser by test/browser.test.ts (esbuild, platform browser): the client, and the
// mocks package's main entry, which must import nothing from Node.
import { createWorkspaceClient, type WorkspaceAuth } from '@hwc-workspace/client';
import { createWorkspaceHandlers } from '@hwc-workspace/mocks';

declare global {
  interface Window {
    hwc: typeof api;
  }
}

const api = {
  /** One AddDesktopSubResources call from the page; the status, the body and the request ID. */
  async call(endpoint: string, auth: WorkspaceAuth) {
    const client = createWorkspaceClient({ endpoint, projectId: 'p1', auth });
    const { data, error, response, requestId } = await client.addDesktopSubResources({
      sub_resource_sku: 'workspace.desktop.sharer.1',
      desktop_ids: ['d1'],
    });
    return { status: response.status, data, error, requestId };
  },
  /** The MSW handlers, built in the page: one per operation. */
  handlerCount: () => createWorkspaceHandlers().length,
};
window.hwc = api;
