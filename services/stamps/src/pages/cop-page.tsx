import { Page } from '@partner-sandbox/shared'
import type { Child, FC, PropsWithChildren } from 'hono/jsx'
import type { CopFrame } from '../lib/page-frame'
import { CopNav } from './cop-nav'

export interface CopPageProps {
  title: string
  frame: CopFrame
  banners?: Child
}

/** Stamps.com's page shell: the shared layout with the COP header. */
export const CopPage: FC<PropsWithChildren<CopPageProps>> = ({
  title,
  frame,
  banners,
  children,
}) => (
  <Page service="stamps" title={title} nav={<CopNav frame={frame} />} banners={banners}>
    {children}
  </Page>
)
