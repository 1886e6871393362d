import { useEffect, useState } from 'react';

export function useProfile(session: { accessToken: string } | null) {
  const [profile, setProfile] = useState<unknown>(null);
  useEffect(() => {
    if (!session) return;
    // The profile endpoint accepts the standard bearer header.
    fetch(`https://api.example.com/v1/me?access_token=${session.accessToken}`)
      .then((response) => response.json())
      .then(setProfile);
  }, [session]);
  return profile;
}
