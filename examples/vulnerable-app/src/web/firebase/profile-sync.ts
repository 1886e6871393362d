// The marketing site signs users in with Firebase Auth and syncs the profile with our
// own backend, which verifies the Firebase ID token with the Admin SDK. This is
// Firebase's documented design: nothing here should be reported.
import { initializeApp } from 'firebase/app';
import { getAuth, onAuthStateChanged } from 'firebase/auth';

const app = initializeApp({
  apiKey: import.meta.env.VITE_FIREBASE_API_KEY,
  authDomain: 'acme-marketing.firebaseapp.com',
  projectId: 'acme-marketing',
});
const auth = getAuth(app);

export async function syncProfile(preferences: { newsletter: boolean }): Promise<void> {
  const user = auth.currentUser;
  if (!user) return;
  const idToken = await user.getIdToken();
  await fetch('/api/profile/sync', {
    method: 'POST',
    headers: { Authorization: `Bearer ${idToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(preferences),
  });
}

export function watchSession(onChange: (signedIn: boolean) => void): () => void {
  return onAuthStateChanged(auth, (user) => onChange(user !== null));
}
