const jwt = require('jsonwebtoken');

if (!process.env.JWT_AUDIENCE) throw new Error('JWT_AUDIENCE is not set');

function authenticate(req, res, next) {
  const token = (req.headers.authorization || '').split(' ')[1];
  jwt.verify(token, process.env.JWT_SECRET, (error, claims) => {
    if (error) return res.sendStatus(401);
    req.user = claims;
    return next();
  });
}

module.exports = { authenticate };
