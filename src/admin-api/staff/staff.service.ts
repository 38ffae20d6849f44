import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Staff } from 'src/mcp-servers/directory/entities/staff.entity';
import { DirectoryCacheInvalidator } from 'src/mcp-servers/directory/directory-cache';
import { AuditService } from 'src/platform/audit/audit.service';
import { CompanyResourceService } from '../common/company-resource.service';
import { StaffDto } from './staff.dto';

@Injectable()
export class StaffService extends CompanyResourceService<Staff, StaffDto> {
  constructor(@InjectDataSource() dataSource: DataSource, audit: AuditService, directory: DirectoryCacheInvalidator) {
    super(dataSource, audit, directory, {
      entity: Staff,
      name: 'Staff member',
      targetType: 'staff',
      order: { name: 'ASC', id: 'ASC' },
      toDto: StaffDto.from,
    });
  }
}
