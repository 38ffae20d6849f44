import { CompanyResourceController } from '../common/company-resource.controller';
import { ServiceDto, ServicePageDto, CreateServiceDto, UpdateServiceDto } from './service.dto';
import { ServicesService } from './services.service';

export class ServicesController extends CompanyResourceController({
  name: 'ServicesController',
  path: 'services',
  tag: 'services',
  noun: 'service',
  idParam: 'serviceId',
  service: ServicesService,
  dto: ServiceDto,
  pageDto: ServicePageDto,
  createDto: CreateServiceDto,
  updateDto: UpdateServiceDto,
}) {}
