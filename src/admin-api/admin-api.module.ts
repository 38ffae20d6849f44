import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Branch } from 'src/mcp-servers/directory/entities/branch.entity';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { PhoneNumber } from 'src/mcp-servers/directory/entities/phone-number.entity';
import { BranchesController } from './branches/branches.controller';
import { BranchesService } from './branches/branches.service';
import { CompaniesController } from './companies/companies.controller';
import { CompaniesService } from './companies/companies.service';
import { PhoneNumbersController } from './phone-numbers/phone-numbers.controller';
import { PhoneNumbersService } from './phone-numbers/phone-numbers.service';

@Module({
  imports: [TypeOrmModule.forFeature([Company, Branch, PhoneNumber])],
  controllers: [CompaniesController, BranchesController, PhoneNumbersController],
  providers: [CompaniesService, BranchesService, PhoneNumbersService],
})
export class AdminApiModule {}
