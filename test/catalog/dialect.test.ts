import { describe, expect, test } from 'vitest'
import { describeTarget, resolveDatabaseTarget } from '../../src/catalog/index.js'

describe('resolveDatabaseTarget', () => {
  test('--db wins over DATABASE_URL, which wins over ./micropurse.sqlite', () => {
    const env = { DATABASE_URL: 'postgres://u@h:5432/db' }
    expect(resolveDatabaseTarget('sqlite:a.db', env, '/work')).toEqual({ kind: 'sqlite', path: '/work/a.db' })
    expect(resolveDatabaseTarget(undefined, env, '/work')).toEqual({
      kind: 'postgres',
      url: 'postgres://u@h:5432/db',
    })
    expect(resolveDatabaseTarget(undefined, {}, '/work')).toEqual({
      kind: 'sqlite',
      path: '/work/micropurse.sqlite',
    })
  })

  test('reads sqlite:PATH, sqlite:///ABSOLUTE, sqlite::memory: and postgresql://', () => {
    expect(resolveDatabaseTarget('sqlite:///var/x.db', {}, '/work')).toEqual({
      kind: 'sqlite',
      path: '/var/x.db',
    })
    expect(resolveDatabaseTarget('sqlite::memory:', {}, '/work')).toEqual({
      kind: 'sqlite',
      path: ':memory:',
    })
    expect(resolveDatabaseTarget('postgresql://h/db', {}, '/work')).toMatchObject({ kind: 'postgres' })
  })

  test('refuses other URLs, saying where the URL came from and what is expected', () => {
    expect(() => resolveDatabaseTarget('mysql://h/db', {}, '/work')).toThrow(
      /"mysql:\/\/h\/db" from --db .*expected postgres:\/\//,
    )
    expect(() => resolveDatabaseTarget(undefined, { DATABASE_URL: 'x.db' }, '/work')).toThrow(
      /from DATABASE_URL/,
    )
    expect(() => resolveDatabaseTarget('sqlite:', {}, '/work')).toThrow(/names no file/)
  })
})

describe('describeTarget', () => {
  test('hides a PostgreSQL password', () => {
    expect(describeTarget({ kind: 'postgres', url: 'postgres://me:secret@db:5432/cat' })).toBe(
      'postgres://me:***@db:5432/cat',
    )
  })
})
