import ky from 'ky';

export async function loadRepos(accessToken: string) {
  return ky
    .get('https://api.example.com/user/repos', {
      searchParams: { per_page: 100 },
      headers: { 'X-Client': 'web', Authorization: `Bearer ${accessToken}` },
    })
    .json();
}
