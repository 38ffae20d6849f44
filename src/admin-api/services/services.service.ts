import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Service } from 'src/mcp-servers/directory/entities/service.entity';
import { DirectoryCacheInvalidator } from 'src/mcp-servers/directory/directory-cache';
import { AuditService } from 'src/platform/audit/audit.service';
import { CompanyResourceService } from '../common/company-resource.service';
import { ServiceDto } from './service.dto';

@Injectable()
export class ServicesService extends CompanyResourceService<Service, ServiceDto> {
  constructor(@InjectDataSource() dataSource: DataSource, audit: AuditService, directory: DirectoryCacheInvalidator) {
    super(dataSource, audit, directory, {
      entity: Service,
      name: 'Service',
      targetType: 'service',
      order: { name: 'ASC', id: 'ASC' },
      toDto: ServiceDto.from,
    });
  }
}
