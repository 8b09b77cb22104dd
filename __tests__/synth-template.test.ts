/** YAML with CloudFormation short forms ⇒ the long JSON form. */
import { describe, expect, it } from '@jest/globals';
import { parseTemplate } from '../src/synth/template.js';

const parse = (body: string): unknown =>
  parseTemplate(`Resources: {}\nOutputs:\n${body}`, 'test.yaml').Outputs;

describe('parseTemplate', () => {
  it('expands every short form to its long form', () => {
    const outputs = parse(`
  Ref: { Value: !Ref AWS::Region }
  Condition: { Value: !Condition IsProd }
  GetAttDotted: { Value: !GetAtt Bucket.Arn }
  GetAttNested: { Value: !GetAtt Db.Endpoint.Address }
  GetAttList: { Value: !GetAtt [Bucket, Arn] }
  SubScalar: { Value: !Sub 'arn:\${AWS::Partition}:s3:::\${Bucket}' }
  SubList: { Value: !Sub ['\${A}-x', { A: !Ref Name }] }
  Join: { Value: !Join [',', [a, !Ref B]] }
  Select: { Value: !Select [0, !GetAZs ''] }
  Split: { Value: !Split [',', 'a,b'] }
  If: { Value: !If [IsProd, 1, !Ref AWS::NoValue] }
  Logic: { Value: !And [!Equals [a, b], !Not [!Or [!Condition C, !Equals [c, d]]]] }
  FindInMap: { Value: !FindInMap [Map, Key, Value] }
  Base64: { Value: !Base64 text }
  Base64Map: { Value: !Base64 { 'Fn::Sub': 'x' } }
  Cidr: { Value: !Cidr [10.0.0.0/16, 4, 8] }
  ImportValue: { Value: !ImportValue shared-vpc }
  GetAZs: { Value: !GetAZs eu-central-1 }
`);
    expect(outputs).toEqual({
      Ref: { Value: { Ref: 'AWS::Region' } },
      Condition: { Value: { Condition: 'IsProd' } },
      GetAttDotted: { Value: { 'Fn::GetAtt': ['Bucket', 'Arn'] } },
      GetAttNested: { Value: { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] } },
      GetAttList: { Value: { 'Fn::GetAtt': ['Bucket', 'Arn'] } },
      SubScalar: { Value: { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}' } },
      SubList: { Value: { 'Fn::Sub': ['${A}-x', { A: { Ref: 'Name' } }] } },
      Join: { Value: { 'Fn::Join': [',', ['a', { Ref: 'B' }]] } },
      Select: { Value: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] } },
      Split: { Value: { 'Fn::Split': [',', 'a,b'] } },
      If: { Value: { 'Fn::If': ['IsProd', 1, { Ref: 'AWS::NoValue' }] } },
      Logic: {
        Value: {
          'Fn::And': [
            { 'Fn::Equals': ['a', 'b'] },
            { 'Fn::Not': [{ 'Fn::Or': [{ Condition: 'C' }, { 'Fn::Equals': ['c', 'd'] }] }] },
          ],
        },
      },
      FindInMap: { Value: { 'Fn::FindInMap': ['Map', 'Key', 'Value'] } },
      Base64: { Value: { 'Fn::Base64': 'text' } },
      Base64Map: { Value: { 'Fn::Base64': { 'Fn::Sub': 'x' } } },
      Cidr: { Value: { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] } },
      ImportValue: { Value: { 'Fn::ImportValue': 'shared-vpc' } },
      GetAZs: { Value: { 'Fn::GetAZs': 'eu-central-1' } },
    });
  });

  it('keeps a tagged scalar a string (!Ref 123 is a name, not a number)', () => {
    expect(parse('  X: { Value: !Ref 123 }')).toEqual({ X: { Value: { Ref: '123' } } });
  });

  it('reads plain YAML types and block scalars as CloudFormation does', () => {
    expect(
      parse('  X:\n    Value: |\n      line 1\n      line 2\n    N: 5\n    B: true\n    E:'),
    ).toEqual({
      X: { Value: 'line 1\nline 2\n', N: 5, B: true, E: null },
    });
  });

  it.each([
    ['  X: { Value: !Nope x }', /test.yaml:\d+:\d+: .*!Nope/],
    ['  X: { Value: !If [a, b] }', /!If expects a list of 3 items, got 2/],
    ['  X: { Value: !Join a }', /!Join takes seq, not a scalar/],
    ['  X: { Value: !Ref [a] }', /!Ref takes scalar, not a seq/],
    ['  X: { Value: !GetAtt Bucket }', /!GetAtt expects 'Resource.Attribute', got 'Bucket'/],
    ['  X: &a { Value: 1 }\n  Y: *a', /aliases/],
    ['  X: 1\n  X: 2', /test.yaml:\d+:\d+: .*[Mm]ap keys must be unique/],
  ])('refuses %j with a located message', (body, message) => {
    expect(() => parse(body)).toThrow(message);
  });

  it('names the line of a mistake', () => {
    expect(() =>
      parseTemplate('Resources:\n  A:\n    Type: x\n    Properties: !If [a]\n', 'f.yaml'),
    ).toThrow(/^f\.yaml:4:21: !If expects/);
  });

  it('needs a Resources mapping', () => {
    expect(() => parseTemplate('Outputs: {}', 'f.yaml')).toThrow(
      "f.yaml: a template needs a 'Resources' mapping",
    );
    expect(() => parseTemplate('- a', 'f.yaml')).toThrow('f.yaml: a template must be a mapping');
  });
});
