import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CredentialsService } from './credentials.service';
import { Integration } from './integration.entity';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Integration])],
  providers: [CredentialsService],
  exports: [CredentialsService],
})
export class CredentialsModule {}
