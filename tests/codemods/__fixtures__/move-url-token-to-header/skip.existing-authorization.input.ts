export async function download(accessToken: string, apiKey: string) {
  return fetch(`https://files.example.com/export?access_token=${accessToken}`, {
    headers: { Authorization: `ApiKey ${apiKey}` },
  });
}
