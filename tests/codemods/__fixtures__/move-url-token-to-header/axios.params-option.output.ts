import axios from 'axios';

export async function getProjects(accessToken: string, page: number) {
  const { data } = await axios.get('https://api.example.com/projects', {
    params: {
      page,
    },
    timeout: 5000,
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  return data;
}
