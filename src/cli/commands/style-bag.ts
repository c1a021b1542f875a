// Moved to src/services so the HTTP API shares it; kept here so the CLI's imports stay as they are.
export {
  CAPACITY_KIT_ID,
  bagSpecFromCatalog,
  essentialsCapacity,
  styleBagFromCatalog,
} from '../../services/style-bag.js'
