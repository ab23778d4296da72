import { isFunction, memberName, unwrap, type Node } from './ast';
import type { Resolver, Sensed, Step } from './resolve';
import type { Binding, FunctionInfo, Scope } from './scope';

/*
 * The signed-in account's organisation: an account's e-mail address or organisation name
 * (`user.email`, `oauthAccount.emailAddress`, `getUserInfo()?.organization_name`,
 * `getCachedGoogleAccount()`), and what is cut from it (the domain after "@", lower-cased).
 *
 * Asked only by the comparisons (vendor-by-account), from the compared value back to where it was
 * read, as a configured endpoint is: sign-in, billing and telemetry code read and pass accounts
 * around everywhere, and the value flow does not carry this as sensed (it would change what
 * other modules are asked and answered about the records that hold it).
 */

/** A field holding an account's e-mail address or organisation name (an enterprise sign-in's `enterpriseName`, `departmentFullName`), or the list of its organisations (`organization_login_list`). */
export const ACCOUNT_FIELD = /^(?:(?:user|account)_?)?e_?mail(?:_?address)?$|^(?:organi[sz]ation|org|enterprise|company|department|dept)_?(?:full_?)?name$|^(?:organi[sz]ations|orgs)$|^(?:organi[sz]ation|org)_?(?:login_?)?(?:list|logins|names)$/i;
/** Getters that give the address itself. */
const ACCOUNT_GETTER = /^get(?:Cached|Current|Active|SignedIn|LoggedIn)?(?:Google|OAuth|Oauth|User)?(?:Account)?(?:Email|EmailAddress)$|^getCached(?:Google)?Account$/;
/** Names of what holds an account: `user`, `oauthAccount`, `cachedUserInfo`, a sign-in's `auth` (not `reviewer`, `superuser`). */
const ACCOUNT_NAME = /^(?:me|whoami)$|(?:^|_)(?:user|account|auth|profile|identity|viewer)(?:_?(?:[Ii]nfo|[Dd]ata|[Dd]etails))?$|[a-z0-9](?:User|Account|Profile|Identity|Viewer)(?:Info|Data|Details)?$/;
/** Calls that give an account: `getUserInfo()`, `currentUser()`, `whoami()`. */
const ACCOUNT_CALL = /^(?:get|fetch|load|read|current)?(?:Cached|Current|Active|SignedIn|LoggedIn|Stored)?(?:Google|OAuth|Oauth)?(?:User|Account|Profile|Me|Viewer|Whoami|Identity)(?:Info|Data|Details)?$|^(?:whoami|me|currentUser|viewer)$/;
/** Methods that keep what a text is about (its domain stays the account's): cutting, case, trimming. */
const CUTS = new Set(['toLowerCase', 'toLocaleLowerCase', 'toUpperCase', 'trim', 'trimEnd', 'trimStart', 'replace', 'replaceAll', 'toString', 'normalize', 'split', 'pop', 'at', 'shift', 'slice', 'substring', 'substr', 'match']);

export interface AccountRead {
  /** Where the account's field or getter is read. */
  node: Node;
  label: string;
}

/**
 * The account field a compared value is made from, followed back through variables (also
 * destructured), a helper's parameters to its callers' arguments, and cutting text methods,
 * within a small bound. The object must be reached through an account's name (accountObject),
 * so a commit's author, a model's record or a form's e-mail field is not one.
 */
export function accountOf(r: Resolver, node: Node, scope: Scope, budget = { left: 32 }, depth = 0): AccountRead | undefined {
  if (--budget.left < 0 || depth > 12) return undefined;
  const n = unwrap(node);
  const next = (x: Node | undefined, s = scope) => (x ? accountOf(r, x, s, budget, depth + 1) : undefined);
  switch (n.type) {
    case 'MemberExpression': {
      const name = memberName(n);
      if (name !== undefined && ACCOUNT_FIELD.test(name)) return accountObject(r, n.object, scope) ? field(n, name) : undefined;
      // `email.split("@")[1]`: an element of what the text is cut into.
      return n.computed && n.property.type === 'Literal' && typeof n.property.value === 'number' ? next(n.object) : undefined;
    }
    case 'CallExpression': {
      const c = unwrap(n.callee);
      if (c.type !== 'MemberExpression') return undefined;
      const name = memberName(c);
      if (name === undefined) return undefined;
      if (ACCOUNT_GETTER.test(name)) return { node: n, label: `an account's e-mail address (${name}())` };
      // `/@(.+)$/.exec(email)`: the text matched.
      if (name === 'exec') return next((n.arguments as Node[])[0]);
      return CUTS.has(name) ? next(c.object) : undefined;
    }
    case 'AwaitExpression':
      return next(n.argument);
    case 'ConditionalExpression':
    case 'LogicalExpression':
    case 'BinaryExpression':
    case 'TemplateLiteral':
      return firstOf(joinedParts(n), next);
    case 'Identifier': {
      const b = scope.lookup(n.name);
      if (!b) return undefined;
      if (b.path && b.init) {
        // `const { email } = getUserInfo()`, `const { oauthAccount: { emailAddress } } = cfg`.
        const key = b.path[b.path.length - 1];
        if (typeof key !== 'string' || !ACCOUNT_FIELD.test(key)) return undefined;
        const holder = b.path[b.path.length - 2];
        return (typeof holder === 'string' ? ACCOUNT_NAME.test(holder) : accountObject(r, b.init, b.scope)) ? field(b.node, key) : undefined;
      }
      // `[...domain.split("."), ...org.split(/\W+/)].some((w) => LABS.has(w))`: each part the callback is given.
      const owner = b.kind === 'param' && b.paramIndex === 0 && !b.path && b.fn ? r.callbackOwner.get(b.fn.node) : undefined;
      const over = owner && r.iterates(owner.node, owner.scope) && unwrap(owner.node.callee).type === 'MemberExpression' ? unwrap(owner.node.callee).object : undefined;
      if (over) return next(over, owner!.scope);
      return b.path ? undefined : firstOf(givenValues(r, b), (x) => next(x.node, x.scope));
    }
    case 'ArrayExpression': {
      // (A list put together of an account's parts only, what is spread into it too: `[user.email, ...coAuthors]` is a list of people.)
      const parts = (n.elements as (Node | null)[]).map((e) => (e ? next(e.type === 'SpreadElement' ? e.argument : e) : undefined));
      return parts.length && parts.length <= 8 && parts.every(Boolean) ? parts[0] : undefined;
    }
    default:
      return undefined;
  }
}

function field(node: Node, key: string): AccountRead {
  return { node, label: `an account's ${/mail/i.test(key) ? 'e-mail address' : 'organisation name'} (.${key})` };
}

/**
 * Whether an object is an account, by the names it is reached through (`oauthAccount.emailAddress`,
 * `getUserInfo()?.email`, `A = sZ()` of `function sZ() { return cfg().oauthAccount }`). A variable
 * named so that is one of a list (`for (const user of coauthors)`, `users.map((user) => …)`) is a
 * person of that list, not the one signed in.
 */
function accountObject(r: Resolver, node: Node, scope: Scope, budget = { left: 8 }): boolean {
  if (--budget.left < 0) return false;
  const n = unwrap(node);
  switch (n.type) {
    case 'AwaitExpression':
      return !!n.argument && accountObject(r, n.argument, scope, budget);
    case 'LogicalExpression':
      return accountObject(r, n.left, scope, budget) || accountObject(r, n.right, scope, budget);
    case 'ConditionalExpression':
      return accountObject(r, n.consequent, scope, budget) || accountObject(r, n.alternate, scope, budget);
    case 'MemberExpression': {
      const name = memberName(n);
      // (`comments[0].user`, `issue.user` of each issue: an author a service's records name, not the one signed in.)
      return name !== undefined && ACCOUNT_NAME.test(name) && !(name === 'user' && listElement(r, n.object, scope));
    }
    case 'Identifier': {
      const b = scope.lookup(n.name);
      // (A function named so, `function account() { … }`, is what it returns: `function identity(x) { return x }` is no account.)
      if (ACCOUNT_NAME.test(n.name) && b?.kind !== 'function') {
        const element = b && ((b.kind !== 'param' && !b.init && !b.assignments?.length && !b.destructured?.length) || (b.kind === 'param' && b.fn && r.callbackOwner.has(b.fn.node)));
        return !element;
      }
      // `const { account: a, auth } = session`: taken from a record under an account's name.
      if (b?.path?.length) {
        const last = b.path[b.path.length - 1];
        return typeof last === 'string' && ACCOUNT_NAME.test(last) && (b.kind === 'const' || b.kind === 'let' || b.kind === 'var');
      }
      // `tier(a) { … a.enterpriseName … }` called only with accounts (`this.tier(account)`), at most four calls.
      if (b?.kind === 'param' && b.fn && b.paramIndex !== undefined && !r.callbackOwner.has(b.fn.node)) {
        const sites = r.callSitesOf(b.fn).slice(0, 5);
        const at = b.paramIndex;
        return sites.length > 0 && sites.length <= 4 && sites.every((site) => {
          const arg = (site.args ?? (site.node.arguments as Node[]))[at + (site.shift ?? 0)];
          return !!arg && arg.type !== 'SpreadElement' && accountObject(r, arg, site.scope, budget);
        });
      }
      if (!b || b.path) return false;
      const fn: FunctionInfo | undefined = b.kind === 'function' ? r.facts.functions.get(b.node) : b.init && isFunction(unwrap(b.init)) ? r.facts.functions.get(unwrap(b.init)) : undefined;
      if (fn) return fn.returns.slice(0, 3).some((x, i) => accountObject(r, x, fn.returnScopes?.[i] ?? fn.scope, budget));
      return (b.kind === 'const' || b.kind === 'let' || b.kind === 'var') && !!b.init && accountObject(r, b.init, b.scope, budget);
    }
    case 'CallExpression': {
      const c = unwrap(n.callee);
      const name = c.type === 'Identifier' ? c.name : c.type === 'MemberExpression' ? memberName(c) : undefined;
      if (name !== undefined && ACCOUNT_CALL.test(name)) return true;
      return c.type === 'Identifier' && accountObject(r, c, scope, budget);
    }
    default:
      return false;
  }
}

/** Whether a value is one of a list: `list[0]`, a variable holding one, a loop's element or a list callback's parameter. */
function listElement(r: Resolver, node: Node, scope: Scope): boolean {
  const n = unwrap(node);
  if (n.type === 'MemberExpression') return n.computed;
  if (n.type !== 'Identifier') return false;
  const b = scope.lookup(n.name);
  if (!b) return false;
  if (b.kind === 'param') return !!b.fn && r.callbackOwner.has(b.fn.node);
  if (!b.init) return !b.assignments?.length && !b.destructured?.length;
  const init = unwrap(b.init);
  return init.type === 'MemberExpression' && init.computed;
}

/**
 * The parts a value is made of whole or joined, for a walk back from it: both sides of `a ? b : c`,
 * `a ?? b`, `a || b` and `a + b`, a template's expressions (none for other operators).
 */
export function joinedParts(n: Node): Node[] {
  switch (n.type) {
    case 'ConditionalExpression':
      return [n.consequent, n.alternate];
    case 'LogicalExpression':
      return [n.left, n.right];
    case 'BinaryExpression':
      return n.operator === '+' ? [n.left, n.right] : [];
    case 'TemplateLiteral':
      return n.expressions as Node[];
    default:
      return [];
  }
}

/** The first of some items a walk finds something from. */
export function firstOf<T, R>(items: Iterable<T>, find: (x: T) => R | undefined): R | undefined {
  for (const x of items) {
    const found = find(x);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The account's field as a sensed side of a comparison (kind `account`), with its source step. */
export function accountSide(acc: AccountRead): { sensed: Sensed[]; steps: Step[] } {
  return { sensed: [{ kind: 'account', label: acc.label, node: acc.node }], steps: [{ role: 'source', node: acc.node, note: `reads ${acc.label}` }] };
}

/**
 * What a name is given, for a walk back from a value to where it was read: a parameter's
 * arguments at its first four call sites, or a variable's initialiser and its first three plain
 * assignments (`=`, `??=`, `||=`).
 */
export function* givenValues(r: Resolver, b: Binding): Generator<{ node: Node; scope: Scope }> {
  if (b.kind === 'param') {
    if (!b.fn || b.paramIndex === undefined) return;
    for (const site of r.callSitesOf(b.fn).slice(0, 4)) {
      const arg = (site.args ?? (site.node.arguments as Node[]))[(site.shift ?? 0) + b.paramIndex];
      if (arg) yield { node: arg, scope: site.scope };
    }
    return;
  }
  if (b.kind !== 'let' && b.kind !== 'const' && b.kind !== 'var') return;
  if (b.init) yield { node: b.init, scope: b.scope };
  const sets = b.assignments ?? [];
  for (let i = 0; i < Math.min(sets.length, 3); i++) {
    const a = sets[i];
    if (a.type === 'AssignmentExpression' && (a.operator === '=' || a.operator === '??=' || a.operator === '||=')) yield { node: a.right, scope: b.assignmentScopes?.[i] ?? b.scope };
  }
}
