// Every unified-ats operation in the spec, called through its generated resource method (see
// describeResourceContract).
import { describeResourceContract } from '../support/resource-calls.js';

describeResourceContract('unified-ats');
