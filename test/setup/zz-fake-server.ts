import { createServer } from 'node:http';
let key = '';
function Field(): PropertyDecorator { return (_t, k) => { key = String(k); }; }
class A { @Field() name!: string; }
void A;
const mode = process.env.FAKE_MODE ?? 'ok';
console.log(`decorator key=${key} PORT=${process.env.PORT} HOST=${process.env.HOST} NODE_ENV=${process.env.NODE_ENV} LOG_LEVEL=${process.env.LOG_LEVEL} DB=${process.env.DATABASE_URL} VITEST=${process.env.VITEST}`);
if (key !== 'name') { console.error('legacy decorators NOT active'); process.exit(3); }
if (mode === 'crash') { console.error('boom: config invalid'); process.exit(1); }
let ready = false;
setTimeout(() => { ready = true; }, 300);
const server = createServer((req, res) => {
  if (req.url === '/readyz') { res.statusCode = ready && mode !== 'never' ? 200 : 503; res.end(); return; }
  res.end('hi');
});
server.listen(Number(process.env.PORT), process.env.HOST);
process.on('SIGTERM', () => {
  if (mode === 'stubborn') { console.error('ignoring SIGTERM'); return; }
  console.error('SIGTERM received, closing');
  server.close(() => process.exit(0));
});
