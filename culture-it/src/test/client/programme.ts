// A programme run end to end by a client generated from the OpenAPI description alone (SetUpApiIT
// generates it with openapi-generator's typescript-fetch, compiles this file against it and runs it).
// Everything goes through the generated calls and models: no hand-written URL, body or header name.
import { Configuration, DefaultApi, ResponseError } from './generated/index';

declare const process: { env: { [name: string]: string | undefined }; exitCode: number }; // Node's, untyped here

const base = process.env.CULTURE_BASE_URL!.replace(/\/$/, '');

function as(user: string): DefaultApi {
    return new DefaultApi(new Configuration({ basePath: base, username: user, password: 'demo' }));
}

function check(condition: boolean, what: string): void {
    if (!condition) {
        throw new Error('Not as described: ' + what);
    }
}

/**
 * Completes the one open task of the programme that the user sees, with the form's values. The step
 * after an approval starts after the approval's savepoint (a job), so its task may take a moment.
 */
async function completeTask(user: string, program: number, values: { [key: string]: any }): Promise<string> {
    let tasks = await as(user).taskResourceSearch({ program: String(program) });
    for (let waited = 0; tasks.length === 0 && waited < 30_000; waited += 200) {
        await new Promise(resolve => setTimeout(resolve, 200));
        tasks = await as(user).taskResourceSearch({ program: String(program) });
    }
    check(tasks.length === 1, `${user} sees one task of programme ${program}, not ${tasks.length}`);
    await as(user).taskResourceComplete({ id: tasks[0].id!, requestBody: values });
    return tasks[0].name!;
}

async function main(): Promise<void> {
    const leader = 'lena';
    const inSixMonths = new Date(Date.now() + 183 * 24 * 3600 * 1000);
    const programme = await as(leader).programResourceStart({
        newProgram: { name: 'Generated client ' + Date.now(), horizonMonths: 24 } });
    const id = programme.id!;
    check(programme.phase === 'DRAFTING_INTENT', 'a new programme drafts its intent: ' + programme.phase);

    // intent: read with its revision, replaced, submitted, approved
    const intent = await as(leader).programResourceIntentRaw({ id: String(id) });
    await as(leader).programResourceDraftIntent({ id: String(id), ifMatch: intent.raw.headers.get('ETag') ?? undefined,
        intentDraft: { statement: 'Become the partner our clients grow with', deliverables: [{ kind: 'REVENUE_GROWTH',
            metric: 'Revenue from existing clients', baseline: 10, target: 12, unit: '%', dueDate: inSixMonths,
            customerGroup: 'Mid-size manufacturers', teams: [1] }] } });
    await completeTask(leader, id, {});
    await completeTask('eric', id, { decision: 'APPROVE' });

    // values
    const values = await as(leader).programResourceValuesRaw({ id: String(id) });
    await as(leader).programResourceDraftValues({ id: String(id), ifMatch: values.raw.headers.get('ETag') ?? undefined,
        valuesDraft: { values: [
            { name: 'Deep relationships', statement: 'We develop deep relationships with people.',
                behaviours: ['Knows what matters to me beyond the deal', 'Follows up without being asked'] },
            { name: 'Customer first', statement: 'We always act in favour of the customer.',
                behaviours: ['Tells me bad news early', 'Keeps every promise'] },
            { name: 'Spirited teamwork', statement: 'We win together.',
                behaviours: ['Brings in the right colleague', 'Speaks well of colleagues'] }] } });
    await completeTask(leader, id, {});
    await completeTask('eric', id, { decision: 'APPROVE' });

    // the compensation plan: drafted, reviewed by HR and Finance, approved by an executive
    await as(leader).programResourceDraftPlan({ id: String(id), version: '1', planInput: {
        description: 'Variable pay rewards living the values', variableShare: 30, valuesShare: 50,
        weights: { 'Deep relationships': 40, 'Customer first': 35, 'Spirited teamwork': 25 }, effectiveDate: new Date(Date.now() + 31 * 24 * 3600 * 1000) } });
    await completeTask(leader, id, {});
    for (const approver of ['hana', 'finn', 'eric']) {
        await completeTask(approver, id, { decision: 'APPROVE' });
    }

    // measurement: a survey cycle opens; the line of sight shows the plan in force
    const cycle = await as(leader).programResourceOpenSurveyCycle({ id: String(id) });
    check((await as(leader).programResourceSurveyCycles({ id: String(id) })).some(c => c.id === cycle.id), 'the open cycle is listed');
    const line = await as('aude').programResourceGet({ id: String(id) });
    check(line.values !== undefined && line.plan !== undefined, 'the line of sight shows values and plan');

    // a refusal is the documented error body
    try {
        await as('sara').programResourceClose({ id: String(id), reason: { reason: 'Not mine to close' } });
        check(false, 'a salesperson may not close a programme');
    } catch (e) {
        check(e instanceof ResponseError && e.response.status === 403, 'refused with 403: ' + e);
    }
    // the cycle's invitations run as a job beside this: a 409 says try again, as a client should
    const close = () => as('eric').programResourceClose({ id: String(id), reason: { reason: 'Generated client done' } });
    const closed = await close().catch(e => e instanceof ResponseError && e.response.status === 409 ? close() : Promise.reject(e));
    check(closed.closedBy === 'eric', 'closed by eric');
    console.log(JSON.stringify({ programme: id, phase: closed.phase, cycle: cycle.id }));
}

main().catch(async e => {
    const response = (e as { response?: Response }).response; // a ResponseError's
    const answer = response ? `${response.status} from ${response.url}: ${await response.text()}` : '';
    console.error(String(e?.stack ?? e), answer);
    process.exitCode = 1; // not exit(): that would cut the message short on a pipe
});
