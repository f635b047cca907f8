// The bundle benchmark's consumer: validate a body and call one operation, importing only it.
import { createOrder, createWorkspaceContext } from '@hwc-workspace/client';
import { validateCreateOrderRequest } from '@hwc-workspace/validators';

export async function order(body, token) {
  const checked = validateCreateOrderRequest(body);
  if (!checked.ok) return checked.issues;
  const ctx = createWorkspaceContext({ region: 'ap-southeast-1', projectId: 'p', auth: { token } });
  return createOrder(ctx, checked.value);
}
