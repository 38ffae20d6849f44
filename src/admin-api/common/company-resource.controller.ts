import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Query,
  Type,
  ValidationPipe,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { uuidParam, validationError } from 'src/platform/errors/validation';
import { Page, PageQueryDto } from 'src/platform/paging/pagination.dto';

/** What a company resource's service offers its controller. */
export interface CompanyResourceOperations<E, C, U> {
  list(companyId: string, query: PageQueryDto): Promise<Page<E>>;
  get(companyId: string, id: string): Promise<E>;
  create(principal: Principal, companyId: string, input: C): Promise<E>;
  update(principal: Principal, companyId: string, id: string, input: U): Promise<E>;
  remove(principal: Principal, companyId: string, id: string): Promise<void>;
}

export interface CompanyResourceOptions<E, D, C, U> {
  /** The class name the routes' operation ids carry (`BranchesController` → `BranchesController_list`). */
  name: string;
  /** Under `/api/companies/:companyId/`. */
  path: string;
  tag: string;
  /** One row in words, for the operation summaries (`phone number`). */
  noun: string;
  /** Route parameter of one row (`branchId`). */
  idParam: string;
  service: Type<CompanyResourceOperations<E, C, U>>;
  dto: Type<D> & { from(row: E): D };
  pageDto: Type<unknown>;
  createDto: Type<C>;
  updateDto: Type<U>;
}

/** The global pipe's options, for bodies whose type a generic controller cannot declare. */
const bodyPipe = (expectedType: Type<unknown>) =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    expectedType,
    exceptionFactory: validationError,
  });

/**
 * The five routes every company-owned resource has (list, create, get, update, delete), declared once:
 * reads for every role that reaches the company, writes for super admins and its company admins.
 */
export function CompanyResourceController<E, D, C, U>(o: CompanyResourceOptions<E, D, C, U>) {
  const id = (op: string, summary: string) => ApiOperation({ operationId: `${o.name}_${op}`, summary });
  const companyId = () => Param('companyId', uuidParam('companyId'));
  const rowId = () => Param(o.idParam, uuidParam(o.idParam));
  const rowParam = ApiParam({ name: o.idParam, type: String });

  @ApiTags(o.tag)
  @ApiBearerAuth()
  @ApiErrors()
  @Controller(`api/companies/:companyId/${o.path}`)
  class ResourceController {
    constructor(@Inject(o.service) readonly resources: CompanyResourceOperations<E, C, U>) {}

    @Get()
    @id('list', `List the company's ${o.tag.replace('-', ' ')}`)
    @ApiOkResponse({ type: o.pageDto })
    async list(@companyId() companyId: string, @Query() query: PageQueryDto): Promise<Page<D>> {
      const result = await this.resources.list(companyId, query);
      return { ...result, items: result.items.map((row) => o.dto.from(row)) };
    }

    @Post()
    @id('create', `Create a ${o.noun}`)
    @ApiBody({ type: o.createDto })
    @ApiCreatedResponse({ type: o.dto })
    @Roles('super_admin', 'company_admin')
    async create(
      @CurrentPrincipal() principal: Principal,
      @companyId() companyId: string,
      @Body(bodyPipe(o.createDto)) body: C,
    ): Promise<D> {
      return o.dto.from(await this.resources.create(principal, companyId, body));
    }

    @Get(`:${o.idParam}`)
    @id('get', `Get a ${o.noun}`)
    @rowParam
    @ApiOkResponse({ type: o.dto })
    async get(@companyId() companyId: string, @rowId() id: string): Promise<D> {
      return o.dto.from(await this.resources.get(companyId, id));
    }

    @Patch(`:${o.idParam}`)
    @id('update', `Update a ${o.noun}`)
    @rowParam
    @ApiBody({ type: o.updateDto })
    @ApiOkResponse({ type: o.dto })
    @Roles('super_admin', 'company_admin')
    async update(
      @CurrentPrincipal() principal: Principal,
      @companyId() companyId: string,
      @rowId() id: string,
      @Body(bodyPipe(o.updateDto)) body: U,
    ): Promise<D> {
      return o.dto.from(await this.resources.update(principal, companyId, id, body));
    }

    @Delete(`:${o.idParam}`)
    @id('remove', `Delete a ${o.noun}`)
    @rowParam
    @ApiNoContentResponse()
    @Roles('super_admin', 'company_admin')
    @HttpCode(204)
    async remove(
      @CurrentPrincipal() principal: Principal,
      @companyId() companyId: string,
      @rowId() id: string,
    ): Promise<void> {
      await this.resources.remove(principal, companyId, id);
    }
  }
  return ResourceController;
}
