/**
 * Values-linked pay (DESIGN §4, issue 19): the plan in force names a pay period (a quarter or a year
 * from its effective date) and the consistency a value must reach; at a period's end a
 * {@link com.salesculture.domain.model.pay.PayRun} drafts one {@link com.salesculture.domain.model.pay.PayStatement}
 * per salesperson from the cycles published in it ({@link com.salesculture.domain.model.pay.ValuesAttainment}).
 * Finance and HR check, an executive approves; approved statements never change, a correction is a new
 * statement naming the one it corrects.
 */
package com.salesculture.domain.model.pay;
