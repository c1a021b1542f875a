import type { Kysely } from 'kysely'

// Column types are the portable subset: text, integer, and double precision (REAL in SQLite, float8 in PostgreSQL;
// PostgreSQL's `real` is 4 bytes and would turn 53.98 into 53.9799995). Booleans are 0/1 integers, JSON is text.

/** Creates the catalog tables: bags, items, kits and kit_items. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('bags')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('brand', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('size_name', 'text')
    .addColumn('width_mm', 'double precision')
    .addColumn('height_mm', 'double precision')
    .addColumn('depth_mm', 'double precision')
    .addColumn('interior_width_mm', 'double precision')
    .addColumn('interior_height_mm', 'double precision')
    .addColumn('interior_depth_mm', 'double precision')
    .addColumn('dims_status', 'text', (c) => c.notNull())
    .addColumn('shape', 'text')
    .addColumn('closure', 'text')
    .addColumn('material', 'text')
    .addColumn('strap', 'text')
    .addColumn('price_amount', 'double precision')
    .addColumn('price_amount_max', 'double precision')
    .addColumn('price_currency', 'text')
    .addColumn('price_year', 'integer')
    .addColumn('year_introduced', 'integer')
    .addColumn('is_reference_only', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('handle_drop_mm', 'double precision')
    .addColumn('strap_length_mm', 'double precision')
    .addColumn('strap_drop_mm', 'double precision')
    .addColumn('sources', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute()

  await db.schema
    .createTable('items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('width_mm', 'double precision')
    .addColumn('height_mm', 'double precision')
    .addColumn('depth_mm', 'double precision')
    .addColumn('dims_status', 'text', (c) => c.notNull())
    .addColumn('shape', 'text', (c) => c.notNull())
    .addColumn('weight_g', 'double precision')
    .addColumn('is_rigid', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sources', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute()

  await db.schema
    .createTable('kits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute()

  // A kit's lines go with the kit; an item still used by a kit cannot be deleted.
  await db.schema
    .createTable('kit_items')
    .addColumn('kit_id', 'text', (c) => c.notNull().references('kits.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('restrict'))
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('kit_items_pk', ['kit_id', 'item_id'])
    .execute()
  await db.schema.createIndex('kit_items_item_id_idx').on('kit_items').column('item_id').execute()
}

/** Drops the catalog tables, children first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('kit_items').execute()
  await db.schema.dropTable('kits').execute()
  await db.schema.dropTable('items').execute()
  await db.schema.dropTable('bags').execute()
}
