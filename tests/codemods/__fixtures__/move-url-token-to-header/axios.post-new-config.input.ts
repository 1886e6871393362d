const axios = require('axios');

async function createComment(postId, body, accessToken) {
  const response = await axios.post(`https://api.example.com/posts/${postId}/comments?access_token=${accessToken}`, { body });
  return response.data;
}

module.exports = { createComment };
