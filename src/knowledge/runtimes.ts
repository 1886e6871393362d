/**
 * Modules whose import tells on which side of the wire a file runs: HTTP server frameworks,
 * serverless and edge runtimes (a request arrives here from a client), and browser or mobile UI
 * frameworks (tokens come from an SDK or storage, never from an incoming request). Used by
 * `no-unverified-jwt-decode` to tell a resource server reading a request from a client reading
 * its own outgoing request.
 */
import type { Certainty } from './types.js';

/** Where code that imports the module runs. */
export type RuntimeSide = 'client' | 'server';

/** One framework or runtime. */
export interface RuntimeModuleEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Module specifiers; a specifier also matches its subpaths (`hono/jwt`) and its `node:` form. */
  readonly modules: readonly string[];
  /** Where importing code runs. */
  readonly side: RuntimeSide;
  /** API fact or convention. */
  readonly certainty: Certainty;
  /** Framework documentation. */
  readonly reference: string;
}

/** Frameworks and runtimes, sorted by id. */
export const RUNTIME_MODULES = [
  {
    id: 'angular',
    modules: ['@angular/common', '@angular/core'],
    side: 'client',
    certainty: 'api',
    reference: 'https://angular.dev/guide/http/interceptors',
  },
  {
    id: 'apollo-server',
    modules: ['@apollo/server', 'apollo-server', 'apollo-server-express', 'apollo-server-lambda'],
    side: 'server',
    certainty: 'api',
    reference: 'https://www.apollographql.com/docs/apollo-server/data/context',
  },
  {
    id: 'aws-lambda',
    modules: ['aws-lambda'],
    side: 'server',
    certainty: 'api',
    reference: 'https://docs.aws.amazon.com/lambda/latest/dg/typescript-handler.html',
  },
  {
    id: 'browser-cookie-libraries',
    modules: ['js-cookie', 'react-cookie', 'universal-cookie'],
    side: 'client',
    certainty: 'heuristic',
    reference: 'https://github.com/js-cookie/js-cookie#readme',
  },
  {
    id: 'cloudflare-workers',
    modules: ['@cloudflare/workers-types', 'itty-router'],
    side: 'server',
    certainty: 'api',
    reference: 'https://developers.cloudflare.com/workers/runtime-apis/handlers/fetch/',
  },
  {
    id: 'express',
    modules: ['express', 'express-serve-static-core', 'restify', 'polka'],
    side: 'server',
    certainty: 'api',
    reference: 'https://expressjs.com/en/guide/writing-middleware.html',
  },
  {
    id: 'fastify',
    modules: ['fastify', 'fastify-plugin'],
    side: 'server',
    certainty: 'api',
    reference: 'https://fastify.dev/docs/latest/Reference/Hooks/',
  },
  {
    id: 'graphql-yoga',
    modules: ['graphql-yoga', '@graphql-yoga/node'],
    side: 'server',
    certainty: 'api',
    reference: 'https://the-guild.dev/graphql/yoga-server/docs/features/context',
  },
  {
    id: 'h3',
    modules: ['h3', 'nitropack', 'elysia'],
    side: 'server',
    certainty: 'api',
    reference: 'https://h3.unjs.io/guide/event',
  },
  {
    id: 'hapi',
    modules: ['@hapi/hapi', 'hapi'],
    side: 'server',
    certainty: 'api',
    reference: 'https://hapi.dev/api/#request',
  },
  {
    id: 'hono',
    modules: ['hono'],
    side: 'server',
    certainty: 'api',
    reference: 'https://hono.dev/docs/api/request',
  },
  {
    id: 'koa',
    modules: ['koa', '@koa/router', 'koa-router'],
    side: 'server',
    certainty: 'api',
    reference: 'https://koajs.com/#context',
  },
  {
    id: 'mobile-ui',
    modules: ['react-native', 'expo-secure-store', '@ionic/angular', '@capacitor/core'],
    side: 'client',
    certainty: 'api',
    reference: 'https://reactnative.dev/docs/security#storing-sensitive-info',
  },
  {
    id: 'nestjs',
    modules: ['@nestjs/common', '@nestjs/core', '@nestjs/graphql', '@nestjs/passport'],
    side: 'server',
    certainty: 'api',
    reference: 'https://docs.nestjs.com/guards',
  },
  {
    id: 'next-client',
    modules: ['next/navigation', 'next/router', 'next/link', 'next-auth/react'],
    side: 'client',
    certainty: 'api',
    reference: 'https://nextjs.org/docs/app/api-reference/functions/use-router',
  },
  {
    id: 'next-server',
    modules: ['next/server', 'next/headers', 'next/types'],
    side: 'server',
    certainty: 'api',
    reference: 'https://nextjs.org/docs/app/api-reference/functions/headers',
  },
  {
    id: 'node-http',
    modules: ['http', 'https', 'http2'],
    side: 'server',
    certainty: 'api',
    reference: 'https://nodejs.org/api/http.html#class-httpincomingmessage',
  },
  {
    id: 'remix-server',
    modules: ['@remix-run/node', '@remix-run/cloudflare', '@remix-run/deno', '@sveltejs/kit'],
    side: 'server',
    certainty: 'api',
    reference: 'https://remix.run/docs/en/main/route/loader',
  },
  {
    id: 'socket-io-server',
    modules: ['socket.io', '@nestjs/websockets'],
    side: 'server',
    certainty: 'api',
    reference: 'https://socket.io/docs/v4/middlewares/#sending-credentials',
  },
  {
    id: 'ui-frameworks',
    modules: ['react', 'react-dom', 'vue', 'svelte', 'solid-js', 'preact', 'pinia', 'vuex'],
    side: 'client',
    certainty: 'heuristic',
    reference: 'https://react.dev/reference/react',
  },
] as const satisfies readonly RuntimeModuleEntry[];
