import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { missingPackageMessage, OPTIONAL_PACKAGES } from '../../src/cli/optional-packages.js'
import { ROOT } from '../support/cli.js'

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
  peerDependencies: Record<string, string>
  peerDependenciesMeta: Record<string, { optional?: boolean }>
}

describe('OPTIONAL_PACKAGES', () => {
  test("names exactly package.json's peer dependencies, each optional and installed for development", () => {
    const named = Object.values(OPTIONAL_PACKAGES).flatMap((g) => g.packages)
    expect([...named].sort()).toEqual(Object.keys(pkg.peerDependencies).sort())
    for (const name of named) {
      expect(pkg.peerDependenciesMeta[name], name).toEqual({ optional: true })
      expect(pkg.devDependencies[name], name).toBe(pkg.peerDependencies[name])
      expect(pkg.dependencies[name], name).toBeUndefined()
    }
  })
})

describe('missingPackageMessage', () => {
  /** The error Node raises when an import names a package that is not installed. */
  function notFound(name: string): Error {
    return Object.assign(new Error(`Cannot find package '${name}' imported from /app/dist/api/app.js`), {
      code: 'ERR_MODULE_NOT_FOUND',
    })
  }

  test('names the package and the install line for its whole group, with the ranges package.json gives', () => {
    expect(missingPackageMessage(notFound('bullmq'))).toBe(
      `the Redis queue needs the package "bullmq", which is not installed (a plain install of micropurse leaves it out). Install it with: npm install "bullmq@${pkg.peerDependencies.bullmq}" "ioredis@${pkg.peerDependencies.ioredis}"`,
    )
  })

  test('leaves other errors alone', () => {
    expect(missingPackageMessage(notFound('left-pad'))).toBeNull()
    expect(missingPackageMessage(new Error("Cannot find package 'pg'"))).toBeNull()
    expect(missingPackageMessage('pg')).toBeNull()
  })
})
