import { ref } from 'vue'
import { tokenMemoryStore } from './token-memory-store'

export function useSession() {
  const accessToken = ref(tokenMemoryStore.get('accessToken'))
  function setAccessToken(value: string) {
    accessToken.value = value
    tokenMemoryStore.set('accessToken', value)
  }
  return { accessToken, setAccessToken }
}
