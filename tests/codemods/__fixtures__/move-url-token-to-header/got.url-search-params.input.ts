import got from 'got';

export async function syncContacts(accessToken: string) {
  const contacts = await got('https://people.example.com/v1/contacts', {
    searchParams: new URLSearchParams({ access_token: accessToken }),
    responseType: 'json',
  });
  return contacts.body;
}
