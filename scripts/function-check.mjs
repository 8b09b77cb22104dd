/**
 * What the CloudFront Functions runtime (`cloudfront-js-2.0`) will not run, found in a
 * function's final code: the build (build-function.mjs) and the tests run it on the bundle.
 *
 * The runtime is ECMAScript 5.1 plus a listed set of later features ("JavaScript runtime 2.0
 * features for CloudFront Functions":
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/functions-javascript-runtime-20.html):
 * statements are the ES 5.1 ones plus `const`, `let`, `async`, `await` ("async arguments and
 * closures are not supported"); arrow functions, rest parameters and template literals are
 * listed; `for…of`, spread, destructuring, default parameter values, classes, generators,
 * optional chaining and `??` are not. Globals outside that list (`Map`, `Set`, `Proxy`, `Reflect`, `TextEncoder`…) are
 * refused too, and so are `export`, `module.exports` and any module but the two built-in ones
 * (`import cf from 'cloudfront'`, `require('crypto')`). Code must declare a top-level
 * `handler` function.
 *
 * Parsed with the TypeScript compiler's parser (a devDependency already), syntax only.
 */
import ts from 'typescript';

const FORBIDDEN_GLOBALS = new Set([
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'WeakRef',
  'FinalizationRegistry',
  'Proxy',
  'Reflect',
  'Intl',
  'BigInt',
  'TextEncoder',
  'TextDecoder',
  'atob',
  'btoa',
  'Buffer',
  'process',
  'globalThis',
  'setTimeout',
  'setInterval',
  'queueMicrotask',
  'structuredClone',
  'URL',
  'URLSearchParams',
  'fetch',
  'eval',
  'Function',
]);

/** Problems with `code` as a cloudfront-js-2.0 function, one sentence each; [] when none. */
export function functionCodeProblems(code) {
  const problems = [];
  const file = ts.createSourceFile(
    'function.js',
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  );
  const diagnostics = file.parseDiagnostics ?? [];
  for (const d of diagnostics)
    problems.push(`does not parse: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  const where = (node) => {
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
    return `${line + 1}:${character + 1}`;
  };
  const report = (node, what) => problems.push(`${what} at ${where(node)}`);
  let handlerDeclared = false;

  const visit = (node) => {
    switch (node.kind) {
      case ts.SyntaxKind.ForOfStatement:
        report(node, 'for…of');
        break;
      case ts.SyntaxKind.SpreadElement:
      case ts.SyntaxKind.SpreadAssignment:
        report(node, 'spread syntax');
        break;
      case ts.SyntaxKind.ObjectBindingPattern:
      case ts.SyntaxKind.ArrayBindingPattern:
        report(node, 'destructuring');
        break;
      case ts.SyntaxKind.ClassDeclaration:
      case ts.SyntaxKind.ClassExpression:
        report(node, 'a class');
        break;
      case ts.SyntaxKind.Parameter:
        if (node.initializer) report(node, 'a default parameter value');
        break;
      case ts.SyntaxKind.YieldExpression:
        report(node, 'yield');
        break;
      case ts.SyntaxKind.QuestionDotToken:
        report(node, 'optional chaining (?.)');
        break;
      case ts.SyntaxKind.QuestionQuestionToken:
      case ts.SyntaxKind.QuestionQuestionEqualsToken:
      case ts.SyntaxKind.BarBarEqualsToken:
      case ts.SyntaxKind.AmpersandAmpersandEqualsToken:
        report(node, `the ${node.getText(file)} operator`);
        break;
      case ts.SyntaxKind.ExportDeclaration:
      case ts.SyntaxKind.ExportAssignment:
        report(node, 'an export');
        break;
      case ts.SyntaxKind.RegularExpressionLiteral: {
        const text = node.getText(file);
        const flags = text.slice(text.lastIndexOf('/') + 1);
        if (/[suyd]/.test(flags)) report(node, `regular expression flag(s) '${flags}'`);
        if (/\(\?<[=!]/.test(text)) report(node, 'a regular expression lookbehind');
        if (/\(\?<[A-Za-z]/.test(text)) report(node, 'a named capture group');
        break;
      }
      case ts.SyntaxKind.ImportDeclaration: {
        const text = node.getText(file).replace(/\s+/g, ' ');
        if (!/^import cf from ['"]cloudfront['"];?$/.test(text))
          report(node, `an import other than cloudfront (${text})`);
        break;
      }
      case ts.SyntaxKind.FunctionDeclaration:
      case ts.SyntaxKind.FunctionExpression:
      case ts.SyntaxKind.ArrowFunction:
      case ts.SyntaxKind.MethodDeclaration: {
        if (node.asteriskToken) report(node, 'a generator');
        const isAsync = (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Async) !== 0;
        if (isAsync && node.kind !== ts.SyntaxKind.FunctionDeclaration)
          report(node, 'an async closure');
        if (isAsync && node.kind === ts.SyntaxKind.FunctionDeclaration && node.parent !== file) {
          report(node, 'a nested async function');
        }
        if (
          node.kind === ts.SyntaxKind.FunctionDeclaration &&
          node.parent === file &&
          node.name?.text === 'handler'
        ) {
          handlerDeclared = true;
        }
        break;
      }
      case ts.SyntaxKind.AwaitExpression: {
        let parent = node.parent;
        while (parent && ts.isParenthesizedExpression(parent)) parent = parent.parent;
        if (
          parent &&
          (ts.isCallExpression(parent) || ts.isNewExpression(parent)) &&
          parent.expression !== node
        ) {
          report(node, 'await in call arguments');
        }
        break;
      }
      case ts.SyntaxKind.BinaryExpression:
        if (
          node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
          (ts.isArrayLiteralExpression(node.left) || ts.isObjectLiteralExpression(node.left))
        ) {
          report(node, 'destructuring assignment');
        }
        break;
      case ts.SyntaxKind.CallExpression:
        if (ts.isIdentifier(node.expression) && node.expression.text === 'require') {
          const arg = node.arguments[0];
          if (!arg || !ts.isStringLiteral(arg) || arg.text !== 'crypto')
            report(node, 'a require() other than crypto');
        }
        break;
      case ts.SyntaxKind.Identifier: {
        const parent = node.parent;
        const isPropertyName =
          (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
          (ts.isPropertyAssignment(parent) && parent.name === node) ||
          (ts.isMethodDeclaration(parent) && parent.name === node);
        if (!isPropertyName && FORBIDDEN_GLOBALS.has(node.text))
          report(node, `the global '${node.text}'`);
        if (!isPropertyName && (node.text === 'module' || node.text === 'exports'))
          report(node, `'${node.text}'`);
        break;
      }
      default:
        break;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (!handlerDeclared) problems.push('declares no top-level function handler(event)');
  return problems;
}
