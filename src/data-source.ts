import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { databaseConfig } from 'src/config';
import { ENTITIES } from 'src/entities';
import { buildDataSourceOptions } from 'src/platform/database/data-source-options';

/** The TypeORM CLI's data source (`npm run migration:generate|run|revert`): the same options as the app. */
export default buildDataSourceOptions(databaseConfig(), ENTITIES).then((options) => new DataSource(options));
