import { Alert, Spinner } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { ApiError } from '../api.ts';

interface Props<T> {
  state: { data: T | undefined; error: ApiError | undefined };
  /** What is being fetched, for the spinner's name: "Henter …". */
  loading: string;
  children: (data: T) => ReactNode;
}

/** The API's Norwegian error, a spinner while fetching, or the content once the data has come. */
export function AsyncContent<T>({ state, loading, children }: Props<T>) {
  if (state.error) return <Alert data-color="danger">{state.error.message}</Alert>;
  if (state.data === undefined) return <Spinner aria-label={loading} data-size="md" />;
  return <>{children(state.data)}</>;
}
