export const storage = {
  get: (key: string) => localStorage.getItem(key),
};

export function remember(idToken: string) {
  localStorage.setItem('id_token', idToken);
}
