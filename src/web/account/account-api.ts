import type {
  TAccountSessionsResponse,
  TChangePasswordRequest,
  TSecondFactorConfirmResponse,
  TSecondFactorSetupResponse,
} from '../../contracts/auth/account.ts';
import type { TSessionResponse } from '../../contracts/auth/login.ts';
import { api, setCsrfToken } from '../api.ts';

/** The signed-in user's own account, over /api/account. Calls that rotate the session remember its new CSRF token. */
export const accountApi = {
  sessions: () => api.get<TAccountSessionsResponse>('/api/account/sessions'),
  endSession: (id: number) => api.del<{ ok: true }>(`/api/account/sessions/${id}`),
  endOthers: () => api.post<{ ended: number }>('/api/account/sessions/end-others', {}),
  async changePassword(body: TChangePasswordRequest): Promise<TSessionResponse> {
    const session = await api.post<TSessionResponse>('/api/account/password', body);
    setCsrfToken(session.csrfToken);
    return session;
  },
  setupSecondFactor: () => api.post<TSecondFactorSetupResponse>('/api/account/second-factor/setup', {}),
  async confirmSecondFactor(secondFactorCode: string): Promise<TSecondFactorConfirmResponse> {
    const answer = await api.post<TSecondFactorConfirmResponse>('/api/account/second-factor/confirm', { secondFactorCode });
    setCsrfToken(answer.session.csrfToken);
    return answer;
  },
};
