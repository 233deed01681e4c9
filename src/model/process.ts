import * as z from "./zod";
import { AgencySchema } from "./agency";
import { AwardSchema, ContractSchema } from "./award";
import { BidSchema } from "./bid";
import { BidderSchema, SupervisingDepartmentSchema, TendererSchema } from "./parties";
import { ProjectSchema } from "./project";

/*
 * A contracting process: one project with its bids, awards, contracts and the parties they name. This is what one
 * OCDS compiled release maps to (see `ocds.ts`), and what the batch validators and risk indicators read.
 */

/** The organisations a process names, by kind. */
export const ProcessPartiesSchema = z.object({
  tenderers: z._default(z.array(TendererSchema), []),
  bidders: z._default(z.array(BidderSchema), []),
  agencies: z._default(z.array(AgencySchema), []),
  supervisingDepartments: z._default(z.array(SupervisingDepartmentSchema), []),
});
/**
 * {@inheritDoc ProcessPartiesSchema}
 *
 * @interface
 */
export type ProcessParties = z.output<typeof ProcessPartiesSchema>;

/** A project with its bids, awards, contracts and parties. */
export const ContractingProcessSchema = z.object({
  project: ProjectSchema,
  bids: z._default(z.array(BidSchema), []),
  awards: z._default(z.array(AwardSchema), []),
  contracts: z._default(z.array(ContractSchema), []),
  parties: z._default(ProcessPartiesSchema, { tenderers: [], bidders: [], agencies: [], supervisingDepartments: [] }),
});
/**
 * {@inheritDoc ContractingProcessSchema}
 *
 * @interface
 */
export type ContractingProcess = z.output<typeof ContractingProcessSchema>;
