import { CompanyResourceController } from '../common/company-resource.controller';
import { StaffDto, StaffPageDto, CreateStaffDto, UpdateStaffDto } from './staff.dto';
import { StaffService } from './staff.service';

export class StaffController extends CompanyResourceController({
  name: 'StaffController',
  path: 'staff',
  tag: 'staff',
  noun: 'staff member',
  idParam: 'staffId',
  service: StaffService,
  dto: StaffDto,
  pageDto: StaffPageDto,
  createDto: CreateStaffDto,
  updateDto: UpdateStaffDto,
}) {}
