import {
  CookieJar,
  FetchLike,
  FieldError,
  PeerDirectory,
  RandomSource,
  RealTime,
  RunningService,
  SandboxConfig,
  SandboxError,
  ServiceName as ServiceName$1,
  ServiceOptions,
  Store,
} from '@partner-sandbox/shared'

export { CookieJar } from '@partner-sandbox/shared'

import { createApp } from '@partner-sandbox/shipstation'
import { createApp as createApp$1 } from '@partner-sandbox/stamps'
import { createApp as createApp$2 } from '@partner-sandbox/usps'
import { RequestHandler } from 'msw'
import { z } from 'zod'

interface RunCommandOptions {
  target: 'in-process' | 'http'
  /** Overrides of the URLs read from the environment, for --target http. */
  baseUrls?: Partial<Record<ServiceName$1, string>>
  env?: Record<string, string | undefined>
  print?: (line: string) => void
}
/**
 * `partner-sandbox run <file|dir>`: runs each scenario against a fresh in-process sandbox, or
 * against running servers in a fresh tenant. Resolves to the exit code: 1 when any step failed or
 * any file was invalid.
 *
 * @example
 * process.exitCode = await runCommand('scenarios/', { target: 'in-process' })
 */
declare function runCommand(path: string, options: RunCommandOptions): Promise<number>

interface StartCommandOptions {
  /** Keep state in memory instead of SQLite files under the data folder. */
  memory?: boolean
  only?: ServiceName$1[]
  env?: Record<string, string | undefined>
  print?: (line: string) => void
}
/**
 * `partner-sandbox start`: serves the services from one process (SQLite under `.data/` unless
 * --memory), prints their URLs and the time since the process started, and closes cleanly on Ctrl-C.
 *
 * @example
 * await startCommand({ only: ['usps'] })
 */
declare function startCommand(options?: StartCommandOptions): Promise<void>

/** Stable codes of the scenario runner's own failures. */
type ScenarioErrorCode = 'scenario_invalid' | 'step_failed' | 'unknown_origin'
/** A scenario file that cannot run: unreadable, not YAML, or not matching the schema. */
declare class ScenarioFileError extends SandboxError {
  name: string
  readonly file: string
  constructor(file: string, detail: string, fieldErrors?: FieldError[], cause?: unknown)
}
/** A step whose request could not be made or whose expectation did not hold. */
declare class StepFailedError extends SandboxError {
  name: string
  constructor(detail: string, cause?: unknown)
}
/** The in-process sandbox was asked for a URL that belongs to none of its services. */
declare class UnknownOriginError extends SandboxError {
  name: string
  constructor(url: string, known: string[])
}

declare const ServiceName: z.ZodEnum<{
  shipstation: 'shipstation'
  stamps: 'stamps'
  usps: 'usps'
}>
declare const Expectation: z.ZodObject<
  {
    status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>>
    text: z.ZodOptional<
      z.ZodPipe<
        z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
        z.ZodTransform<string[], string | string[]>
      >
    >
    notText: z.ZodOptional<
      z.ZodPipe<
        z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
        z.ZodTransform<string[], string | string[]>
      >
    >
    json: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>
    redirectTo: z.ZodOptional<
      z.ZodUnion<
        readonly [
          z.ZodString,
          z.ZodObject<
            {
              regex: z.ZodString
            },
            z.core.$strict
          >,
        ]
      >
    >
    url: z.ZodOptional<
      z.ZodUnion<
        readonly [
          z.ZodString,
          z.ZodObject<
            {
              regex: z.ZodString
            },
            z.core.$strict
          >,
        ]
      >
    >
  },
  z.core.$strict
>
type Expectation = z.infer<typeof Expectation>
declare const Capture: z.ZodPreprocess<
  z.ZodDiscriminatedUnion<
    [
      z.ZodObject<
        {
          source: z.ZodLiteral<'json'>
          json: z.ZodString
          regex: z.ZodOptional<z.ZodString>
        },
        z.core.$strict
      >,
      z.ZodObject<
        {
          source: z.ZodLiteral<'header'>
          header: z.ZodString
          regex: z.ZodOptional<z.ZodString>
        },
        z.core.$strict
      >,
      z.ZodObject<
        {
          source: z.ZodLiteral<'text'>
          text: z.ZodString
        },
        z.core.$strict
      >,
      z.ZodObject<
        {
          source: z.ZodLiteral<'url'>
          url: z.ZodString
        },
        z.core.$strict
      >,
      z.ZodObject<
        {
          source: z.ZodLiteral<'outbox'>
          outbox: z.ZodObject<
            {
              service: z.ZodEnum<{
                shipstation: 'shipstation'
                stamps: 'stamps'
                usps: 'usps'
              }>
              to: z.ZodOptional<z.ZodString>
              channel: z.ZodOptional<
                z.ZodEnum<{
                  email: 'email'
                  sms: 'sms'
                }>
              >
              subject: z.ZodOptional<z.ZodString>
              field: z.ZodDefault<
                z.ZodEnum<{
                  text: 'text'
                  subject: 'subject'
                  code: 'code'
                  link: 'link'
                }>
              >
            },
            z.core.$strict
          >
          regex: z.ZodOptional<z.ZodString>
        },
        z.core.$strict
      >,
    ],
    'source'
  >,
  unknown
>
type Capture = z.infer<typeof Capture>
declare const Step: z.ZodPreprocess<
  z.ZodDiscriminatedUnion<
    [
      z.ZodObject<
        {
          name: z.ZodString
          service: z.ZodOptional<
            z.ZodEnum<{
              shipstation: 'shipstation'
              stamps: 'stamps'
              usps: 'usps'
            }>
          >
          capture: z.ZodOptional<
            z.ZodRecord<
              z.ZodString,
              z.ZodPreprocess<
                z.ZodDiscriminatedUnion<
                  [
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'json'>
                        json: z.ZodString
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'header'>
                        header: z.ZodString
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'text'>
                        text: z.ZodString
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'url'>
                        url: z.ZodString
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'outbox'>
                        outbox: z.ZodObject<
                          {
                            service: z.ZodEnum<{
                              shipstation: 'shipstation'
                              stamps: 'stamps'
                              usps: 'usps'
                            }>
                            to: z.ZodOptional<z.ZodString>
                            channel: z.ZodOptional<
                              z.ZodEnum<{
                                email: 'email'
                                sms: 'sms'
                              }>
                            >
                            subject: z.ZodOptional<z.ZodString>
                            field: z.ZodDefault<
                              z.ZodEnum<{
                                text: 'text'
                                subject: 'subject'
                                code: 'code'
                                link: 'link'
                              }>
                            >
                          },
                          z.core.$strict
                        >
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                  ],
                  'source'
                >,
                unknown
              >
            >
          >
          expect: z.ZodOptional<
            z.ZodObject<
              {
                status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>>
                text: z.ZodOptional<
                  z.ZodPipe<
                    z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                    z.ZodTransform<string[], string | string[]>
                  >
                >
                notText: z.ZodOptional<
                  z.ZodPipe<
                    z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                    z.ZodTransform<string[], string | string[]>
                  >
                >
                json: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>
                redirectTo: z.ZodOptional<
                  z.ZodUnion<
                    readonly [
                      z.ZodString,
                      z.ZodObject<
                        {
                          regex: z.ZodString
                        },
                        z.core.$strict
                      >,
                    ]
                  >
                >
                url: z.ZodOptional<
                  z.ZodUnion<
                    readonly [
                      z.ZodString,
                      z.ZodObject<
                        {
                          regex: z.ZodString
                        },
                        z.core.$strict
                      >,
                    ]
                  >
                >
              },
              z.core.$strict
            >
          >
          kind: z.ZodLiteral<'open'>
          open: z.ZodString
        },
        z.core.$strict
      >,
      z.ZodObject<
        {
          name: z.ZodString
          service: z.ZodOptional<
            z.ZodEnum<{
              shipstation: 'shipstation'
              stamps: 'stamps'
              usps: 'usps'
            }>
          >
          capture: z.ZodOptional<
            z.ZodRecord<
              z.ZodString,
              z.ZodPreprocess<
                z.ZodDiscriminatedUnion<
                  [
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'json'>
                        json: z.ZodString
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'header'>
                        header: z.ZodString
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'text'>
                        text: z.ZodString
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'url'>
                        url: z.ZodString
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'outbox'>
                        outbox: z.ZodObject<
                          {
                            service: z.ZodEnum<{
                              shipstation: 'shipstation'
                              stamps: 'stamps'
                              usps: 'usps'
                            }>
                            to: z.ZodOptional<z.ZodString>
                            channel: z.ZodOptional<
                              z.ZodEnum<{
                                email: 'email'
                                sms: 'sms'
                              }>
                            >
                            subject: z.ZodOptional<z.ZodString>
                            field: z.ZodDefault<
                              z.ZodEnum<{
                                text: 'text'
                                subject: 'subject'
                                code: 'code'
                                link: 'link'
                              }>
                            >
                          },
                          z.core.$strict
                        >
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                  ],
                  'source'
                >,
                unknown
              >
            >
          >
          expect: z.ZodOptional<
            z.ZodObject<
              {
                status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>>
                text: z.ZodOptional<
                  z.ZodPipe<
                    z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                    z.ZodTransform<string[], string | string[]>
                  >
                >
                notText: z.ZodOptional<
                  z.ZodPipe<
                    z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                    z.ZodTransform<string[], string | string[]>
                  >
                >
                json: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>
                redirectTo: z.ZodOptional<
                  z.ZodUnion<
                    readonly [
                      z.ZodString,
                      z.ZodObject<
                        {
                          regex: z.ZodString
                        },
                        z.core.$strict
                      >,
                    ]
                  >
                >
                url: z.ZodOptional<
                  z.ZodUnion<
                    readonly [
                      z.ZodString,
                      z.ZodObject<
                        {
                          regex: z.ZodString
                        },
                        z.core.$strict
                      >,
                    ]
                  >
                >
              },
              z.core.$strict
            >
          >
          kind: z.ZodLiteral<'click'>
          click: z.ZodString
        },
        z.core.$strict
      >,
      z.ZodObject<
        {
          name: z.ZodString
          service: z.ZodOptional<
            z.ZodEnum<{
              shipstation: 'shipstation'
              stamps: 'stamps'
              usps: 'usps'
            }>
          >
          capture: z.ZodOptional<
            z.ZodRecord<
              z.ZodString,
              z.ZodPreprocess<
                z.ZodDiscriminatedUnion<
                  [
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'json'>
                        json: z.ZodString
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'header'>
                        header: z.ZodString
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'text'>
                        text: z.ZodString
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'url'>
                        url: z.ZodString
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'outbox'>
                        outbox: z.ZodObject<
                          {
                            service: z.ZodEnum<{
                              shipstation: 'shipstation'
                              stamps: 'stamps'
                              usps: 'usps'
                            }>
                            to: z.ZodOptional<z.ZodString>
                            channel: z.ZodOptional<
                              z.ZodEnum<{
                                email: 'email'
                                sms: 'sms'
                              }>
                            >
                            subject: z.ZodOptional<z.ZodString>
                            field: z.ZodDefault<
                              z.ZodEnum<{
                                text: 'text'
                                subject: 'subject'
                                code: 'code'
                                link: 'link'
                              }>
                            >
                          },
                          z.core.$strict
                        >
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                  ],
                  'source'
                >,
                unknown
              >
            >
          >
          expect: z.ZodOptional<
            z.ZodObject<
              {
                status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>>
                text: z.ZodOptional<
                  z.ZodPipe<
                    z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                    z.ZodTransform<string[], string | string[]>
                  >
                >
                notText: z.ZodOptional<
                  z.ZodPipe<
                    z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                    z.ZodTransform<string[], string | string[]>
                  >
                >
                json: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>
                redirectTo: z.ZodOptional<
                  z.ZodUnion<
                    readonly [
                      z.ZodString,
                      z.ZodObject<
                        {
                          regex: z.ZodString
                        },
                        z.core.$strict
                      >,
                    ]
                  >
                >
                url: z.ZodOptional<
                  z.ZodUnion<
                    readonly [
                      z.ZodString,
                      z.ZodObject<
                        {
                          regex: z.ZodString
                        },
                        z.core.$strict
                      >,
                    ]
                  >
                >
              },
              z.core.$strict
            >
          >
          kind: z.ZodLiteral<'submit'>
          submit: z.ZodString
          fill: z.ZodOptional<
            z.ZodRecord<
              z.ZodString,
              z.ZodPipe<
                z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>,
                z.ZodTransform<string, string | number | boolean>
              >
            >
          >
          check: z.ZodOptional<
            z.ZodPipe<
              z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
              z.ZodTransform<string[], string | string[]>
            >
          >
          choose: z.ZodOptional<
            z.ZodPipe<
              z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
              z.ZodTransform<string[], string | string[]>
            >
          >
        },
        z.core.$strict
      >,
      z.ZodObject<
        {
          name: z.ZodString
          service: z.ZodOptional<
            z.ZodEnum<{
              shipstation: 'shipstation'
              stamps: 'stamps'
              usps: 'usps'
            }>
          >
          capture: z.ZodOptional<
            z.ZodRecord<
              z.ZodString,
              z.ZodPreprocess<
                z.ZodDiscriminatedUnion<
                  [
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'json'>
                        json: z.ZodString
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'header'>
                        header: z.ZodString
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'text'>
                        text: z.ZodString
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'url'>
                        url: z.ZodString
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'outbox'>
                        outbox: z.ZodObject<
                          {
                            service: z.ZodEnum<{
                              shipstation: 'shipstation'
                              stamps: 'stamps'
                              usps: 'usps'
                            }>
                            to: z.ZodOptional<z.ZodString>
                            channel: z.ZodOptional<
                              z.ZodEnum<{
                                email: 'email'
                                sms: 'sms'
                              }>
                            >
                            subject: z.ZodOptional<z.ZodString>
                            field: z.ZodDefault<
                              z.ZodEnum<{
                                text: 'text'
                                subject: 'subject'
                                code: 'code'
                                link: 'link'
                              }>
                            >
                          },
                          z.core.$strict
                        >
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                  ],
                  'source'
                >,
                unknown
              >
            >
          >
          expect: z.ZodOptional<
            z.ZodObject<
              {
                status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>>
                text: z.ZodOptional<
                  z.ZodPipe<
                    z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                    z.ZodTransform<string[], string | string[]>
                  >
                >
                notText: z.ZodOptional<
                  z.ZodPipe<
                    z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                    z.ZodTransform<string[], string | string[]>
                  >
                >
                json: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>
                redirectTo: z.ZodOptional<
                  z.ZodUnion<
                    readonly [
                      z.ZodString,
                      z.ZodObject<
                        {
                          regex: z.ZodString
                        },
                        z.core.$strict
                      >,
                    ]
                  >
                >
                url: z.ZodOptional<
                  z.ZodUnion<
                    readonly [
                      z.ZodString,
                      z.ZodObject<
                        {
                          regex: z.ZodString
                        },
                        z.core.$strict
                      >,
                    ]
                  >
                >
              },
              z.core.$strict
            >
          >
          kind: z.ZodLiteral<'request'>
          request: z.ZodString
          json: z.ZodOptional<z.ZodUnknown>
          form: z.ZodOptional<
            z.ZodRecord<
              z.ZodString,
              z.ZodPipe<
                z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>,
                z.ZodTransform<string, string | number | boolean>
              >
            >
          >
          headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>
          follow: z.ZodDefault<z.ZodBoolean>
        },
        z.core.$strict
      >,
      z.ZodObject<
        {
          name: z.ZodString
          capture: z.ZodOptional<
            z.ZodRecord<
              z.ZodString,
              z.ZodPreprocess<
                z.ZodDiscriminatedUnion<
                  [
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'json'>
                        json: z.ZodString
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'header'>
                        header: z.ZodString
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'text'>
                        text: z.ZodString
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'url'>
                        url: z.ZodString
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'outbox'>
                        outbox: z.ZodObject<
                          {
                            service: z.ZodEnum<{
                              shipstation: 'shipstation'
                              stamps: 'stamps'
                              usps: 'usps'
                            }>
                            to: z.ZodOptional<z.ZodString>
                            channel: z.ZodOptional<
                              z.ZodEnum<{
                                email: 'email'
                                sms: 'sms'
                              }>
                            >
                            subject: z.ZodOptional<z.ZodString>
                            field: z.ZodDefault<
                              z.ZodEnum<{
                                text: 'text'
                                subject: 'subject'
                                code: 'code'
                                link: 'link'
                              }>
                            >
                          },
                          z.core.$strict
                        >
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                  ],
                  'source'
                >,
                unknown
              >
            >
          >
          expect: z.ZodOptional<
            z.ZodObject<
              {
                status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>>
                text: z.ZodOptional<
                  z.ZodPipe<
                    z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                    z.ZodTransform<string[], string | string[]>
                  >
                >
                notText: z.ZodOptional<
                  z.ZodPipe<
                    z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                    z.ZodTransform<string[], string | string[]>
                  >
                >
                json: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>
                redirectTo: z.ZodOptional<
                  z.ZodUnion<
                    readonly [
                      z.ZodString,
                      z.ZodObject<
                        {
                          regex: z.ZodString
                        },
                        z.core.$strict
                      >,
                    ]
                  >
                >
                url: z.ZodOptional<
                  z.ZodUnion<
                    readonly [
                      z.ZodString,
                      z.ZodObject<
                        {
                          regex: z.ZodString
                        },
                        z.core.$strict
                      >,
                    ]
                  >
                >
              },
              z.core.$strict
            >
          >
          kind: z.ZodLiteral<'control'>
          control: z.ZodString
          service: z.ZodEnum<{
            shipstation: 'shipstation'
            stamps: 'stamps'
            usps: 'usps'
          }>
          json: z.ZodOptional<z.ZodUnknown>
        },
        z.core.$strict
      >,
      z.ZodObject<
        {
          name: z.ZodString
          service: z.ZodOptional<
            z.ZodEnum<{
              shipstation: 'shipstation'
              stamps: 'stamps'
              usps: 'usps'
            }>
          >
          capture: z.ZodOptional<
            z.ZodRecord<
              z.ZodString,
              z.ZodPreprocess<
                z.ZodDiscriminatedUnion<
                  [
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'json'>
                        json: z.ZodString
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'header'>
                        header: z.ZodString
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'text'>
                        text: z.ZodString
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'url'>
                        url: z.ZodString
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'outbox'>
                        outbox: z.ZodObject<
                          {
                            service: z.ZodEnum<{
                              shipstation: 'shipstation'
                              stamps: 'stamps'
                              usps: 'usps'
                            }>
                            to: z.ZodOptional<z.ZodString>
                            channel: z.ZodOptional<
                              z.ZodEnum<{
                                email: 'email'
                                sms: 'sms'
                              }>
                            >
                            subject: z.ZodOptional<z.ZodString>
                            field: z.ZodDefault<
                              z.ZodEnum<{
                                text: 'text'
                                subject: 'subject'
                                code: 'code'
                                link: 'link'
                              }>
                            >
                          },
                          z.core.$strict
                        >
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                  ],
                  'source'
                >,
                unknown
              >
            >
          >
          expect: z.ZodOptional<
            z.ZodObject<
              {
                status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>>
                text: z.ZodOptional<
                  z.ZodPipe<
                    z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                    z.ZodTransform<string[], string | string[]>
                  >
                >
                notText: z.ZodOptional<
                  z.ZodPipe<
                    z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                    z.ZodTransform<string[], string | string[]>
                  >
                >
                json: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>
                redirectTo: z.ZodOptional<
                  z.ZodUnion<
                    readonly [
                      z.ZodString,
                      z.ZodObject<
                        {
                          regex: z.ZodString
                        },
                        z.core.$strict
                      >,
                    ]
                  >
                >
                url: z.ZodOptional<
                  z.ZodUnion<
                    readonly [
                      z.ZodString,
                      z.ZodObject<
                        {
                          regex: z.ZodString
                        },
                        z.core.$strict
                      >,
                    ]
                  >
                >
              },
              z.core.$strict
            >
          >
          kind: z.ZodLiteral<'clock'>
          clock: z.ZodUnion<
            readonly [
              z.ZodObject<
                {
                  service: z.ZodUnion<
                    readonly [
                      z.ZodEnum<{
                        shipstation: 'shipstation'
                        stamps: 'stamps'
                        usps: 'usps'
                      }>,
                      z.ZodLiteral<'all'>,
                    ]
                  >
                  advance: z.ZodString
                },
                z.core.$strip
              >,
              z.ZodObject<
                {
                  service: z.ZodUnion<
                    readonly [
                      z.ZodEnum<{
                        shipstation: 'shipstation'
                        stamps: 'stamps'
                        usps: 'usps'
                      }>,
                      z.ZodLiteral<'all'>,
                    ]
                  >
                  set: z.ZodISODateTime
                },
                z.core.$strip
              >,
            ]
          >
        },
        z.core.$strict
      >,
      z.ZodObject<
        {
          name: z.ZodString
          service: z.ZodOptional<
            z.ZodEnum<{
              shipstation: 'shipstation'
              stamps: 'stamps'
              usps: 'usps'
            }>
          >
          capture: z.ZodOptional<
            z.ZodRecord<
              z.ZodString,
              z.ZodPreprocess<
                z.ZodDiscriminatedUnion<
                  [
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'json'>
                        json: z.ZodString
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'header'>
                        header: z.ZodString
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'text'>
                        text: z.ZodString
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'url'>
                        url: z.ZodString
                      },
                      z.core.$strict
                    >,
                    z.ZodObject<
                      {
                        source: z.ZodLiteral<'outbox'>
                        outbox: z.ZodObject<
                          {
                            service: z.ZodEnum<{
                              shipstation: 'shipstation'
                              stamps: 'stamps'
                              usps: 'usps'
                            }>
                            to: z.ZodOptional<z.ZodString>
                            channel: z.ZodOptional<
                              z.ZodEnum<{
                                email: 'email'
                                sms: 'sms'
                              }>
                            >
                            subject: z.ZodOptional<z.ZodString>
                            field: z.ZodDefault<
                              z.ZodEnum<{
                                text: 'text'
                                subject: 'subject'
                                code: 'code'
                                link: 'link'
                              }>
                            >
                          },
                          z.core.$strict
                        >
                        regex: z.ZodOptional<z.ZodString>
                      },
                      z.core.$strict
                    >,
                  ],
                  'source'
                >,
                unknown
              >
            >
          >
          expect: z.ZodOptional<
            z.ZodObject<
              {
                status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>>
                text: z.ZodOptional<
                  z.ZodPipe<
                    z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                    z.ZodTransform<string[], string | string[]>
                  >
                >
                notText: z.ZodOptional<
                  z.ZodPipe<
                    z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                    z.ZodTransform<string[], string | string[]>
                  >
                >
                json: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>
                redirectTo: z.ZodOptional<
                  z.ZodUnion<
                    readonly [
                      z.ZodString,
                      z.ZodObject<
                        {
                          regex: z.ZodString
                        },
                        z.core.$strict
                      >,
                    ]
                  >
                >
                url: z.ZodOptional<
                  z.ZodUnion<
                    readonly [
                      z.ZodString,
                      z.ZodObject<
                        {
                          regex: z.ZodString
                        },
                        z.core.$strict
                      >,
                    ]
                  >
                >
              },
              z.core.$strict
            >
          >
          kind: z.ZodLiteral<'clearCookies'>
          clearCookies: z.ZodUnion<
            readonly [
              z.ZodEnum<{
                shipstation: 'shipstation'
                stamps: 'stamps'
                usps: 'usps'
              }>,
              z.ZodLiteral<'all'>,
            ]
          >
        },
        z.core.$strict
      >,
      z.ZodObject<
        {
          name: z.ZodString
          service: z.ZodOptional<
            z.ZodEnum<{
              shipstation: 'shipstation'
              stamps: 'stamps'
              usps: 'usps'
            }>
          >
          expect: z.ZodOptional<
            z.ZodObject<
              {
                status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>>
                text: z.ZodOptional<
                  z.ZodPipe<
                    z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                    z.ZodTransform<string[], string | string[]>
                  >
                >
                notText: z.ZodOptional<
                  z.ZodPipe<
                    z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                    z.ZodTransform<string[], string | string[]>
                  >
                >
                json: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>
                redirectTo: z.ZodOptional<
                  z.ZodUnion<
                    readonly [
                      z.ZodString,
                      z.ZodObject<
                        {
                          regex: z.ZodString
                        },
                        z.core.$strict
                      >,
                    ]
                  >
                >
                url: z.ZodOptional<
                  z.ZodUnion<
                    readonly [
                      z.ZodString,
                      z.ZodObject<
                        {
                          regex: z.ZodString
                        },
                        z.core.$strict
                      >,
                    ]
                  >
                >
              },
              z.core.$strict
            >
          >
          kind: z.ZodLiteral<'capture'>
          capture: z.ZodRecord<
            z.ZodString,
            z.ZodPreprocess<
              z.ZodDiscriminatedUnion<
                [
                  z.ZodObject<
                    {
                      source: z.ZodLiteral<'json'>
                      json: z.ZodString
                      regex: z.ZodOptional<z.ZodString>
                    },
                    z.core.$strict
                  >,
                  z.ZodObject<
                    {
                      source: z.ZodLiteral<'header'>
                      header: z.ZodString
                      regex: z.ZodOptional<z.ZodString>
                    },
                    z.core.$strict
                  >,
                  z.ZodObject<
                    {
                      source: z.ZodLiteral<'text'>
                      text: z.ZodString
                    },
                    z.core.$strict
                  >,
                  z.ZodObject<
                    {
                      source: z.ZodLiteral<'url'>
                      url: z.ZodString
                    },
                    z.core.$strict
                  >,
                  z.ZodObject<
                    {
                      source: z.ZodLiteral<'outbox'>
                      outbox: z.ZodObject<
                        {
                          service: z.ZodEnum<{
                            shipstation: 'shipstation'
                            stamps: 'stamps'
                            usps: 'usps'
                          }>
                          to: z.ZodOptional<z.ZodString>
                          channel: z.ZodOptional<
                            z.ZodEnum<{
                              email: 'email'
                              sms: 'sms'
                            }>
                          >
                          subject: z.ZodOptional<z.ZodString>
                          field: z.ZodDefault<
                            z.ZodEnum<{
                              text: 'text'
                              subject: 'subject'
                              code: 'code'
                              link: 'link'
                            }>
                          >
                        },
                        z.core.$strict
                      >
                      regex: z.ZodOptional<z.ZodString>
                    },
                    z.core.$strict
                  >,
                ],
                'source'
              >,
              unknown
            >
          >
        },
        z.core.$strict
      >,
    ],
    'kind'
  >,
  unknown
>
type Step = z.infer<typeof Step>
declare const Scenario: z.ZodObject<
  {
    name: z.ZodString
    description: z.ZodOptional<z.ZodString>
    variables: z.ZodOptional<
      z.ZodRecord<
        z.ZodString,
        z.ZodPipe<
          z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>,
          z.ZodTransform<string, string | number | boolean>
        >
      >
    >
    steps: z.ZodArray<
      z.ZodPreprocess<
        z.ZodDiscriminatedUnion<
          [
            z.ZodObject<
              {
                name: z.ZodString
                service: z.ZodOptional<
                  z.ZodEnum<{
                    shipstation: 'shipstation'
                    stamps: 'stamps'
                    usps: 'usps'
                  }>
                >
                capture: z.ZodOptional<
                  z.ZodRecord<
                    z.ZodString,
                    z.ZodPreprocess<
                      z.ZodDiscriminatedUnion<
                        [
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'json'>
                              json: z.ZodString
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'header'>
                              header: z.ZodString
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'text'>
                              text: z.ZodString
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'url'>
                              url: z.ZodString
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'outbox'>
                              outbox: z.ZodObject<
                                {
                                  service: z.ZodEnum<{
                                    shipstation: 'shipstation'
                                    stamps: 'stamps'
                                    usps: 'usps'
                                  }>
                                  to: z.ZodOptional<z.ZodString>
                                  channel: z.ZodOptional<
                                    z.ZodEnum<{
                                      email: 'email'
                                      sms: 'sms'
                                    }>
                                  >
                                  subject: z.ZodOptional<z.ZodString>
                                  field: z.ZodDefault<
                                    z.ZodEnum<{
                                      text: 'text'
                                      subject: 'subject'
                                      code: 'code'
                                      link: 'link'
                                    }>
                                  >
                                },
                                z.core.$strict
                              >
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                        ],
                        'source'
                      >,
                      unknown
                    >
                  >
                >
                expect: z.ZodOptional<
                  z.ZodObject<
                    {
                      status: z.ZodOptional<
                        z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>
                      >
                      text: z.ZodOptional<
                        z.ZodPipe<
                          z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                          z.ZodTransform<string[], string | string[]>
                        >
                      >
                      notText: z.ZodOptional<
                        z.ZodPipe<
                          z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                          z.ZodTransform<string[], string | string[]>
                        >
                      >
                      json: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>
                      redirectTo: z.ZodOptional<
                        z.ZodUnion<
                          readonly [
                            z.ZodString,
                            z.ZodObject<
                              {
                                regex: z.ZodString
                              },
                              z.core.$strict
                            >,
                          ]
                        >
                      >
                      url: z.ZodOptional<
                        z.ZodUnion<
                          readonly [
                            z.ZodString,
                            z.ZodObject<
                              {
                                regex: z.ZodString
                              },
                              z.core.$strict
                            >,
                          ]
                        >
                      >
                    },
                    z.core.$strict
                  >
                >
                kind: z.ZodLiteral<'open'>
                open: z.ZodString
              },
              z.core.$strict
            >,
            z.ZodObject<
              {
                name: z.ZodString
                service: z.ZodOptional<
                  z.ZodEnum<{
                    shipstation: 'shipstation'
                    stamps: 'stamps'
                    usps: 'usps'
                  }>
                >
                capture: z.ZodOptional<
                  z.ZodRecord<
                    z.ZodString,
                    z.ZodPreprocess<
                      z.ZodDiscriminatedUnion<
                        [
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'json'>
                              json: z.ZodString
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'header'>
                              header: z.ZodString
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'text'>
                              text: z.ZodString
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'url'>
                              url: z.ZodString
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'outbox'>
                              outbox: z.ZodObject<
                                {
                                  service: z.ZodEnum<{
                                    shipstation: 'shipstation'
                                    stamps: 'stamps'
                                    usps: 'usps'
                                  }>
                                  to: z.ZodOptional<z.ZodString>
                                  channel: z.ZodOptional<
                                    z.ZodEnum<{
                                      email: 'email'
                                      sms: 'sms'
                                    }>
                                  >
                                  subject: z.ZodOptional<z.ZodString>
                                  field: z.ZodDefault<
                                    z.ZodEnum<{
                                      text: 'text'
                                      subject: 'subject'
                                      code: 'code'
                                      link: 'link'
                                    }>
                                  >
                                },
                                z.core.$strict
                              >
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                        ],
                        'source'
                      >,
                      unknown
                    >
                  >
                >
                expect: z.ZodOptional<
                  z.ZodObject<
                    {
                      status: z.ZodOptional<
                        z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>
                      >
                      text: z.ZodOptional<
                        z.ZodPipe<
                          z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                          z.ZodTransform<string[], string | string[]>
                        >
                      >
                      notText: z.ZodOptional<
                        z.ZodPipe<
                          z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                          z.ZodTransform<string[], string | string[]>
                        >
                      >
                      json: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>
                      redirectTo: z.ZodOptional<
                        z.ZodUnion<
                          readonly [
                            z.ZodString,
                            z.ZodObject<
                              {
                                regex: z.ZodString
                              },
                              z.core.$strict
                            >,
                          ]
                        >
                      >
                      url: z.ZodOptional<
                        z.ZodUnion<
                          readonly [
                            z.ZodString,
                            z.ZodObject<
                              {
                                regex: z.ZodString
                              },
                              z.core.$strict
                            >,
                          ]
                        >
                      >
                    },
                    z.core.$strict
                  >
                >
                kind: z.ZodLiteral<'click'>
                click: z.ZodString
              },
              z.core.$strict
            >,
            z.ZodObject<
              {
                name: z.ZodString
                service: z.ZodOptional<
                  z.ZodEnum<{
                    shipstation: 'shipstation'
                    stamps: 'stamps'
                    usps: 'usps'
                  }>
                >
                capture: z.ZodOptional<
                  z.ZodRecord<
                    z.ZodString,
                    z.ZodPreprocess<
                      z.ZodDiscriminatedUnion<
                        [
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'json'>
                              json: z.ZodString
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'header'>
                              header: z.ZodString
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'text'>
                              text: z.ZodString
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'url'>
                              url: z.ZodString
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'outbox'>
                              outbox: z.ZodObject<
                                {
                                  service: z.ZodEnum<{
                                    shipstation: 'shipstation'
                                    stamps: 'stamps'
                                    usps: 'usps'
                                  }>
                                  to: z.ZodOptional<z.ZodString>
                                  channel: z.ZodOptional<
                                    z.ZodEnum<{
                                      email: 'email'
                                      sms: 'sms'
                                    }>
                                  >
                                  subject: z.ZodOptional<z.ZodString>
                                  field: z.ZodDefault<
                                    z.ZodEnum<{
                                      text: 'text'
                                      subject: 'subject'
                                      code: 'code'
                                      link: 'link'
                                    }>
                                  >
                                },
                                z.core.$strict
                              >
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                        ],
                        'source'
                      >,
                      unknown
                    >
                  >
                >
                expect: z.ZodOptional<
                  z.ZodObject<
                    {
                      status: z.ZodOptional<
                        z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>
                      >
                      text: z.ZodOptional<
                        z.ZodPipe<
                          z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                          z.ZodTransform<string[], string | string[]>
                        >
                      >
                      notText: z.ZodOptional<
                        z.ZodPipe<
                          z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                          z.ZodTransform<string[], string | string[]>
                        >
                      >
                      json: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>
                      redirectTo: z.ZodOptional<
                        z.ZodUnion<
                          readonly [
                            z.ZodString,
                            z.ZodObject<
                              {
                                regex: z.ZodString
                              },
                              z.core.$strict
                            >,
                          ]
                        >
                      >
                      url: z.ZodOptional<
                        z.ZodUnion<
                          readonly [
                            z.ZodString,
                            z.ZodObject<
                              {
                                regex: z.ZodString
                              },
                              z.core.$strict
                            >,
                          ]
                        >
                      >
                    },
                    z.core.$strict
                  >
                >
                kind: z.ZodLiteral<'submit'>
                submit: z.ZodString
                fill: z.ZodOptional<
                  z.ZodRecord<
                    z.ZodString,
                    z.ZodPipe<
                      z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>,
                      z.ZodTransform<string, string | number | boolean>
                    >
                  >
                >
                check: z.ZodOptional<
                  z.ZodPipe<
                    z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                    z.ZodTransform<string[], string | string[]>
                  >
                >
                choose: z.ZodOptional<
                  z.ZodPipe<
                    z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                    z.ZodTransform<string[], string | string[]>
                  >
                >
              },
              z.core.$strict
            >,
            z.ZodObject<
              {
                name: z.ZodString
                service: z.ZodOptional<
                  z.ZodEnum<{
                    shipstation: 'shipstation'
                    stamps: 'stamps'
                    usps: 'usps'
                  }>
                >
                capture: z.ZodOptional<
                  z.ZodRecord<
                    z.ZodString,
                    z.ZodPreprocess<
                      z.ZodDiscriminatedUnion<
                        [
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'json'>
                              json: z.ZodString
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'header'>
                              header: z.ZodString
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'text'>
                              text: z.ZodString
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'url'>
                              url: z.ZodString
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'outbox'>
                              outbox: z.ZodObject<
                                {
                                  service: z.ZodEnum<{
                                    shipstation: 'shipstation'
                                    stamps: 'stamps'
                                    usps: 'usps'
                                  }>
                                  to: z.ZodOptional<z.ZodString>
                                  channel: z.ZodOptional<
                                    z.ZodEnum<{
                                      email: 'email'
                                      sms: 'sms'
                                    }>
                                  >
                                  subject: z.ZodOptional<z.ZodString>
                                  field: z.ZodDefault<
                                    z.ZodEnum<{
                                      text: 'text'
                                      subject: 'subject'
                                      code: 'code'
                                      link: 'link'
                                    }>
                                  >
                                },
                                z.core.$strict
                              >
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                        ],
                        'source'
                      >,
                      unknown
                    >
                  >
                >
                expect: z.ZodOptional<
                  z.ZodObject<
                    {
                      status: z.ZodOptional<
                        z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>
                      >
                      text: z.ZodOptional<
                        z.ZodPipe<
                          z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                          z.ZodTransform<string[], string | string[]>
                        >
                      >
                      notText: z.ZodOptional<
                        z.ZodPipe<
                          z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                          z.ZodTransform<string[], string | string[]>
                        >
                      >
                      json: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>
                      redirectTo: z.ZodOptional<
                        z.ZodUnion<
                          readonly [
                            z.ZodString,
                            z.ZodObject<
                              {
                                regex: z.ZodString
                              },
                              z.core.$strict
                            >,
                          ]
                        >
                      >
                      url: z.ZodOptional<
                        z.ZodUnion<
                          readonly [
                            z.ZodString,
                            z.ZodObject<
                              {
                                regex: z.ZodString
                              },
                              z.core.$strict
                            >,
                          ]
                        >
                      >
                    },
                    z.core.$strict
                  >
                >
                kind: z.ZodLiteral<'request'>
                request: z.ZodString
                json: z.ZodOptional<z.ZodUnknown>
                form: z.ZodOptional<
                  z.ZodRecord<
                    z.ZodString,
                    z.ZodPipe<
                      z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>,
                      z.ZodTransform<string, string | number | boolean>
                    >
                  >
                >
                headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>
                follow: z.ZodDefault<z.ZodBoolean>
              },
              z.core.$strict
            >,
            z.ZodObject<
              {
                name: z.ZodString
                capture: z.ZodOptional<
                  z.ZodRecord<
                    z.ZodString,
                    z.ZodPreprocess<
                      z.ZodDiscriminatedUnion<
                        [
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'json'>
                              json: z.ZodString
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'header'>
                              header: z.ZodString
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'text'>
                              text: z.ZodString
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'url'>
                              url: z.ZodString
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'outbox'>
                              outbox: z.ZodObject<
                                {
                                  service: z.ZodEnum<{
                                    shipstation: 'shipstation'
                                    stamps: 'stamps'
                                    usps: 'usps'
                                  }>
                                  to: z.ZodOptional<z.ZodString>
                                  channel: z.ZodOptional<
                                    z.ZodEnum<{
                                      email: 'email'
                                      sms: 'sms'
                                    }>
                                  >
                                  subject: z.ZodOptional<z.ZodString>
                                  field: z.ZodDefault<
                                    z.ZodEnum<{
                                      text: 'text'
                                      subject: 'subject'
                                      code: 'code'
                                      link: 'link'
                                    }>
                                  >
                                },
                                z.core.$strict
                              >
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                        ],
                        'source'
                      >,
                      unknown
                    >
                  >
                >
                expect: z.ZodOptional<
                  z.ZodObject<
                    {
                      status: z.ZodOptional<
                        z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>
                      >
                      text: z.ZodOptional<
                        z.ZodPipe<
                          z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                          z.ZodTransform<string[], string | string[]>
                        >
                      >
                      notText: z.ZodOptional<
                        z.ZodPipe<
                          z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                          z.ZodTransform<string[], string | string[]>
                        >
                      >
                      json: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>
                      redirectTo: z.ZodOptional<
                        z.ZodUnion<
                          readonly [
                            z.ZodString,
                            z.ZodObject<
                              {
                                regex: z.ZodString
                              },
                              z.core.$strict
                            >,
                          ]
                        >
                      >
                      url: z.ZodOptional<
                        z.ZodUnion<
                          readonly [
                            z.ZodString,
                            z.ZodObject<
                              {
                                regex: z.ZodString
                              },
                              z.core.$strict
                            >,
                          ]
                        >
                      >
                    },
                    z.core.$strict
                  >
                >
                kind: z.ZodLiteral<'control'>
                control: z.ZodString
                service: z.ZodEnum<{
                  shipstation: 'shipstation'
                  stamps: 'stamps'
                  usps: 'usps'
                }>
                json: z.ZodOptional<z.ZodUnknown>
              },
              z.core.$strict
            >,
            z.ZodObject<
              {
                name: z.ZodString
                service: z.ZodOptional<
                  z.ZodEnum<{
                    shipstation: 'shipstation'
                    stamps: 'stamps'
                    usps: 'usps'
                  }>
                >
                capture: z.ZodOptional<
                  z.ZodRecord<
                    z.ZodString,
                    z.ZodPreprocess<
                      z.ZodDiscriminatedUnion<
                        [
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'json'>
                              json: z.ZodString
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'header'>
                              header: z.ZodString
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'text'>
                              text: z.ZodString
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'url'>
                              url: z.ZodString
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'outbox'>
                              outbox: z.ZodObject<
                                {
                                  service: z.ZodEnum<{
                                    shipstation: 'shipstation'
                                    stamps: 'stamps'
                                    usps: 'usps'
                                  }>
                                  to: z.ZodOptional<z.ZodString>
                                  channel: z.ZodOptional<
                                    z.ZodEnum<{
                                      email: 'email'
                                      sms: 'sms'
                                    }>
                                  >
                                  subject: z.ZodOptional<z.ZodString>
                                  field: z.ZodDefault<
                                    z.ZodEnum<{
                                      text: 'text'
                                      subject: 'subject'
                                      code: 'code'
                                      link: 'link'
                                    }>
                                  >
                                },
                                z.core.$strict
                              >
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                        ],
                        'source'
                      >,
                      unknown
                    >
                  >
                >
                expect: z.ZodOptional<
                  z.ZodObject<
                    {
                      status: z.ZodOptional<
                        z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>
                      >
                      text: z.ZodOptional<
                        z.ZodPipe<
                          z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                          z.ZodTransform<string[], string | string[]>
                        >
                      >
                      notText: z.ZodOptional<
                        z.ZodPipe<
                          z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                          z.ZodTransform<string[], string | string[]>
                        >
                      >
                      json: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>
                      redirectTo: z.ZodOptional<
                        z.ZodUnion<
                          readonly [
                            z.ZodString,
                            z.ZodObject<
                              {
                                regex: z.ZodString
                              },
                              z.core.$strict
                            >,
                          ]
                        >
                      >
                      url: z.ZodOptional<
                        z.ZodUnion<
                          readonly [
                            z.ZodString,
                            z.ZodObject<
                              {
                                regex: z.ZodString
                              },
                              z.core.$strict
                            >,
                          ]
                        >
                      >
                    },
                    z.core.$strict
                  >
                >
                kind: z.ZodLiteral<'clock'>
                clock: z.ZodUnion<
                  readonly [
                    z.ZodObject<
                      {
                        service: z.ZodUnion<
                          readonly [
                            z.ZodEnum<{
                              shipstation: 'shipstation'
                              stamps: 'stamps'
                              usps: 'usps'
                            }>,
                            z.ZodLiteral<'all'>,
                          ]
                        >
                        advance: z.ZodString
                      },
                      z.core.$strip
                    >,
                    z.ZodObject<
                      {
                        service: z.ZodUnion<
                          readonly [
                            z.ZodEnum<{
                              shipstation: 'shipstation'
                              stamps: 'stamps'
                              usps: 'usps'
                            }>,
                            z.ZodLiteral<'all'>,
                          ]
                        >
                        set: z.ZodISODateTime
                      },
                      z.core.$strip
                    >,
                  ]
                >
              },
              z.core.$strict
            >,
            z.ZodObject<
              {
                name: z.ZodString
                service: z.ZodOptional<
                  z.ZodEnum<{
                    shipstation: 'shipstation'
                    stamps: 'stamps'
                    usps: 'usps'
                  }>
                >
                capture: z.ZodOptional<
                  z.ZodRecord<
                    z.ZodString,
                    z.ZodPreprocess<
                      z.ZodDiscriminatedUnion<
                        [
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'json'>
                              json: z.ZodString
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'header'>
                              header: z.ZodString
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'text'>
                              text: z.ZodString
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'url'>
                              url: z.ZodString
                            },
                            z.core.$strict
                          >,
                          z.ZodObject<
                            {
                              source: z.ZodLiteral<'outbox'>
                              outbox: z.ZodObject<
                                {
                                  service: z.ZodEnum<{
                                    shipstation: 'shipstation'
                                    stamps: 'stamps'
                                    usps: 'usps'
                                  }>
                                  to: z.ZodOptional<z.ZodString>
                                  channel: z.ZodOptional<
                                    z.ZodEnum<{
                                      email: 'email'
                                      sms: 'sms'
                                    }>
                                  >
                                  subject: z.ZodOptional<z.ZodString>
                                  field: z.ZodDefault<
                                    z.ZodEnum<{
                                      text: 'text'
                                      subject: 'subject'
                                      code: 'code'
                                      link: 'link'
                                    }>
                                  >
                                },
                                z.core.$strict
                              >
                              regex: z.ZodOptional<z.ZodString>
                            },
                            z.core.$strict
                          >,
                        ],
                        'source'
                      >,
                      unknown
                    >
                  >
                >
                expect: z.ZodOptional<
                  z.ZodObject<
                    {
                      status: z.ZodOptional<
                        z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>
                      >
                      text: z.ZodOptional<
                        z.ZodPipe<
                          z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                          z.ZodTransform<string[], string | string[]>
                        >
                      >
                      notText: z.ZodOptional<
                        z.ZodPipe<
                          z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                          z.ZodTransform<string[], string | string[]>
                        >
                      >
                      json: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>
                      redirectTo: z.ZodOptional<
                        z.ZodUnion<
                          readonly [
                            z.ZodString,
                            z.ZodObject<
                              {
                                regex: z.ZodString
                              },
                              z.core.$strict
                            >,
                          ]
                        >
                      >
                      url: z.ZodOptional<
                        z.ZodUnion<
                          readonly [
                            z.ZodString,
                            z.ZodObject<
                              {
                                regex: z.ZodString
                              },
                              z.core.$strict
                            >,
                          ]
                        >
                      >
                    },
                    z.core.$strict
                  >
                >
                kind: z.ZodLiteral<'clearCookies'>
                clearCookies: z.ZodUnion<
                  readonly [
                    z.ZodEnum<{
                      shipstation: 'shipstation'
                      stamps: 'stamps'
                      usps: 'usps'
                    }>,
                    z.ZodLiteral<'all'>,
                  ]
                >
              },
              z.core.$strict
            >,
            z.ZodObject<
              {
                name: z.ZodString
                service: z.ZodOptional<
                  z.ZodEnum<{
                    shipstation: 'shipstation'
                    stamps: 'stamps'
                    usps: 'usps'
                  }>
                >
                expect: z.ZodOptional<
                  z.ZodObject<
                    {
                      status: z.ZodOptional<
                        z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>
                      >
                      text: z.ZodOptional<
                        z.ZodPipe<
                          z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                          z.ZodTransform<string[], string | string[]>
                        >
                      >
                      notText: z.ZodOptional<
                        z.ZodPipe<
                          z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>,
                          z.ZodTransform<string[], string | string[]>
                        >
                      >
                      json: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>
                      redirectTo: z.ZodOptional<
                        z.ZodUnion<
                          readonly [
                            z.ZodString,
                            z.ZodObject<
                              {
                                regex: z.ZodString
                              },
                              z.core.$strict
                            >,
                          ]
                        >
                      >
                      url: z.ZodOptional<
                        z.ZodUnion<
                          readonly [
                            z.ZodString,
                            z.ZodObject<
                              {
                                regex: z.ZodString
                              },
                              z.core.$strict
                            >,
                          ]
                        >
                      >
                    },
                    z.core.$strict
                  >
                >
                kind: z.ZodLiteral<'capture'>
                capture: z.ZodRecord<
                  z.ZodString,
                  z.ZodPreprocess<
                    z.ZodDiscriminatedUnion<
                      [
                        z.ZodObject<
                          {
                            source: z.ZodLiteral<'json'>
                            json: z.ZodString
                            regex: z.ZodOptional<z.ZodString>
                          },
                          z.core.$strict
                        >,
                        z.ZodObject<
                          {
                            source: z.ZodLiteral<'header'>
                            header: z.ZodString
                            regex: z.ZodOptional<z.ZodString>
                          },
                          z.core.$strict
                        >,
                        z.ZodObject<
                          {
                            source: z.ZodLiteral<'text'>
                            text: z.ZodString
                          },
                          z.core.$strict
                        >,
                        z.ZodObject<
                          {
                            source: z.ZodLiteral<'url'>
                            url: z.ZodString
                          },
                          z.core.$strict
                        >,
                        z.ZodObject<
                          {
                            source: z.ZodLiteral<'outbox'>
                            outbox: z.ZodObject<
                              {
                                service: z.ZodEnum<{
                                  shipstation: 'shipstation'
                                  stamps: 'stamps'
                                  usps: 'usps'
                                }>
                                to: z.ZodOptional<z.ZodString>
                                channel: z.ZodOptional<
                                  z.ZodEnum<{
                                    email: 'email'
                                    sms: 'sms'
                                  }>
                                >
                                subject: z.ZodOptional<z.ZodString>
                                field: z.ZodDefault<
                                  z.ZodEnum<{
                                    text: 'text'
                                    subject: 'subject'
                                    code: 'code'
                                    link: 'link'
                                  }>
                                >
                              },
                              z.core.$strict
                            >
                            regex: z.ZodOptional<z.ZodString>
                          },
                          z.core.$strict
                        >,
                      ],
                      'source'
                    >,
                    unknown
                  >
                >
              },
              z.core.$strict
            >,
          ],
          'kind'
        >,
        unknown
      >
    >
  },
  z.core.$strict
>
type Scenario = z.infer<typeof Scenario>

/**
 * Parses scenario YAML text and validates it. Every problem names the path of the bad field, e.g.
 * `steps.3.expect.status (step "Verify the email"): Invalid input: expected number`.
 *
 * @example
 * const scenario = parseScenario(text, 'happy-path.yaml')
 */
declare function parseScenario(text: string, file?: string): Scenario
/** Reads and validates one scenario file. */
declare function loadScenario(file: string): Promise<Scenario>
/** The file itself, or every .yaml/.yml file directly inside a directory, sorted by name. */
declare function scenarioFiles(fileOrDir: string): Promise<string[]>

/** Where a scenario runs: the services' base URLs, how to reach them, and the tenant to use. */
interface ScenarioTarget {
  urls: Record<ServiceName$1, string>
  fetch: FetchLike
  /** Sent as X-Sandbox-Tenant on every request, so runs against shared servers never collide. */
  tenant?: string
}
interface SendOptions {
  method: string
  url: string
  headers?: Record<string, string>
  body?: string | URLSearchParams
  follow: boolean
}
/** One step's request and the answer it ended with (after any redirects it followed). */
interface Exchange {
  method: string
  url: string
  status: number
  headers: Headers
  body: string
  /** Absolute Location of every redirect seen, in order. */
  redirects: string[]
}
/** A scripted browser and API client with one cookie jar for the whole run. */
declare class ScenarioClient {
  #private
  readonly target: ScenarioTarget
  readonly jar: CookieJar
  /** The page the browser is on: where the last open, click or submit ended. */
  page?: Exchange
  constructor(target: ScenarioTarget)
  /** `/path` on a service, or an absolute URL as it is. */
  resolve(pathOrUrl: string, service?: ServiceName$1): string
  send(options: SendOptions): Promise<Exchange>
}

interface StepResult {
  name: string
  ok: boolean
  ms: number
  /** What differed, for a failed step. */
  message?: string
}
interface ScenarioResult {
  name: string
  steps: StepResult[]
  /** Names of the steps not run because an earlier one failed. */
  skipped: string[]
  variables: Record<string, string>
  /** The browser of the run, with its cookies and current page. */
  client: ScenarioClient
}
interface RunScenarioOptions {
  /** Called as each step finishes, so a CLI can print progress. */
  onStep?: (result: StepResult) => void
  /** The `${run}` variable; random by default so e-mail addresses never collide. */
  runId?: string
  /**
   * Continue another run: its client (cookies and current page) and its variables. Lets a test
   * stop half-way, restart the services, and go on as the same browser.
   */
  resume?: Pick<ScenarioResult, 'client' | 'variables'>
}
/**
 * Runs a scenario's steps in order with one cookie jar, stopping at the first failure (later
 * steps build on earlier ones). Built-in variables: run, tenant, shipstationUrl, stampsUrl, uspsUrl.
 *
 * @example
 * const result = await runScenario(scenario, { urls: sandbox.urls, fetch: sandbox.fetch })
 */
declare function runScenario(
  scenario: Scenario,
  target: ScenarioTarget,
  options?: RunScenarioOptions,
): Promise<ScenarioResult>

/** `✓ Open the registration page (12 ms)` or `✗ Register: status 400, expected below 400 (...)`. */
declare function formatStep(result: StepResult): string
/** `- Verify the email (not run)` for the steps after a failure. */
declare function formatSkipped(name: string): string
/** The last line of a run, alone on its line: `12 passed, 0 failed`. */
declare function formatSummary(passed: number, failed: number): string

/** The three service apps as their packages build them. */
interface ServiceApps {
  shipstation: ReturnType<typeof createApp>
  stamps: ReturnType<typeof createApp$1>
  usps: ReturnType<typeof createApp$2>
}
/** Builds one service's app from the options every service takes. */
declare function createServiceApp<N extends ServiceName$1>(
  name: N,
  options: ServiceOptions,
): ServiceApps[N]

/** Base URLs of the in-process sandbox; nothing listens there, `fetch` routes by origin. */
declare const IN_PROCESS_URLS: Readonly<Record<ServiceName$1, string>>
interface InProcessSandboxOptions {
  /** Real time the tenant clocks are offset from; tests pass a fixed function. */
  realTime?: RealTime
  /** Source of generated numbers; a seeded one makes codes and EPS numbers repeatable. */
  random?: RandomSource
  /** Stores to use instead of fresh memory stores (e.g. SQLite files to test a restart). */
  stores?: Partial<Record<ServiceName$1, Store>>
}
interface InProcessSandbox {
  apps: ServiceApps
  peers: PeerDirectory
  urls: Readonly<Record<ServiceName$1, string>>
  stores: Record<ServiceName$1, Store>
  /** Fetch for any absolute URL of the three services; another origin rejects with a clear error. */
  fetch: FetchLike
  close(): Promise<void>
}
/**
 * The three services wired to each other without sockets: each peer's fetch calls the other app's
 * `fetch` directly, so tests, msw and `partner-sandbox run` exercise the same code as real ports.
 *
 * @example
 * const sandbox = createInProcessSandbox()
 * const res = await sandbox.fetch('http://usps.sandbox.test/__sandbox/health')
 */
declare function createInProcessSandbox(options?: InProcessSandboxOptions): InProcessSandbox
interface HttpSandboxOptions {
  /** Only these services (default all three); the others are expected at their public URLs. */
  only?: readonly ServiceName$1[]
  random?: RandomSource
}
interface HttpSandbox {
  services: Partial<Record<ServiceName$1, RunningService>>
  urls: Record<ServiceName$1, string>
  close(): Promise<void>
}
/**
 * Serves the services on their configured ports with their configured stores (what `npm start`
 * does), each through shared `runService`. If one cannot start, the ones already started close.
 *
 * @example
 * const sandbox = await startHttpSandbox(parseSandboxConfig(process.env))
 * closeOnSignal([sandbox])
 */
declare function startHttpSandbox(
  config: SandboxConfig,
  options?: HttpSandboxOptions,
): Promise<HttpSandbox>

/**
 * msw 2 request handlers that answer each service's base URL from the in-process sandbox, so code
 * under test can call the fakes with its ordinary fetch and no ports.
 *
 * @example
 * const sandbox = createInProcessSandbox()
 * const server = setupServer(...sandboxHandlers(sandbox))
 * server.listen({ onUnhandledRequest: 'error' })
 */
declare function sandboxHandlers(sandbox: Pick<InProcessSandbox, 'apps' | 'urls'>): RequestHandler[]

export {
  Capture,
  createInProcessSandbox,
  createServiceApp,
  type Exchange,
  Expectation,
  formatSkipped,
  formatStep,
  formatSummary,
  type HttpSandbox,
  type HttpSandboxOptions,
  IN_PROCESS_URLS,
  type InProcessSandbox,
  type InProcessSandboxOptions,
  loadScenario,
  parseScenario,
  type RunCommandOptions,
  type RunScenarioOptions,
  runCommand,
  runScenario,
  Scenario,
  ScenarioClient,
  type ScenarioErrorCode,
  ScenarioFileError,
  type ScenarioResult,
  type ScenarioTarget,
  type ServiceApps,
  ServiceName,
  type StartCommandOptions,
  Step,
  StepFailedError,
  type StepResult,
  sandboxHandlers,
  scenarioFiles,
  startCommand,
  startHttpSandbox,
  UnknownOriginError,
}
