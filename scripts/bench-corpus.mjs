// Deterministic generator of a realistic TypeScript monorepo for `npm run bench`.
//
// Most files have nothing to do with tokens, as in real repositories: React components
// and hooks, Express routers, Next.js route handlers, Angular services, Vue composables,
// stores, utilities, types and tests. About 15 % are auth-related and use the SDKs the
// plugin knows (oidc-client-ts, Auth0, MSAL, Amplify, Okta, Keycloak, Firebase, Auth.js,
// angular-oauth2-oidc, openid-client, jsonwebtoken, jose, jwt-decode, google-auth-library),
// some correctly and some not; a few percent more mention "token" in harmless senses
// (pagination, CSRF, design tokens, LLM token counts) or use Web Storage for preferences.
//
// The same seed and file count always produce byte-identical files.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: small, fast, good enough for picking templates. */
function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    sample(items, count) {
      const copy = [...items];
      const out = [];
      while (out.length < count && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------
// Vocabulary

const ENTITIES = [
  'order', 'invoice', 'customer', 'product', 'shipment', 'review', 'ticket', 'project', 'task', 'team',
  'member', 'report', 'subscription', 'coupon', 'warehouse', 'supplier', 'payment', 'article', 'comment',
  'booking', 'room', 'course', 'lesson', 'campaign', 'lead', 'contract', 'asset', 'vehicle', 'appointment',
  'department', 'employee', 'expense', 'budget', 'milestone', 'release', 'incident', 'alert', 'device',
  'location', 'event', 'venue', 'playlist', 'track', 'recipe', 'ingredient', 'listing', 'message', 'thread',
  'workspace', 'document', 'folder', 'tag', 'survey', 'question', 'answer', 'quote', 'claim', 'policy',
];

const FIELD_POOL = [
  ['name', 'string', "''"], ['title', 'string', "''"], ['description', 'string', "''"], ['status', 'Status', "'draft'"],
  ['createdAt', 'string', 'new Date().toISOString()'], ['updatedAt', 'string', 'new Date().toISOString()'],
  ['price', 'number', '0'], ['quantity', 'number', '1'], ['email', 'string', "''"], ['phone', 'string', "''"],
  ['city', 'string', "''"], ['country', 'string', "'DE'"], ['priority', 'number', '3'], ['dueDate', 'string | null', 'null'],
  ['ownerId', 'string', "''"], ['tags', 'string[]', '[]'], ['notes', 'string', "''"], ['rating', 'number', '0'],
  ['total', 'number', '0'], ['currency', 'string', "'EUR'"], ['sku', 'string', "''"], ['weight', 'number', '0'],
  ['archived', 'boolean', 'false'], ['position', 'number', '0'], ['color', 'string', "'#228be6'"], ['score', 'number', '0'],
];

const STATUSES = ['draft', 'active', 'pending', 'archived', 'cancelled', 'completed', 'failed', 'scheduled'];

const plural = (word) =>
  word.endsWith('y') && !/[aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : /(s|sh|ch|x)$/.test(word) ? `${word}es` : `${word}s`;
const pascal = (word) => word.charAt(0).toUpperCase() + word.slice(1);
const kebab = (word) => word.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function entityOf(rnd) {
  const s = rnd.pick(ENTITIES);
  return { s, p: plural(s), S: pascal(s), P: pascal(plural(s)) };
}

function fieldsOf(rnd, min = 3, max = 8) {
  return rnd.sample(FIELD_POOL, rnd.int(min, max)).map(([name, type, init]) => ({ name, type, init }));
}

function interfaceBlock(e, fields, exported = true) {
  return `${exported ? 'export ' : ''}interface ${e.S} {
  id: string;
${fields.map((f) => `  ${f.name}: ${f.type};`).join('\n')}
}
`;
}

function statusType(rnd) {
  return `export type Status = ${rnd.sample(STATUSES, rnd.int(3, 5)).map((s) => `'${s}'`).join(' | ')};\n`;
}

// ---------------------------------------------------------------------------------------
// Plain application code (no tokens)

function reactList(rnd) {
  const e = entityOf(rnd);
  const fields = fieldsOf(rnd);
  const shown = fields.slice(0, rnd.int(2, Math.min(4, fields.length)));
  const withSearch = rnd.chance(0.6);
  const withSort = rnd.chance(0.5);
  const decodeQuery = rnd.chance(0.15);
  return {
    file: `apps/web/src/features/${e.p}/${e.S}List.tsx`,
    text: `import { useEffect, useMemo, useState } from 'react';

import { ${e.S}Row } from './${e.S}Row';
import { EmptyState } from '../../components/EmptyState';
import { Spinner } from '../../components/Spinner';

${statusType(rnd)}
${interfaceBlock(e, fields)}
interface ${e.S}ListProps {
  projectId: string;
  onSelect?: (${e.s}: ${e.S}) => void;
  pageSize?: number;
}

export function ${e.S}List({ projectId, onSelect, pageSize = ${rnd.pick([10, 20, 25, 50])} }: ${e.S}ListProps) {
  const [items, setItems] = useState<${e.S}[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
${withSearch ? `  const [query, setQuery] = useState(${decodeQuery ? 'decodeURIComponent(new URLSearchParams(window.location.search).get(\'q\') ?? \'\')' : "''"});\n` : ''}${withSort ? `  const [sortKey, setSortKey] = useState<keyof ${e.S}>('${shown[0].name}');\n` : ''}
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    fetch(\`/api/projects/\${projectId}/${e.p}?limit=\${pageSize}\`, { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(\`Request failed: \${response.status}\`);
        return response.json() as Promise<${e.S}[]>;
      })
      .then(setItems)
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setError(err instanceof Error ? err.message : String(err));
      })
      .finally(() => setLoading(false));
    return () => controller.abort();
  }, [projectId, pageSize]);

  const visible = useMemo(() => {
    let result = items;
${withSearch ? `    if (query) {
      const needle = query.toLowerCase();
      result = result.filter((item) => JSON.stringify(item).toLowerCase().includes(needle));
    }
` : ''}${withSort ? `    result = [...result].sort((a, b) => String(a[sortKey]).localeCompare(String(b[sortKey])));
` : ''}    return result;
  }, [items${withSearch ? ', query' : ''}${withSort ? ', sortKey' : ''}]);

  if (loading) return <Spinner label="Loading ${e.p}" />;
  if (error) return <p role="alert" className="error">{error}</p>;
  if (visible.length === 0) return <EmptyState title="No ${e.p} yet" />;

  return (
    <div className="${kebab(e.s)}-list">
${withSearch ? `      <input type="search" placeholder="Search ${e.p}" value={query} onChange={(event) => setQuery(event.target.value)} />
` : ''}      <table>
        <thead>
          <tr>
${shown.map((f) => `            <th${withSort ? ` onClick={() => setSortKey('${f.name}')}` : ''}>${pascal(f.name)}</th>`).join('\n')}
          </tr>
        </thead>
        <tbody>
          {visible.map((item) => (
            <${e.S}Row key={item.id} ${e.s}={item} onClick={() => onSelect?.(item)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
`,
  };
}

function reactForm(rnd) {
  const e = entityOf(rnd);
  const fields = fieldsOf(rnd, 3, 6).filter((f) => ['string', 'number'].includes(f.type));
  if (fields.length === 0) fields.push({ name: 'name', type: 'string', init: "''" });
  return {
    file: `apps/web/src/features/${e.p}/${e.S}Form.tsx`,
    text: `import { type FormEvent, useState } from 'react';

import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';

export interface ${e.S}Draft {
${fields.map((f) => `  ${f.name}: ${f.type};`).join('\n')}
}

type Errors = Partial<Record<keyof ${e.S}Draft, string>>;

const EMPTY: ${e.S}Draft = {
${fields.map((f) => `  ${f.name}: ${f.init},`).join('\n')}
};

function validate(draft: ${e.S}Draft): Errors {
  const errors: Errors = {};
${fields
  .map((f) =>
    f.type === 'number'
      ? `  if (Number.isNaN(draft.${f.name}) || draft.${f.name} < 0) errors.${f.name} = '${pascal(f.name)} must be a positive number';`
      : `  if (!draft.${f.name}.trim()) errors.${f.name} = '${pascal(f.name)} is required';`,
  )
  .join('\n')}
  return errors;
}

export function ${e.S}Form({ initial = EMPTY, onSaved }: { initial?: ${e.S}Draft; onSaved: (id: string) => void }) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);

  function update<K extends keyof ${e.S}Draft>(key: K, value: ${e.S}Draft[K]) {
    setDraft((previous) => ({ ...previous, [key]: value }));
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validate(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      const response = await fetch('/api/${e.p}', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(draft),
      });
      const { id } = (await response.json()) as { id: string };
      onSaved(id);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
${fields
  .map(
    (f) => `      <TextField
        label="${pascal(f.name)}"
        ${f.type === 'number' ? 'type="number" ' : ''}value={String(draft.${f.name})}
        error={errors.${f.name}}
        onChange={(value) => update('${f.name}', ${f.type === 'number' ? 'Number(value)' : 'value'})}
      />`,
  )
  .join('\n')}
      <Button type="submit" disabled={saving}>
        {saving ? 'Saving…' : 'Save ${e.s}'}
      </Button>
    </form>
  );
}
`,
  };
}

function reactCard(rnd) {
  const e = entityOf(rnd);
  const fields = fieldsOf(rnd, 2, 5);
  return {
    file: `apps/web/src/features/${e.p}/${e.S}Card.tsx`,
    text: `import { memo } from 'react';
import clsx from 'clsx';

import type { ${e.S} } from './types';
import { formatDate, formatNumber } from '../../lib/format';

interface Props {
  ${e.s}: ${e.S};
  selected?: boolean;
  compact?: boolean;
  onOpen?: (id: string) => void;
}

function ${e.S}CardComponent({ ${e.s}, selected = false, compact = false, onOpen }: Props) {
  return (
    <article
      className={clsx('card', '${kebab(e.s)}-card', { 'card--selected': selected, 'card--compact': compact })}
      onClick={() => onOpen?.(${e.s}.id)}
      aria-selected={selected}
    >
      <header className="card__header">
        <h3>{String(${e.s}.${fields[0].name})}</h3>
      </header>
      {!compact && (
        <dl className="card__body">
${fields
  .slice(1)
  .map(
    (f) =>
      `          <dt>${pascal(f.name)}</dt>\n          <dd>{${f.name.endsWith('At') || f.name === 'dueDate' ? `formatDate(${e.s}.${f.name})` : f.type === 'number' ? `formatNumber(${e.s}.${f.name})` : `String(${e.s}.${f.name})`}}</dd>`,
  )
  .join('\n')}
        </dl>
      )}
    </article>
  );
}

export const ${e.S}Card = memo(${e.S}CardComponent);
`,
  };
}

function reactHook(rnd) {
  const kind = rnd.pick(['debounce', 'fetch', 'pagination', 'media', 'interval', 'toggle', 'previous', 'clickOutside']);
  const e = entityOf(rnd);
  const bodies = {
    debounce: [`useDebouncedValue`, `import { useEffect, useState } from 'react';

export function useDebouncedValue<T>(value: T, delayMs = ${rnd.pick([150, 250, 300, 500])}): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
`],
    fetch: [`use${e.P}`, `import { useCallback, useEffect, useRef, useState } from 'react';

export interface ${e.S}Summary {
  id: string;
  label: string;
  count: number;
}

interface State {
  data: ${e.S}Summary[];
  loading: boolean;
  error: Error | null;
}

export function use${e.P}(filter: { status?: string; ownerId?: string } = {}) {
  const [state, setState] = useState<State>({ data: [], loading: true, error: null });
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const requestId = ++latest.current;
    setState((previous) => ({ ...previous, loading: true }));
    const params = new URLSearchParams();
    if (filter.status) params.set('status', filter.status);
    if (filter.ownerId) params.set('owner', filter.ownerId);
    try {
      const response = await fetch(\`/api/${e.p}/summary?\${params.toString()}\`);
      if (!response.ok) throw new Error(\`HTTP \${response.status}\`);
      const data = (await response.json()) as ${e.S}Summary[];
      if (requestId === latest.current) setState({ data, loading: false, error: null });
    } catch (error) {
      if (requestId === latest.current) setState({ data: [], loading: false, error: error as Error });
    }
  }, [filter.status, filter.ownerId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { ...state, reload };
}
`],
    pagination: [`usePagination`, `import { useMemo, useState } from 'react';

export function usePagination<T>(items: readonly T[], pageSize = ${rnd.pick([10, 20, 30])}) {
  const [page, setPage] = useState(1);
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const current = useMemo(() => items.slice((page - 1) * pageSize, page * pageSize), [items, page, pageSize]);
  return {
    page,
    pageCount,
    items: current,
    next: () => setPage((p) => Math.min(pageCount, p + 1)),
    previous: () => setPage((p) => Math.max(1, p - 1)),
    goTo: (target: number) => setPage(Math.min(pageCount, Math.max(1, target))),
  };
}
`],
    media: [`useMediaQuery`, `import { useSyncExternalStore } from 'react';

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

export const useIsMobile = () => useMediaQuery('(max-width: ${rnd.pick([640, 720, 768])}px)');
`],
    interval: [`useInterval`, `import { useEffect, useRef } from 'react';

export function useInterval(callback: () => void, delayMs: number | null): void {
  const saved = useRef(callback);
  useEffect(() => {
    saved.current = callback;
  }, [callback]);
  useEffect(() => {
    if (delayMs === null) return undefined;
    const id = setInterval(() => saved.current(), delayMs);
    return () => clearInterval(id);
  }, [delayMs]);
}
`],
    toggle: [`useToggle`, `import { useCallback, useState } from 'react';

export function useToggle(initial = false): [boolean, () => void, (value: boolean) => void] {
  const [value, setValue] = useState(initial);
  const toggle = useCallback(() => setValue((v) => !v), []);
  return [value, toggle, setValue];
}
`],
    previous: [`usePrevious`, `import { useEffect, useRef } from 'react';

export function usePrevious<T>(value: T): T | undefined {
  const ref = useRef<T | undefined>(undefined);
  useEffect(() => {
    ref.current = value;
  }, [value]);
  return ref.current;
}
`],
    clickOutside: [`useClickOutside`, `import { type RefObject, useEffect } from 'react';

export function useClickOutside(ref: RefObject<HTMLElement | null>, onOutside: (event: MouseEvent) => void): void {
  useEffect(() => {
    function handle(event: MouseEvent) {
      if (ref.current && !ref.current.contains(event.target as Node)) onOutside(event);
    }
    document.addEventListener('mousedown', handle);
    return () => document.removeEventListener('mousedown', handle);
  }, [ref, onOutside]);
}
`],
  };
  const [name, text] = bodies[kind];
  return { file: `apps/web/src/hooks/${name}.ts`, text };
}

function expressRouter(rnd) {
  const e = entityOf(rnd);
  const fields = fieldsOf(rnd, 3, 7);
  const decodeSlug = rnd.chance(0.2);
  return {
    file: `services/api/src/routes/${e.p}.ts`,
    text: `import type { NextFunction, Request, Response } from 'express';

import { Router } from 'express';

import { ${e.s}Repository } from '../repositories/${e.s}-repository.js';
import { HttpError } from '../errors.js';
import { logger } from '../logger.js';

${statusType(rnd)}
${interfaceBlock(e, fields)}
type ${e.S}Input = Omit<${e.S}, 'id'>;

function parse${e.S}Input(body: unknown): ${e.S}Input {
  if (typeof body !== 'object' || body === null) throw new HttpError(400, 'Body must be an object');
  const input = body as Record<string, unknown>;
${fields
  .filter((f) => ['string', 'number', 'boolean'].includes(f.type))
  .map((f) => `  if (typeof input.${f.name} !== '${f.type}') throw new HttpError(422, '${f.name} must be a ${f.type}');`)
  .join('\n')}
  return input as unknown as ${e.S}Input;
}

const asyncHandler =
  (handler: (req: Request, res: Response) => Promise<void>) =>
  (req: Request, res: Response, next: NextFunction): void => {
    handler(req, res).catch(next);
  };

export const ${e.p}Router = Router();

${e.p}Router.get(
  '/${e.p}',
  asyncHandler(async (req, res) => {
    const limit = Math.min(Number(req.query.limit ?? 50), 200);
    const offset = Number(req.query.offset ?? 0);
    const items = await ${e.s}Repository.list({ limit, offset });
    res.json({ items, limit, offset });
  }),
);

${e.p}Router.get(
  '/${e.p}/:id',
  asyncHandler(async (req, res) => {
    const id = ${decodeSlug ? 'decodeURIComponent(req.params.id)' : 'req.params.id'};
    const item = await ${e.s}Repository.findById(id);
    if (!item) throw new HttpError(404, '${e.S} not found');
    res.json(item);
  }),
);

${e.p}Router.post(
  '/${e.p}',
  asyncHandler(async (req, res) => {
    const input = parse${e.S}Input(req.body);
    const created = await ${e.s}Repository.create(input);
    logger.info({ id: created.id }, '${e.s} created');
    res.status(201).location(\`/${e.p}/\${created.id}\`).json(created);
  }),
);
${rnd.chance(0.7) ? `
${e.p}Router.patch(
  '/${e.p}/:id',
  asyncHandler(async (req, res) => {
    const patch = req.body as Partial<${e.S}Input>;
    const updated = await ${e.s}Repository.update(req.params.id, patch);
    if (!updated) throw new HttpError(404, '${e.S} not found');
    res.json(updated);
  }),
);
` : ''}${rnd.chance(0.6) ? `
${e.p}Router.delete(
  '/${e.p}/:id',
  asyncHandler(async (req, res) => {
    await ${e.s}Repository.remove(req.params.id);
    res.status(204).end();
  }),
);
` : ''}`,
  };
}

function nextRoute(rnd) {
  const e = entityOf(rnd);
  const fields = fieldsOf(rnd, 2, 6);
  const dynamic = rnd.chance(0.5);
  return {
    file: dynamic ? `apps/storefront/app/api/${e.p}/[id]/route.ts` : `apps/storefront/app/api/${e.p}/route.ts`,
    text: dynamic
      ? `import { NextResponse, type NextRequest } from 'next/server';

import { prisma } from '@/lib/prisma';

type Params = { params: Promise<{ id: string }> };

export async function GET(_request: NextRequest, { params }: Params) {
  const { id } = await params;
  const ${e.s} = await prisma.${e.s}.findUnique({ where: { id } });
  if (!${e.s}) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(${e.s});
}

export async function PATCH(request: NextRequest, { params }: Params) {
  const { id } = await params;
  const body = (await request.json()) as Partial<{ ${fields.map((f) => `${f.name}: ${f.type}`).join('; ')} }>;
  const updated = await prisma.${e.s}.update({ where: { id }, data: body });
  return NextResponse.json(updated);
}

export async function DELETE(_request: NextRequest, { params }: Params) {
  const { id } = await params;
  await prisma.${e.s}.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}
`
      : `import { NextResponse, type NextRequest } from 'next/server';

import { prisma } from '@/lib/prisma';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  const take = Math.min(Number(searchParams.get('take') ?? 20), 100);
  const cursor = searchParams.get('cursor') ?? undefined;
  const items = await prisma.${e.s}.findMany({
    take: take + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    orderBy: { ${rnd.pick(['createdAt', 'updatedAt', 'id'])}: 'desc' },
  });
  const hasMore = items.length > take;
  return NextResponse.json({ items: items.slice(0, take), nextCursor: hasMore ? items[take - 1]?.id : null });
}

export async function POST(request: NextRequest) {
  const body = (await request.json()) as { ${fields.map((f) => `${f.name}?: ${f.type}`).join('; ')} };
  if (!body.${fields[0].name}) return NextResponse.json({ error: '${fields[0].name} is required' }, { status: 422 });
  const created = await prisma.${e.s}.create({ data: body });
  return NextResponse.json(created, { status: 201 });
}
`,
  };
}

function angularService(rnd) {
  const e = entityOf(rnd);
  const fields = fieldsOf(rnd, 3, 6);
  return {
    file: `apps/backoffice/src/app/${e.p}/${kebab(e.s)}.service.ts`,
    text: `import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { BehaviorSubject, type Observable, map, tap } from 'rxjs';

import { environment } from '../../environments/environment';

${interfaceBlock(e, fields)}
export interface ${e.S}Query {
  page: number;
  size: number;
  search?: string;
}

@Injectable({ providedIn: 'root' })
export class ${e.S}Service {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = \`\${environment.apiUrl}/${e.p}\`;
  private readonly cache = new BehaviorSubject<${e.S}[]>([]);

  readonly ${e.p}$ = this.cache.asObservable();

  list(query: ${e.S}Query): Observable<${e.S}[]> {
    let params = new HttpParams().set('page', query.page).set('size', query.size);
    if (query.search) params = params.set('q', query.search);
    return this.http.get<{ content: ${e.S}[] }>(this.baseUrl, { params }).pipe(
      map((page) => page.content),
      tap((items) => this.cache.next(items)),
    );
  }

  get(id: string): Observable<${e.S}> {
    return this.http.get<${e.S}>(\`\${this.baseUrl}/\${id}\`);
  }

  create(${e.s}: Omit<${e.S}, 'id'>): Observable<${e.S}> {
    return this.http.post<${e.S}>(this.baseUrl, ${e.s}).pipe(tap((created) => this.cache.next([...this.cache.value, created])));
  }

  update(id: string, changes: Partial<${e.S}>): Observable<${e.S}> {
    return this.http.patch<${e.S}>(\`\${this.baseUrl}/\${id}\`, changes);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(\`\${this.baseUrl}/\${id}\`).pipe(
      tap(() => this.cache.next(this.cache.value.filter((item) => item.id !== id))),
    );
  }
}
`,
  };
}

function vueComposable(rnd) {
  const e = entityOf(rnd);
  return {
    file: `apps/portal/src/composables/use${e.S}Filters.ts`,
    text: `import { computed, reactive, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';

export interface ${e.S}Filters {
  search: string;
  status: string[];
  from: string | null;
  to: string | null;
}

export function use${e.S}Filters() {
  const route = useRoute();
  const router = useRouter();
  const filters = reactive<${e.S}Filters>({
    search: String(route.query.search ?? ''),
    status: ([] as string[]).concat((route.query.status as string[] | string | undefined) ?? []),
    from: (route.query.from as string | undefined) ?? null,
    to: (route.query.to as string | undefined) ?? null,
  });
  const dirty = ref(false);

  const activeCount = computed(
    () => Number(Boolean(filters.search)) + filters.status.length + Number(Boolean(filters.from)) + Number(Boolean(filters.to)),
  );

  watch(
    filters,
    (value) => {
      dirty.value = true;
      void router.replace({ query: { ...route.query, ...value, status: value.status } });
    },
    { deep: true },
  );

  function reset() {
    filters.search = '';
    filters.status = [];
    filters.from = null;
    filters.to = null;
    dirty.value = false;
  }

  return { filters, activeCount, dirty, reset };
}
`,
  };
}

function storeSlice(rnd) {
  const e = entityOf(rnd);
  const fields = fieldsOf(rnd, 2, 5);
  return {
    file: `apps/web/src/store/${e.p}Slice.ts`,
    text: `${interfaceBlock(e, fields)}
export interface ${e.P}State {
  byId: Record<string, ${e.S}>;
  order: string[];
  selectedId: string | null;
  status: 'idle' | 'loading' | 'failed';
}

export const initial${e.P}State: ${e.P}State = { byId: {}, order: [], selectedId: null, status: 'idle' };

export type ${e.P}Action =
  | { type: '${e.p}/loading' }
  | { type: '${e.p}/loaded'; items: ${e.S}[] }
  | { type: '${e.p}/upserted'; item: ${e.S} }
  | { type: '${e.p}/removed'; id: string }
  | { type: '${e.p}/selected'; id: string | null }
  | { type: '${e.p}/failed' };

export function ${e.p}Reducer(state: ${e.P}State = initial${e.P}State, action: ${e.P}Action): ${e.P}State {
  switch (action.type) {
    case '${e.p}/loading':
      return { ...state, status: 'loading' };
    case '${e.p}/loaded':
      return {
        ...state,
        status: 'idle',
        byId: Object.fromEntries(action.items.map((item) => [item.id, item])),
        order: action.items.map((item) => item.id),
      };
    case '${e.p}/upserted':
      return {
        ...state,
        byId: { ...state.byId, [action.item.id]: action.item },
        order: state.order.includes(action.item.id) ? state.order : [...state.order, action.item.id],
      };
    case '${e.p}/removed': {
      const { [action.id]: _removed, ...rest } = state.byId;
      return { ...state, byId: rest, order: state.order.filter((id) => id !== action.id) };
    }
    case '${e.p}/selected':
      return { ...state, selectedId: action.id };
    case '${e.p}/failed':
      return { ...state, status: 'failed' };
    default:
      return state;
  }
}

export const select${e.P} = (state: { ${e.p}: ${e.P}State }) => state.${e.p}.order.map((id) => state.${e.p}.byId[id]!);
export const selectSelected${e.S} = (state: { ${e.p}: ${e.P}State }) =>
  state.${e.p}.selectedId ? state.${e.p}.byId[state.${e.p}.selectedId] : undefined;
`,
  };
}

function utilityModule(rnd) {
  const kind = rnd.pick(['format', 'array', 'string', 'date', 'money', 'validation', 'retry']);
  const texts = {
    format: `const numberFormat = new Intl.NumberFormat('${rnd.pick(['en-US', 'de-DE', 'fr-FR', 'en-GB'])}');

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

export function formatDate(value: string | Date | null | undefined, locale = 'en-US'): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? '—' : date.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatBytes(bytes: number, decimals = 1): string {
  if (bytes === 0) return '0 B';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  const exponent = Math.min(units.length - 1, Math.floor(Math.log(bytes) / Math.log(1024)));
  return \`\${(bytes / 1024 ** exponent).toFixed(decimals)} \${units[exponent]}\`;
}

export function formatPercent(ratio: number): string {
  return \`\${Math.round(ratio * 1000) / 10}%\`;
}
`,
    array: `export function groupBy<T, K extends PropertyKey>(items: readonly T[], keyOf: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const key = keyOf(item);
    (groups[key] ??= []).push(item);
  }
  return groups;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size));
  return out;
}

export function uniqueBy<T>(items: readonly T[], keyOf: (item: T) => unknown): T[] {
  const seen = new Set<unknown>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function sumBy<T>(items: readonly T[], valueOf: (item: T) => number): number {
  return items.reduce((total, item) => total + valueOf(item), 0);
}
`,
    string: `export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\\u0300-\\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function truncate(input: string, max = ${rnd.pick([40, 80, 120])}): string {
  return input.length <= max ? input : \`\${input.slice(0, max - 1)}…\`;
}

export function initials(name: string): string {
  return name
    .split(/\\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}

export function pluralize(count: number, singular: string, pluralForm = \`\${singular}s\`): string {
  return \`\${count} \${count === 1 ? singular : pluralForm}\`;
}
`,
    date: `const DAY_MS = 24 * 60 * 60 * 1000;

export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((startOfDay(to).getTime() - startOfDay(from).getTime()) / DAY_MS);
}

export function isWeekend(date: Date): boolean {
  const day = date.getDay();
  return day === 0 || day === 6;
}

export function relativeTime(date: Date, now = new Date()): string {
  const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const diff = daysBetween(now, date);
  return Math.abs(diff) < 1 ? 'today' : rtf.format(diff, 'day');
}
`,
    money: `export interface Money {
  amount: number;
  currency: string;
}

export function toMinorUnits(amount: number, fractionDigits = 2): number {
  return Math.round(amount * 10 ** fractionDigits);
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new Error(\`Currency mismatch: \${a.currency} vs \${b.currency}\`);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney({ amount, currency }: Money, locale = '${rnd.pick(['en-US', 'de-DE', 'en-GB'])}'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
}

export function applyDiscount(price: Money, percent: number): Money {
  return { ...price, amount: Math.max(0, price.amount * (1 - percent / 100)) };
}
`,
    validation: `export type Validator<T> = (value: T) => string | undefined;

export const required: Validator<string> = (value) => (value.trim() ? undefined : 'This field is required');

export const maxLength =
  (max: number): Validator<string> =>
  (value) =>
    value.length > max ? \`Use at most \${max} characters\` : undefined;

export const email: Validator<string> = (value) =>
  /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/.test(value) ? undefined : 'Enter a valid email address';

export const inRange =
  (min: number, max: number): Validator<number> =>
  (value) =>
    value < min || value > max ? \`Enter a value between \${min} and \${max}\` : undefined;

export function compose<T>(...validators: Validator<T>[]): Validator<T> {
  return (value) => {
    for (const validator of validators) {
      const message = validator(value);
      if (message) return message;
    }
    return undefined;
  };
}
`,
    retry: `export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  shouldRetry?: (error: unknown) => boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function retry<T>(operation: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { attempts = ${rnd.pick([3, 4, 5])}, baseDelayMs = 200, shouldRetry = () => true } = options;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await operation();
    } catch (error) {
      lastError = error;
      if (attempt === attempts || !shouldRetry(error)) break;
      await sleep(baseDelayMs * 2 ** (attempt - 1) + Math.random() * 50);
    }
  }
  throw lastError;
}
`,
  };
  return { file: `packages/shared/src/${kind}.ts`, text: texts[kind] };
}

function typesModule(rnd) {
  const e = entityOf(rnd);
  const fields = fieldsOf(rnd, 4, 9);
  return {
    file: `packages/contracts/src/${kebab(e.s)}.ts`,
    text: `${statusType(rnd)}
${interfaceBlock(e, fields)}
export interface ${e.S}ListResponse {
  items: ${e.S}[];
  total: number;
  page: number;
}

export type Create${e.S}Request = Omit<${e.S}, 'id'${fields.some((f) => f.name === 'createdAt') ? " | 'createdAt'" : ''}>;
export type Update${e.S}Request = Partial<Create${e.S}Request>;

export enum ${e.S}Event {
  Created = '${e.s}.created',
  Updated = '${e.s}.updated',
  Deleted = '${e.s}.deleted',
}

export function is${e.S}(value: unknown): value is ${e.S} {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}
`,
  };
}

function unitTest(rnd) {
  const e = entityOf(rnd);
  return {
    file: `apps/web/src/store/${e.p}Slice.test.ts`,
    text: `import { describe, expect, it } from 'vitest';

import { ${e.p}Reducer, initial${e.P}State, select${e.P} } from './${e.p}Slice';

const sample = (id: string) => ({ id }) as never;

describe('${e.p}Reducer', () => {
  it('starts idle and empty', () => {
    expect(initial${e.P}State.status).toBe('idle');
    expect(initial${e.P}State.order).toEqual([]);
  });

  it('stores loaded items in order', () => {
    const state = ${e.p}Reducer(initial${e.P}State, { type: '${e.p}/loaded', items: [sample('a'), sample('b')] });
    expect(state.order).toEqual(['a', 'b']);
    expect(select${e.P}({ ${e.p}: state })).toHaveLength(2);
  });

  it('removes an item', () => {
    const loaded = ${e.p}Reducer(initial${e.P}State, { type: '${e.p}/loaded', items: [sample('a'), sample('b')] });
    const state = ${e.p}Reducer(loaded, { type: '${e.p}/removed', id: 'a' });
    expect(state.order).toEqual(['b']);
    expect(state.byId.a).toBeUndefined();
  });

  it('marks failures', () => {
    expect(${e.p}Reducer(initial${e.P}State, { type: '${e.p}/failed' }).status).toBe('failed');
  });
});
`,
  };
}

// ---------------------------------------------------------------------------------------
// Code that mentions "token" or Web Storage in a harmless sense

function harmless(rnd) {
  const kind = rnd.pick(['pagination', 'csrf', 'designTokens', 'llm', 'preferences', 'cancellation']);
  const e = entityOf(rnd);
  const texts = {
    pagination: [`services/api/src/jobs/sync-${e.p}.ts`, `import { google } from 'googleapis';

import { upsert${e.P} } from '../repositories/${e.s}-repository.js';

const sheets = google.sheets('v4');

export async function sync${e.P}FromDrive(folderId: string): Promise<number> {
  const drive = google.drive('v3');
  let pageToken: string | undefined;
  let synced = 0;
  do {
    const { data } = await drive.files.list({ q: \`'\${folderId}' in parents\`, pageSize: 100, pageToken });
    for (const file of data.files ?? []) {
      const values = await sheets.spreadsheets.values.get({ spreadsheetId: file.id!, range: 'A2:F' });
      synced += await upsert${e.P}(values.data.values ?? []);
    }
    pageToken = data.nextPageToken ?? undefined;
  } while (pageToken);
  return synced;
}
`],
    csrf: [`apps/web/src/lib/http.ts`, `function readCsrfToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';
}

export async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': readCsrfToken() },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(\`POST \${url} failed with \${response.status}\`);
  return (await response.json()) as T;
}
`],
    designTokens: [`packages/ui/src/tokens/${rnd.pick(['color', 'spacing', 'typography'])}.ts`, `export const tokens = {
  color: {
    primary: '${rnd.pick(['#1c7ed6', '#5f3dc4', '#2b8a3e'])}',
    danger: '#e03131',
    surface: { default: '#ffffff', muted: '#f8f9fa' },
  },
  space: [0, 4, 8, 12, 16, 24, 32, 48],
  radius: { sm: 4, md: 8, lg: 16 },
  font: { body: 'Inter, system-ui, sans-serif', mono: 'JetBrains Mono, monospace' },
} as const;

export type DesignToken = keyof typeof tokens;

export function tokenVar(path: string): string {
  return \`var(--ds-\${path.replace(/\\./g, '-')})\`;
}
`],
    llm: [`services/api/src/ai/summarize-${e.p}.ts`, `import OpenAI from 'openai';

const client = new OpenAI();
const MAX_TOKENS = ${rnd.pick([256, 512, 1024])};

export async function summarize${e.P}(texts: string[]): Promise<{ summary: string; tokensUsed: number }> {
  const completion = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    max_tokens: MAX_TOKENS,
    messages: [
      { role: 'system', content: 'Summarize the ${e.p} in three bullet points.' },
      { role: 'user', content: texts.join('\\n---\\n') },
    ],
  });
  return { summary: completion.choices[0]?.message.content ?? '', tokensUsed: completion.usage?.total_tokens ?? 0 };
}
`],
    preferences: [`apps/web/src/lib/preferences.ts`, `export type Density = 'comfortable' | 'compact';

const KEY = 'app.preferences.v${rnd.int(1, 4)}';

export interface Preferences {
  theme: 'light' | 'dark' | 'system';
  density: Density;
  sidebarCollapsed: boolean;
}

const DEFAULTS: Preferences = { theme: 'system', density: 'comfortable', sidebarCollapsed: false };

export function loadPreferences(): Preferences {
  try {
    return { ...DEFAULTS, ...(JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Preferences>) };
  } catch {
    return DEFAULTS;
  }
}

export function savePreferences(preferences: Preferences): void {
  localStorage.setItem(KEY, JSON.stringify(preferences));
  sessionStorage.setItem('lastSavedAt', new Date().toISOString());
}
`],
    cancellation: [`services/worker/src/${e.p}-export.ts`, `export async function export${e.P}(ids: string[], signal: AbortSignal): Promise<string[]> {
  const written: string[] = [];
  for (const id of ids) {
    if (signal.aborted) throw new DOMException('Export cancelled', 'AbortError');
    const response = await fetch(\`http://internal-api/${e.p}/\${id}/export\`, { signal });
    written.push(await response.text());
  }
  return written;
}

export function withTimeout(ms: number): { signal: AbortSignal; cancelToken: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  return { signal: controller.signal, cancelToken: () => (clearTimeout(timer), controller.abort()) };
}
`],
  };
  const [file, text] = texts[kind];
  return { file, text };
}

// ---------------------------------------------------------------------------------------
// Auth-related code using the SDKs (some correct, some not)

function authFile(rnd) {
  const e = entityOf(rnd);
  const variants = [
    () => [`apps/web/src/api/${e.p}-client.ts`, `import axios from 'axios';
import { UserManager } from 'oidc-client-ts';

import { oidcSettings } from '../auth/settings';

const userManager = new UserManager(oidcSettings);

export const ${e.p}Api = axios.create({ baseURL: '/api/${e.p}' });

${e.p}Api.interceptors.request.use(async (config) => {
  const user = await userManager.getUser();
  if (user) config.headers.Authorization = \`Bearer \${user.${rnd.chance(0.7) ? 'access_token' : 'id_token'}}\`;
  return config;
});

export async function list${e.P}(page = 1) {
  const { data } = await ${e.p}Api.get('/', { params: { page } });
  return data as unknown[];
}
`],
    () => [`apps/web/src/features/${e.p}/use${e.S}Admin.ts`, `import { useAuth0 } from '@auth0/auth0-react';
import { useCallback } from 'react';

export function use${e.S}Admin() {
  const { getAccessTokenSilently, getIdTokenClaims } = useAuth0();

  const archive = useCallback(
    async (id: string) => {
      const accessToken = await getAccessTokenSilently();
      await fetch(\`/api/${e.p}/\${id}/archive\`, { method: 'POST', headers: { Authorization: \`Bearer \${accessToken}\` } });
    },
    [getAccessTokenSilently],
  );

  const audit = useCallback(async () => {
    const claims = await getIdTokenClaims();
    return fetch('/api/${e.p}/audit', { headers: { Authorization: \`Bearer \${claims?.__raw}\` } });
  }, [getIdTokenClaims]);

  return { archive, audit };
}
`],
    () => [`apps/web/src/auth/msal-fetch.ts`, `import { PublicClientApplication, type AccountInfo } from '@azure/msal-browser';

export const msalInstance = new PublicClientApplication({ auth: { clientId: import.meta.env.VITE_CLIENT_ID, authority: import.meta.env.VITE_AUTHORITY } });

export async function authorizedFetch(url: string, account: AccountInfo, init: RequestInit = {}) {
  const result = await msalInstance.acquireTokenSilent({ account, scopes: ['api://${e.p}/.default'] });
  const headers = new Headers(init.headers);
  headers.set('Authorization', \`Bearer \${result.${rnd.chance(0.7) ? 'accessToken' : 'idToken'}}\`);
  return fetch(url, { ...init, headers });
}
`],
    () => [`services/api/src/middleware/auth-${e.p}.ts`, `import type { NextFunction, Request, Response } from 'express';

import jwt from 'jsonwebtoken';

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY!;

export function authenticate(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, '');
  if (!token) return res.status(401).end();
  try {
    res.locals.user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], issuer: process.env.JWT_ISSUER${rnd.chance(0.5) ? ", audience: 'https://api.example.com'" : ''} });
    return next();
  } catch {
    return res.status(401).end();
  }
}
`],
    () => [`services/api/src/middleware/verify-${e.s}-token.ts`, `import { createRemoteJWKSet, jwtVerify } from 'jose';

const JWKS = createRemoteJWKSet(new URL(process.env.JWKS_URL!));

export async function verifyAccessToken(token: string) {
  const { payload } = await jwtVerify(token, JWKS, { issuer: process.env.ISSUER, audience: process.env.AUDIENCE });
  return { subject: payload.sub, scopes: String(payload.scope ?? '').split(' ') };
}
`],
    () => [`apps/web/src/hooks/use${e.S}Permissions.ts`, `import { jwtDecode } from 'jwt-decode';
import { useAuth } from 'react-oidc-context';

export function use${e.S}Permissions(): string[] {
  const auth = useAuth();
  const token = auth.user?.${rnd.chance(0.5) ? 'access_token' : 'id_token'};
  if (!token) return [];
  const claims = jwtDecode<{ permissions?: string[] }>(token);
  return claims.permissions?.filter((permission) => permission.startsWith('${e.p}:')) ?? [];
}
`],
    () => [`apps/web/src/auth/session-${e.s}.ts`, `import type { User } from 'oidc-client-ts';

export function persistSession(user: User): void {
  ${rnd.chance(0.5) ? "localStorage.setItem('access_token', user.access_token);" : "sessionStorage.setItem('pkce_code_verifier', crypto.randomUUID());"}
  localStorage.setItem('last_${e.s}_view', new Date().toISOString());
}

export function clearSession(): void {
  localStorage.removeItem('access_token');
}
`],
    () => [`apps/web/src/realtime/${e.p}-socket.ts`, `export function open${e.S}Socket(accessToken: string, onMessage: (data: unknown) => void): WebSocket {
  const socket = new WebSocket(\`wss://realtime.example.com/${e.p}?access_token=\${accessToken}\`);
  socket.onmessage = (event) => onMessage(JSON.parse(String(event.data)));
  return socket;
}
`],
    () => [`apps/web/src/firebase/${e.p}.ts`, `import { getAuth } from 'firebase/auth';

export async function save${e.S}(payload: Record<string, unknown>) {
  const token = await getAuth().currentUser?.getIdToken();
  return fetch('/api/${e.p}', {
    method: 'POST',
    headers: { Authorization: \`Bearer \${token}\`, 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
  });
}
`],
    () => [`apps/storefront/app/api/${e.p}/sync/route.ts`, `import { NextResponse } from 'next/server';

import { auth } from '@/auth';

export async function POST() {
  const session = await auth();
  if (!session?.accessToken) return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  const upstream = await fetch(\`\${process.env.API_URL}/${e.p}/sync\`, {
    method: 'POST',
    headers: { Authorization: \`Bearer \${session.${rnd.chance(0.7) ? 'accessToken' : 'idToken'}}\` },
  });
  return NextResponse.json(await upstream.json(), { status: upstream.status });
}
`],
    () => [`apps/backoffice/src/app/core/${e.s}-auth.interceptor.ts`, `import type { HttpEvent, HttpHandler, HttpInterceptor, HttpRequest } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { OAuthService } from 'angular-oauth2-oidc';
import type { Observable } from 'rxjs';

@Injectable()
export class ${e.S}AuthInterceptor implements HttpInterceptor {
  constructor(private readonly oauthService: OAuthService) {}

  intercept(req: HttpRequest<unknown>, next: HttpHandler): Observable<HttpEvent<unknown>> {
    const token = this.oauthService.${rnd.chance(0.7) ? 'getAccessToken' : 'getIdToken'}();
    return next.handle(req.clone({ setHeaders: { Authorization: \`Bearer \${token}\` } }));
  }
}
`],
    () => [`services/api/src/clients/${e.p}-service.ts`, `import { GoogleAuth } from 'google-auth-library';

const auth = new GoogleAuth();
const TARGET = process.env.${e.s.toUpperCase()}_SERVICE_URL!;

export async function call${e.P}Service(path: string) {
  const client = await auth.getIdTokenClient(TARGET);
  const response = await client.request({ url: \`\${TARGET}\${path}\` });
  return response.data;
}
`],
    () => [`apps/web/src/auth/keycloak-${e.p}.ts`, `import Keycloak from 'keycloak-js';

export const keycloak = new Keycloak({ url: 'https://sso.example.com', realm: 'acme', clientId: '${e.p}-spa' });

export async function fetch${e.P}() {
  await keycloak.updateToken(30);
  const response = await fetch('/api/${e.p}', { headers: { Authorization: \`Bearer \${keycloak.${rnd.chance(0.7) ? 'token' : 'idToken'}}\` } });
  return response.json();
}

export function logoutUrl(): string {
  return keycloak.createLogoutUrl({ redirectUri: window.location.origin });
}
`],
    () => [`apps/mobile-web/src/auth/amplify-${e.p}.ts`, `import { fetchAuthSession } from 'aws-amplify/auth';

export async function load${e.P}() {
  const session = await fetchAuthSession();
  const token = session.tokens?.${rnd.chance(0.5) ? 'accessToken' : 'idToken'}?.toString();
  const response = await fetch('https://api.example.com/${e.p}', { headers: { Authorization: \`Bearer \${token}\` } });
  return response.json();
}
`],
    () => [`apps/web/src/auth/logout-${e.s}.ts`, `import type { User } from 'oidc-client-ts';

export function endSessionUrl(user: User, issuer: string): string {
  const url = new URL(\`\${issuer}/logout\`);
  url.searchParams.set('id_token_hint', user.id_token ?? '');
  url.searchParams.set('post_logout_redirect_uri', window.location.origin);
  return url.toString();
}
`],
    () => [`services/bff/src/routes/${e.s}-callback.ts`, `import type { Request, Response } from 'express';

import * as client from 'openid-client';

export async function callback(config: client.Configuration, req: Request, res: Response) {
  const tokens = await client.authorizationCodeGrant(config, new URL(req.originalUrl, process.env.BASE_URL));
  req.session.tokens = { access_token: tokens.access_token, id_token: tokens.id_token };
  res.redirect(${rnd.chance(0.5) ? `\`/${e.p}#access_token=\${tokens.access_token}\`` : `'/${e.p}'`});
}
`],
  ];
  const [file, text] = rnd.pick(variants)();
  return { file, text };
}

// ---------------------------------------------------------------------------------------
// Extra top-level blocks appended to some files, so sizes vary as in real code

function extraBlock(rnd) {
  const e = entityOf(rnd);
  const fields = fieldsOf(rnd, 3, 7);
  const blocks = [
    [`to${e.S}Row`, `
export function to${e.S}Row(input: Record<string, unknown>) {
  return {
    id: String(input.id ?? ''),
${fields.map((f) => `    ${f.name}: ${f.type === 'number' ? `Number(input.${f.name} ?? 0)` : f.type === 'boolean' ? `Boolean(input.${f.name})` : `input.${f.name} as ${f.type}`},`).join('\n')}
  };
}
`],
    [`${e.S.toUpperCase()}_LABELS`, `
export const ${e.S.toUpperCase()}_LABELS: Readonly<Record<string, string>> = {
${rnd.sample(STATUSES, rnd.int(3, 7)).map((status) => `  ${status}: '${pascal(status)} ${e.p}',`).join('\n')}
};

export function label${e.S}Status(status: string): string {
  return ${e.S.toUpperCase()}_LABELS[status] ?? status;
}
`],
    [`${e.S}Cache`, `
export class ${e.S}Cache<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();

  constructor(private readonly ttlMs = ${rnd.pick([30_000, 60_000, 300_000])}) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt < Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V): void {
    this.entries.set(key, { value, expiresAt: Date.now() + this.ttlMs });
  }

  clear(): void {
    this.entries.clear();
  }
}
`],
    [`summarize${e.P}`, `
export function summarize${e.P}(items: ReadonlyArray<{ status: string; ${fields.filter((f) => f.type === 'number').map((f) => `${f.name}: number; `).join('')}}>) {
  const byStatus: Record<string, number> = {};
  let count = 0;
  for (const item of items) {
    byStatus[item.status] = (byStatus[item.status] ?? 0) + 1;
    count += 1;
  }
  const busiest = Object.entries(byStatus).sort(([, a], [, b]) => b - a)[0]?.[0] ?? null;
  return { count, byStatus, busiest${fields.filter((f) => f.type === 'number').map((f) => `, ${f.name}Total: items.reduce((sum, item) => sum + item.${f.name}, 0)`).join('')} };
}
`],
    [`compare${e.P}`, `
export const compare${e.P} = {
${fields.map((f) => `  by${pascal(f.name)}: (a: { ${f.name}: ${f.type} }, b: { ${f.name}: ${f.type} }) => String(a.${f.name}).localeCompare(String(b.${f.name})),`).join('\n')}
} as const;
`],
  ];
  return rnd.pick(blocks);
}

function withExtras(rnd, { file, text }) {
  let out = text;
  const count = rnd.chance(0.55) ? rnd.int(1, 3) : 0;
  for (let index = 0; index < count; index++) {
    const [name, block] = extraBlock(rnd);
    if (!out.includes(name)) out += block;
  }
  return { file, text: out };
}

// ---------------------------------------------------------------------------------------

const PLAIN_TEMPLATES = [
  [reactList, 12],
  [reactForm, 9],
  [reactCard, 9],
  [reactHook, 8],
  [expressRouter, 12],
  [nextRoute, 10],
  [angularService, 9],
  [vueComposable, 5],
  [storeSlice, 7],
  [utilityModule, 6],
  [typesModule, 8],
  [unitTest, 5],
];

function pickWeighted(rnd, table) {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rnd.next() * total;
  for (const [template, weight] of table) {
    roll -= weight;
    if (roll < 0) return template;
  }
  return table[table.length - 1][0];
}

/**
 * Writes `count` files under `dir` (removed first) and returns counts per category.
 * `authShare` of the files use auth SDKs; `harmlessShare` mention tokens harmlessly.
 */
export function generateCorpus(dir, { count, seed, authShare = 0.15, harmlessShare = 0.04 }) {
  rmSync(dir, { recursive: true, force: true });
  const rnd = createRandom(seed);
  const used = new Set();
  const stats = { files: 0, auth: 0, harmless: 0, plain: 0, bytes: 0, lines: 0 };
  for (let index = 0; index < count; index++) {
    const roll = rnd.next();
    const category = roll < authShare ? 'auth' : roll < authShare + harmlessShare ? 'harmless' : 'plain';
    const generate = category === 'auth' ? authFile : category === 'harmless' ? harmless : pickWeighted(rnd, PLAIN_TEMPLATES);
    const { file, text } = withExtras(rnd, generate(rnd));
    // Spread files over a few packages and keep names unique, as in a monorepo.
    const pkg = `team-${(index % 7) + 1}`;
    let relative = path.posix.join(pkg, file);
    for (let n = 2; used.has(relative); n++) {
      relative = path.posix.join(pkg, path.posix.dirname(file) + `-${n}`, path.posix.basename(file));
    }
    used.add(relative);
    const target = path.join(dir, ...relative.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    stats.files++;
    stats[category]++;
    stats.bytes += Buffer.byteLength(text);
    stats.lines += text.split('\n').length;
  }
  return stats;
}
