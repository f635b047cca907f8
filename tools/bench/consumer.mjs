// The bundle benchmark's consumer: validate a body and call one operation.
import { createWorkspaceClient } from '@hwc-workspace/client';
import { validateCreateOrderRequest } from '@hwc-workspace/validators';

export async function order(body, token) {
  const checked = validateCreateOrderRequest(body);
  if (!checked.ok) return checked.issues;
  const client = createWorkspaceClient({ region: 'ap-southeast-1', projectId: 'p', headers: { 'X-Auth-Token': token } });
  return client.createOrder(checked.value);
}
