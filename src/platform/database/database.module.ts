import { DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { databaseConfig, type DatabaseConfig } from 'src/config';
import { buildDataSourceOptions, runMigrationsLocked } from './data-source-options';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityList = Function[];

@Module({})
export class DatabaseModule {
  /** The entities come from the composition root (src/entities.ts): the platform knows no domain. */
  static forRoot(entities: EntityList): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [databaseConfig.KEY],
          useFactory: (config: DatabaseConfig) => buildDataSourceOptions(config, entities),
          dataSourceFactory: async (options) => {
            const logger = new Logger('Database');
            const dataSource = await new DataSource(options!).initialize();
            const ran = await runMigrationsLocked(dataSource);
            logger.log(ran.length ? `Applied migrations: ${ran.join(', ')}` : 'Schema is up to date');
            return dataSource;
          },
        }),
      ],
    };
  }
}
