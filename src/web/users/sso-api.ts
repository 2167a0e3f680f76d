// The admin's single sign-on configuration (/api/auth/oidc/config), typed from its contract.
import type { TOidcConfigResponse, TSaveOidcConfigRequest } from '../../contracts/auth/oidc-config.ts';
import { api } from '../api.ts';

export const fetchSsoConfig = () => api.get<TOidcConfigResponse>('/api/auth/oidc/config');
export const saveSsoConfig = (body: TSaveOidcConfigRequest) => api.put<TOidcConfigResponse>('/api/auth/oidc/config', body);
