import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { ASTUtils, AST_NODE_TYPES } from '@typescript-eslint/utils';

/**
 * Strips wrappers that do not change a value: TS `as`, `<T>x`, `!`, `satisfies`,
 * optional chains and `await`.
 */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSInstantiationExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.AwaitExpression:
        current = current.argument;
        break;
      default:
        return current;
    }
  }
}

/** Name of a member's property when it is static: `a.b`, `a['b']`, `a[KEY]` with `const KEY = 'b'`. */
export function getPropertyName(node: TSESTree.MemberExpression, scope?: TSESLint.Scope.Scope): string | undefined {
  if (!node.computed) {
    return node.property.type === AST_NODE_TYPES.Identifier || node.property.type === AST_NODE_TYPES.PrivateIdentifier
      ? node.property.name
      : undefined;
  }
  return getStaticString(node.property, scope);
}

/** The string value of an expression when it is statically known (literals, no-substitution templates, consts). */
export function getStaticString(node: TSESTree.Node, scope?: TSESLint.Scope.Scope): string | undefined {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.Literal) return typeof inner.value === 'string' ? inner.value : undefined;
  if (inner.type === AST_NODE_TYPES.TemplateLiteral && inner.expressions.length === 0) {
    return inner.quasis[0]?.value.cooked ?? undefined;
  }
  if (!scope) return undefined;
  const result = ASTUtils.getStaticValue(inner, scope);
  return result && typeof result.value === 'string' ? result.value : undefined;
}

/** Name of a non-computed property key, or of a string-literal key. */
export function getStaticKeyName(property: TSESTree.Property | TSESTree.PropertyDefinition, scope?: TSESLint.Scope.Scope): string | undefined {
  if (!property.computed) {
    if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
    if (property.key.type === AST_NODE_TYPES.Literal) return String(property.key.value);
    return undefined;
  }
  return getStaticString(property.key, scope);
}

/** A function of any form. */
export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/** `true` for arrow functions, function declarations and function expressions. */
export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression
  );
}

/** The innermost function that contains `node`, or `undefined` at module level. */
export function getEnclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  let current = node.parent;
  while (current && !isFunctionNode(current)) current = current.parent;
  return current;
}

/** `true` when a value is an ESTree node (a child slot of another node). */
export function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Visits every node below `root` (depth first, iteratively, so deep trees cannot overflow the
 * stack). With `visitorKeys` only the keys ESLint traverses are followed; without them every
 * own property but `parent` is.
 */
export function walkTree(
  root: TSESTree.Node,
  visitorKeys: TSESLint.SourceCode.VisitorKeys | undefined,
  visit: (node: TSESTree.Node) => void,
): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    const keys = visitorKeys ? (visitorKeys[node.type] ?? []) : Object.keys(node).filter((key) => key !== 'parent');
    for (const key of keys) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) stack.push(item);
      } else if (isNode(child)) {
        stack.push(child);
      }
    }
  }
}

/**
 * The outermost expression that wraps `node` without changing its value: TS `as`, `<T>x`, `!`,
 * `satisfies`, optional chains and `await`. The inverse of {@link unwrapExpression}.
 */
export function getOutermostWrapper(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      current.parent.type === AST_NODE_TYPES.TSTypeAssertion ||
      current.parent.type === AST_NODE_TYPES.ChainExpression ||
      current.parent.type === AST_NODE_TYPES.AwaitExpression)
  ) {
    current = current.parent;
  }
  return current;
}
