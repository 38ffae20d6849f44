import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CallbackRequest } from './callback-request.entity';

export type CallbackInput = Pick<
  CallbackRequest,
  'companyId' | 'branchId' | 'retellCallId' | 'phone' | 'name' | 'reason' | 'preferredTime' | 'source'
>;

/** Callback requests: asked for by a caller, or recorded by a voice tool that could not help. */
@Injectable()
export class CallbacksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(input: CallbackInput): Promise<CallbackRequest> {
    const repo = this.dataSource.getRepository(CallbackRequest);
    const customer: { id: string }[] = input.phone
      ? await this.dataSource.query('SELECT id FROM customers WHERE company_id = $1 AND phone = $2', [
          input.companyId,
          input.phone,
        ])
      : [];
    return repo.save(repo.create({ ...input, customerId: customer[0]?.id ?? null, done: false }));
  }
}
