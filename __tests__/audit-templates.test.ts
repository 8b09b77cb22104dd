/**
 * The audit trail in the templates and the rendered edge function (issue 12): `audit-log`
 * reaches the function only through its rendered configuration; the deploy role may read
 * (FilterLogEvents) and set the retention (PutRetentionPolicy) of exactly this site's edge log
 * group, and list log groups (DescribeLogGroups, which reads no event); the plan role and the
 * CloudFormation service role gain nothing; the edge role writes only its own log groups.
 */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { synthesize } from '../src/synth/index.js';
import { loadTemplate } from '../src/synth/template.js';
import { isJsonObject, type Json } from '../src/synth/json.js';

const bootstrap = loadTemplate(join(process.cwd(), 'cloudformation', 'bootstrap.yaml'));
const edge = loadTemplate(join(process.cwd(), 'cloudformation', 'edge.yaml'));

const list = (v: Json | undefined): Json[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const at = (v: Json | undefined, ...keys: string[]): Json | undefined =>
  keys.reduce<Json | undefined>((o, k) => (isJsonObject(o) ? o[k] : undefined), v);
const sub = (v: Json): string => {
  const s = at(v, 'Fn::Sub');
  return typeof s === 'string' ? s : typeof v === 'string' ? v : JSON.stringify(v);
};

function statements(template: Json, role: string): Json[] {
  return list(at(template, 'Resources', role, 'Properties', 'Policies')).flatMap((p) =>
    list(at(p, 'PolicyDocument', 'Statement')),
  );
}

function logsStatements(template: Json, role: string) {
  return statements(template, role)
    .map((s) => ({
      sid: at(s, 'Sid'),
      effect: at(s, 'Effect'),
      actions: list(at(s, 'Action')).map(String),
      resources: list(at(s, 'Resource')).map(sub),
    }))
    .filter((s) => s.actions.some((a) => a.startsWith('logs:')));
}

const GROUP = '/aws/lambda/us-east-1.${StackName}-edge-viewer-request';

describe('bootstrap: log permissions for the audit trail', () => {
  it('the deploy role reads and sets retention on this site edge log group only', () => {
    expect(logsStatements(bootstrap, 'DeployRole')).toEqual([
      {
        sid: 'EdgeLogs',
        effect: 'Allow',
        actions: ['logs:PutRetentionPolicy', 'logs:FilterLogEvents'],
        resources: [
          `arn:\${AWS::Partition}:logs:*:\${AWS::AccountId}:log-group:${GROUP}`,
          `arn:\${AWS::Partition}:logs:*:\${AWS::AccountId}:log-group:${GROUP}:*`,
        ],
      },
      {
        sid: 'EdgeLogGroupsList',
        effect: 'Allow',
        actions: ['logs:DescribeLogGroups'],
        // No resource type (Service Authorization Reference): `*`, and the older reading.
        resources: ['*', 'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:*'],
      },
    ]);
  });

  it('no other bootstrap role gains a log permission, and nobody may write the events or delete the group', () => {
    expect(logsStatements(bootstrap, 'PlanRole')).toEqual([]);
    expect(logsStatements(bootstrap, 'CloudFormationRole')).toEqual([]);
    const all = JSON.stringify(bootstrap);
    for (const action of [
      'logs:DeleteLogGroup',
      'logs:DeleteRetentionPolicy',
      'logs:PutLogEvents"',
    ]) {
      // PutLogEvents appears only in the edge role's boundary.
      const where = all.split(action).length - 1;
      expect({ action, where }).toEqual({
        action,
        where: action.startsWith('logs:PutLogEvents') ? 1 : 0,
      });
    }
  });
});

describe('edge.yaml: the execution role only writes its own log groups', () => {
  it('creates groups and streams and puts events, exactly there', () => {
    const logs = logsStatements(edge, 'EdgeFunctionRole');
    expect(logs).toHaveLength(1);
    expect(logs[0]?.actions).toEqual([
      'logs:CreateLogGroup',
      'logs:CreateLogStream',
      'logs:PutLogEvents',
    ]);
    expect(logs[0]?.resources).toEqual([
      'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${AWS::StackName}-viewer-request',
      'arn:${AWS::Partition}:logs:*:${AWS::AccountId}:log-group:/aws/lambda/us-east-1.${AWS::StackName}-viewer-request:*',
      'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${AWS::StackName}-viewer-request',
      'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:log-group:/aws/lambda/${AWS::StackName}-viewer-request:*',
    ]);
    expect(statements(edge, 'EdgeFunctionRole')).toHaveLength(1);
  });
});

describe('synth: audit-log reaches the function through its rendered configuration', () => {
  const options = {
    stackName: 'docs',
    region: 'eu-central-1',
    realm: 'Docs',
    users: [{ user: 'alice', password: 'correct horse battery staple' }],
  };

  it('renders audit:true only with audit-log; off is byte-identical to before', () => {
    const on = synthesize({ ...options, auditLog: true });
    const off = synthesize({ ...options, auditLog: false });
    const unset = synthesize(options);
    expect(on.edge.templateBody).toContain('\\"audit\\":true');
    expect(off.edge.templateBody).not.toContain('\\"audit\\":true');
    expect(off.edge.templateBody).toBe(unset.edge.templateBody);
    expect(off.edge.fingerprint).toBe(unset.edge.fingerprint);
    expect(on.edge.fingerprint).not.toBe(off.edge.fingerprint);
    // The site stack does not change.
    expect(on.site.templateBody).toBe(off.site.templateBody);
  });

  it('plan (stand-in hashes) renders the same flag', () => {
    const plan = synthesize({ ...options, auditLog: true, standInHashes: true });
    expect(plan.edge.templateBody).toContain('\\"audit\\":true');
  });
});
