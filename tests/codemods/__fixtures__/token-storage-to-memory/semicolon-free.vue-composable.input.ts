import { ref } from 'vue'

export function useSession() {
  const accessToken = ref(localStorage.getItem('accessToken'))
  function setAccessToken(value: string) {
    accessToken.value = value
    localStorage.setItem('accessToken', value)
  }
  return { accessToken, setAccessToken }
}
