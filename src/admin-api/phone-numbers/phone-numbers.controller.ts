import { CompanyResourceController } from '../common/company-resource.controller';
import { PhoneNumberDto, PhoneNumberPageDto, CreatePhoneNumberDto, UpdatePhoneNumberDto } from './phone-number.dto';
import { PhoneNumbersService } from './phone-numbers.service';

export class PhoneNumbersController extends CompanyResourceController({
  name: 'PhoneNumbersController',
  path: 'phone-numbers',
  tag: 'phone-numbers',
  noun: 'phone number',
  idParam: 'phoneNumberId',
  service: PhoneNumbersService,
  dto: PhoneNumberDto,
  pageDto: PhoneNumberPageDto,
  createDto: CreatePhoneNumberDto,
  updateDto: UpdatePhoneNumberDto,
}) {}
