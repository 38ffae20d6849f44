import { CompanyResourceController } from '../common/company-resource.controller';
import { BranchDto, BranchPageDto, CreateBranchDto, UpdateBranchDto } from './branch.dto';
import { BranchesService } from './branches.service';

export class BranchesController extends CompanyResourceController({
  name: 'BranchesController',
  path: 'branches',
  tag: 'branches',
  noun: 'branch',
  idParam: 'branchId',
  service: BranchesService,
  dto: BranchDto,
  pageDto: BranchPageDto,
  createDto: CreateBranchDto,
  updateDto: UpdateBranchDto,
}) {}
