import { EntityManager } from 'typeorm';
import { Branch } from 'src/mcp-servers/directory/entities/branch.entity';
import { AppError } from 'src/platform/errors/app-error';

/** A `branchId` in a body must name a live branch of the same company: anything else is invalid input. */
export async function assertBranchOf(em: EntityManager, companyId: string, branchId: string | null | undefined) {
  if (!branchId) return;
  if (!(await em.getRepository(Branch).exists({ where: { id: branchId, companyId } }))) {
    throw AppError.invalid('branchId', 'branchOfCompany', 'branchId must be a branch of this company');
  }
}
