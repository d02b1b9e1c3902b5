#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  SGR,
  codePointName,
  cut,
  inertStream,
  inertText,
  quoteUntrusted,
  quotedNames,
  showInvisible
} from "./chunk-N4OOC5D7.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-4JN6GR4P.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name3) {
        super(`CodeGen: "code" for ${name3} not defined`);
        this.value = name3.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name3 = this.toName(nameOrPrefix);
        const { prefix } = name3;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name3);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name3.setValue(value, { property: prefix, itemIndex });
        return name3;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name3) => {
          if (name3.scopePath === void 0)
            throw new Error(`CodeGen: name "${name3}" has no value`);
          return (0, code_1._)`${scopeName}${name3.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name3) => {
          if (name3.value === void 0)
            throw new Error(`CodeGen: name "${name3}" has no value`);
          return name3.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name3) => {
            if (nameSet.has(name3))
              return;
            nameSet.set(name3, UsedValueState.Started);
            let c = valueCode(name3);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name3} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name3)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name3);
            }
            nameSet.set(name3, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name3, rhs) {
        super();
        this.varKind = varKind;
        this.name = name3;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants4) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants4);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants4) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants4);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants4) {
        this.code = optimizeExpr(this.code, names, constants4);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants4) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants4))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants4) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants4);
        if (!(super.optimizeNames(names, constants4) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants4);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants4) {
        if (!super.optimizeNames(names, constants4))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants4);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name3, from, to) {
        super();
        this.varKind = varKind;
        this.name = name3;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name: name3, from, to } = this;
        return `for(${varKind} ${name3}=${from}; ${name3}<${to}; ${name3}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name3, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name3;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants4) {
        if (!super.optimizeNames(names, constants4))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants4);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name3, args, async) {
        super();
        this.name = name3;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants4) {
        var _a, _b;
        super.optimizeNames(names, constants4);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants4);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants4);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name3 = this._extScope.value(prefixOrName, value);
        const vs = this._values[name3.prefix] || (this._values[name3.prefix] = /* @__PURE__ */ new Set());
        vs.add(name3);
        return name3;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name3 = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name3.str] = rhs;
        this._leafNode(new Def(varKind, name3, rhs));
        return name3;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name3 = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name3, from, to), () => forBody(name3));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name3 = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name3, (0, code_1._)`${arr}[${i}]`);
            forBody(name3);
          });
        }
        return this._for(new ForIter("of", varKind, name3, iterable), () => forBody(name3));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name3 = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name3, obj), () => forBody(name3));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name3, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name3, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants4) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants4[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants4[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate2 = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate2);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count2 = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count2++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count2 += countKeys(sch));
        }
        if (count2 === Infinity)
          return Infinity;
      }
      return count2;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate2 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate2 });
        validate2.errors = null;
        validate2.schema = sch.schema;
        validate2.schemaEnv = sch;
        if (sch.$async)
          validate2.$async = true;
        if (this.opts.code.source === true) {
          validate2.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate2.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate2.source)
            validate2.source.evaluated = (0, codegen_1.stringify)(validate2.evaluated);
        }
        sch.validate = validate2;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name3) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name3
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options2) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options2.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options2.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options2);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options2) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options2.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options2.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options2);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options2.nid}:${nss}`;
      options2.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options2) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options2.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options2) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options2);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options2), options2);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options2) {
      const schemelessOptions = options2 ? Object.assign({ scheme: "null" }, options2) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options2 && options2.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options2 || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options2 || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options2, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options2), options2);
        relative = parse(serialize(relative, options2), options2);
      }
      options2 = options2 || {};
      if (!options2.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options2) {
      const normalizedA = normalizeComparableURI(uriA, options2);
      const normalizedB = normalizeComparableURI(uriB, options2);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options2 = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options2.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options2);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options2.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options2.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options2.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options2.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options2.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options2.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent2 = component.indexOf("%");
      while (percent2 !== -1) {
        if (percent2 + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent2 + 1, percent2 + 3))) {
          return true;
        }
        percent2 = component.indexOf("%", percent2 + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options2, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options2, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options2.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options2.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options2, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options2.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options2 = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options2.reference === "suffix") {
        if (options2.scheme) {
          uri = options2.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options2.reference && options2.reference !== "suffix" && options2.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options2.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options2.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options2, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options2.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options2);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name3, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name3] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text2, msg) => text2 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options2, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options2)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name3 in this.opts.formats) {
        const format = this.opts.formats[name3];
        if (format)
          this.addFormat(name3, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count2 = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count2)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count2) {
          gen.code((0, codegen_1._)`${count2}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count2} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/pend/index.js
var require_pend = __commonJS({
  "node_modules/pend/index.js"(exports, module) {
    module.exports = Pend;
    function Pend() {
      this.pending = 0;
      this.max = Infinity;
      this.listeners = [];
      this.waiting = [];
      this.error = null;
    }
    Pend.prototype.go = function(fn) {
      if (this.pending < this.max) {
        pendGo(this, fn);
      } else {
        this.waiting.push(fn);
      }
    };
    Pend.prototype.wait = function(cb) {
      if (this.pending === 0) {
        cb(this.error);
      } else {
        this.listeners.push(cb);
      }
    };
    Pend.prototype.hold = function() {
      return pendHold(this);
    };
    function pendHold(self) {
      self.pending += 1;
      var called = false;
      return onCb;
      function onCb(err) {
        if (called) throw new Error("callback called twice");
        called = true;
        self.error = self.error || err;
        self.pending -= 1;
        if (self.waiting.length > 0 && self.pending < self.max) {
          pendGo(self, self.waiting.shift());
        } else if (self.pending === 0) {
          var listeners = self.listeners;
          self.listeners = [];
          listeners.forEach(cbListener);
        }
      }
      function cbListener(listener) {
        listener(self.error);
      }
    }
    function pendGo(self, fn) {
      fn(pendHold(self));
    }
  }
});

// node_modules/yauzl/fd-slicer.js
var require_fd_slicer = __commonJS({
  "node_modules/yauzl/fd-slicer.js"(exports) {
    var fs = __require("fs");
    var util = __require("util");
    var stream = __require("stream");
    var Readable = stream.Readable;
    var PassThrough = stream.PassThrough;
    var Pend = require_pend();
    var EventEmitter = __require("events").EventEmitter;
    exports.BufferSlicer = BufferSlicer;
    exports.FdSlicer = FdSlicer;
    util.inherits(FdSlicer, EventEmitter);
    function FdSlicer(fd) {
      EventEmitter.call(this);
      this.fd = fd;
      this.pend = new Pend();
      this.pend.max = 1;
      this.refCount = 0;
    }
    FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      var self = this;
      self.pend.go(function(cb) {
        fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer2) {
          cb();
          callback(err, bytesRead, buffer2);
        });
      });
    };
    FdSlicer.prototype.createReadStream = function(options2) {
      return new ReadStream(this, options2);
    };
    FdSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    FdSlicer.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount < 0) throw new Error("invalid unref");
      if (self.refCount > 0) return;
      fs.close(self.fd, onCloseDone);
      function onCloseDone(err) {
        if (err) {
          self.emit("error", err);
        } else {
          self.emit("close");
        }
      }
    };
    util.inherits(ReadStream, Readable);
    function ReadStream(context, options2) {
      options2 = options2 || {};
      Readable.call(this, options2);
      this.context = context;
      this.context.ref();
      this.start = options2.start || 0;
      this.endOffset = options2.end;
      this.pos = this.start;
    }
    ReadStream.prototype._read = function(n) {
      var self = this;
      var toRead = Math.min(self._readableState.highWaterMark, n);
      if (self.endOffset != null) {
        toRead = Math.min(toRead, self.endOffset - self.pos);
      }
      if (toRead <= 0) {
        self.push(null);
        this._cleanup();
        return;
      }
      self.context.pend.go(function(cb) {
        var buffer = Buffer.allocUnsafe(toRead);
        fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
          if (err) {
            self.destroy(err);
          } else if (bytesRead === 0) {
            self.push(null);
            self._cleanup();
          } else {
            self.pos += bytesRead;
            self.push(buffer.slice(0, bytesRead));
          }
          cb();
        });
      });
    };
    ReadStream.prototype._destroy = function(err, cb) {
      this._cleanup();
      cb(err);
    };
    ReadStream.prototype._cleanup = function() {
      if (this.context != null) {
        this.context.unref();
        this.context = null;
      }
    };
    util.inherits(BufferSlicer, EventEmitter);
    function BufferSlicer(buffer) {
      EventEmitter.call(this);
      this.refCount = 0;
      this.buffer = buffer;
    }
    BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
      if (position < 0) throw new RangeError("position is negative: " + position);
      if (offset + length > buffer.length) {
        length = buffer.length - offset;
      }
      if (position + length > this.buffer.length) {
        length = this.buffer.length - position;
      }
      if (length <= 0) {
        setImmediate(function() {
          callback(null, 0);
        });
        return;
      }
      this.buffer.copy(buffer, offset, position, position + length);
      setImmediate(function() {
        callback(null, length);
      });
    };
    BufferSlicer.prototype.createReadStream = function(options2) {
      options2 = options2 || {};
      var readStream = new PassThrough(options2);
      readStream.start = options2.start || 0;
      readStream.endOffset = options2.end;
      readStream.pos = readStream.endOffset || this.buffer.length;
      var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
      var maxChunkSize = 65536;
      var offset = 0;
      while (true) {
        var nextOffset = offset + maxChunkSize;
        if (nextOffset >= entireSlice.length) {
          if (offset < entireSlice.length) {
            readStream.write(entireSlice.slice(offset, entireSlice.length));
          }
          break;
        }
        readStream.write(entireSlice.slice(offset, nextOffset));
        offset = nextOffset;
      }
      readStream.end();
      return readStream;
    };
    BufferSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    BufferSlicer.prototype.unref = function() {
      this.refCount -= 1;
      if (this.refCount < 0) {
        throw new Error("invalid unref");
      }
    };
  }
});

// node_modules/yauzl/crc32.js
var require_crc32 = __commonJS({
  "node_modules/yauzl/crc32.js"(exports, module) {
    var CRC_TABLE = new Int32Array([
      0,
      1996959894,
      3993919788,
      2567524794,
      124634137,
      1886057615,
      3915621685,
      2657392035,
      249268274,
      2044508324,
      3772115230,
      2547177864,
      162941995,
      2125561021,
      3887607047,
      2428444049,
      498536548,
      1789927666,
      4089016648,
      2227061214,
      450548861,
      1843258603,
      4107580753,
      2211677639,
      325883990,
      1684777152,
      4251122042,
      2321926636,
      335633487,
      1661365465,
      4195302755,
      2366115317,
      997073096,
      1281953886,
      3579855332,
      2724688242,
      1006888145,
      1258607687,
      3524101629,
      2768942443,
      901097722,
      1119000684,
      3686517206,
      2898065728,
      853044451,
      1172266101,
      3705015759,
      2882616665,
      651767980,
      1373503546,
      3369554304,
      3218104598,
      565507253,
      1454621731,
      3485111705,
      3099436303,
      671266974,
      1594198024,
      3322730930,
      2970347812,
      795835527,
      1483230225,
      3244367275,
      3060149565,
      1994146192,
      31158534,
      2563907772,
      4023717930,
      1907459465,
      112637215,
      2680153253,
      3904427059,
      2013776290,
      251722036,
      2517215374,
      3775830040,
      2137656763,
      141376813,
      2439277719,
      3865271297,
      1802195444,
      476864866,
      2238001368,
      4066508878,
      1812370925,
      453092731,
      2181625025,
      4111451223,
      1706088902,
      314042704,
      2344532202,
      4240017532,
      1658658271,
      366619977,
      2362670323,
      4224994405,
      1303535960,
      984961486,
      2747007092,
      3569037538,
      1256170817,
      1037604311,
      2765210733,
      3554079995,
      1131014506,
      879679996,
      2909243462,
      3663771856,
      1141124467,
      855842277,
      2852801631,
      3708648649,
      1342533948,
      654459306,
      3188396048,
      3373015174,
      1466479909,
      544179635,
      3110523913,
      3462522015,
      1591671054,
      702138776,
      2966460450,
      3352799412,
      1504918807,
      783551873,
      3082640443,
      3233442989,
      3988292384,
      2596254646,
      62317068,
      1957810842,
      3939845945,
      2647816111,
      81470997,
      1943803523,
      3814918930,
      2489596804,
      225274430,
      2053790376,
      3826175755,
      2466906013,
      167816743,
      2097651377,
      4027552580,
      2265490386,
      503444072,
      1762050814,
      4150417245,
      2154129355,
      426522225,
      1852507879,
      4275313526,
      2312317920,
      282753626,
      1742555852,
      4189708143,
      2394877945,
      397917763,
      1622183637,
      3604390888,
      2714866558,
      953729732,
      1340076626,
      3518719985,
      2797360999,
      1068828381,
      1219638859,
      3624741850,
      2936675148,
      906185462,
      1090812512,
      3747672003,
      2825379669,
      829329135,
      1181335161,
      3412177804,
      3160834842,
      628085408,
      1382605366,
      3423369109,
      3138078467,
      570562233,
      1426400815,
      3317316542,
      2998733608,
      733239954,
      1555261956,
      3268935591,
      3050360625,
      752459403,
      1541320221,
      2607071920,
      3965973030,
      1969922972,
      40735498,
      2617837225,
      3943577151,
      1913087877,
      83908371,
      2512341634,
      3803740692,
      2075208622,
      213261112,
      2463272603,
      3855990285,
      2094854071,
      198958881,
      2262029012,
      4057260610,
      1759359992,
      534414190,
      2176718541,
      4139329115,
      1873836001,
      414664567,
      2282248934,
      4279200368,
      1711684554,
      285281116,
      2405801727,
      4167216745,
      1634467795,
      376229701,
      2685067896,
      3608007406,
      1308918612,
      956543938,
      2808555105,
      3495958263,
      1231636301,
      1047427035,
      2932959818,
      3654703836,
      1088359270,
      936918e3,
      2847714899,
      3736837829,
      1202900863,
      817233897,
      3183342108,
      3401237130,
      1404277552,
      615818150,
      3134207493,
      3453421203,
      1423857449,
      601450431,
      3009837614,
      3294710456,
      1567103746,
      711928724,
      3020668471,
      3272380065,
      1510334235,
      755167117
    ]);
    function crc32(buf) {
      let crc = -1;
      for (let x of buf) {
        crc = CRC_TABLE[(crc ^ x) & 255] ^ crc >>> 8;
      }
      return (crc ^ -1) >>> 0;
    }
    module.exports = crc32;
  }
});

// node_modules/yauzl/index.js
var require_yauzl = __commonJS({
  "node_modules/yauzl/index.js"(exports) {
    var fs = __require("fs");
    var zlib = __require("zlib");
    var fd_slicer = require_fd_slicer();
    var util = __require("util");
    var EventEmitter = __require("events").EventEmitter;
    var Transform = __require("stream").Transform;
    var PassThrough = __require("stream").PassThrough;
    var Writable = __require("stream").Writable;
    var crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : require_crc32();
    exports.open = open;
    exports.fromFd = fromFd;
    exports.fromBuffer = fromBuffer;
    exports.fromRandomAccessReader = fromRandomAccessReader;
    exports.openPromise = openPromise;
    exports.fromFdPromise = fromFdPromise;
    exports.fromBufferPromise = fromBufferPromise;
    exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;
    exports.dosDateTimeToDate = dosDateTimeToDate;
    exports.getFileNameLowLevel = getFileNameLowLevel;
    exports.validateFileName = validateFileName;
    exports.parseExtraFields = parseExtraFields;
    exports.ZipFile = ZipFile;
    exports.Entry = Entry;
    exports.LocalFileHeader = LocalFileHeader;
    exports.RandomAccessReader = RandomAccessReader;
    function openPromise(path, options2) {
      return new Promise((resolve, reject) => {
        open(path, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromFdPromise(fd, options2) {
      return new Promise((resolve, reject) => {
        fromFd(fd, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromBufferPromise(buffer, options2) {
      return new Promise((resolve, reject) => {
        fromBuffer(buffer, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromRandomAccessReaderPromise(reader, totalSize, options2) {
      return new Promise((resolve, reject) => {
        fromRandomAccessReader(reader, totalSize, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function open(path, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.open(path, "r", function(err, fd) {
        if (err) return callback(err);
        fromFd(fd, options2, function(err2, zipfile) {
          if (err2) fs.close(fd, defaultCallback);
          callback(err2, zipfile);
        });
      });
    }
    function fromFd(fd, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.fstat(fd, function(err, stats) {
        if (err) return callback(err);
        var reader = new fd_slicer.FdSlicer(fd);
        fromRandomAccessReader(reader, stats.size, options2, callback);
      });
    }
    function fromBuffer(buffer, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      var reader = new fd_slicer.BufferSlicer(buffer);
      fromRandomAccessReader(reader, buffer.length, options2, callback);
    }
    function fromRandomAccessReader(reader, totalSize, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      var decodeStrings = !!options2.decodeStrings;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
      if (totalSize > Number.MAX_SAFE_INTEGER) {
        throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
      }
      reader.ref();
      var eocdrWithoutCommentSize = 22;
      var zip64EocdlSize = 20;
      var maxCommentSize = 65535;
      var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
      var buffer = newBuffer(bufferSize);
      var bufferReadStart = totalSize - buffer.length;
      readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
        if (err) return callback(err);
        for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
          if (buffer.readUInt32LE(i) !== 101010256) continue;
          var eocdrBuffer = buffer.subarray(i);
          var diskNumber = eocdrBuffer.readUInt16LE(4);
          var entryCount = eocdrBuffer.readUInt16LE(10);
          var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
          var commentLength = eocdrBuffer.readUInt16LE(20);
          var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
          if (commentLength !== expectedCommentLength) {
            return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK\u263A\u263B` in the comment?"));
          }
          var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false) : eocdrBuffer.subarray(22);
          if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 117853008) {
            var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
            var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
            var zip64EocdrBuffer = newBuffer(56);
            return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err2) {
              if (err2) return callback(err2);
              if (zip64EocdrBuffer.readUInt32LE(0) !== 101075792) {
                return callback(new Error("invalid zip64 end of central directory record signature"));
              }
              diskNumber = zip64EocdrBuffer.readUInt32LE(16);
              if (diskNumber !== 0) {
                return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
              }
              entryCount = readUInt64LE(zip64EocdrBuffer, 32);
              centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
              return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
            });
          }
          if (diskNumber !== 0) {
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
        }
        callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
      });
    }
    util.inherits(ZipFile, EventEmitter);
    function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
      var self = this;
      EventEmitter.call(self);
      self.reader = reader;
      self.reader.on("error", function(err) {
        emitError(self, err);
      });
      self.reader.once("close", function() {
        self.emit("close");
      });
      self.readEntryCursor = centralDirectoryOffset;
      self.fileSize = fileSize;
      self.entryCount = entryCount;
      self.comment = comment;
      self.entriesRead = 0;
      self.autoClose = !!autoClose;
      self.lazyEntries = !!lazyEntries;
      self.decodeStrings = !!decodeStrings;
      self.validateEntrySizes = !!validateEntrySizes;
      self.strictFileNames = !!strictFileNames;
      self.isOpen = true;
      self.emittedError = false;
      self.hasEachEntryBeenCalled = false;
      if (!self.lazyEntries) self._readEntry();
    }
    ZipFile.prototype.close = function() {
      if (!this.isOpen) return;
      this.isOpen = false;
      this.reader.unref();
    };
    function emitErrorAndAutoClose(self, err) {
      if (self.autoClose) self.close();
      emitError(self, err);
    }
    function emitError(self, err) {
      if (self.emittedError) return;
      self.emittedError = true;
      self.emit("error", err);
    }
    ZipFile.prototype.readEntry = function() {
      if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
      this._readEntry();
    };
    ZipFile.prototype._readEntry = function() {
      var self = this;
      if (self.entryCount === self.entriesRead) {
        setImmediate(function() {
          if (self.autoClose) self.close();
          if (self.emittedError) return;
          self.emit("end");
        });
        return;
      }
      if (self.emittedError) return;
      var buffer = newBuffer(46);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
        if (err) return emitErrorAndAutoClose(self, err);
        if (self.emittedError) return;
        var entry = new Entry();
        var signature = buffer.readUInt32LE(0);
        if (signature !== 33639248) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
        entry.versionMadeBy = buffer.readUInt16LE(4);
        entry.versionNeededToExtract = buffer.readUInt16LE(6);
        entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
        entry.compressionMethod = buffer.readUInt16LE(10);
        entry.lastModFileTime = buffer.readUInt16LE(12);
        entry.lastModFileDate = buffer.readUInt16LE(14);
        entry.crc32 = buffer.readUInt32LE(16);
        entry.compressedSize = buffer.readUInt32LE(20);
        entry.uncompressedSize = buffer.readUInt32LE(24);
        entry.fileNameLength = buffer.readUInt16LE(28);
        entry.extraFieldLength = buffer.readUInt16LE(30);
        entry.fileCommentLength = buffer.readUInt16LE(32);
        entry.internalFileAttributes = buffer.readUInt16LE(36);
        entry.externalFileAttributes = buffer.readUInt32LE(38);
        entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);
        if (entry.generalPurposeBitFlag & 64) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));
        self.readEntryCursor += 46;
        buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
        readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err2) {
          if (err2) return emitErrorAndAutoClose(self, err2);
          if (self.emittedError) return;
          entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
          var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
          entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
          entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);
          try {
            entry.extraFields = parseExtraFields(entry.extraFieldRaw);
          } catch (err3) {
            return emitErrorAndAutoClose(self, err3);
          }
          if (self.decodeStrings) {
            var isUtf8 = (entry.generalPurposeBitFlag & 2048) !== 0;
            entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
            entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
            var errorMessage2 = validateFileName(entry.fileName);
            if (errorMessage2 != null) return emitErrorAndAutoClose(self, new Error(errorMessage2));
          } else {
            entry.fileComment = entry.fileCommentRaw;
            entry.fileName = entry.fileNameRaw;
          }
          entry.comment = entry.fileComment;
          self.readEntryCursor += buffer.length;
          self.entriesRead += 1;
          for (var i = 0; i < entry.extraFields.length; i++) {
            var extraField = entry.extraFields[i];
            if (extraField.id !== 1) continue;
            var zip64EiefBuffer = extraField.data;
            var index = 0;
            if (entry.uncompressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
              }
              entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.compressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
              }
              entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.relativeOffsetOfLocalHeader === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
              }
              entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            break;
          }
          if (self.validateEntrySizes && entry.compressionMethod === 0) {
            var expectedCompressedSize = entry.uncompressedSize;
            if (entry.isEncrypted()) {
              expectedCompressedSize += 12;
            }
            if (entry.compressedSize !== expectedCompressedSize) {
              var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
              return emitErrorAndAutoClose(self, new Error(msg));
            }
          }
          self.emit("entry", entry);
          if (!self.lazyEntries) self._readEntry();
        });
      });
    };
    ZipFile.prototype.eachEntry = function() {
      const self = this;
      if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
      if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
      self.hasEachEntryBeenCalled = true;
      let pendingResolveReject = null;
      self.on("entry", onEntry);
      self.on("end", onEnd);
      self.on("error", onError);
      function cleanup() {
        self.removeListener("entry", onEntry);
        self.removeListener("end", onEnd);
        self.removeListener("error", onError);
        if (self.autoClose) self.close();
      }
      function onEntry(entry) {
        let { resolve } = pendingResolveReject;
        pendingResolveReject = null;
        resolve({ value: entry });
      }
      function onEnd() {
        let { resolve } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        resolve({ done: true });
      }
      function onError(err) {
        let { reject } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        reject(err);
      }
      return {
        [Symbol.asyncIterator]() {
          return this;
        },
        next() {
          const promise = new Promise((resolve, reject) => {
            if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
            pendingResolveReject = { resolve, reject };
          });
          self.readEntry();
          return promise;
        },
        return(value) {
          cleanup();
          return Promise.resolve({ done: true, value });
        },
        throw(value) {
          cleanup();
          return Promise.reject(value);
        }
      };
    };
    ZipFile.prototype.openReadStream = function(entry, options2, callback) {
      var self = this;
      var relativeStart = 0;
      var relativeEnd = entry.compressedSize;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) {
        options2 = {};
      } else {
        if (options2.decodeFileData === false) {
          if (options2.decrypt != null) {
            throw new Error("cannot use options.decrypt when options.decodeFileData === false");
          }
          if (options2.decompress != null) {
            throw new Error("cannot use options.decompress when options.decodeFileData === false");
          }
        } else {
          if (options2.decrypt != null) {
            if (!entry.isEncrypted()) {
              throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
            }
            if (options2.decrypt !== false) throw new Error("invalid options.decrypt value: " + options2.decrypt);
            if (entry.isCompressed()) {
              if (options2.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
            }
          }
          if (options2.decompress != null) {
            if (!entry.isCompressed()) {
              throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
            }
            if (!(options2.decompress === false || options2.decompress === true)) {
              throw new Error("invalid options.decompress value: " + options2.decompress);
            }
            decompress = options2.decompress;
          }
        }
        if (options2.start != null) {
          relativeStart = options2.start;
          if (relativeStart < 0) throw new Error("options.start < 0");
          if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
        }
        if (options2.end != null) {
          relativeEnd = options2.end;
          if (relativeEnd < 0) throw new Error("options.end < 0");
          if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
          if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
        }
      }
      var rawMode = options2.decodeFileData === false || // Explicitly requested raw.
      (entry.compressionMethod === 0 || // Naturally without compression.
      entry.compressionMethod === 8 && options2.decompress === false) && (!entry.isEncrypted() || // Naturally without encryption.
      options2.decrypt === false);
      if (options2.start != null || options2.end != null) {
        if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
      }
      if (!self.isOpen) return callback(new Error("closed"));
      if (entry.isEncrypted() && !rawMode) {
        if (options2.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
      }
      var decompress;
      if (rawMode) {
        decompress = false;
      } else if (entry.compressionMethod === 8) {
        decompress = options2.decodeFileData !== true;
      } else {
        return callback(new Error("unsupported compression method: " + entry.compressionMethod));
      }
      self.readLocalFileHeader(entry, { minimal: true }, function(err, localFileHeader) {
        if (err) return callback(err);
        self.openReadStreamLowLevel(
          localFileHeader.fileDataStart,
          entry.compressedSize,
          relativeStart,
          relativeEnd,
          decompress,
          entry.uncompressedSize,
          callback
        );
      });
    };
    ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
      var self = this;
      var fileDataEnd = fileDataStart + compressedSize;
      var readStream = self.reader.createReadStream({
        start: fileDataStart + relativeStart,
        end: fileDataStart + relativeEnd
      });
      var endpointStream = readStream;
      if (decompress) {
        var destroyed = false;
        var inflateFilter = zlib.createInflateRaw();
        readStream.on("error", function(err) {
          setImmediate(function() {
            if (!destroyed) inflateFilter.emit("error", err);
          });
        });
        readStream.pipe(inflateFilter);
        if (self.validateEntrySizes) {
          endpointStream = new AssertByteCountStream(uncompressedSize);
          inflateFilter.on("error", function(err) {
            setImmediate(function() {
              if (!destroyed) endpointStream.emit("error", err);
            });
          });
          inflateFilter.pipe(endpointStream);
        } else {
          endpointStream = inflateFilter;
        }
        installDestroyFn(endpointStream, function() {
          destroyed = true;
          if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
          readStream.unpipe(inflateFilter);
          readStream.destroy();
        });
      }
      callback(null, endpointStream);
    };
    ZipFile.prototype.readLocalFileHeader = function(entry, options2, callback) {
      var self = this;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      self.reader.ref();
      var buffer = newBuffer(30);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
        try {
          if (err) return callback(err);
          var signature = buffer.readUInt32LE(0);
          if (signature !== 67324752) {
            return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
          }
          var fileNameLength = buffer.readUInt16LE(26);
          var extraFieldLength = buffer.readUInt16LE(28);
          var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
          if (fileDataStart + entry.compressedSize > self.fileSize) {
            return callback(new Error("file data overflows file bounds: " + fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
          }
          if (options2.minimal) {
            return callback(null, { fileDataStart });
          }
          var localFileHeader = new LocalFileHeader();
          localFileHeader.fileDataStart = fileDataStart;
          localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
          localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
          localFileHeader.compressionMethod = buffer.readUInt16LE(8);
          localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
          localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
          localFileHeader.crc32 = buffer.readUInt32LE(14);
          localFileHeader.compressedSize = buffer.readUInt32LE(18);
          localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
          localFileHeader.fileNameLength = fileNameLength;
          localFileHeader.extraFieldLength = extraFieldLength;
          buffer = newBuffer(fileNameLength + extraFieldLength);
          self.reader.ref();
          readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err2) {
            try {
              if (err2) return callback(err2);
              localFileHeader.fileName = buffer.subarray(0, fileNameLength);
              localFileHeader.extraField = buffer.subarray(fileNameLength);
              return callback(null, localFileHeader);
            } finally {
              self.reader.unref();
            }
          });
        } finally {
          self.reader.unref();
        }
      });
    };
    ZipFile.prototype.openReadStreamPromise = function(entry, options2) {
      return new Promise((resolve, reject) => {
        this.openReadStream(entry, options2, function(err, readStream) {
          if (err) return reject(err);
          resolve(readStream);
        });
      });
    };
    ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
      return new Promise((resolve, reject) => {
        this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
          if (err) return reject(err);
          resolve(readStream);
        });
      });
    };
    ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options2) {
      return new Promise((resolve, reject) => {
        this.readLocalFileHeader(entry, options2, function(err, localFileHeader) {
          if (err) return reject(err);
          resolve(localFileHeader);
        });
      });
    };
    function Entry() {
    }
    Entry.prototype.getLastModDate = function(options2) {
      if (options2 == null) options2 = {};
      if (!options2.forceDosFormat) {
        for (var i = 0; i < this.extraFields.length; i++) {
          var extraField = this.extraFields[i];
          if (extraField.id === 21589) {
            var data = extraField.data;
            if (data.length < 5) continue;
            var flags = data[0];
            var HAS_MTIME = 1;
            if (!(flags & HAS_MTIME)) continue;
            var posixTimestamp = data.readInt32LE(1);
            return new Date(posixTimestamp * 1e3);
          } else if (extraField.id === 10) {
            var data = extraField.data;
            if (data.length !== 32) continue;
            if (data.readUInt16LE(4) !== 1) continue;
            if (data.readUInt16LE(6) !== 24) continue;
            var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
            var millisecondsSince1970 = hundredNanoSecondsSince1601 / 1e4 - 116444736e5;
            return new Date(millisecondsSince1970);
          }
        }
      }
      return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options2.timezone);
    };
    Entry.prototype.canDecodeFileData = function() {
      return !this.isEncrypted() && (this.compressionMethod === 0 || this.compressionMethod === 8);
    };
    Entry.prototype.isEncrypted = function() {
      return (this.generalPurposeBitFlag & 1) !== 0;
    };
    Entry.prototype.isCompressed = function() {
      return this.compressionMethod === 8;
    };
    function LocalFileHeader() {
    }
    function dosDateTimeToDate(date, time, timezone) {
      var day = date & 31;
      var month = (date >> 5 & 15) - 1;
      var year = (date >> 9 & 127) + 1980;
      var millisecond = 0;
      var second = (time & 31) * 2;
      var minute = time >> 5 & 63;
      var hour = time >> 11 & 31;
      if (timezone == null || timezone === "local") {
        return new Date(year, month, day, hour, minute, second, millisecond);
      } else if (timezone === "UTC") {
        return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
      } else {
        throw new Error("unrecognized options.timezone: " + options.timezone);
      }
    }
    function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
      var fileName = null;
      for (var i = 0; i < extraFields.length; i++) {
        var extraField = extraFields[i];
        if (extraField.id === 28789) {
          if (extraField.data.length < 6) {
            continue;
          }
          if (extraField.data.readUInt8(0) !== 1) {
            continue;
          }
          var oldNameCrc32 = extraField.data.readUInt32LE(1);
          if (crc32(fileNameBuffer) !== oldNameCrc32) {
            continue;
          }
          fileName = decodeBuffer(extraField.data.subarray(5), true);
          break;
        }
      }
      if (fileName == null) {
        var isUtf8 = (generalPurposeBitFlag & 2048) !== 0;
        fileName = decodeBuffer(fileNameBuffer, isUtf8);
      }
      if (!strictFileNames) {
        fileName = fileName.replace(/\\/g, "/");
      }
      return fileName;
    }
    function validateFileName(fileName) {
      if (fileName.indexOf("\\") !== -1) {
        return "invalid characters in fileName: " + fileName;
      }
      if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
        return "absolute path: " + fileName;
      }
      if (fileName.split("/").indexOf("..") !== -1) {
        return "invalid relative path: " + fileName;
      }
      return null;
    }
    function parseExtraFields(extraFieldBuffer) {
      var extraFields = [];
      var i = 0;
      while (i < extraFieldBuffer.length - 3) {
        var headerId = extraFieldBuffer.readUInt16LE(i + 0);
        var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
        var dataStart = i + 4;
        var dataEnd = dataStart + dataSize;
        if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
        var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
        extraFields.push({
          id: headerId,
          data: dataBuffer
        });
        i = dataEnd;
      }
      return extraFields;
    }
    function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
      if (length === 0) {
        return setImmediate(function() {
          callback(null, newBuffer(0));
        });
      }
      reader.read(buffer, offset, length, position, function(err, bytesRead) {
        if (err) return callback(err);
        if (bytesRead < length) {
          return callback(new Error("unexpected EOF"));
        }
        callback();
      });
    }
    util.inherits(AssertByteCountStream, Transform);
    function AssertByteCountStream(byteCount) {
      Transform.call(this);
      this.actualByteCount = 0;
      this.expectedByteCount = byteCount;
    }
    AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
      this.actualByteCount += chunk.length;
      if (this.actualByteCount > this.expectedByteCount) {
        var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb(null, chunk);
    };
    AssertByteCountStream.prototype._flush = function(cb) {
      if (this.actualByteCount < this.expectedByteCount) {
        var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb();
    };
    util.inherits(RandomAccessReader, EventEmitter);
    function RandomAccessReader() {
      EventEmitter.call(this);
      this.refCount = 0;
    }
    RandomAccessReader.prototype.ref = function() {
      this.refCount += 1;
    };
    RandomAccessReader.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount > 0) return;
      if (self.refCount < 0) throw new Error("invalid unref");
      self.close(onCloseDone);
      function onCloseDone(err) {
        if (err) return self.emit("error", err);
        self.emit("close");
      }
    };
    RandomAccessReader.prototype.createReadStream = function(options2) {
      if (options2 == null) options2 = {};
      var start = options2.start;
      var end = options2.end;
      if (start === end) {
        var emptyStream = new PassThrough();
        setImmediate(function() {
          emptyStream.end();
        });
        return emptyStream;
      }
      var stream = this._readStreamForRange(start, end);
      var destroyed = false;
      var refUnrefFilter = new RefUnrefFilter(this);
      stream.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) refUnrefFilter.emit("error", err);
        });
      });
      installDestroyFn(refUnrefFilter, function() {
        stream.unpipe(refUnrefFilter);
        refUnrefFilter.unref();
        stream.destroy();
      });
      var byteCounter = new AssertByteCountStream(end - start);
      refUnrefFilter.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) byteCounter.emit("error", err);
        });
      });
      installDestroyFn(byteCounter, function() {
        destroyed = true;
        refUnrefFilter.unpipe(byteCounter);
        refUnrefFilter.destroy();
      });
      return stream.pipe(refUnrefFilter).pipe(byteCounter);
    };
    RandomAccessReader.prototype._readStreamForRange = function(start, end) {
      throw new Error("not implemented");
    };
    RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
      var readStream = this.createReadStream({ start: position, end: position + length });
      var writeStream = new Writable();
      var written = 0;
      writeStream._write = function(chunk, encoding, cb) {
        chunk.copy(buffer, offset + written, 0, chunk.length);
        written += chunk.length;
        cb();
      };
      writeStream.on("finish", callback);
      readStream.on("error", function(error) {
        callback(error);
      });
      readStream.pipe(writeStream);
    };
    RandomAccessReader.prototype.close = function(callback) {
      setImmediate(callback);
    };
    util.inherits(RefUnrefFilter, PassThrough);
    function RefUnrefFilter(context) {
      PassThrough.call(this);
      this.context = context;
      this.context.ref();
      this.unreffedYet = false;
    }
    RefUnrefFilter.prototype._flush = function(cb) {
      this.unref();
      cb();
    };
    RefUnrefFilter.prototype.unref = function(cb) {
      if (this.unreffedYet) return;
      this.unreffedYet = true;
      this.context.unref();
    };
    var cp437 = "\0\u263A\u263B\u2665\u2666\u2663\u2660\u2022\u25D8\u25CB\u25D9\u2642\u2640\u266A\u266B\u263C\u25BA\u25C4\u2195\u203C\xB6\xA7\u25AC\u21A8\u2191\u2193\u2192\u2190\u221F\u2194\u25B2\u25BC !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u2302\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
    function decodeBuffer(buffer, isUtf8) {
      if (isUtf8) {
        return buffer.toString("utf8");
      } else {
        var result = "";
        for (var i = 0; i < buffer.length; i++) {
          result += cp437[buffer[i]];
        }
        return result;
      }
    }
    function readUInt64LE(buffer, offset) {
      var lower32 = buffer.readUInt32LE(offset);
      var upper32 = buffer.readUInt32LE(offset + 4);
      return upper32 * 4294967296 + lower32;
    }
    var newBuffer;
    if (typeof Buffer.allocUnsafe === "function") {
      newBuffer = function(len) {
        return Buffer.allocUnsafe(len);
      };
    } else {
      newBuffer = function(len) {
        return new Buffer(len);
      };
    }
    function installDestroyFn(stream, fn) {
      if (typeof stream.destroy === "function") {
        stream._destroy = function(err, cb) {
          fn();
          if (cb != null) cb(err);
        };
      } else {
        stream.destroy = fn;
      }
    }
    function defaultCallback(err) {
      if (err) throw err;
    }
  }
});

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name3, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name3[0]) {
          case "<":
            this.required = true;
            this._name = name3.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name3.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name3;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options2, group) => {
          const optionList = options2.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name3) {
        this.envVar = name3;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options2) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options2.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name3) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name3 || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name3, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name3);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name3) {
        return new _Command(name3);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name3, description) {
        return new Argument2(name3, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name3, description, parseArg, defaultValue) {
        const argument = this.createArgument(name3, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name3) => this._findCommand(name3)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name3 = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name3,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name3, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name3);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name3, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine2 = true) {
        this._combineFlagAndOptionalValue = !!combine2;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name3) {
        if (!name3) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name3 || cmd._aliases.includes(name3)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name3) {
        const message = `error: missing required argument '${name3}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text2 = helper.formatHelp(this, helper);
        if (context.hasColors) return text2;
        return this._outputConfiguration.stripColor(text2);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text2) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text2 === "function") {
            helpStr = text2({ error: context.error, command: context.command });
          } else {
            helpStr = text2;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name3) => new Command2(name3);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name3, description) => new Argument2(name3, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// src/history/load.ts
import { lstatSync as lstatSync2 } from "node:fs";
import { basename, join } from "node:path";

// src/shared/errors.ts
var InputError = class extends Error {
  name = "InputError";
  input;
  value;
  expected;
  /** `message` replaces the standard sentence (a driver that words it for its own users). */
  constructor(input, value, expected, message) {
    super(
      message ?? `${subject(input)} has an invalid value ${JSON.stringify(value)}: expected ${expected}.`
    );
    this.input = input;
    this.value = value;
    this.expected = expected;
  }
};
function subject(input) {
  if (/^[A-Z][A-Z0-9_]*$/.test(input)) return `Environment variable ${input}`;
  return /^[a-z][a-z0-9-]*$/.test(input) ? `Input '${input}'` : `'${input}'`;
}
var ProfileError = class extends Error {
  name = "ProfileError";
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/profile/profile.ts
var import_ajv = __toESM(require_ajv(), 1);

// src/shared/units.ts
var KiB = 1024;
var MiB = 1024 * KiB;
var GiB = 1024 * MiB;
var TiB = 1024 * GiB;
var SIZE_PATTERN = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([kmgt]?)(i?b?)\s*$/i;
var UNIT_BYTES = { "": 1, k: KiB, m: MiB, g: GiB, t: TiB };
var SIZE_FORMAT = "a size such as 512M, 512MiB, 1.5G, 2GB or 1073741824 (bytes); K/M/G/T are powers of 1024";
function parseSize(text2) {
  const match = SIZE_PATTERN.exec(text2);
  if (!match) return null;
  const [, amount, unit = "", suffix = ""] = match;
  if (unit === "" && suffix.toLowerCase().startsWith("i")) return null;
  const bytes2 = Number(amount) * (UNIT_BYTES[unit.toLowerCase()] ?? Number.NaN);
  if (!Number.isFinite(bytes2) || bytes2 > Number.MAX_SAFE_INTEGER) return null;
  return Math.floor(bytes2);
}
var DURATION_FORMAT = "a duration such as 500ms, 2s, 1.5s or 1m (a plain number means milliseconds)";
var DURATION_PATTERN = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min)?\s*$/i;
var DURATION_MS = { "": 1, ms: 1, s: 1e3, m: 6e4, min: 6e4 };
function parseDurationMs(text2) {
  const match = DURATION_PATTERN.exec(text2);
  if (!match) return null;
  const [, amount, unit = ""] = match;
  const ms2 = Number(amount) * (DURATION_MS[unit.toLowerCase()] ?? Number.NaN);
  return Number.isFinite(ms2) ? Math.round(ms2) : null;
}
function formatBytes(bytes2) {
  if (!Number.isFinite(bytes2)) return String(bytes2);
  const sign = bytes2 < 0 ? "-" : "";
  const abs = Math.abs(bytes2);
  if (abs >= GiB) return `${sign}${trimZeros((abs / GiB).toFixed(abs >= 100 * GiB ? 0 : 1))} GiB`;
  if (abs >= MiB) return `${sign}${Math.round(abs / MiB)} MiB`;
  if (abs >= KiB) return `${sign}${Math.round(abs / KiB)} KiB`;
  return `${sign}${abs} B`;
}
function formatDuration(ms2) {
  if (ms2 < 1e3) return `${Math.round(ms2)} ms`;
  if (ms2 < 59950) return `${trimZeros((ms2 / 1e3).toFixed(1))} s`;
  const totalSeconds = Math.round(ms2 / 1e3);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}
function humanDuration(ms2) {
  if (ms2 < 72e5) return formatDuration(ms2);
  const minutes = Math.round(ms2 / 6e4);
  return minutes % 60 === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
function trimZeros(fixed) {
  return fixed.replace(/\.0+$/, "");
}

// src/profile/types.ts
var PROFILE_KIND = "resource-planner/run-profile";
var PROFILE_VERSION = 6;
var MAX_SHARDS = 256;
var TIMELINE_MAX_POINTS = 600;
var MAX_PROFILE_TASKS = 1e4;

// src/profile/schema.ts
var name = { type: "string", maxLength: 256 };
var nullableName = { type: ["string", "null"], maxLength: 256 };
var bytes = { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER };
var nullableBytes = {
  type: ["integer", "null"],
  minimum: 0,
  maximum: Number.MAX_SAFE_INTEGER
};
var count = { type: "integer", minimum: 0, maximum: 1e9 };
var nullableId = {
  type: ["integer", "null"],
  minimum: 0,
  maximum: Number.MAX_SAFE_INTEGER
};
var ms = { type: "number", minimum: 0, maximum: 1e12 };
function object(properties) {
  return {
    type: "object",
    additionalProperties: false,
    required: Object.keys(properties),
    properties
  };
}
function timelineColumn(items) {
  return { type: "array", maxItems: TIMELINE_MAX_POINTS, items };
}
var workerGroupV1 = {
  name,
  parentName: nullableName,
  maxConcurrency: count,
  processes: count,
  peakRss: object({ p50Bytes: bytes, p90Bytes: bytes, maxBytes: bytes, meanBytes: bytes }),
  meanEndRssBytes: bytes,
  peakTotalBytes: bytes
};
var concurrencyV2 = {
  memberMeanBytes: bytes,
  memberSdBytes: bytes,
  aliveAtPeak: count,
  meanAlive: { type: "number", minimum: 0, maximum: 1e9 }
};
var concurrencyFor = (version) => ({
  anyOf: [
    { type: "null" },
    object(
      version === 2 ? concurrencyV2 : (
        // null: upgraded from v2, which did not record it (the action saves what it read).
        { ...concurrencyV2, sustainedAlive: { ...count, type: ["integer", "null"] } }
      )
    )
  ]
});
var phaseFor = (workerGroup, version) => object({
  name,
  startMs: ms,
  endMs: ms,
  durationMs: ms,
  workersRecommended: { type: ["integer", "null"], minimum: 0, maximum: 1e5 },
  // v6: the heap cap the recorder set (MiB); a petabyte heap is not a cap.
  ...version >= 6 ? { nodeHeapMb: { type: ["integer", "null"], minimum: 1, maximum: 1e9 } } : {},
  samples: count,
  treeRss: object({ peakBytes: bytes, p95Bytes: bytes, meanBytes: bytes, endBytes: bytes }),
  peakSystemUsedBytes: nullableBytes,
  peakCgroupUsageBytes: nullableBytes,
  oomKills: count,
  ...version >= 4 ? { heapLimitKills: { ...count, type: ["integer", "null"] } } : {},
  pressureMaxAvg10: { type: ["number", "null"], minimum: 0, maximum: 100 },
  workerGroups: { type: "array", maxItems: 50, items: workerGroup }
});
var shard = {
  type: ["object", "null"],
  additionalProperties: false,
  required: ["index", "total"],
  properties: {
    index: { type: "integer", minimum: 1, maximum: MAX_SHARDS },
    total: { type: "integer", minimum: 1, maximum: MAX_SHARDS }
  }
};
var runV1 = {
  repositoryId: nullableId,
  repository: nullableName,
  workflow: nullableName,
  job: nullableName,
  matrixKey: { type: ["string", "null"], maxLength: 4096 },
  runId: nullableId,
  runAttempt: nullableId,
  sha: { type: ["string", "null"], maxLength: 64 },
  ref: nullableName,
  event: { type: ["string", "null"], maxLength: 64 },
  headRepositoryId: nullableId,
  startedAt: { type: "string", maxLength: 40 }
};
function schemaFor(version) {
  const workerGroup = object(
    version === 1 ? workerGroupV1 : { ...workerGroupV1, concurrency: concurrencyFor(version) }
  );
  const exitCode = { type: ["integer", "null"], minimum: -1e6, maximum: 1e6 };
  const run2 = version === 1 ? object(runV1) : version <= 3 ? object({ ...runV1, exitCode }) : object({ ...runV1, exitCode, shard });
  const schema = {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: `https://github.com/resource-planner/resource-planner/docs/run-profile-v${version}.schema.json`,
    title: `resource-planner run profile v${version}`,
    ...object({
      kind: { const: "resource-planner/run-profile" },
      version: { const: version },
      tool: object({
        name: { const: "resource-planner" },
        version: { type: "string", maxLength: 64 }
      }),
      host: object({
        os: { type: "string", maxLength: 32 },
        arch: { type: "string", maxLength: 32 },
        logicalCpus: count,
        cpus: count,
        memoryTotalBytes: bytes,
        memoryLimitBytes: bytes,
        cgroupMemoryLimitBytes: nullableBytes,
        cgroupVersion: { enum: [1, 2, null] }
      }),
      run: run2,
      sampler: object({
        intervalMs: ms,
        source: { type: "string", maxLength: 16 },
        samples: count,
        died: { type: "boolean" }
      }),
      phases: { type: "array", maxItems: 500, items: phaseFor(workerGroup, version) },
      timeline: object({
        tMs: timelineColumn(ms),
        treeRssBytes: timelineColumn(bytes),
        systemUsedBytes: timelineColumn(nullableBytes),
        cgroupUsageBytes: timelineColumn(nullableBytes),
        phase: timelineColumn({ type: "integer", minimum: 0, maximum: 499 })
      }),
      events: {
        type: "array",
        maxItems: 1e3,
        items: object({
          tMs: ms,
          kind: {
            enum: [
              "oom-kill",
              "pressure-peak",
              "sigkill",
              "sampler-died",
              ...version >= 4 ? ["heap-limit"] : []
            ]
          },
          phase: nullableName,
          detail: nullableName,
          value: { type: ["number", "null"] }
        })
      }
    })
  };
  if (version < 4) return schema;
  const properties = schema.properties;
  return {
    ...schema,
    properties: {
      ...properties,
      tasks: {
        type: "array",
        maxItems: MAX_PROFILE_TASKS,
        items: object({
          name,
          status: { enum: ["ok", "failed", "oom-killed", "not-started", "not-run", "stopped"] },
          exitStatus: { type: ["integer", "null"], minimum: -1e6, maximum: 1e6 },
          runs: count,
          durationMs: ms,
          peakBytes: bytes,
          ...version >= 5 ? { peakUnsharedBytes: { ...bytes, type: ["integer", "null"] } } : {},
          startMs: { ...ms, type: ["number", "null"] },
          endMs: { ...ms, type: ["number", "null"] }
        })
      }
    }
  };
}
var RUN_PROFILE_SCHEMA_V1 = schemaFor(1);
var RUN_PROFILE_SCHEMA_V2 = schemaFor(2);
var RUN_PROFILE_SCHEMA_V3 = schemaFor(3);
var RUN_PROFILE_SCHEMA_V4 = schemaFor(4);
var RUN_PROFILE_SCHEMA_V5 = schemaFor(5);
var RUN_PROFILE_SCHEMA = schemaFor(6);

// src/profile/profile.ts
var MAX_PROFILE_BYTES = 4 * MiB;
var MAX_NESTING = 8;
var SCHEMAS = {
  1: RUN_PROFILE_SCHEMA_V1,
  2: RUN_PROFILE_SCHEMA_V2,
  3: RUN_PROFILE_SCHEMA_V3,
  4: RUN_PROFILE_SCHEMA_V4,
  5: RUN_PROFILE_SCHEMA_V5,
  6: RUN_PROFILE_SCHEMA
};
var validators = /* @__PURE__ */ new Map();
function validate(value, version) {
  let validator = validators.get(version);
  if (!validator) {
    validator = new import_ajv.Ajv({ allErrors: false, strict: true }).compile(SCHEMAS[version]);
    validators.set(version, validator);
  }
  return validator(value) ? null : validator.errors ?? [];
}
function upgrade(profile) {
  const concurrency = (figures) => figures ? { ...figures, sustainedAlive: figures.sustainedAlive ?? null } : null;
  return {
    ...profile,
    version: PROFILE_VERSION,
    run: {
      ...profile.run,
      exitCode: profile.run.exitCode ?? null,
      shard: profile.run.shard ?? null
    },
    ...profile.tasks === void 0 ? {} : {
      tasks: profile.tasks.map((task) => ({
        ...task,
        peakUnsharedBytes: task.peakUnsharedBytes ?? null
      }))
    },
    phases: profile.phases.map((phase) => ({
      ...phase,
      heapLimitKills: phase.heapLimitKills ?? null,
      nodeHeapMb: phase.nodeHeapMb ?? null,
      workerGroups: phase.workerGroups.map((group) => ({
        ...group,
        concurrency: concurrency(group.concurrency)
      }))
    }))
  };
}
function serializeProfile(profile) {
  return JSON.stringify(profile);
}
function nestingDepth(text2) {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text2.length; index++) {
    const character = text2.charCodeAt(index);
    if (inString) {
      if (character === 92)
        index++;
      else if (character === 34) inString = false;
    } else if (character === 34) inString = true;
    else if (character === 123 || character === 91) deepest = Math.max(deepest, ++depth);
    else if (character === 125 || character === 93) depth--;
  }
  return deepest;
}
function parseProfile(text2, maxBytes = MAX_PROFILE_BYTES) {
  if (Buffer.byteLength(text2, "utf8") > maxBytes) {
    throw new ProfileError(`profile is larger than ${maxBytes} bytes`);
  }
  if (nestingDepth(text2) > MAX_NESTING)
    throw new ProfileError("profile nests deeper than the format allows");
  let value;
  try {
    value = JSON.parse(text2);
  } catch (error) {
    throw new ProfileError(
      `profile is not JSON: ${quoteUntrusted(error instanceof Error ? error.message : String(error), 120)}`
    );
  }
  const header = typeof value === "object" && value !== null ? value : {};
  if (header.kind !== PROFILE_KIND) throw new ProfileError("not a resource-planner run profile");
  if (typeof header.version === "number" && header.version > PROFILE_VERSION) {
    throw new ProfileError(
      `unsupported version ${header.version} (this is version ${PROFILE_VERSION}; update the action)`
    );
  }
  const version = header.version === 1 || header.version === 2 || header.version === 3 || header.version === 4 || header.version === 5 ? header.version : PROFILE_VERSION;
  const errors = validate(value, version);
  if (errors) {
    const first = errors[0];
    throw new ProfileError(
      `profile does not match the schema: ${first?.instancePath || "/"} ${first?.message ?? "is invalid"}`
    );
  }
  const profile = version < PROFILE_VERSION ? upgrade(value) : value;
  checkConsistency(profile);
  return profile;
}
function checkConsistency(profile) {
  const length = profile.timeline.tMs.length;
  for (const column of [
    profile.timeline.treeRssBytes,
    profile.timeline.systemUsedBytes,
    profile.timeline.cgroupUsageBytes,
    profile.timeline.phase
  ]) {
    if (column.length !== length)
      throw new ProfileError("profile timeline columns differ in length");
  }
  if (profile.timeline.phase.some((index) => index >= profile.phases.length)) {
    throw new ProfileError("profile timeline points at a phase that does not exist");
  }
  const shard2 = profile.run.shard;
  if (shard2 && shard2.index > shard2.total)
    throw new ProfileError("profile run.shard has an index above its total");
}

// src/history/extract.ts
var import_yauzl = __toESM(require_yauzl(), 1);

// src/profile/digest.ts
var DIGEST_KIND = "resource-planner/history-digest";
var DIGEST_VERSION = 1;
var DIGEST_FILE_NAME = "history-digest.json";
var MAX_DIGEST_ENTRIES = 100;
var MAX_DIGEST_BYTES = 4 * MiB;
var MAX_ENTRY_BYTES = 256 * 1024;
function parseDigest(text2) {
  if (Buffer.byteLength(text2, "utf8") > MAX_DIGEST_BYTES)
    throw new ProfileError(`history digest is larger than ${MAX_DIGEST_BYTES} bytes`);
  let value;
  try {
    value = JSON.parse(text2);
  } catch {
    throw new ProfileError("history digest is not JSON");
  }
  const digest = typeof value === "object" && value !== null ? value : {};
  if (digest.kind !== DIGEST_KIND) throw new ProfileError("not a resource-planner history digest");
  if (digest.version !== DIGEST_VERSION)
    throw new ProfileError(
      `unsupported history digest version ${String(digest.version).slice(0, 16)}`
    );
  if (!Array.isArray(digest.entries)) throw new ProfileError("history digest has no entries");
  const problems = [];
  const entries = [];
  const raw = digest.entries;
  if (raw.length > MAX_DIGEST_ENTRIES)
    problems.push(
      `${raw.length - MAX_DIGEST_ENTRIES} entries past the first ${MAX_DIGEST_ENTRIES} ignored`
    );
  for (const [index, entry] of raw.slice(0, MAX_DIGEST_ENTRIES).entries()) {
    try {
      entries.push(parseProfile(JSON.stringify(entry), MAX_ENTRY_BYTES));
    } catch (error) {
      problems.push(
        `entry ${index + 1}: ${error instanceof ProfileError ? error.message : "unreadable"}`
      );
    }
  }
  return { entries, problems };
}

// src/runner/files.ts
import {
  accessSync,
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  statSync
} from "node:fs";
import { dirname } from "node:path";
var FileError = class _FileError extends Error {
  name = "FileError";
  path;
  problem;
  /** What is wrong, without the path: `no such file`, `a FIFO, not a regular file`. */
  reason;
  /** `label`: how the message names the path (default: the path itself, quoted when it has control characters). */
  constructor(path, problem, reason, label = shownPath(path)) {
    super(`${label}: ${reason}`);
    this.path = path;
    this.problem = problem;
    this.reason = reason;
  }
  /** The same refusal, naming the path as the user gave it (`--history DIR`). */
  relabel(label) {
    return new _FileError(this.path, this.problem, this.reason, label);
  }
};
function namedByOption(error, option, path) {
  return error instanceof FileError && error.path === path ? error.relabel(`${option} ${shownPath(path)}`) : error;
}
function shownPath(path) {
  return /[\u0000-\u001f\u007f]/.test(path) ? JSON.stringify(path) : path;
}
var CHUNK_BYTES = 64 * 1024;
function readBoundedText(path, maxBytes, options2 = {}) {
  const what = options2.what ?? "this file";
  const followLinks = options2.followLinks ?? true;
  let stat;
  try {
    stat = followLinks ? statSync(path) : lstatSync(path);
  } catch (error) {
    throw systemFileError(path, error, "file");
  }
  checkReadable(path, stat, maxBytes, what);
  const flags = constants.O_RDONLY | // Should the path become a FIFO after the check, opening it must not wait for a writer.
  (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0) | (followLinks ? 0 : constants.O_NOFOLLOW ?? 0);
  let fd;
  try {
    fd = openSync(path, flags);
  } catch (error) {
    throw systemFileError(path, error, "file");
  }
  try {
    const opened = fstatSync(fd);
    checkReadable(path, opened, maxBytes, what);
    const chunks = [];
    let total = 0;
    while (total <= maxBytes) {
      const want = Math.min(CHUNK_BYTES, maxBytes + 1 - total);
      const chunk = Buffer.allocUnsafe(want);
      let read;
      try {
        read = readSync(fd, chunk, 0, want, null);
      } catch (error) {
        throw systemFileError(path, error, "file");
      }
      if (read === 0) break;
      chunks.push(read === want ? chunk : chunk.subarray(0, read));
      total += read;
    }
    if (total > maxBytes)
      throw new FileError(
        path,
        "too-large",
        `more than the ${formatBytes(maxBytes)} ${what} may have (read past its stated size of ${formatBytes(opened.size)})`
      );
    return Buffer.concat(chunks, total).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
function checkReadable(path, stat, maxBytes, what) {
  if (!stat.isFile())
    throw new FileError(path, "wrong-type", `${kindOf(stat)}, not a regular file`);
  if (stat.size > maxBytes)
    throw new FileError(
      path,
      "too-large",
      `${formatBytes(stat.size)}, more than the ${formatBytes(maxBytes)} ${what} may have`
    );
}
function requireFolder(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    throw systemFileError(path, error, "folder");
  }
  if (!stat.isDirectory()) throw new FileError(path, "wrong-type", `${kindOf(stat)}, not a folder`);
}
function listFolder(path) {
  requireFolder(path);
  try {
    return readdirSync(path);
  } catch (error) {
    throw systemFileError(path, error, "folder");
  }
}
function ensureWritableDirectory(path, maxMissingParents = 2) {
  createLevel(path, maxMissingParents);
  requireFolder(path);
  try {
    accessSync(path, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new FileError(path, "unusable", `not writable (${errorCode(error) ?? "refused"})`);
  }
}
function createLevel(path, parentsLeft) {
  const code = tryMkdir(path);
  if (code === null || code === "EEXIST") return;
  const parent = dirname(path);
  if (code === "ENOENT" && parentsLeft > 0 && parent !== path) {
    createLevel(parent, parentsLeft - 1);
    const again = tryMkdir(path);
    if (again === null || again === "EEXIST") return;
    throw cannotCreate(path, again);
  }
  throw cannotCreate(path, code);
}
function tryMkdir(path) {
  try {
    mkdirSync(path);
    return null;
  } catch (error) {
    return errorCode(error) ?? "EUNKNOWN";
  }
}
function cannotCreate(path, code) {
  return new FileError(
    path,
    code === "ENOENT" || code === "ENOTDIR" ? "missing" : "unusable",
    `cannot be created (${code})`
  );
}
function errorCode(error) {
  const code = error?.code;
  return typeof code === "string" ? code : void 0;
}
function systemFileError(path, error, expected) {
  const code = errorCode(error);
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new FileError(path, "missing", `no such ${expected}`);
    case "ELOOP":
      return new FileError(path, "wrong-type", `a symbolic link, not a regular ${expected}`);
    case "EISDIR":
      return new FileError(path, "wrong-type", `a folder, not a regular ${expected}`);
    case "EAGAIN":
    case "EWOULDBLOCK":
      return new FileError(path, "wrong-type", `not a regular ${expected}`);
    case "EACCES":
    case "EPERM":
      return new FileError(path, "unusable", "permission denied");
    default:
      return new FileError(path, "unusable", `cannot be read (${code ?? String(error)})`);
  }
}
function kindOf(stat) {
  if (stat.isDirectory()) return "a folder";
  if (stat.isFIFO()) return "a FIFO (named pipe)";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  if (stat.isSocket()) return "a socket";
  if (stat.isSymbolicLink()) return "a symbolic link";
  if (stat.isFile()) return "a regular file";
  return "an unknown kind of file";
}

// src/shared/record.ts
function asRecord(value) {
  return typeof value === "object" && value !== null ? value : {};
}

// src/github/runs.ts
var MAX_ZIP_BYTES = 8 * MiB;

// src/profile/identity.ts
function profileHost(capacity) {
  return {
    os: capacity.os,
    arch: capacity.arch,
    logicalCpus: capacity.logicalCpus,
    cpus: capacity.cpus,
    memoryTotalBytes: capacity.hostMemoryTotalBytes,
    memoryLimitBytes: capacity.memoryLimitBytes,
    cgroupMemoryLimitBytes: capacity.cgroup?.memoryLimitBytes ?? null,
    cgroupVersion: capacity.cgroup?.version ?? null
  };
}
function sameShard(a, b) {
  const whole = (shard2) => shard2 === null || shard2.total === 1;
  if (whole(a) || whole(b)) return whole(a) && whole(b);
  return a?.index === b?.index && a?.total === b?.total;
}
function shardLabel(shard2) {
  return shard2 === null || shard2.total === 1 ? null : `shard ${shard2.index}/${shard2.total}`;
}
var MAX_CANONICAL_KEY_CHARACTERS = 4096;
function canonicalMatrixKey(text2) {
  const trimmed = text2.trim();
  if (trimmed === "" || trimmed === "null") return null;
  if (trimmed.length > MAX_CANONICAL_KEY_CHARACTERS) return text2;
  try {
    return JSON.stringify(sortedKeys(JSON.parse(trimmed)));
  } catch {
    return text2;
  }
}
function sortedKeys(value) {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== "object" || value === null) return value;
  const record = value;
  return Object.fromEntries(
    Object.keys(record).sort().map((key) => [key, sortedKeys(record[key])])
  );
}
function profileRun(context, matrixKey, startedAt, exitCode = null, shard2 = null) {
  return {
    repositoryId: context.repositoryId,
    repository: context.repository,
    workflow: context.workflow,
    job: context.job,
    matrixKey,
    runId: context.runId,
    runAttempt: context.runAttempt,
    sha: context.sha,
    ref: context.ref,
    event: context.eventName,
    headRepositoryId: context.headRepositoryId,
    startedAt,
    exitCode,
    shard: shard2
  };
}

// src/history/load.ts
function summariseSkips(skipped, total) {
  if (skipped.length === 0) return null;
  const reasons = [...new Set(skipped.map((skip) => skip.reason))].slice(0, 3).join("; ");
  return `${skipped.length} of ${total} profiles skipped: ${reasons}.`;
}
function loadHistoryFromDirectory(directory, maxProfiles = 100) {
  const result = { profiles: [], skipped: [], notes: [], apiCalls: 0 };
  const files = [];
  for (const entry of listFolder(directory)) {
    const path = join(directory, entry);
    if (isFolder(path)) files.push(...innerProfiles(path, result));
    else if (entry.endsWith(".json")) files.push(path);
  }
  const digests = [];
  for (const file of files.sort().slice(0, maxProfiles)) {
    try {
      if (basename(file) === DIGEST_FILE_NAME) {
        const parsed = parseDigest(
          readBoundedText(file, MAX_DIGEST_BYTES, { what: "a history digest", followLinks: false })
        );
        digests.push(...parsed.entries);
        if (parsed.problems.length > 0)
          result.notes.push(
            `${shownPath(file)}: ${parsed.problems.length} digest entries left out.`
          );
        continue;
      }
      const text2 = readBoundedText(file, MAX_PROFILE_BYTES, {
        what: "a run profile",
        followLinks: false
      });
      const profile = parseProfile(text2);
      result.profiles.push({ profile, runId: profile.run.runId, url: null, failed: false });
    } catch (error) {
      result.skipped.push({
        runId: null,
        reason: error instanceof FileError ? error.message : `${shownPath(file)}: ${errorMessage(error)}`
      });
    }
  }
  const covered = new Set(result.profiles.map((entry) => entry.runId));
  let fromDigests = 0;
  for (const entry of digests) {
    if (entry.run.runId !== null && covered.has(entry.run.runId)) continue;
    covered.add(entry.run.runId);
    result.profiles.push({ profile: entry, runId: entry.run.runId, url: null, failed: false });
    fromDigests++;
  }
  if (fromDigests > 0)
    result.notes.push(`${fromDigests} run(s) from history digests in ${directory}.`);
  result.profiles.splice(maxProfiles);
  if (files.length > maxProfiles)
    result.notes.push(`Only the first ${maxProfiles} of ${files.length} files were read.`);
  const skips = summariseSkips(result.skipped, files.length);
  if (skips) result.notes.push(skips);
  return result;
}
function isFolder(path) {
  try {
    return lstatSync2(path).isDirectory();
  } catch {
    return false;
  }
}
function innerProfiles(folder, result) {
  let entries;
  try {
    entries = listFolder(folder);
  } catch (error) {
    result.notes.push(`Skipped ${errorMessage(error)}.`);
    return [];
  }
  return entries.filter((inner) => inner.endsWith(".json") && !isFolder(join(folder, inner))).map((inner) => join(folder, inner));
}

// node_modules/simple-statistics/dist/simple-statistics.mjs
function quantileSorted(x, p) {
  var idx = (x.length - 1) * p;
  if (x.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p < 0 || p > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p === 1) {
    return x[x.length - 1];
  } else if (p === 0) {
    return x[0];
  } else if (idx % 1 !== 0) {
    var lower = Math.floor(idx);
    var upper = Math.ceil(idx);
    var fraction = idx - lower;
    return x[lower] + fraction * (x[upper] - x[lower]);
  } else {
    return x[idx];
  }
}
function quickselect(arr, k, left, right) {
  left = left || 0;
  right = right || arr.length - 1;
  while (right > left) {
    if (right - left > 600) {
      var n = right - left + 1;
      var m = k - left + 1;
      var z2 = Math.log(n);
      var s = 0.5 * Math.exp(2 * z2 / 3);
      var sd = 0.5 * Math.sqrt(z2 * s * (n - s) / n);
      if (m - n / 2 < 0) {
        sd *= -1;
      }
      var newLeft = Math.max(left, Math.floor(k - m * s / n + sd));
      var newRight = Math.min(
        right,
        Math.floor(k + (n - m) * s / n + sd)
      );
      quickselect(arr, k, newLeft, newRight);
    }
    var t = arr[k];
    var i = left;
    var j = right;
    swap(arr, left, k);
    if (arr[right] > t) {
      swap(arr, left, right);
    }
    while (i < j) {
      swap(arr, i, j);
      i++;
      j--;
      while (arr[i] < t) {
        i++;
      }
      while (arr[j] > t) {
        j--;
      }
    }
    if (arr[left] === t) {
      swap(arr, left, j);
    } else {
      j++;
      swap(arr, j, right);
    }
    if (j <= k) {
      left = j + 1;
    }
    if (k <= j) {
      right = j - 1;
    }
  }
}
function swap(arr, i, j) {
  var tmp = arr[i];
  arr[i] = arr[j];
  arr[j] = tmp;
}
function quantile(x, p) {
  var copy = x.slice();
  if (Array.isArray(p)) {
    multiQuantileSelect(copy, p);
    var results = [];
    for (var i = 0; i < p.length; i++) {
      results[i] = quantileSorted(copy, p[i]);
    }
    return results;
  } else {
    var idx = quantileIndex(copy.length, p);
    quantileSelect(copy, idx, 0, copy.length - 1);
    return quantileSorted(copy, p);
  }
}
function quantileSelect(arr, k, left, right) {
  if (k % 1 === 0) {
    quickselect(arr, k, left, right);
  } else {
    k = Math.floor(k);
    quickselect(arr, k, left, right);
    quickselect(arr, k + 1, k + 1, right);
  }
}
function multiQuantileSelect(arr, p) {
  var positions = /* @__PURE__ */ new Set();
  for (var i = 0; i < p.length; i++) {
    var idx = quantileIndex(arr.length, p[i]);
    positions.add(Math.floor(idx));
    positions.add(Math.ceil(idx));
  }
  var indices = Array.from(positions).sort(compare);
  multiselect(arr, indices, 0, indices.length - 1, 0, arr.length - 1);
}
function multiselect(arr, indices, lo, hi, left, right) {
  if (lo > hi) {
    return;
  }
  var mid = lo + hi >> 1;
  quickselect(arr, indices[mid], left, right);
  multiselect(arr, indices, lo, mid - 1, left, indices[mid] - 1);
  multiselect(arr, indices, mid + 1, hi, indices[mid] + 1, right);
}
function compare(a, b) {
  return a - b;
}
function quantileIndex(len, p) {
  var idx = (len - 1) * p;
  if (p === 1) {
    return len - 1;
  } else if (p === 0) {
    return 0;
  } else if (idx % 1 !== 0) {
    return idx;
  } else {
    return idx;
  }
}
function linearRegression(data) {
  var m;
  var b;
  var dataLength = data.length;
  if (dataLength === 1) {
    m = 0;
    b = data[0][1];
  } else {
    var sumX = 0;
    var sumY = 0;
    for (var i = 0; i < dataLength; i++) {
      sumX += data[i][0];
      sumY += data[i][1];
    }
    var meanX = sumX / dataLength;
    var meanY = sumY / dataLength;
    var sumXY = 0;
    var sumXX = 0;
    for (var i$1 = 0; i$1 < dataLength; i$1++) {
      var deviationX = data[i$1][0] - meanX;
      sumXY += deviationX * (data[i$1][1] - meanY);
      sumXX += deviationX * deviationX;
    }
    m = sumXY / sumXX;
    b = meanY - m * meanX;
  }
  return {
    m,
    b
  };
}
function median(x) {
  return +quantile(x, 0.5);
}
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum += tmp;
  }
  return Math.round((0.5 + sum / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};

// src/profile/worker-group.ts
function mainWorkerGroup(phase) {
  const concurrent = phase.workerGroups.filter((group) => group.maxConcurrency >= 2);
  const candidates = concurrent.length > 0 ? concurrent : phase.workerGroups;
  let best = null;
  for (const group of candidates)
    if (!best || group.peakTotalBytes > best.peakTotalBytes) best = group;
  return best;
}
function workersRan(group) {
  return group.concurrency?.sustainedAlive ?? group.maxConcurrency;
}

// src/shared/stats.ts
function quantileSorted2(sorted, p) {
  if (sorted.length === 0) return 0;
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile probability must be in [0, 1], got ${p}`);
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below];
  const upper = sorted[Math.min(below + 1, sorted.length - 1)];
  return lower + (upper - lower) * (position - below);
}
function quantile2(values, p) {
  return quantileSorted2(
    [...values].sort((a, b) => a - b),
    p
  );
}
function median2(values) {
  return quantile2(values, 0.5);
}
function medianAbsoluteDeviation(values) {
  const center = median2(values);
  return median2(values.map((value) => Math.abs(value - center)));
}
function weightedQuantile(values, weights, p) {
  if (values.length !== weights.length) throw new RangeError("values and weights differ in length");
  const pairs = values.map((value, index) => [value, weights[index]]).sort((a, b) => a[0] - b[0]);
  const total = pairs.reduce((sum, [, weight]) => sum + weight, 0);
  if (pairs.length === 0 || total <= 0) return 0;
  let cumulative = 0;
  for (const [value, weight] of pairs) {
    cumulative += weight;
    if (cumulative >= p * total - 1e-12) return value;
  }
  return pairs[pairs.length - 1][0];
}
function theilSen(points) {
  const slopes = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i];
      const b = points[j];
      if (b.x !== a.x) slopes.push((b.y - a.y) / (b.x - a.x));
    }
  }
  if (slopes.length === 0) return { slope: 0, positiveShare: 0 };
  return {
    slope: median2(slopes),
    positiveShare: slopes.filter((slope) => slope > 0).length / slopes.length
  };
}

// src/estimate/speedup.ts
var DEFAULT_MIN_SPEEDUP_GAIN = 0.05;
var MAX_EXTRAPOLATION = 4;
var MAX_WORKERS_FITTED = 4096;
function predictDurationMs(model, workers) {
  return model.singleWorkerMs * (model.serialFraction + (1 - model.serialFraction) / Math.max(1, workers));
}
function fitSpeedup(points, minGain = DEFAULT_MIN_SPEEDUP_GAIN) {
  const usable = points.filter((point) => point.workers >= 1 && point.durationMs > 0);
  const distinct2 = [...new Set(usable.map((point) => point.workers))].sort((a, b) => a - b);
  if (usable.length < 3 || distinct2.length < 2) return null;
  const medianDurationsMs = distinct2.map(
    (workers) => median(usable.filter((point) => point.workers === workers).map((point) => point.durationMs))
  );
  const { m: slope, b: intercept } = linearRegression(
    usable.map((point) => [1 / point.workers, point.durationMs])
  );
  if (!(slope > 0)) return noGain(distinct2, medianDurationsMs, minGain);
  const singleWorkerMs = Math.max(1, intercept + slope);
  const serialFraction = Math.min(1, Math.max(0, intercept / singleWorkerMs));
  const model = { serialFraction, singleWorkerMs };
  const largest = distinct2[distinct2.length - 1];
  let maxUsefulWorkers = 1;
  const last = Math.min(largest * MAX_EXTRAPOLATION, MAX_WORKERS_FITTED);
  for (let workers = 2; workers <= last; workers++) {
    const gain = predictDurationMs(model, workers - 1) / predictDurationMs(model, workers) - 1;
    if (gain < minGain) break;
    maxUsefulWorkers = workers;
  }
  return {
    kind: "amdahl",
    serialFraction,
    singleWorkerMs,
    maxUsefulWorkers,
    observedWorkers: distinct2,
    medianDurationsMs
  };
}
function noGain(distinct2, medianDurationsMs, minGain) {
  let fastest = 0;
  medianDurationsMs.forEach((ms2, index) => {
    if (ms2 < medianDurationsMs[fastest]) fastest = index;
  });
  const fastestMs = medianDurationsMs[fastest];
  const larger2 = medianDurationsMs.slice(fastest + 1);
  if (larger2.length === 0 || larger2.some((ms2) => ms2 < fastestMs * (1 + minGain))) return null;
  return {
    kind: "no-gain",
    // A flat curve at the fastest count's median: more workers are predicted no faster.
    serialFraction: 1,
    singleWorkerMs: fastestMs,
    maxUsefulWorkers: distinct2[fastest],
    observedWorkers: distinct2,
    medianDurationsMs
  };
}
function speedupNote(model) {
  if (model.kind === "amdahl")
    return `Durations at ${model.observedWorkers.join(", ")} workers fit Amdahl's law with ${Math.round(model.serialFraction * 100)}% serial work: more than ${model.maxUsefulWorkers} workers gain too little.`;
  const medians = model.observedWorkers.map(
    (workers, index) => `${workers}: ${formatDuration(model.medianDurationsMs[index])}`
  ).join(", ");
  return `Durations did not fall with more workers (median per count, ${medians}): ${model.maxUsefulWorkers} is the fastest count measured.`;
}

// src/estimate/concurrency.ts
var INDEPENDENT_EXPONENT = 0.6;
var LOCKSTEP_EXPONENT = 0.9;
var EXTRAPOLATION_MIN_CORRELATION = 0.03;
var MAX_PEAK_TOTAL_OVER_LOCKSTEP = 1.5;
function lockstepModel(memberPeakBytes, reason) {
  if (!(Number.isFinite(memberPeakBytes) && memberPeakBytes > 0)) {
    throw new RangeError(
      `lockstepModel: memberPeakBytes must be a positive number, got ${memberPeakBytes}`
    );
  }
  return {
    kind: "lockstep",
    meanMemberBytes: memberPeakBytes,
    memberPeakBytes,
    sdMemberBytes: 0,
    exponent: 1,
    observedWorkers: [],
    reason
  };
}
function isNonNegative(value) {
  return Number.isFinite(value) && value >= 0;
}
function screen(observation) {
  const weight = observation.weight ?? 1;
  if (!(Number.isFinite(weight) && weight > 0)) return "weight is not a positive number";
  const peak = observation.memberPeakBytes;
  if (!(Number.isFinite(peak) && peak > 0)) return "member peak is not a positive number";
  const result = {
    weight,
    memberPeakBytes: peak,
    moments: null,
    coupling: null,
    problem: null
  };
  const mean2 = observation.meanMemberBytes;
  const sd = observation.sdMemberBytes;
  if (!(isNonNegative(mean2) && mean2 > 0 && isNonNegative(sd))) {
    result.problem = "mean or standard deviation is not a usable number";
    return result;
  }
  if (mean2 > peak) {
    result.problem = "mean above the member peak";
    return result;
  }
  result.moments = { meanBytes: mean2, sdBytes: sd };
  const workers = observation.aliveAtPeak;
  const total = observation.peakTotalBytes;
  if (!(Number.isInteger(workers) && workers >= 2)) {
    result.problem = "fewer than 2 workers alive at the peak";
  } else if (!(sd > 0 && peak > mean2)) {
    result.problem = "member RSS did not vary (\u03C3 = 0)";
  } else if (!Number.isFinite(total)) {
    result.problem = "peak total is not a number";
  } else if (total <= workers * mean2) {
    result.problem = "peak total not above workers \xD7 mean";
  } else if (total > workers * peak * MAX_PEAK_TOTAL_OVER_LOCKSTEP) {
    result.problem = `peak total above ${MAX_PEAK_TOTAL_OVER_LOCKSTEP} \xD7 workers \xD7 member peak`;
  } else {
    const share2 = (total - workers * mean2) / (workers * (peak - mean2));
    result.coupling = { workers, share: share2, peakTotalBytes: total };
  }
  return result;
}
function weightedMedian(values, weights) {
  const pairs = values.map((value, index) => [value, weights[index] ?? 0]);
  pairs.sort((a, b) => a[0] - b[0]);
  const half = pairs.reduce((sum, [, weight]) => sum + weight, 0) / 2;
  let cumulative = 0;
  for (let index = 0; index < pairs.length; index++) {
    const [value, weight] = pairs[index];
    cumulative += weight;
    if (Math.abs(cumulative - half) <= half * 1e-12 && index + 1 < pairs.length) {
      return (value + pairs[index + 1][0]) / 2;
    }
    if (cumulative > half) return value;
  }
  return pairs[pairs.length - 1][0];
}
var MiB2 = 1024 * 1024;
var GiB2 = 1024 * MiB2;
function formatBytes2(bytes2) {
  if (bytes2 >= GiB2) return `${(bytes2 / GiB2).toFixed(1).replace(/\.0$/, "")} GiB`;
  return `${Math.round(bytes2 / MiB2)} MiB`;
}
function kindFor(exponent) {
  if (exponent >= LOCKSTEP_EXPONENT) return "lockstep";
  if (exponent <= INDEPENDENT_EXPONENT) return "independent";
  return "partly-correlated";
}
var KIND_LABEL = {
  independent: "independent-like",
  "partly-correlated": "partly correlated",
  lockstep: "lockstep-like"
};
function fitConcurrencyModel(observations) {
  if (observations.length === 0) throw new RangeError("fitConcurrencyModel: no observations");
  const screened = [];
  const problems = [];
  for (const observation of observations) {
    const result = screen(observation);
    if (typeof result === "string") problems.push(result);
    else {
      screened.push(result);
      if (result.problem !== null) problems.push(result.problem);
    }
  }
  if (screened.length === 0) {
    throw new RangeError(
      `fitConcurrencyModel: no observation has a usable member peak (${problems[0] ?? "none"})`
    );
  }
  const ignored = problems.length === 0 ? "" : `; ${problems.length} of ${observations.length} observation(s) not used as evidence (${problems[0]})`;
  const withMoments = screened.filter((item) => item.moments !== null);
  if (withMoments.length === 0) {
    const peak2 = weightedMedian(
      screened.map((item) => item.memberPeakBytes),
      screened.map((item) => item.weight)
    );
    return lockstepModel(
      peak2,
      `no usable mean and spread of member RSS: assuming lockstep, N \xD7 ${formatBytes2(peak2)}${ignored}`
    );
  }
  const weights = withMoments.map((item) => item.weight);
  const peak = weightedMedian(
    withMoments.map((item) => item.memberPeakBytes),
    weights
  );
  const mean2 = Math.min(
    peak,
    weightedMedian(
      withMoments.map((item) => item.moments?.meanBytes ?? peak),
      weights
    )
  );
  const sd = weightedMedian(
    withMoments.map((item) => item.moments?.sdBytes ?? 0),
    weights
  );
  const evidence = withMoments.filter((item) => item.coupling !== null);
  if (evidence.length === 0) {
    return {
      kind: "lockstep",
      meanMemberBytes: mean2,
      memberPeakBytes: peak,
      sdMemberBytes: sd,
      exponent: 1,
      observedWorkers: [],
      reason: `no evidence of how the members' peaks overlap: assuming lockstep, N \xD7 ${formatBytes2(peak)}${ignored}`
    };
  }
  let numerator = 0;
  let denominator = 0;
  for (const item of evidence) {
    const { workers, share: share2 } = item.coupling;
    const logWorkers = Math.log(workers);
    const beta = Math.min(1.5, Math.max(0, 1 + Math.log(share2) / logWorkers));
    numerator += item.weight * logWorkers * logWorkers * beta;
    denominator += item.weight * logWorkers * logWorkers;
  }
  const fitted = Math.min(1, Math.max(0.5, numerator / denominator));
  const kind = kindFor(fitted);
  const exponent = kind === "lockstep" ? 1 : fitted;
  const observedWorkers = [
    ...new Set(
      evidence.map((item) => item.coupling.workers)
    )
  ].sort((a, b) => a - b);
  const quoted = evidence.reduce((best, item) => {
    const a = item.coupling;
    const b = best.coupling;
    return a.workers > b.workers || a.workers === b.workers && item.weight > best.weight ? item : best;
  });
  const coupling = quoted.coupling;
  const percent2 = Math.round(coupling.share * 100);
  const range = observedWorkers.length === 1 ? `${observedWorkers[0]}` : `${observedWorkers[0]}\u2013${observedWorkers[observedWorkers.length - 1]}`;
  const reason = `at ${coupling.workers} workers the group peaked at ${formatBytes2(coupling.peakTotalBytes)}, ${percent2}% of the way from the mean to all-at-peak: ${KIND_LABEL[kind]} (exponent ${fitted.toFixed(2)} from ${evidence.length} observation(s) at ${range} workers)${ignored}`;
  return {
    kind,
    meanMemberBytes: mean2,
    memberPeakBytes: peak,
    sdMemberBytes: sd,
    exponent,
    observedWorkers,
    reason
  };
}
function sumVariance(workers, correlation) {
  return workers * (1 + (workers - 1) * correlation);
}
function assertUsableModel(model) {
  const { meanMemberBytes: mean2, memberPeakBytes: peak, exponent } = model;
  if (!(isNonNegative(mean2) && Number.isFinite(peak) && peak >= mean2)) {
    throw new RangeError(
      `concurrency model needs 0 \u2264 meanMemberBytes \u2264 memberPeakBytes, got ${mean2} and ${peak}`
    );
  }
  if (!(exponent >= 0.5 && exponent <= 1)) {
    throw new RangeError(`concurrency model exponent must be in [0.5, 1], got ${exponent}`);
  }
  if (!model.observedWorkers.every((count2) => Number.isFinite(count2) && count2 >= 1)) {
    throw new RangeError("concurrency model observedWorkers must be counts \u2265 1");
  }
}
function predictConcurrentPeakBytes(model, workers) {
  if (!(Number.isInteger(workers) && workers >= 0)) {
    throw new RangeError(`workers must be a whole number \u2265 0, got ${workers}`);
  }
  assertUsableModel(model);
  const { meanMemberBytes: mean2, memberPeakBytes: peak } = model;
  const lockstepBytes = workers * peak;
  if (workers === 0) return 0;
  const exponent = model.kind === "lockstep" ? 1 : model.exponent;
  if (exponent >= 1) return lockstepBytes;
  const largestObserved = Math.max(1, ...model.observedWorkers);
  let multiple = workers ** exponent;
  if (workers > largestObserved) {
    const fittedCorrelation = largestObserved >= 2 ? (largestObserved ** (2 * exponent - 1) - 1) / (largestObserved - 1) : 0;
    const correlation = Math.min(1, Math.max(EXTRAPOLATION_MIN_CORRELATION, fittedCorrelation));
    const growth = Math.sqrt(
      sumVariance(workers, correlation) / sumVariance(largestObserved, correlation)
    );
    multiple = Math.max(multiple, largestObserved ** exponent * growth);
  }
  const predicted = workers * mean2 + (peak - mean2) * Math.min(workers, multiple);
  return Math.min(lockstepBytes, Math.max(workers * mean2, predicted));
}
function maxWorkersWithin(model, availableBytes, cap) {
  if (Number.isNaN(availableBytes)) throw new RangeError("availableBytes is NaN");
  if (!(Number.isInteger(cap) && cap >= 0)) {
    throw new RangeError(`cap must be a whole number \u2265 0, got ${cap}`);
  }
  assertUsableModel(model);
  if (availableBytes < 0) return 0;
  let fits = 0;
  let tooMany = cap + 1;
  while (tooMany - fits > 1) {
    const middle = Math.floor((fits + tooMany) / 2);
    if (predictConcurrentPeakBytes(model, middle) <= availableBytes) fits = middle;
    else tooMany = middle;
  }
  return fits;
}

// src/estimate/estimate.ts
var SAFETY_MARGIN = 0.15;
var MIN_RUNS_FOR_QUANTILE = 5;
var TARGET_QUANTILE = 0.9;
var DEFAULT_HALF_LIFE_DAYS = 7;
var OOM_BUMP_BYTES = 100 * MiB;
var OOM_BUMP_FACTOR = 1.2;
var DAY_MS = 864e5;
var MIN_WEIGHT = 1e-300;
var ELASTIC_RUNTIMES = /* @__PURE__ */ new Set(["node", "java"]);
var ELASTIC_MIN_SHARE = 0.5;
function isElasticRuntime(name3) {
  return name3 !== null && ELASTIC_RUNTIMES.has(name3.toLowerCase().replace(/\.exe$/, ""));
}
function confidenceMultiplier(runs) {
  return runs <= 0 ? Number.POSITIVE_INFINITY : Math.sqrt(1 + 1 / runs);
}
function confidenceFor(runs) {
  if (runs <= 0) return "none";
  if (runs < MIN_RUNS_FOR_QUANTILE) return "low";
  if (runs < 15) return "medium";
  return "high";
}
function figuresOf(entry, phaseName2, nowMs, halfLifeDays) {
  return entry.profile.phases.filter((phase) => phase.name === phaseName2).map((phase) => figuresFor(entry, phase, nowMs, halfLifeDays)).filter((figures) => figures !== null);
}
function phaseStartedAt(startedAt, phase) {
  const moved = new Date(Date.parse(startedAt) + phase.startMs);
  return phase.startMs > 0 && Number.isFinite(moved.getTime()) ? moved.toISOString() : startedAt;
}
function figuresFor(entry, phase, nowMs, halfLifeDays) {
  const group = mainWorkerGroup(phase);
  if (!group || group.peakRss.p90Bytes <= 0) return null;
  const oom = phase.oomKills > 0;
  const treePeak = phase.treeRss.peakBytes;
  const charged = phase.peakCgroupUsageBytes;
  const sharedPageScale = charged !== null && charged > 0 && charged < treePeak ? charged / treePeak : 1;
  const measuredPerWorker = group.peakRss.p90Bytes * sharedPageScale;
  let perWorker = measuredPerWorker;
  if (oom) perWorker = Math.max(perWorker + OOM_BUMP_BYTES, perWorker * OOM_BUMP_FACTOR);
  const workers = Math.max(1, workersRan(group));
  const peak = treePeak * sharedPageScale;
  const startedMs = Date.parse(entry.profile.run.startedAt);
  const ageDays = Number.isFinite(startedMs) ? Math.max(0, (nowMs - startedMs) / DAY_MS) : 0;
  const weight = Math.max(MIN_WEIGHT, 0.5 ** (ageDays / halfLifeDays));
  const host = entry.profile.host;
  const constrained = host.cgroupMemoryLimitBytes !== null && host.cgroupMemoryLimitBytes < host.memoryTotalBytes ? host.cgroupMemoryLimitBytes : null;
  const concurrency = group.concurrency;
  const observation = concurrency && concurrency.aliveAtPeak >= 2 ? {
    aliveAtPeak: concurrency.aliveAtPeak,
    peakTotalBytes: group.peakTotalBytes * sharedPageScale,
    meanMemberBytes: concurrency.memberMeanBytes * sharedPageScale,
    sdMemberBytes: concurrency.memberSdBytes * sharedPageScale,
    memberPeakBytes: measuredPerWorker,
    weight
  } : null;
  return {
    ref: {
      runId: entry.profile.run.runId,
      runAttempt: entry.profile.run.runAttempt,
      sha: entry.profile.run.sha,
      startedAt: entry.profile.run.startedAt,
      url: entry.url,
      perWorkerBytes: perWorker,
      workers,
      oomKills: phase.oomKills
    },
    perWorkerBytes: perWorker,
    measuredPerWorkerBytes: measuredPerWorker,
    baseBytes: Math.max(0, peak - group.peakTotalBytes * sharedPageScale),
    workers,
    peakBytes: peak,
    durationMs: phase.durationMs,
    weight,
    oom,
    heapLimitKills: phase.heapLimitKills ?? 0,
    // The action's profiles have no exit status; GitHub's conclusion stands in for it.
    succeeded: entry.failed !== true && (entry.profile.run.exitCode === null || entry.profile.run.exitCode === 0),
    phaseStartedAt: phaseStartedAt(entry.profile.run.startedAt, phase),
    constrainedLimitBytes: constrained,
    memoryLimitBytes: host.memoryLimitBytes,
    peakUsedBytes: constrained !== null ? phase.peakCgroupUsageBytes : phase.peakSystemUsedBytes,
    nodeHeapMb: phase.nodeHeapMb,
    workerName: group.name,
    observation
  };
}
function sameOs(profiles, os2) {
  if (os2 === void 0) return { kept: profiles, note: null };
  const kept = profiles.filter((entry) => entry.profile.host.os === os2);
  const others = [
    ...new Set(
      profiles.filter((entry) => entry.profile.host.os !== os2).map((entry) => entry.profile.host.os)
    )
  ];
  return {
    kept,
    note: kept.length === profiles.length ? null : `${profiles.length - kept.length} profile(s) from another OS (${others.slice(0, 3).join(", ")}) ignored: memory is counted differently there.`
  };
}
function estimateFromHistory(input) {
  const halfLife = input.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  const { kept, note: osNote } = sameOs(input.profiles, input.capacityOs);
  const perProfile = kept.map((entry) => figuresOf(entry, input.phase, input.nowMs, halfLife));
  const runs = perProfile.flat();
  const missing = perProfile.filter((figures) => figures.length === 0).length;
  const notes = osNote ? [osNote] : [];
  if (runs.length === 0) {
    if (input.profiles.length === 0) return { ...input.fallback, notes: input.fallback.notes };
    const phases = kept.flatMap((entry) => entry.profile.phases.map((phase) => phase.name));
    notes.push(
      `${input.profiles.length} earlier profile(s) found, but none recorded workers in phase '${input.phase}'` + (phases.length > 0 ? `; they have phase(s) ${quotedNames(phases)}.` : ".") + ` Assuming ${formatBytes(input.fallback.perWorkerBytes)} per worker (the fallback).`
    );
    return { ...input.fallback, notes };
  }
  const n = runs.length;
  if (missing > 0)
    notes.push(
      `${missing} of ${kept.length} earlier profile(s) had no workers in phase '${input.phase}'.`
    );
  const target = perWorkerTarget(runs, halfLife, notes);
  const ooms = runs.filter((run2) => run2.oom);
  if (ooms.length > 0) {
    const bumped = Math.max(...ooms.map((run2) => run2.perWorkerBytes));
    target.perWorkerBytes = Math.max(target.perWorkerBytes, bumped);
    notes.push(
      `${ooms.length} earlier run(s) had OOM kills: raised to max(used + 100 MiB, used \xD7 1.2) = ${formatBytes(bumped)} per worker at least.`
    );
  }
  const multiplier = (1 + SAFETY_MARGIN) * confidenceMultiplier(n);
  let perWorkerBytes = Math.round(target.perWorkerBytes * multiplier);
  notes.push(
    `+15% margin and \xD7${confidenceMultiplier(n).toFixed(2)} for ${n} run(s) of evidence: ${formatBytes(perWorkerBytes)} per worker.`
  );
  const latestName = runs.reduce(
    (latest, run2) => Date.parse(run2.ref.startedAt) > Date.parse(latest.ref.startedAt) ? run2 : latest
  ).workerName;
  const elastic = isElasticRuntime(latestName) && ooms.length === 0 && input.elasticMemory !== false;
  const elasticShare = elastic ? elasticPriorShare(runs, input.capacityMemoryLimitBytes) : 1;
  if (elasticShare < 1) {
    const leastSeenBytes = Math.min(...runs.map((run2) => run2.memoryLimitBytes));
    perWorkerBytes = Math.round(perWorkerBytes * elasticShare);
    notes.push(
      `Elastic memory: '${latestName}' workers size their heap from the memory they see; every run learned from saw at least ${formatBytes(leastSeenBytes)}, this runner ${formatBytes(input.capacityMemoryLimitBytes)}: \xD7${elasticShare.toFixed(2)} = ${formatBytes(perWorkerBytes)} per worker.${latestName.toLowerCase().startsWith("node") ? " Pass node-heap-mb to the workers as --max-old-space-size." : ""} Set elastic-memory: off if their memory is held rather than garbage (large caches, syntax trees).`
    );
  }
  perWorkerBytes = provenUnderTighterLimit(
    runs,
    input.capacityMemoryLimitBytes,
    perWorkerBytes,
    notes
  );
  const concurrency = concurrencyModelFor(runs, notes);
  const speedup = fitSpeedup(
    runs.filter((run2) => run2.succeeded && !run2.oom && run2.heapLimitKills === 0).map((run2) => ({ workers: run2.workers, durationMs: run2.durationMs })),
    input.minSpeedupGain ?? DEFAULT_MIN_SPEEDUP_GAIN
  );
  if (speedup) notes.push(speedupNote(speedup));
  const perWorkerValues = runs.map((run2) => run2.perWorkerBytes);
  return {
    source: "history",
    perWorkerBytes,
    memberPeakBytes: Math.round(target.perWorkerBytes),
    baseBytes: Math.round(target.baseBytes),
    confidence: confidenceFor(n),
    historyRuns: n,
    spread: {
      p50Bytes: Math.round(quantile2(perWorkerValues, 0.5)),
      p90Bytes: Math.round(quantile2(perWorkerValues, 0.9)),
      maxBytes: Math.max(...perWorkerValues)
    },
    workerName: latestName,
    oomInHistory: ooms.length > 0,
    speedup,
    concurrency,
    elasticShare,
    elastic,
    baseMeasured: true,
    countEvidence: runs.map(countEvidenceOf),
    runs: runs.map((run2) => run2.ref),
    notes
  };
}
function perWorkerTarget(runs, halfLife, notes) {
  const n = runs.length;
  const perWorkerValues = runs.map((run2) => run2.perWorkerBytes);
  const weights = runs.map((run2) => run2.weight);
  let target;
  let baseBytes = weightedQuantile(
    runs.map((run2) => run2.baseBytes),
    weights,
    0.5
  );
  if (n < MIN_RUNS_FOR_QUANTILE) {
    target = Math.max(...perWorkerValues);
    notes.push(
      `Per worker: the largest of ${n} run(s) (${formatBytes(target)}), as fewer than ${MIN_RUNS_FOR_QUANTILE} runs make a quantile unreliable.`
    );
  } else {
    target = weightedQuantile(perWorkerValues, weights, TARGET_QUANTILE);
    notes.push(
      `Per worker: the p90 of ${n} runs, recent runs weighted more (half-life ${halfLife} days): ${formatBytes(target)}.`
    );
  }
  const counts = new Set(runs.map((run2) => run2.workers));
  if (counts.size >= 3) {
    const { m: slope, b: intercept } = linearRegression(
      runs.map((run2) => [run2.workers, run2.peakBytes])
    );
    if (slope > 0 && intercept >= 0) {
      notes.push(
        `Peak memory rises by ${formatBytes(slope)} per worker across ${counts.size} worker counts (regression); base ${formatBytes(intercept)}.`
      );
      target = Math.max(target, slope);
      baseBytes = intercept;
    }
  }
  return { perWorkerBytes: target, baseBytes };
}
function elasticPriorShare(runs, capacityMemoryLimitBytes) {
  const leastSeenBytes = Math.min(...runs.map((run2) => run2.memoryLimitBytes));
  return capacityMemoryLimitBytes < leastSeenBytes ? Math.max(ELASTIC_MIN_SHARE, capacityMemoryLimitBytes / leastSeenBytes) : 1;
}
function provenUnderTighterLimit(runs, capacityMemoryLimitBytes, perWorkerBytes, notes) {
  const feasible = runs.filter(
    (run2) => !run2.oom && run2.succeeded && run2.constrainedLimitBytes !== null && run2.constrainedLimitBytes < capacityMemoryLimitBytes
  ).map(
    (run2) => Math.max(1, (run2.constrainedLimitBytes - run2.baseBytes) / run2.workers)
  );
  if (feasible.length === 0) return perWorkerBytes;
  const proven = Math.round(Math.min(...feasible));
  if (proven >= perWorkerBytes) return perWorkerBytes;
  notes.push(
    `${feasible.length} run(s) under a tighter memory limit finished without OOM at ${formatBytes(proven)} per worker: using that (garbage-collected workers use less when they see less).`
  );
  return proven;
}
function concurrencyModelFor(runs, notes) {
  const observations = runs.map((run2) => run2.observation).filter((observation) => observation !== null);
  if (observations.length === 0) {
    notes.push(
      "Concurrency: no run recorded 2+ workers at once with per-sample figures (v1 profiles or one worker): workers are planned as if they peak together."
    );
    return null;
  }
  try {
    const model = fitConcurrencyModel(observations);
    notes.push(`Concurrency (${model.kind}): ${model.reason}.`);
    return model;
  } catch (error) {
    notes.push(
      `Concurrency: no usable evidence (${error instanceof Error ? error.message : String(error)}).`
    );
    return null;
  }
}
function countEvidenceOf(run2) {
  return {
    runId: run2.ref.runId,
    workers: run2.workers,
    memoryLimitBytes: run2.memoryLimitBytes,
    clean: !run2.oom && run2.heapLimitKills === 0 && run2.succeeded,
    oomKills: run2.ref.oomKills,
    heapLimitKills: run2.heapLimitKills,
    perWorkerBytes: run2.measuredPerWorkerBytes,
    peakUsedBytes: run2.peakUsedBytes,
    nodeHeapMb: run2.nodeHeapMb,
    startedAt: run2.phaseStartedAt,
    weight: run2.weight
  };
}

// src/history/learn.ts
function estimateFromLoaded(history, settings, capacity, fallback, nowMs) {
  history = sameSplit(history, settings.shard ?? null);
  const estimate = estimateFromHistory({
    profiles: history.profiles.map((entry) => ({
      profile: entry.profile,
      url: entry.url,
      failed: entry.failed
    })),
    phase: settings.profile,
    capacityMemoryLimitBytes: capacity.memoryLimitBytes,
    capacityOs: capacity.os,
    nowMs,
    minSpeedupGain: settings.minSpeedupGain,
    elasticMemory: settings.elasticMemory,
    fallback
  });
  return { ...estimate, notes: [...history.notes, ...estimate.notes] };
}
function sameSplit(history, shard2) {
  if (shard2 === null) return history;
  const kept = history.profiles.filter((entry) => sameShard(entry.profile.run.shard, shard2));
  if (kept.length === history.profiles.length) return history;
  const others = history.profiles.filter((entry) => !sameShard(entry.profile.run.shard, shard2)).map((entry) => shardLabel(entry.profile.run.shard) ?? "the whole");
  return {
    ...history,
    profiles: kept,
    notes: [
      ...history.notes,
      `${others.length} run(s) of another split left out (${[...new Set(others)].join(", ")}): this is ${shardLabel(shard2) ?? "the whole"}, and a shard learns from the same shard of the same split${kept.length === 0 ? "; none is left, so this run plans without history. If the matrix was split differently on purpose, the next runs will learn" : ""}.`
    ]
  };
}
function onlyJob(history, job) {
  const jobs = history.profiles.map((entry) => entry.profile.run.job);
  if (job === null) {
    const distinct2 = new Set(jobs);
    if (distinct2.size < 2) return history;
    return {
      ...history,
      notes: [
        ...history.notes,
        `The profiles are of ${distinct2.size} jobs (${quotedNames(distinct2)}): --name NAME learns from one.`
      ]
    };
  }
  const kept = history.profiles.filter((entry) => entry.profile.run.job === job);
  if (kept.length === history.profiles.length) return history;
  const others = jobs.filter((name3) => name3 !== job);
  return {
    ...history,
    profiles: kept,
    notes: [
      ...history.notes,
      `${others.length} of ${jobs.length} profiles left out: of other jobs (${quotedNames(others)}), not ${quoteUntrusted(job, 60)}.`
    ]
  };
}

// src/probe/probe.ts
import { readFileSync } from "node:fs";
import os from "node:os";
import { posix as posix2 } from "node:path";

// src/probe/cgroup.ts
import { posix } from "node:path";
function parseProcCgroup(text2) {
  const memberships = [];
  for (const line of text2.split("\n")) {
    const first = line.indexOf(":");
    const second = line.indexOf(":", first + 1);
    if (first < 0 || second < 0) continue;
    const hierarchyId = Number(line.slice(0, first));
    if (!Number.isInteger(hierarchyId)) continue;
    const controllerList = line.slice(first + 1, second);
    memberships.push({
      hierarchyId,
      controllers: controllerList === "" ? [] : controllerList.split(","),
      path: line.slice(second + 1) || "/"
    });
  }
  return memberships;
}
function unescapeMountField(field) {
  return field.replace(
    /\\([0-7]{3})/g,
    (_, octal) => String.fromCharCode(parseInt(octal, 8))
  );
}
var V1_NON_CONTROLLER_OPTIONS = /* @__PURE__ */ new Set([
  "rw",
  "ro",
  "relatime",
  "noatime",
  "nosuid",
  "nodev",
  "noexec"
]);
function parseCgroupMounts(text2) {
  const mounts = [];
  for (const line of text2.split("\n")) {
    const separator = line.indexOf(" - ");
    if (separator < 0) continue;
    const left = line.slice(0, separator).split(" ");
    const right = line.slice(separator + 3).split(" ");
    const [fsType, , superOptions = ""] = right;
    const root = left[3];
    const mountPoint = left[4];
    if (root === void 0 || mountPoint === void 0) continue;
    if (fsType === "cgroup2") {
      mounts.push({
        version: 2,
        root: unescapeMountField(root),
        mountPoint: unescapeMountField(mountPoint),
        controllers: []
      });
    } else if (fsType === "cgroup") {
      const controllers = superOptions.split(",").filter(
        (option) => option !== "" && !V1_NON_CONTROLLER_OPTIONS.has(option) && !option.includes("=")
      );
      const named = superOptions.split(",").filter((option) => option.startsWith("name="));
      mounts.push({
        version: 1,
        root: unescapeMountField(root),
        mountPoint: unescapeMountField(mountPoint),
        controllers: [...controllers, ...named]
      });
    }
  }
  return mounts;
}
function cgroupDirectory(mount, cgroupPath) {
  const root = mount.root === "/" ? "" : mount.root.replace(/\/+$/, "");
  let relative;
  if (root === "") relative = cgroupPath;
  else if (cgroupPath === root) relative = "/";
  else if (cgroupPath.startsWith(`${root}/`)) relative = cgroupPath.slice(root.length);
  else return mount.mountPoint;
  return posix.join(mount.mountPoint, relative).replace(/(.)\/+$/, "$1");
}
function directoriesUpToMount(leafDirectory, mountPoint) {
  const clean = (path) => posix.normalize(path).replace(/(.)\/+$/, "$1");
  const directories = [];
  let current = clean(leafDirectory);
  const top = clean(mountPoint);
  if (current !== top && !current.startsWith(`${top}/`)) return [top];
  while (current !== top && current !== posix.dirname(current)) {
    directories.push(current);
    current = posix.dirname(current);
  }
  directories.push(top);
  return directories;
}
var V1_UNLIMITED_THRESHOLD = 2 ** 62;
function parseMemoryLimit(text2) {
  const value = text2.trim();
  if (value === "max") return { kind: "none" };
  if (!/^\d+$/.test(value)) return { kind: "invalid", text: value };
  const bytes2 = Number(value);
  if (bytes2 >= V1_UNLIMITED_THRESHOLD) return { kind: "none" };
  return { kind: "limit", bytes: bytes2 };
}
function parseCounter(text2) {
  const value = text2.trim();
  return /^\d+$/.test(value) ? Number(value) : null;
}
function parseKeyValues(text2) {
  const values = /* @__PURE__ */ new Map();
  for (const line of text2.split("\n")) {
    const [key, value] = line.trim().split(/\s+/);
    if (key && value !== void 0 && /^-?\d+$/.test(value)) values.set(key, Number(value));
  }
  return values;
}
function parseCpuMax(text2) {
  const [quota, period = "100000"] = text2.trim().split(/\s+/);
  if (quota === "max") return null;
  if (!quota || !/^\d+$/.test(quota) || !/^\d+$/.test(period) || Number(period) === 0)
    return "invalid";
  return Number(quota) / Number(period);
}
function parseCfsQuota(quotaText, periodText) {
  const quota = quotaText.trim();
  const period = periodText.trim();
  if (quota === "-1") return null;
  if (!/^\d+$/.test(quota) || !/^\d+$/.test(period) || Number(period) === 0) return "invalid";
  return Number(quota) / Number(period);
}
function countCpuList(text2) {
  const list = text2.trim();
  if (list === "") return null;
  let count2 = 0;
  for (const part of list.split(",")) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!match) return null;
    const start = Number(match[1]);
    const end = match[2] === void 0 ? start : Number(match[2]);
    if (end < start) return null;
    count2 += end - start + 1;
  }
  return count2;
}
function parsePressureSomeAvg10(text2) {
  const match = /^some\s+avg10=(\d+(?:\.\d+)?)/m.exec(text2);
  return match ? Number(match[1]) : null;
}

// src/probe/host.ts
function hostFactsFromSystemInformation(platform, memory, cpu) {
  const notes = [];
  const total = bytesOrNull(memory.total);
  if (total === null || total === 0)
    throw new Error(`systeminformation reported no total memory (${String(memory.total)})`);
  const free = bytesOrNull(memory.free) ?? 0;
  let available;
  if (platform === "darwin") {
    const inactive = bytesOrNull(memory.reclaimable) ?? 0;
    if (inactive === 0)
      notes.push(
        "vm_stat gave no inactive pages: available memory counts free pages only and is likely too low."
      );
    available = free + inactive;
  } else {
    available = bytesOrNull(memory.available) ?? free;
  }
  const swapTotal = bytesOrNull(memory.swaptotal);
  return {
    totalMemoryBytes: total,
    availableMemoryBytes: Math.min(available, total),
    physicalCpus: positiveIntegerOrNull(cpu.physicalCores),
    swapTotalBytes: swapTotal,
    swapFreeBytes: swapTotal === null ? null : bytesOrNull(memory.swapfree),
    notes
  };
}
function fallbackHostFacts(platform, osFacts, reason) {
  const caveat = platform === "darwin" ? " (on macOS that counts free pages only, so available memory is likely too low)" : "";
  return {
    totalMemoryBytes: osFacts.totalMemoryBytes,
    availableMemoryBytes: Math.min(osFacts.freeMemoryBytes, osFacts.totalMemoryBytes),
    physicalCpus: null,
    swapTotalBytes: null,
    swapFreeBytes: null,
    notes: [
      `systeminformation could not read memory and cores (${reason}): using os.totalmem(), os.freemem() and os.availableParallelism()${caveat}.`
    ]
  };
}
function bytesOrNull(value) {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.floor(value) : null;
}
function positiveIntegerOrNull(value) {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : null;
}

// src/probe/systeminformation.ts
var HOST_PROBE_TIMEOUT_MS = 5e3;
var loadSystemInformation = async () => {
  const { default: si } = await import("./lib-HOKBNPAX.js");
  return { mem: () => si.mem(), cpu: () => si.cpu() };
};
async function readHostWithSystemInformation(options2) {
  const timeoutMs = options2.timeoutMs ?? HOST_PROBE_TIMEOUT_MS;
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    timer.unref();
  });
  try {
    const read = (async () => {
      const si = await (options2.load ?? loadSystemInformation)();
      const [memory, cpu] = await Promise.all([si.mem(), si.cpu()]);
      return hostFactsFromSystemInformation(options2.platform, memory, cpu);
    })();
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// src/probe/probe.ts
function readFileOrNull(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}
function currentOsFacts() {
  const cpus = os.cpus();
  return {
    platform: process.platform,
    arch: process.arch,
    totalMemoryBytes: os.totalmem(),
    freeMemoryBytes: os.freemem(),
    logicalCpus: cpus.length || os.availableParallelism(),
    availableParallelism: os.availableParallelism(),
    cpuModel: cpus[0]?.model.trim() || null
  };
}
async function probeMachine(options2 = {}) {
  const { readHost, ...probeOptions } = options2;
  const platform = options2.platform ?? options2.os?.platform ?? process.platform;
  if (platform === "linux") return probeCapacity(probeOptions);
  const read = readHost ?? ((name3) => readHostWithSystemInformation({ platform: name3 }));
  let host;
  try {
    host = await read(platform);
  } catch (error) {
    const facts = {
      totalMemoryBytes: options2.os?.totalMemoryBytes ?? os.totalmem(),
      freeMemoryBytes: options2.os?.freeMemoryBytes ?? os.freemem()
    };
    host = fallbackHostFacts(platform, facts, errorMessage(error));
  }
  return probeCapacity({ ...probeOptions, host });
}
function probeCapacity(options2 = {}) {
  const facts = { ...currentOsFacts(), ...options2.os };
  const platform = options2.platform ?? facts.platform;
  const root = options2.root ?? "";
  const read = options2.readFile ?? readFileOrNull;
  const readAt = (path) => read(root + path);
  const warnings = new Warnings();
  const logicalCpus = Math.max(1, facts.logicalCpus);
  let hostTotal = facts.totalMemoryBytes;
  let hostAvailable = facts.freeMemoryBytes;
  let swapTotal = null;
  let swapFree = null;
  let affinityCpus = null;
  let physicalCpus = null;
  let cgroup = null;
  if (platform === "linux") {
    const procDir = `/proc/${options2.pid ?? "self"}`;
    const meminfo = readAt("/proc/meminfo");
    if (meminfo === null) {
      warnings.add("Could not read /proc/meminfo: using what Node reports for memory.");
    } else {
      const memory = parseMeminfo(meminfo);
      if (memory.totalBytes !== null) hostTotal = memory.totalBytes;
      if (memory.availableBytes !== null) hostAvailable = memory.availableBytes;
      else
        warnings.add(
          "/proc/meminfo has no MemAvailable: estimating it from MemFree, Buffers and Cached."
        );
      swapTotal = memory.swapTotalBytes;
      swapFree = memory.swapFreeBytes;
      if (memory.availableBytes === null && memory.fallbackAvailableBytes !== null) {
        hostAvailable = memory.fallbackAvailableBytes;
      }
    }
    const status = readAt(`${procDir}/status`);
    const allowed = status ? /^Cpus_allowed_list:\s*(.+)$/m.exec(status)?.[1] : void 0;
    affinityCpus = allowed ? countCpuList(allowed) : null;
    const cpuinfo = readAt("/proc/cpuinfo");
    physicalCpus = cpuinfo ? countPhysicalCores(cpuinfo) : null;
    cgroup = probeCgroup(readAt, procDir, warnings);
  } else if (options2.host) {
    hostTotal = options2.host.totalMemoryBytes;
    hostAvailable = options2.host.availableMemoryBytes;
    physicalCpus = options2.host.physicalCpus;
    swapTotal = options2.host.swapTotalBytes;
    swapFree = options2.host.swapFreeBytes;
    for (const note of options2.host.notes) warnings.add(note);
  }
  const ceiling = cgroup?.memoryLimitBytes ?? null;
  const memoryLimitBytes = ceiling === null ? hostTotal : Math.min(hostTotal, ceiling);
  let memoryAvailableBytes = Math.min(hostAvailable, memoryLimitBytes);
  if (ceiling !== null && cgroup) {
    const workingSet = cgroup.memoryUsageBytes === null ? 0 : Math.max(0, cgroup.memoryUsageBytes - (cgroup.memoryInactiveFileBytes ?? 0));
    memoryAvailableBytes = Math.min(memoryAvailableBytes, Math.max(0, ceiling - workingSet));
  }
  const cpuCandidates = [
    ["host", platform === "linux" ? logicalCpus : Math.max(1, facts.availableParallelism)],
    ["affinity", affinityCpus],
    ["cpuset", cgroup?.cpusetCpus ?? null],
    [
      "cgroup-quota",
      cgroup?.cpuQuota === null || cgroup?.cpuQuota === void 0 ? null : Math.floor(cgroup.cpuQuota)
    ]
  ];
  let cpus = Number.POSITIVE_INFINITY;
  let cpuBinding = "host";
  for (const [binding, count2] of cpuCandidates) {
    if (count2 !== null && count2 < cpus) {
      cpus = count2;
      cpuBinding = binding;
    }
  }
  return {
    os: platform,
    arch: facts.arch,
    cpuModel: facts.cpuModel,
    hostMemoryTotalBytes: hostTotal,
    hostMemoryAvailableBytes: hostAvailable,
    swapTotalBytes: swapTotal,
    swapFreeBytes: swapFree,
    logicalCpus,
    physicalCpus,
    affinityCpus,
    cgroup,
    memoryLimitBytes,
    memoryAvailableBytes,
    cpus: Math.max(1, cpus),
    memoryBinding: ceiling !== null && ceiling < hostTotal ? "cgroup" : "host",
    cpuBinding,
    warnings: warnings.list()
  };
}
var Warnings = class {
  seen = /* @__PURE__ */ new Set();
  add(message) {
    this.seen.add(message);
  }
  list() {
    return [...this.seen];
  }
};
function parseMeminfo(text2) {
  const values = /* @__PURE__ */ new Map();
  for (const match of text2.matchAll(/^(\w+(?:\(\w+\))?):\s+(\d+)\s*kB$/gm)) {
    const [, key, value] = match;
    if (key && value) values.set(key, Number(value) * KiB);
  }
  const get = (key) => values.get(key) ?? null;
  const free = get("MemFree");
  return {
    totalBytes: get("MemTotal"),
    availableBytes: get("MemAvailable"),
    // Kernels before 3.14 lack MemAvailable; free + buffers + page cache is the usual stand-in.
    fallbackAvailableBytes: free === null ? null : free + (get("Buffers") ?? 0) + (get("Cached") ?? 0),
    swapTotalBytes: get("SwapTotal"),
    swapFreeBytes: get("SwapFree")
  };
}
function countPhysicalCores(cpuinfo) {
  const cores = /* @__PURE__ */ new Set();
  for (const block of cpuinfo.split(/\n\s*\n/)) {
    const physical = /^physical id\s*:\s*(\d+)/m.exec(block)?.[1];
    const core = /^core id\s*:\s*(\d+)/m.exec(block)?.[1];
    if (physical !== void 0 && core !== void 0) cores.add(`${physical}:${core}`);
  }
  return cores.size > 0 ? cores.size : null;
}
function hierarchyFor(controller, memberships, mounts, readAt) {
  const unified = memberships.find(
    (membership) => membership.hierarchyId === 0 && membership.controllers.length === 0
  );
  for (const mount of mounts.filter((candidate) => candidate.version === 2)) {
    if (!unified) break;
    const leaf = cgroupDirectory(mount, unified.path);
    const available = readAt(posix2.join(mount.mountPoint, "cgroup.controllers")) ?? readAt(posix2.join(leaf, "cgroup.controllers"));
    if (available?.split(/\s+/).includes(controller))
      return { version: 2, mount, membership: unified, leaf };
  }
  for (const mount of mounts.filter((candidate) => candidate.version === 1)) {
    if (!mount.controllers.includes(controller)) continue;
    const membership = memberships.find((candidate) => candidate.controllers.includes(controller));
    if (membership)
      return { version: 1, mount, membership, leaf: cgroupDirectory(mount, membership.path) };
  }
  return null;
}
function probeCgroup(readAt, procDir, warnings) {
  const cgroupText = readAt(`${procDir}/cgroup`);
  const mountText = readAt(`${procDir}/mountinfo`);
  if (cgroupText === null || mountText === null) {
    warnings.add(
      `Could not read ${procDir}/cgroup or mountinfo: container limits are unknown, planning on the host's.`
    );
    return null;
  }
  const memberships = parseProcCgroup(cgroupText);
  const mounts = parseCgroupMounts(mountText);
  const memory = hierarchyFor("memory", memberships, mounts, readAt);
  const cpu = hierarchyFor("cpu", memberships, mounts, readAt);
  const cpuset = hierarchyFor("cpuset", memberships, mounts, readAt);
  if (!memory && !cpu && !cpuset) return null;
  const odd = (path, text2) => warnings.add(`Ignoring ${path}: unexpected value ${JSON.stringify(text2.trim().slice(0, 40))}.`);
  const memoryFacts = memory ? readMemoryFacts(memory, readAt, odd) : NO_MEMORY_FACTS;
  return {
    version: memory?.version ?? cpu?.version ?? cpuset?.version ?? 2,
    memoryCgroupPath: memory?.membership.path ?? null,
    ...memoryFacts,
    cpuQuota: cpu ? readCpuQuota(cpu, readAt, odd) : null,
    cpusetCpus: cpuset ? readCpusetCpus(cpuset, readAt, odd) : null,
    memoryCgroupDir: memory?.leaf ?? null,
    layout: layoutOf(mounts)
  };
}
var NO_MEMORY_FACTS = {
  memoryLimitBytes: null,
  memoryLimitSource: null,
  memoryUsageBytes: null,
  memoryInactiveFileBytes: null,
  memoryPeakBytes: null,
  oomKills: null
};
function readMemoryFacts(memory, readAt, odd) {
  const v2 = memory.version === 2;
  let memoryLimitBytes = null;
  let memoryLimitSource = null;
  const considerLimit = (path, text2) => {
    if (text2 === null) return;
    const value = parseMemoryLimit(text2);
    if (value.kind === "invalid") odd(path, value.text);
    else if (value.kind === "limit" && (memoryLimitBytes === null || value.bytes < memoryLimitBytes)) {
      memoryLimitBytes = value.bytes;
      memoryLimitSource = path;
    }
  };
  const limitFiles = v2 ? ["memory.max", "memory.high"] : ["memory.limit_in_bytes"];
  for (const directory of directoriesUpToMount(memory.leaf, memory.mount.mountPoint)) {
    for (const file of limitFiles)
      considerLimit(posix2.join(directory, file), readAt(posix2.join(directory, file)));
  }
  const stat = readAt(posix2.join(memory.leaf, "memory.stat"));
  const statValues = stat === null ? /* @__PURE__ */ new Map() : parseKeyValues(stat);
  const hierarchical = statValues.get("hierarchical_memory_limit");
  if (!v2 && hierarchical !== void 0) {
    considerLimit(
      `${posix2.join(memory.leaf, "memory.stat")} (hierarchical_memory_limit)`,
      String(hierarchical)
    );
  }
  const usagePath = posix2.join(memory.leaf, v2 ? "memory.current" : "memory.usage_in_bytes");
  const usageText = readAt(usagePath);
  const usage = usageText === null ? null : parseCounter(usageText);
  if (usageText !== null && usage === null) odd(usagePath, usageText);
  const peakText = readAt(
    posix2.join(memory.leaf, v2 ? "memory.peak" : "memory.max_usage_in_bytes")
  );
  const oomText = readAt(posix2.join(memory.leaf, v2 ? "memory.events" : "memory.oom_control"));
  return {
    memoryLimitBytes,
    memoryLimitSource,
    memoryUsageBytes: usage,
    memoryInactiveFileBytes: statValues.get(v2 ? "inactive_file" : "total_inactive_file") ?? null,
    memoryPeakBytes: peakText === null ? null : parseCounter(peakText),
    oomKills: oomText === null ? null : parseKeyValues(oomText).get("oom_kill") ?? null
  };
}
function readCpuQuota(cpu, readAt, odd) {
  let cpuQuota = null;
  for (const directory of directoriesUpToMount(cpu.leaf, cpu.mount.mountPoint)) {
    let quota;
    if (cpu.version === 2) {
      const path = posix2.join(directory, "cpu.max");
      const text2 = readAt(path);
      if (text2 === null) continue;
      quota = parseCpuMax(text2);
      if (quota === "invalid") odd(path, text2);
    } else {
      const path = posix2.join(directory, "cpu.cfs_quota_us");
      const quotaText = readAt(path);
      const periodText = readAt(posix2.join(directory, "cpu.cfs_period_us"));
      if (quotaText === null || periodText === null) continue;
      quota = parseCfsQuota(quotaText, periodText);
      if (quota === "invalid") odd(path, quotaText);
    }
    if (typeof quota === "number" && quota > 0 && (cpuQuota === null || quota < cpuQuota))
      cpuQuota = quota;
  }
  return cpuQuota;
}
function readCpusetCpus(cpuset, readAt, odd) {
  const files = cpuset.version === 2 ? ["cpuset.cpus.effective"] : ["cpuset.effective_cpus", "cpuset.cpus"];
  for (const file of files) {
    const text2 = readAt(posix2.join(cpuset.leaf, file));
    if (text2 === null) continue;
    const count2 = countCpuList(text2);
    if (count2 !== null) return count2;
    if (text2.trim() !== "") odd(posix2.join(cpuset.leaf, file), text2);
  }
  return null;
}
function layoutOf(mounts) {
  const v1 = mounts.some((mount) => mount.version === 1);
  const v2 = mounts.some((mount) => mount.version === 2);
  return v1 && v2 ? "hybrid" : v2 ? "v2" : "v1";
}
function readCgroupMemoryNow(limits, readAt = readFileOrNull) {
  const directory = limits.memoryCgroupDir;
  if (!directory) return { usageBytes: null, oomKills: null, pressureSomeAvg10: null };
  const v2 = limits.version === 2;
  const usageText = readAt(posix2.join(directory, v2 ? "memory.current" : "memory.usage_in_bytes"));
  const oomText = readAt(posix2.join(directory, v2 ? "memory.events" : "memory.oom_control"));
  const pressureText = v2 ? readAt(posix2.join(directory, "memory.pressure")) : null;
  return {
    usageBytes: usageText === null ? null : parseCounter(usageText),
    oomKills: oomText === null ? null : parseKeyValues(oomText).get("oom_kill") ?? null,
    pressureSomeAvg10: pressureText === null ? null : parsePressureSomeAvg10(pressureText)
  };
}

// src/report/escape.ts
var UNTRUSTED_MAX_LENGTH = 100;
var ZERO_WIDTH_JOINER = "\u200D";
function truncate(text2, maxLength = UNTRUSTED_MAX_LENGTH) {
  return cut(text2, maxLength);
}
function escapeMarkdownText(text2, maxLength = UNTRUSTED_MAX_LENGTH) {
  return truncate(showInvisible(oneLine(text2)), maxLength).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\\`*_[\]()!~|+=$-]/g, (character) => `\\${character}`).replace(/@/g, `@${ZERO_WIDTH_JOINER}`).replace(/#/g, `#${ZERO_WIDTH_JOINER}`).replace(/:/g, "&#58;").replace(/(www)\./gi, "$1&#46;");
}
function oneLine(text2) {
  return text2.replace(/[\r\n\t]+/g, " ");
}
function escapeTableCell(text2, maxLength = UNTRUSTED_MAX_LENGTH) {
  return escapeMarkdownText(text2, maxLength);
}
function escapeMermaidLabel(text2, maxLength = 40) {
  return truncate(
    showInvisible(oneLine(text2), (character) => ` ${codePointName(character)} `).replace(/["'`[\]{}();:#%<>\\|\r\n]+/g, " ").replace(/\s+/g, " ").trim(),
    maxLength
  );
}

// src/report/chart.ts
var CHART_MAX_POINTS = 240;
var CHART_MAX_LABELS = 12;
var BAR_MAX_SLOTS = 8;
var COLOURS = {
  red: "#d62728",
  blue: "#1f77b4",
  green: "#2ca02c",
  orange: "#ff7f0e",
  grey: "#8c8c8c"
};
function resampleMax(points, endMs, buckets = CHART_MAX_POINTS) {
  if (buckets < 2 || endMs <= 0) return null;
  const slots = Array.from({ length: buckets }, () => null);
  for (const point of points) {
    if (point.value === null || !Number.isFinite(point.value)) continue;
    const slot = Math.min(
      buckets - 1,
      Math.max(0, Math.round(point.tMs / endMs * (buckets - 1)))
    );
    const held = slots[slot];
    slots[slot] = held === null || held === void 0 ? point.value : Math.max(held, point.value);
  }
  const first = slots.find((value) => value !== null);
  if (first === void 0 || first === null) return null;
  let last = first;
  return slots.map((value) => value === null ? last : last = value);
}
var TIME_UNITS = [
  { name: "seconds", ms: 1e3 },
  { name: "minutes", ms: 6e4 },
  { name: "hours", ms: 36e5 }
];
function timeAxisFor(durationMs) {
  const natural = naturalTimeUnit(durationMs);
  let best = {
    time: natural,
    axisEndUnits: niceAxisMax(durationMs / natural.ms, CHART_MAX_LABELS)
  };
  const padding = (choice) => choice.axisEndUnits * choice.time.ms / durationMs;
  for (const time of TIME_UNITS) {
    const units = durationMs / time.ms;
    if (units < 1 || units > 1e3) continue;
    const choice = { time, axisEndUnits: niceAxisMax(units, CHART_MAX_LABELS) };
    if (padding(choice) < padding(best) - 0.01) best = choice;
  }
  return best;
}
function naturalTimeUnit(durationMs) {
  if (durationMs <= 12e4) return { name: "seconds", ms: 1e3 };
  if (durationMs <= 72e5) return { name: "minutes", ms: 6e4 };
  return { name: "hours", ms: 36e5 };
}
function chartNumber(value, digits = 1) {
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor);
}
function sizeUnitFor(maxBytes) {
  return maxBytes >= 2 * GiB ? { name: "GiB", bytes: GiB } : { name: "MiB", bytes: MiB };
}
function initDirective(colours, wide = false) {
  const palette = colours.map((name3) => COLOURS[name3]).join(", ");
  const layout = wide ? '"xyChart": {"width": 900, "xAxis": {"labelFontSize": 12}}, ' : "";
  return `%%{init: {${layout}"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`;
}
function caption(entries) {
  return `<sub>${entries.map((entry) => `${entry.colour}: ${entry.name}`).join(" \xB7 ")}</sub>`;
}
function timeChart(input) {
  const { time, axisEndUnits } = timeAxisFor(input.endMs);
  const endUnits = input.endMs / time.ms;
  const axisEndMs = axisEndUnits * time.ms;
  const samples = Math.max(2, ...input.series.map((series) => series.points.length));
  const buckets = Math.min(CHART_MAX_POINTS, Math.ceil(samples * axisEndMs / input.endMs));
  const drawn = input.series.map((series) => ({ series, values: resampleMax(series.points, axisEndMs, buckets) })).filter((entry) => entry.values !== null);
  if (drawn.length === 0) return "";
  const max = Math.max(input.limit?.bytes ?? 0, ...drawn.flatMap((entry) => entry.values), 1);
  const size = input.countAxis === void 0 ? sizeUnitFor(max) : { name: input.countAxis, bytes: 1 };
  const scaled = (bytes2) => chartNumber(bytes2 / size.bytes, 2);
  const length = drawn[0].values.length;
  const lines = drawn.map((entry) => `  line [${entry.values.map(scaled).join(", ")}]`);
  const colours = drawn.map((entry) => entry.series.colour);
  const legend = drawn.map((entry) => ({ colour: entry.series.colour, name: entry.series.name }));
  if (input.limit) {
    lines.push(
      `  line [${Array.from({ length }, () => scaled(input.limit?.bytes ?? 0)).join(", ")}]`
    );
    colours.push("grey");
    legend.push({ colour: "grey", name: input.limit.name });
  }
  const timeDigits = axisEndUnits < 1 ? 3 : axisEndUnits < 10 ? 2 : 1;
  const endText = chartNumber(endUnits, timeDigits);
  const axisEndText = chartNumber(axisEndUnits, timeDigits);
  const padded = axisEndUnits > endUnits * 1.005 && endText !== axisEndText ? [
    `<sub>The recording ended at ${endText} ${time.name}; the axis runs on to ${axisEndText} for round ticks, and the lines hold their last value there.</sub>`
  ] : [];
  return [
    "```mermaid",
    initDirective(colours),
    "xychart-beta",
    `  title "${escapeMermaidLabel(input.title, 60)}"`,
    `  x-axis "${time.name}" 0 --> ${chartNumber(axisEndUnits, 3)}`,
    `  y-axis "${size.name}" 0 --> ${chartNumber(niceAxisMax(max * 1.05 / size.bytes, 10), 3)}`,
    ...lines,
    "```",
    "",
    caption(legend),
    ...[...padded, ...input.notes ?? []].map((note) => `
${note}`)
  ].join("\n");
}
function axisTickCount(max) {
  if (!(max > 0)) return 1;
  const rough = max / 10;
  const power = Math.floor(Math.log10(rough));
  const error = rough / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  let last;
  if (power < 0) {
    const inverse = 10 ** -power / factor;
    last = Math.round(max * inverse);
    if (last / inverse > max) last--;
  } else {
    const step = 10 ** power * factor;
    last = Math.round(max / step);
    if (last * step > max) last--;
  }
  return last + 1;
}
function niceAxisMax(value, maxTicks) {
  if (!(value > 0)) return 1;
  for (let step = 0; step <= 400; step++) {
    const candidate = Number((value * (1 + step / 1e3)).toPrecision(3));
    if (candidate >= value && axisTickCount(candidate) <= maxTicks) return candidate;
  }
  return value;
}
var EMPTY_BAR = "-1";
function barChart(input) {
  const perGroup = input.series.length;
  const groups = input.groups.slice(0, Math.floor(BAR_MAX_SLOTS / Math.max(1, perGroup)));
  if (groups.length === 0 || perGroup === 0) return "";
  const max = Math.max(1, ...groups.flatMap((group) => group.values));
  const size = sizeUnitFor(max);
  const labels = groups.flatMap(
    (group) => input.series.map((series) => {
      if (groups.length === 1) return `"${escapeMermaidLabel(series.name, 30)}"`;
      return `"${escapeMermaidLabel(group.label, 10)} ${series.short}"`;
    })
  );
  const bars = input.series.map(
    (_, seriesIndex) => groups.flatMap(
      (group) => input.series.map(
        (__, slot) => slot === seriesIndex ? chartNumber((group.values[seriesIndex] ?? 0) / size.bytes, 2) : EMPTY_BAR
      )
    )
  );
  return [
    "```mermaid",
    initDirective(
      input.series.map((series) => series.colour),
      true
    ),
    "xychart-beta",
    `  title "${escapeMermaidLabel(input.title, 60)}"`,
    `  x-axis [${labels.join(", ")}]`,
    `  y-axis "${size.name}" 0 --> ${chartNumber(max * 1.1 / size.bytes, 2)}`,
    ...bars.map((values) => `  bar [${values.join(", ")}]`),
    "```",
    "",
    caption(input.series.map((series) => ({ colour: series.colour, name: series.name })))
  ].join("\n");
}

// src/report/tasks.ts
var MAX_MARKDOWN_TASK_ROWS = 1e3;
var STATUS_TEXT = {
  ok: "ok",
  failed: "failed",
  "oom-killed": "OOM-killed",
  "not-started": "could not start",
  "not-run": "not run",
  stopped: "stopped"
};
var TASK_HEADER = ["#", "Task", "Status", "Exit", "Runs", "Duration", "Peak"];
function taskCells(task, index) {
  const ran = task.runs > 0;
  return {
    name: task.name,
    cells: [
      String(index + 1),
      "",
      STATUS_TEXT[task.status],
      task.exitStatus === null ? "\u2014" : String(task.exitStatus),
      String(task.runs),
      ran ? humanDuration(task.durationMs) : "\u2014",
      ran ? formatBytes(task.peakBytes) : "\u2014"
    ]
  };
}
function taskSummaryLine(profile) {
  const tasks = profile.tasks;
  if (!tasks || tasks.length === 0) return null;
  const count2 = (status) => tasks.filter((task) => task.status === status).length;
  const parts = [`${count2("ok")} of ${tasks.length} task(s) finished ok`];
  for (const status of ["failed", "oom-killed", "not-started", "stopped", "not-run"])
    if (count2(status) > 0) parts.push(`${count2(status)} ${STATUS_TEXT[status]}`);
  return parts.join(", ");
}
function tasksForMarkdown(tasks) {
  const indexed = tasks.map((task, index) => ({ task, index }));
  if (indexed.length <= MAX_MARKDOWN_TASK_ROWS) return indexed;
  const notOk = indexed.filter(({ task }) => task.status !== "ok");
  const ok = indexed.filter(({ task }) => task.status === "ok");
  return [...notOk, ...ok].slice(0, MAX_MARKDOWN_TASK_ROWS).sort((a, b) => a.index - b.index);
}
function tasksRunningChart(profile) {
  const spans = (profile.tasks ?? []).flatMap(
    (task) => task.startMs === null || task.endMs === null ? [] : [{ start: task.startMs, end: task.endMs }]
  );
  if (spans.length === 0) return "";
  const endMs = Math.max(
    profile.timeline.tMs.at(-1) ?? 0,
    ...profile.phases.map((phase) => phase.endMs),
    ...spans.map((span) => span.end)
  );
  if (endMs <= 0) return "";
  const steps = CHART_MAX_POINTS;
  const points = Array.from({ length: steps }, (_, index) => {
    const tMs = index / (steps - 1) * endMs;
    return { tMs, value: running(spans, tMs) };
  });
  for (const span of spans) points.push({ tMs: span.start, value: running(spans, span.start) });
  return timeChart({
    title: "Tasks running",
    endMs,
    series: [{ name: "tasks running at once", colour: "blue", points }],
    limit: null,
    countAxis: "tasks"
  });
}
function running(spans, tMs) {
  return spans.filter((span) => span.start <= tMs && tMs < span.end).length;
}

// src/plan/advisory.ts
var LEAK_GROWTH_SHARE_OF_PEAK = 0.2;
var LEAK_POSITIVE_SHARE = 0.75;
var LEAK_MIN_POINTS = 20;
var LEAK_MIN_DURATION_MS = 6e4;
var SWING_RATIO = 1.5;
var LEAK_MAX_POINTS = 200;
function phasePoints(profile, phaseIndex) {
  const points = [];
  profile.timeline.tMs.forEach((t, index) => {
    if (profile.timeline.phase[index] === phaseIndex)
      points.push({ x: t, y: profile.timeline.treeRssBytes[index] });
  });
  return points;
}
function steadyGrowthBytes(phase, points) {
  if (phase.durationMs < LEAK_MIN_DURATION_MS || phase.treeRss.peakBytes <= 0) return null;
  const secondHalf = points.slice(Math.floor(points.length / 2));
  if (secondHalf.length < LEAK_MIN_POINTS / 2 || points.length < LEAK_MIN_POINTS) return null;
  const step = Math.max(1, Math.ceil(secondHalf.length / LEAK_MAX_POINTS));
  const thinned = secondHalf.filter((_, index) => index % step === 0);
  const span = (thinned.at(-1)?.x ?? 0) - (thinned[0]?.x ?? 0);
  if (span <= 0) return null;
  const { slope, positiveShare } = theilSen(thinned);
  const growth = slope * span;
  return growth >= LEAK_GROWTH_SHARE_OF_PEAK * phase.treeRss.peakBytes && positiveShare >= LEAK_POSITIVE_SHARE ? growth : null;
}
function advisePhase(profile, phaseIndex, settings) {
  const phase = profile.phases[phaseIndex];
  const group = mainWorkerGroup(phase);
  const cpuBound = Math.max(1, Math.floor(profile.host.cpus / settings.cpusPerWorker + 1e-9));
  const baseBytes = group ? Math.max(0, phase.treeRss.peakBytes - group.peakTotalBytes) : 0;
  const perWorker = group?.peakRss.p90Bytes ?? 0;
  const memoryFits = group && perWorker > 0 ? Math.max(0, Math.floor((settings.budgetBytes - baseBytes) / perWorker)) : null;
  let workers = null;
  let limitedBy = null;
  if (group && memoryFits !== null && group.maxConcurrency > 1) {
    const bounds = [
      ["memory", memoryFits],
      ["cpu", cpuBound]
    ];
    if (settings.maxWorkers !== null) bounds.push(["max-workers", settings.maxWorkers]);
    if (phase.oomKills > 0) bounds.push(["oom", group.maxConcurrency - 1]);
    const [limit, count2] = bounds.reduce((low, bound) => bound[1] < low[1] ? bound : low);
    workers = Math.max(1, count2);
    limitedBy = limit;
  }
  const concurrency = group?.concurrency ?? null;
  const swing = group && concurrency && concurrency.memberMeanBytes > 0 && group.peakRss.p90Bytes > SWING_RATIO * concurrency.memberMeanBytes ? { meanBytes: concurrency.memberMeanBytes, peakBytes: group.peakRss.p90Bytes } : null;
  return {
    phase: phase.name,
    group,
    baseBytes,
    memoryFits,
    cpuBound,
    workers,
    limitedBy,
    // After an OOM kill the rise is the kill's story, told by its own note.
    leakGrowthBytes: phase.oomKills > 0 ? null : steadyGrowthBytes(phase, phasePoints(profile, phaseIndex)),
    swing
  };
}

// src/plan/budget.ts
var UNMEASURED_RESERVE_BYTES = 512 * MiB;
var UNMEASURED_RESERVE_SHARE = 0.25;
var MEASURED_RESERVE_BYTES = 100 * MiB;
function resolveReserve(setting, baseMeasured, memoryLimitBytes = Number.POSITIVE_INFINITY) {
  if (setting !== null) return { bytes: setting, source: "input" };
  if (baseMeasured) return { bytes: MEASURED_RESERVE_BYTES, source: "auto, base measured" };
  const share2 = Math.floor(memoryLimitBytes * UNMEASURED_RESERVE_SHARE);
  return share2 < UNMEASURED_RESERVE_BYTES ? {
    bytes: Math.max(MEASURED_RESERVE_BYTES, share2),
    source: "auto, base unknown, a quarter of the limit"
  } : { bytes: UNMEASURED_RESERVE_BYTES, source: "auto, base unknown" };
}
function memoryBudgetBytes(memoryBytes, settings) {
  return Math.max(
    0,
    Math.floor((memoryBytes - settings.memoryReserveBytes) * settings.memoryFraction)
  );
}

// src/report/markdown.ts
function table(header, rows, align) {
  const separator = header.map((_, index) => align?.[index] === "right" ? "---:" : "---");
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(separator), ...rows.map(line)].join("\n");
}
function details(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>`;
}
var SUMMARY_LIMIT_BYTES = 1048576;
var COMMENT_LIMIT_CHARACTERS = 65536;
function fitToLimit(sections, limit, size = (text2) => Buffer.byteLength(text2, "utf8")) {
  const kept = sections.map((section, index) => ({ ...section, index }));
  const note = "\n\n_Some sections were left out to stay within GitHub\u2019s size limit._\n";
  let text2 = kept.map((section) => section.markdown).join("\n\n");
  while (size(text2) > limit && kept.length > 1) {
    let lowest = 0;
    for (let index = 1; index < kept.length; index++) {
      if (kept[index].priority < kept[lowest].priority) lowest = index;
    }
    kept.splice(lowest, 1);
    text2 = kept.map((section) => section.markdown).join("\n\n") + note;
  }
  if (size(text2) > limit) {
    let cut2 = text2.slice(0, Math.max(0, limit - note.length - 16));
    cut2 = cut2.slice(0, Math.max(0, cut2.lastIndexOf("\n")));
    while (size(cut2 + note) > limit) cut2 = cut2.slice(0, Math.floor(cut2.length * 0.9));
    text2 = cut2 + note;
  }
  return text2;
}

// src/report/post-run.ts
var TOP_GROUPS = 10;
var NEAR_LIMIT_SHARE = 0.9;
var PRESSURE_NOTE_PERCENT = 10;
function orDash(bytes2) {
  return bytes2 === null ? "\u2014" : formatBytes(bytes2);
}
function share(part, whole) {
  return whole > 0 ? `${Math.round(part / whole * 100)}%` : "\u2014";
}
function plural(count2, word) {
  if (count2 === 1) return `${count2} ${word}`;
  return `${count2} ${word}${word.endsWith("s") ? "es" : "s"}`;
}
var MARKDOWN_STYLE = {
  phase: (name3) => `**${escapeMarkdownText(name3, 64)}**`,
  text: (value, maxLength) => escapeMarkdownText(value, maxLength),
  strong: (value) => `**${value}**`,
  code: (value) => `\`${value}\``
};
function phaseName(phase) {
  return MARKDOWN_STYLE.phase(phase.name);
}
function peakPhase(profile) {
  return profile.phases.reduce(
    (best, phase) => best === null || phase.treeRss.peakBytes > best.treeRss.peakBytes ? phase : best,
    null
  );
}
function postRunHeadline(profile, style = MARKDOWN_STYLE) {
  const phaseName2 = (phase) => style.phase(phase.name);
  const limit = profile.host.memoryLimitBytes;
  const top = peakPhase(profile);
  if (profile.sampler.samples === 0 || top === null)
    return "no memory samples were recorded in this job";
  const oomKills = profile.phases.reduce((sum, phase) => sum + phase.oomKills, 0);
  const peak = `peak ${formatBytes(top.treeRss.peakBytes)} of the ${formatBytes(limit)} limit (${share(top.treeRss.peakBytes, limit)}) in ${phaseName2(top)}`;
  const heapDeaths = profile.phases.reduce((sum, phase) => sum + (phase.heapLimitKills ?? 0), 0);
  if (oomKills === 0 && heapDeaths === 0) return `${peak}, no OOM kill`;
  const where = (lost) => profile.phases.length > 1 ? ` in ${profile.phases.filter(lost).map(phaseName2).join(", ")}` : "";
  const losses = [
    ...oomKills > 0 ? [`${plural(oomKills, "process")} OOM-killed${where((phase) => phase.oomKills > 0)}`] : [],
    ...heapDeaths > 0 ? [
      `${plural(heapDeaths, "Node process")} out of heap${where((phase) => (phase.heapLimitKills ?? 0) > 0)}`
    ] : []
  ];
  return `\u26D4 ${losses.join(", ")}; ${peak}`;
}
function limitedByText(advice, cpus, cpusPerWorker) {
  switch (advice.limitedBy) {
    case "cpu":
      return `CPUs: ${cpus} \xF7 ${cpusPerWorker} per worker`;
    case "max-workers":
      return "max-workers";
    case "oom":
      return `an OOM kill with ${advice.group?.maxConcurrency ?? 0} at once`;
    default:
      return "memory";
  }
}
function adviceLines(profile, { budgetBytes, advices }, cpusPerWorker, style = MARKDOWN_STYLE) {
  return profile.phases.map(
    (phase, index) => adviceLine(phase, advices[index], budgetBytes, profile, cpusPerWorker, style)
  ).filter((line) => line !== null);
}
function adviceLine(phase, advice, budgetBytes, profile, cpusPerWorker, style = MARKDOWN_STYLE) {
  const group = advice.group;
  if (!group || advice.workers === null || advice.memoryFits === null) return null;
  const memory = `${plural(advice.memoryFits, "worker")} fit${advice.memoryFits === 1 ? "s" : ""} the ${formatBytes(budgetBytes)} budget at ${formatBytes(group.peakRss.p90Bytes)} each (p90 of their peaks)${advice.baseBytes > 0 ? ` beside ${formatBytes(advice.baseBytes)} for the rest of the job` : ""}`;
  const why = advice.limitedBy === "memory" ? memory : `limited by ${limitedByText(advice, profile.host.cpus, cpusPerWorker)}; ${memory}`;
  return `${style.strong(plural(advice.workers, "worker"))} for ${style.phase(phase.name)} (${style.text(group.name, 40)}, ${group.maxConcurrency} ran at once): ${why}.`;
}
function findings(profile, advices, style = MARKDOWN_STYLE) {
  const { code } = style;
  const notes = [];
  const limit = profile.host.memoryLimitBytes;
  profile.phases.forEach((phase, index) => {
    const advice = advices[index];
    const name3 = style.phase(phase.name);
    const group = advice.group;
    if (phase.oomKills > 0) {
      notes.push(
        group && group.maxConcurrency > 1 ? `\u26D4 ${style.strong(`${plural(phase.oomKills, "process")} OOM-killed`)} in ${name3}, with ${group.maxConcurrency} ${style.text(group.name, 40)} workers at once: run at most ${group.maxConcurrency - 1} (${code(`max-workers: ${group.maxConcurrency - 1}`)}), or cap each worker's memory (Node: ${code("--max-old-space-size")}).` : `\u26D4 ${style.strong(`${plural(phase.oomKills, "process")} OOM-killed`)} in ${name3}: lower the parallelism of the step or use a runner with more memory.`
      );
    } else if (limit > 0 && phase.treeRss.peakBytes >= NEAR_LIMIT_SHARE * limit) {
      notes.push(
        `\u26A0\uFE0F The peak of ${name3} reached ${share(phase.treeRss.peakBytes, limit)} of the limit: a larger input may be OOM-killed. Keep the planned count, and do not raise ${code("max-workers")} for this job.`
      );
    }
    if ((phase.heapLimitKills ?? 0) > 0) {
      const kills = phase.heapLimitKills ?? 0;
      notes.push(
        `\u26D4 ${style.strong(`${plural(kills, "Node process")} stopped at the V8 heap limit`)} in ${name3} ("JavaScript heap out of memory")${group && group.maxConcurrency > 1 ? `, with ${group.maxConcurrency} ${style.text(group.name, 40)} workers at once` : ""}: at this count each worker's heap cap (${code("node-heap-mb")}) is smaller than it needs. The next plan treats this count as unsafe in this memory, as after an OOM kill; or give the job more memory.`
      );
    }
    if (advice.leakGrowthBytes !== null) {
      notes.push(
        `\u{1F4C8} Memory in ${name3} kept rising through the second half of the phase, after the workers had started: +${formatBytes(advice.leakGrowthBytes)}, ${share(advice.leakGrowthBytes, phase.treeRss.peakBytes)} of its peak. If it does so again, look for a leak (Node: a heap snapshot of one worker); Jest's ${code("--workerIdleMemoryLimit")} restarts workers that grow.`
      );
    }
    if (advice.swing && group) {
      notes.push(
        `\u2139\uFE0F The ${style.text(group.name, 40)} workers of ${name3} used ${formatBytes(advice.swing.meanBytes)} on average while alive but peaked at ${formatBytes(advice.swing.peakBytes)} (p90): the count below assumes every worker at its peak at once. Planning from history (the action's main step) models how their peaks line up and may allow more.`
      );
    }
    if (phase.pressureMaxAvg10 !== null && phase.pressureMaxAvg10 >= PRESSURE_NOTE_PERCENT) {
      notes.push(
        `\u26A0\uFE0F Memory pressure in ${name3} reached ${phase.pressureMaxAvg10.toFixed(1)}% (share of time processes waited for memory, PSI some avg10): the job ran slower for it; fewer workers may finish sooner.`
      );
    }
  });
  for (const event of profile.events) {
    if (event.kind === "sigkill")
      notes.push(
        `\u26A0\uFE0F A process, ${style.text(event.detail ?? "unknown", 64)}, was killed by SIGKILL (exit 137). If the job did not kill it, the OOM killer outside the container or a timeout did: compare the peak above with the limit.`
      );
  }
  return notes;
}
function memoryChart(profile) {
  const timeline = profile.timeline;
  if (timeline.tMs.length < 2) return "";
  const endMs = Math.max(timeline.tMs.at(-1) ?? 0, ...profile.phases.map((phase) => phase.endMs));
  const points = (values) => timeline.tMs.map((tMs, index) => ({ tMs, value: values[index] ?? null }));
  const hasCgroup = timeline.cgroupUsageBytes.some((value) => value !== null);
  const unit = timeAxisFor(endMs).time;
  const phaseNotes = profile.phases.length > 1 ? [
    `<sub>Phases (${unit.name}): ${profile.phases.slice(0, 20).map(
      (phase) => `${escapeMarkdownText(phase.name, 40)} ${chartNumber(phase.startMs / unit.ms)}\u2013${chartNumber(phase.endMs / unit.ms)}`
    ).join(" \xB7 ")}</sub>`
  ] : [];
  return timeChart({
    title: "Memory over time",
    endMs,
    series: [
      { name: "job processes (sum of RSS)", colour: "red", points: points(timeline.treeRssBytes) },
      hasCgroup ? { name: "cgroup charge", colour: "blue", points: points(timeline.cgroupUsageBytes) } : { name: "system used", colour: "blue", points: points(timeline.systemUsedBytes) }
    ],
    limit: {
      name: `limit (${formatBytes(profile.host.memoryLimitBytes)})`,
      bytes: profile.host.memoryLimitBytes
    },
    notes: phaseNotes
  });
}
function statisticsTable(profile) {
  return table(
    ["Phase", "Peak", "p95", "Mean", "Last sample", "Cgroup peak", "Pressure (PSI)"],
    profile.phases.map((phase) => [
      escapeTableCell(phase.name, 64),
      formatBytes(phase.treeRss.peakBytes),
      formatBytes(phase.treeRss.p95Bytes),
      formatBytes(phase.treeRss.meanBytes),
      formatBytes(phase.treeRss.endBytes),
      orDash(phase.peakCgroupUsageBytes),
      phase.pressureMaxAvg10 === null ? "\u2014" : `${phase.pressureMaxAvg10.toFixed(1)}%`
    ])
  );
}
function groupTables(profile) {
  return profile.phases.filter((phase) => phase.workerGroups.length > 0).map((phase) => {
    const rows = phase.workerGroups.slice(0, TOP_GROUPS).map((group) => [
      escapeTableCell(group.name, 64),
      escapeTableCell(group.parentName ?? "\u2014", 64),
      String(group.maxConcurrency),
      String(group.processes),
      formatBytes(group.peakRss.p50Bytes),
      formatBytes(group.peakRss.p90Bytes),
      formatBytes(group.peakRss.maxBytes),
      group.concurrency ? formatBytes(group.concurrency.memberMeanBytes) : "\u2014"
    ]);
    return `${phaseName(phase)}

${table(["Process", "Parent", "At once", "Seen", "Peak p50", "Peak p90", "Peak max", "Mean while alive"], rows)}`;
  });
}
function postRunAdvice(profile, settings) {
  const budgetBytes = memoryBudgetBytes(profile.host.memoryLimitBytes, {
    memoryReserveBytes: resolveReserve(settings.memoryReserveBytes, true).bytes,
    memoryFraction: settings.memoryFraction
  });
  const advices = profile.phases.map(
    (_, index) => advisePhase(profile, index, {
      budgetBytes,
      cpusPerWorker: settings.cpusPerWorker,
      maxWorkers: settings.maxWorkers
    })
  );
  return { budgetBytes, advices };
}
function renderPostRunSummary(profile, options2) {
  const settings = options2.budget;
  const { budgetBytes, advices } = postRunAdvice(profile, settings);
  const sections = [];
  const sampled = profile.sampler.samples > 0;
  const totalMs = profile.phases.reduce((sum, phase) => sum + phase.durationMs, 0);
  const head = [`### resource-planner: ${postRunHeadline(profile)}`];
  if (sampled && profile.phases.length > 0)
    head.push(
      "",
      `${humanDuration(totalMs)}${profile.phases.length > 1 ? ` in ${profile.phases.length} phases` : ""} on ${profile.host.cpus} CPU(s) with a ${formatBytes(profile.host.memoryLimitBytes)} memory limit.`
    );
  sections.push({ markdown: head.join("\n"), priority: 100 });
  const notes = [
    ...(options2.notes ?? []).map((note) => escapeMarkdownText(note, 300)),
    ...sampled ? findings(profile, advices) : []
  ];
  if (notes.length > 0)
    sections.push({ markdown: notes.map((note) => `- ${note}`).join("\n"), priority: 90 });
  if (!sampled) return `${fitToLimit(sections, SUMMARY_LIMIT_BYTES - 1024)}
`;
  const tasks = profile.tasks ?? [];
  if (tasks.length > 0) {
    const shown = tasksForMarkdown(tasks);
    sections.push({
      markdown: [
        // Our own words and counts: nothing untrusted to escape.
        `**Tasks**: ${taskSummaryLine(profile) ?? ""}.`,
        "",
        table(
          TASK_HEADER,
          shown.map(({ task, index }) => {
            const { name: name3, cells } = taskCells(task, index);
            cells[1] = `\`${escapeTableCell(name3, 80)}\``;
            return cells;
          }),
          ["right", "left", "left", "right", "right", "right", "right"]
        ),
        ...shown.length < tasks.length ? ["", `${tasks.length - shown.length} more task(s) that finished ok are in the profile.`] : []
      ].join("\n"),
      priority: 84
    });
  }
  if (profile.phases.length > 1) {
    const anyHeap = profile.phases.some((phase) => (phase.heapLimitKills ?? 0) > 0);
    const bold = (count2) => count2 > 0 ? `**${count2}**` : "0";
    sections.push({
      markdown: table(
        [
          "Phase",
          "Duration",
          "Workers planned",
          "Peak",
          "Of the limit",
          "OOM kills",
          ...anyHeap ? ["Out of heap"] : []
        ],
        profile.phases.map((phase) => [
          escapeTableCell(phase.name, 64),
          humanDuration(phase.durationMs),
          phase.workersRecommended === null ? "\u2014" : String(phase.workersRecommended),
          formatBytes(phase.treeRss.peakBytes),
          share(phase.treeRss.peakBytes, profile.host.memoryLimitBytes),
          bold(phase.oomKills),
          ...anyHeap ? [bold(phase.heapLimitKills ?? 0)] : []
        ]),
        ["left", "right", "right", "right", "right", "right", "right"]
      ),
      priority: 85
    });
  }
  const lines = adviceLines(profile, { budgetBytes, advices }, settings.cpusPerWorker);
  if (lines.length > 0)
    sections.push({
      markdown: [
        "**What this run alone would justify** (each worker at its peak at once; the plan learns from many runs):",
        "",
        ...lines.map((line) => `- ${line}`)
      ].join("\n"),
      priority: 80
    });
  const chart = memoryChart(profile);
  if (chart) sections.push({ markdown: chart, priority: 50 });
  const running2 = tasksRunningChart(profile);
  if (running2) sections.push({ markdown: running2, priority: 45 });
  const detail = [statisticsTable(profile), ...groupTables(profile)].join("\n\n");
  sections.push({
    markdown: details("Memory statistics and worker groups (top 10 per phase)", detail),
    priority: 20
  });
  sections.push({
    markdown: `<sub>Sampled every ${profile.sampler.intervalMs} ms from ${escapeMarkdownText(profile.sampler.source, 16)} (${profile.sampler.samples} samples) on ${escapeMarkdownText(profile.host.os, 16)}/${escapeMarkdownText(profile.host.arch, 16)}. Peak: the highest sum of the job's processes' RSS in one sample.</sub>`,
    priority: 10
  });
  return `${fitToLimit(sections, SUMMARY_LIMIT_BYTES - 1024)}
`;
}

// src/report/terminal.ts
var TOP_GROUPS2 = 3;
var NAME_COLUMN = 24;
var MIN_WIDTH = 40;
function colourWanted(env, isTty) {
  if ((env.NO_COLOR ?? "") !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0 && force !== "") return force !== "0" && force !== "false";
  return isTty;
}
function painter(colour) {
  return (text2, ...codes) => colour && text2 !== "" ? `${codes.join("")}${text2}${SGR.reset}` : text2;
}
function plain(text2, maxLength) {
  return cut(showInvisible(oneLine(text2)), maxLength);
}
function terminalStyle(paint) {
  return {
    phase: (name3) => paint(quoteUntrusted(name3, 64), SGR.bold),
    text: (value, maxLength) => plain(value, maxLength),
    strong: (value) => paint(value, SGR.bold),
    code: (value) => `'${value}'`
  };
}
function visibleLength(text2) {
  return [...text2.replace(/\u001b\[\d+m/g, "")].length;
}
function alignColumns(rows, right) {
  const widths = [];
  for (const row of rows)
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, visibleLength(cell));
    });
  return rows.map(
    (row) => row.map((cell, index) => {
      const pad = " ".repeat((widths[index] ?? 0) - visibleLength(cell));
      return right[index] ? pad + cell : index === row.length - 1 ? cell : cell + pad;
    }).join("  ").trimEnd()
  );
}
function wrap(text2, width, first) {
  const indent = " ".repeat(visibleLength(first));
  const lines = [];
  let line = first;
  for (const word of text2.split(" ")) {
    const candidate = line === "" || line.endsWith(" ") ? line + word : `${line} ${word}`;
    if (visibleLength(candidate) > width && line.trim() !== "") {
      lines.push(line);
      line = indent + word;
    } else line = candidate;
  }
  lines.push(line);
  return lines;
}
var MARK_WIDTH = 5;
function noteMark(note, paint) {
  const marks = [
    ["\u26D4 ", "OOM", SGR.red],
    ["\u26A0\uFE0F ", "warn", SGR.yellow],
    ["\u{1F4C8} ", "leak?", SGR.yellow],
    ["\u2139\uFE0F ", "note", SGR.dim]
  ];
  for (const [emoji, word, colour] of marks)
    if (note.startsWith(emoji))
      return { mark: paint(word.padEnd(MARK_WIDTH), colour), text: note.slice(emoji.length) };
  return { mark: "note".padEnd(MARK_WIDTH), text: note };
}
function renderTerminalReport(profile, options2) {
  const paint = painter(options2.colour);
  const style = terminalStyle(paint);
  const width = Math.max(MIN_WIDTH, options2.width);
  const limit = profile.host.memoryLimitBytes;
  const headline = postRunHeadline(profile, style).replace(
    /^⛔ ([^;]+);/,
    (_, killed) => `${paint(killed, SGR.red)};`
  );
  const out = ["", ...wrap(headline, width, `${paint("resource-planner:", SGR.bold)} `)];
  const sampled = profile.sampler.samples > 0 && profile.phases.length > 0;
  if (sampled) {
    const totalMs = profile.phases.reduce((sum, phase) => sum + phase.durationMs, 0);
    const about = `${humanDuration(totalMs)} on ${profile.host.cpus} CPU(s), memory limit ${formatBytes(limit)}; sampled every ${profile.sampler.intervalMs} ms (${profile.sampler.samples} samples).`;
    out.push(...wrap(about, width, "").map((line) => paint(line, SGR.dim)));
  }
  const { budgetBytes, advices } = postRunAdvice(profile, options2.budget);
  const notes = [
    ...(options2.notes ?? []).map((note) => plain(note, 300)),
    ...sampled ? findings(profile, advices, style) : []
  ];
  if (sampled) {
    out.push("", ...phaseRows(profile, paint));
    const groups = groupRows(profile);
    if (groups.length > 0) out.push("", paint("Main worker groups", SGR.bold), ...groups);
  }
  const taskLine = taskSummaryLine(profile);
  if (taskLine !== null)
    out.push("", `${paint("Tasks", SGR.bold)}: ${taskLine}`, ...taskTableRows(profile, paint));
  if (notes.length > 0) {
    out.push("");
    for (const note of notes) {
      const { mark, text: text2 } = noteMark(note, paint);
      out.push(...wrap(text2, width, `  ${mark} `));
    }
  }
  const advice = adviceLines(
    profile,
    { budgetBytes, advices },
    options2.budget.cpusPerWorker,
    style
  );
  if (advice.length > 0) {
    out.push(
      "",
      paint("What this run alone would justify", SGR.bold),
      ...wrap("(each worker at its peak at once; the plan learns from many runs):", width, "")
    );
    for (const line of advice) out.push(...wrap(line, width, "  - "));
  }
  return `${out.join("\n")}
`;
}
function taskTableRows(profile, paint) {
  const rows = (profile.tasks ?? []).map((task, index) => {
    const { name: name3, cells } = taskCells(task, index);
    cells[1] = plain(name3, 80);
    if (task.status !== "ok" && task.status !== "not-run")
      cells[2] = paint(cells[2], SGR.red);
    return cells;
  });
  const lines = alignColumns([TASK_HEADER, ...rows], [true, false, false, true, true, true, true]);
  return lines.map((line, index) => `  ${index === 0 ? paint(line, SGR.dim) : line}`);
}
function phaseRows(profile, paint) {
  const limit = profile.host.memoryLimitBytes;
  const anyKill = profile.phases.some((phase) => phase.oomKills > 0);
  const anyHeap = profile.phases.some((phase) => (phase.heapLimitKills ?? 0) > 0);
  const count2 = (value) => value > 0 ? paint(String(value), SGR.red) : "0";
  const header = [
    "Phase",
    "Duration",
    "At once",
    "Peak",
    "Of limit",
    ...anyKill ? ["OOM kills"] : [],
    ...anyHeap ? ["Out of heap"] : []
  ];
  const rows = profile.phases.map((phase) => {
    const atOnce = Math.max(0, ...phase.workerGroups.map((group) => group.maxConcurrency));
    const ofLimit = share(phase.treeRss.peakBytes, limit);
    const high = limit > 0 && phase.treeRss.peakBytes >= 0.9 * limit;
    return [
      plain(phase.name, NAME_COLUMN),
      humanDuration(phase.durationMs),
      atOnce > 0 ? String(atOnce) : "\u2014",
      formatBytes(phase.treeRss.peakBytes),
      high ? paint(ofLimit, SGR.yellow) : ofLimit,
      ...anyKill ? [count2(phase.oomKills)] : [],
      ...anyHeap ? [count2(phase.heapLimitKills ?? 0)] : []
    ];
  });
  const lines = alignColumns([header, ...rows], [false, true, true, true, true, true, true]);
  return lines.map((line, index) => `  ${index === 0 ? paint(line, SGR.dim) : line}`);
}
function groupRows(profile) {
  const several = profile.phases.length > 1;
  const rows = [];
  for (const phase of profile.phases)
    for (const group of phase.workerGroups.slice(0, TOP_GROUPS2))
      rows.push([
        ...several ? [plain(phase.name, NAME_COLUMN)] : [],
        plain(group.name, NAME_COLUMN),
        `${group.maxConcurrency} at once`,
        `${group.processes} seen`,
        `p90 ${formatBytes(group.peakRss.p90Bytes)}`,
        `max ${formatBytes(group.peakRss.maxBytes)}`
      ]);
  if (rows.length === 0) return [];
  const right = several ? [false, false, true, true, true, true] : [false, true, true, true, true];
  return alignColumns(rows, right).map((line) => `  ${line}`);
}

// src/shared/version.ts
var TOOL_VERSION = "0.1.0";

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/estimate/choose.ts
async function chooseEstimate(choice) {
  const fixed = choice.memoryPerWorkerBytes === null ? null : staticEstimate(choice.memoryPerWorkerBytes, "input");
  const fallback = staticEstimate(choice.fallbackMemoryPerWorkerBytes, "fallback");
  if ("unavailable" in choice.history) {
    const reason = choice.history.unavailable;
    return fixed ?? (reason === null ? fallback : staticEstimate(choice.fallbackMemoryPerWorkerBytes, "fallback", [reason]));
  }
  try {
    const learned = await choice.history.learn(fallback);
    return fixed ?? learned;
  } catch (error) {
    if (choice.onLearnError === "throw") throw error;
    choice.warn(
      `Could not learn from earlier runs, planning without history: ${errorMessage(error)}`
    );
    return fixed ?? fallback;
  }
}
function staticEstimate(perWorkerBytes, source, notes = []) {
  return {
    source,
    perWorkerBytes,
    memberPeakBytes: null,
    baseBytes: 0,
    confidence: "none",
    historyRuns: 0,
    spread: null,
    workerName: null,
    oomInHistory: false,
    speedup: null,
    concurrency: null,
    elasticShare: 1,
    elastic: false,
    baseMeasured: false,
    countEvidence: [],
    runs: [],
    notes: notes.length > 0 ? notes : [
      source === "input" ? `memory-per-worker sets ${formatBytes(perWorkerBytes)} per worker.` : `No history yet: assuming fallback-memory-per-worker, ${formatBytes(perWorkerBytes)} per worker, until this run's measurement replaces it; if you know your workers' size, set fallback-memory-per-worker to it.`
    ]
  };
}

// src/plan/ladder.ts
var SAME_LIMIT_TOLERANCE = 0.02;
var EVIDENCE_MAX_AGE_HALF_LIVES = 2;
var STEP_SHARE = 0.25;
var RISEN_SHARE = 0.1;
var FAILED_STEP_HOLD_RUNS = 3;
function stepAbove(count2) {
  return count2 + Math.max(1, Math.floor(count2 * STEP_SHARE));
}
function isRecent(run2) {
  return run2.weight >= 0.5 ** EVIDENCE_MAX_AGE_HALF_LIVES;
}
function provesOn(run2, memoryLimitBytes) {
  return run2.clean && run2.memoryLimitBytes <= memoryLimitBytes * (1 + SAME_LIMIT_TOLERANCE);
}
function timeOf(run2) {
  return Date.parse(run2.startedAt) || 0;
}
function buildLadder(input) {
  const ignored = [];
  const tolerance = input.memoryLimitBytes * SAME_LIMIT_TOLERANCE;
  const recent = input.evidence.filter(isRecent);
  if (recent.length < input.evidence.length)
    ignored.push(
      `${input.evidence.length - recent.length} run(s) older than ${EVIDENCE_MAX_AGE_HALF_LIVES} half-lives`
    );
  const proofs = recent.filter((run2) => provesOn(run2, input.memoryLimitBytes));
  const looser = recent.filter(
    (run2) => run2.clean && run2.memoryLimitBytes > input.memoryLimitBytes + tolerance
  ).length;
  if (looser > 0)
    ignored.push(`${looser} clean run(s) under a looser memory limit prove nothing here`);
  const best = proofs.reduce(
    (top, run2) => top === null || run2.workers > top.workers ? run2 : top,
    null
  );
  const kills = recent.filter(
    (run2) => run2.oomKills + run2.heapLimitKills > 0 && run2.memoryLimitBytes >= input.memoryLimitBytes - tolerance && // A later clean run at this count or more, on this memory, overrules the kill.
    !proofs.some((proof) => proof.workers >= run2.workers && timeOf(proof) > timeOf(run2))
  );
  const failedSteps = heldFailedSteps(recent, proofs, best, input.memoryLimitBytes - tolerance);
  const worst = [...kills, ...failedSteps].reduce(
    (low, run2) => low === null || run2.workers < low.workers ? run2 : low,
    null
  );
  const provenNeed = Math.max(0, ...proofs.map((run2) => run2.perWorkerBytes));
  const risen = best !== null && input.latestPerWorkerBytes !== null && input.latestPerWorkerBytes > provenNeed * (1 + RISEN_SHARE);
  let ceiling = best === null ? null : stepAbove(best.workers);
  if (ceiling !== null && worst !== null) ceiling = Math.min(ceiling, worst.workers - 1);
  const newest = recent.reduce(
    (latest, run2) => latest === null || timeOf(run2) > timeOf(latest) ? run2 : latest,
    null
  );
  if (ceiling !== null && best !== null && newest !== null && kills.includes(newest))
    ceiling = Math.min(ceiling, best.workers);
  return {
    proven: best?.workers ?? null,
    provenRunId: best?.runId ?? null,
    unsafe: worst?.workers ?? null,
    unsafeRunId: worst?.runId ?? null,
    unsafeCause: worst === null ? null : worst.oomKills > 0 ? "oom-kill" : worst.heapLimitKills > 0 ? "heap-limit" : "failed",
    ceiling: ceiling === null ? null : Math.max(0, ceiling),
    risen,
    ignored
  };
}
function heldFailedSteps(recent, proofs, proof, leastLimitBytes) {
  const failed2 = recent.filter(
    (run2) => !run2.clean && run2.oomKills + run2.heapLimitKills === 0 && run2.workers > (proof?.workers ?? 0) && run2.memoryLimitBytes >= leastLimitBytes
  );
  return failed2.filter((run2) => {
    const again = failed2.filter((other) => other.workers === run2.workers).length;
    const cleanSince = proofs.filter((other) => timeOf(other) > timeOf(run2)).length;
    return again >= 2 || cleanSince < FAILED_STEP_HOLD_RUNS;
  });
}
function laddered(predicted, ladder) {
  let bound = predicted;
  if (ladder.unsafe !== null) bound = Math.min(bound, ladder.unsafe - 1);
  if (ladder.ceiling !== null) bound = Math.min(bound, ladder.ceiling);
  if (ladder.proven !== null && !ladder.risen && (ladder.unsafe === null || ladder.proven < ladder.unsafe))
    bound = Math.max(bound, ladder.proven);
  return Math.max(0, bound);
}
function provenHeapCapMb(evidence, memoryLimitBytes, workers) {
  let best = null;
  for (const run2 of evidence) {
    if (run2.workers === workers && run2.nodeHeapMb !== null && isRecent(run2) && provesOn(run2, memoryLimitBytes) && (best === null || run2.nodeHeapMb > best.mb))
      best = { mb: run2.nodeHeapMb, runId: run2.runId };
  }
  return best;
}

// src/plan/memory-bound.ts
var MAX_WORKERS_CONSIDERED = 4096;
function memoryBoundFor(estimate, budgetBytes, ladder, limits) {
  const room = budgetBytes - Math.max(0, estimate.baseBytes);
  const model = estimate.concurrency ? concurrentBound(estimate.concurrency, estimate, room) : lockstepBound(estimate, room, ladder);
  const step = ladder?.ceiling ?? Number.POSITIVE_INFINITY;
  if (model.bound >= step) return model;
  const candidates = [
    elasticBound(estimate, room, ladder),
    measuredStepBound(estimate, ladder, model, limits)
  ].filter((bound) => bound !== null && bound.bound > model.bound);
  return candidates.reduce((best, bound) => bound.bound > best.bound ? bound : best, model);
}
function measuredStepBound(estimate, ladder, model, limits) {
  if (ladder === null || ladder.proven === null || ladder.risen || ladder.ceiling === null)
    return null;
  const proven = ladder.proven;
  const step = ladder.ceiling;
  if (step <= proven) return null;
  const tolerance = limits.limitBytes * SAME_LIMIT_TOLERANCE;
  const minWeight = 0.5 ** EVIDENCE_MAX_AGE_HALF_LIVES;
  const measured = estimate.countEvidence.filter(
    (run2) => run2.clean && run2.workers === proven && run2.weight >= minWeight && Math.abs(run2.memoryLimitBytes - limits.limitBytes) <= tolerance && run2.peakUsedBytes !== null && run2.peakUsedBytes > 0
  ).map((run2) => run2.peakUsedBytes);
  if (measured.length === 0) return null;
  const peakAtProof = Math.max(...measured);
  const added = Math.max(0, model.needOf(step) - model.needOf(proven));
  const room = limits.limitBytes - limits.reserveBytes;
  if (peakAtProof + added > room) return null;
  return {
    bound: step,
    kind: "measured-step",
    why: `at ${proven} workers this memory peaked at ${formatBytes(peakAtProof)} (measured, the most of ${measured.length} clean run(s)); ${step - proven} more predicted to add ${formatBytes(added)} (${model.kind} model, +15%): ${formatBytes(peakAtProof + added)} fits the ${formatBytes(limits.limitBytes)} limit less the ${formatBytes(limits.reserveBytes)} reserve`,
    text: `the peak measured at ${proven} workers (${formatBytes(peakAtProof)}) plus ${formatBytes(added)} predicted for ${step - proven} more fits the ${formatBytes(limits.limitBytes)} limit less the ${formatBytes(limits.reserveBytes)} reserve: ${step} workers`,
    needOf: model.needOf
  };
}
function lockstepBound(estimate, room, ladder) {
  const proven = ladder !== null && ladder.proven !== null && !ladder.risen;
  const perWorker = proven && estimate.memberPeakBytes !== null ? Math.max(1, estimate.memberPeakBytes * (1 + SAFETY_MARGIN) * estimate.elasticShare) : Math.max(1, estimate.perWorkerBytes);
  const bound = room <= 0 ? 0 : Math.min(MAX_WORKERS_CONSIDERED, Math.floor(room / perWorker));
  return {
    bound,
    kind: "lockstep",
    why: estimate.source === "history" ? "no run recorded 2+ workers at once with per-sample figures: each worker is counted at its peak" : `no history: ${estimate.source === "input" ? "memory-per-worker" : "fallback-memory-per-worker"} per worker`,
    text: `${bound} \xD7 ${formatBytes(perWorker)}`,
    needOf: (workers) => workers * perWorker
  };
}
function concurrentBound(model, estimate, room) {
  const scale = (1 + SAFETY_MARGIN) * estimate.elasticShare;
  const needOf = (workers) => predictConcurrentPeakBytes(model, workers) * scale;
  const bound = room <= 0 ? 0 : maxWorkersWithin(model, room / scale, MAX_WORKERS_CONSIDERED);
  const share2 = estimate.elasticShare < 1 ? ` \xD7 ${estimate.elasticShare.toFixed(2)} elastic prior` : "";
  return {
    bound,
    kind: model.kind,
    why: `${model.reason}; +15% margin${share2}`,
    text: `${bound} workers, predicted together at ${formatBytes(needOf(bound))} (${model.kind} model, +15%${share2})`,
    needOf
  };
}
function elasticBound(estimate, room, ladder) {
  if (!estimate.elastic || ladder === null || ladder.proven === null || ladder.risen) return null;
  const memberPeak = estimate.spread?.maxBytes ?? estimate.memberPeakBytes;
  if (memberPeak === null || memberPeak <= 0) return null;
  const perWorker = memberPeak * ELASTIC_MIN_SHARE;
  const bound = room <= 0 ? 0 : Math.min(MAX_WORKERS_CONSIDERED, Math.floor(room / perWorker));
  return {
    bound,
    kind: "elastic-boundary",
    why: `'${estimate.workerName ?? "node"}' workers size their heap from the memory they see: stepping on the measured pass/OOM boundary, half their peak (${formatBytes(perWorker)}), with node-heap-mb as the cap; an OOM kill stops it`,
    text: `${bound} \xD7 ${formatBytes(perWorker)} (half the workers' peak, the elastic boundary)`,
    needOf: (workers) => workers * perWorker
  };
}

// src/plan/planner.ts
var NODE_HEAP_SHARE = 0.75;
var MIN_NODE_HEAP_MB = 128;
function planWorkers({ capacity, settings, estimate }) {
  const warnings = [];
  const reserve = resolveReserve(
    settings.memoryReserveBytes,
    estimate.baseMeasured,
    capacity.memoryLimitBytes
  );
  const budget = memoryBudgetBytes(capacity.memoryAvailableBytes, {
    memoryReserveBytes: reserve.bytes,
    memoryFraction: settings.memoryFraction
  });
  const perWorker = Math.max(1, estimate.perWorkerBytes);
  const base = Math.max(0, estimate.baseBytes);
  const ladder = estimate.countEvidence.length > 0 ? buildLadder({
    evidence: estimate.countEvidence,
    memoryLimitBytes: capacity.memoryLimitBytes,
    latestPerWorkerBytes: latestPerWorker(estimate)
  }) : null;
  const model = memoryBoundFor(estimate, budget, ladder, {
    limitBytes: capacity.memoryLimitBytes,
    reserveBytes: reserve.bytes
  });
  const memoryBound = ladder ? laddered(model.bound, ladder) : model.bound;
  const cpuBound = Math.max(1, Math.floor(capacity.cpus / settings.cpusPerWorker + 1e-9));
  const speedupBound = speedupBoundFor(estimate, memoryBound, ladder);
  if (capacity.memoryAvailableBytes <= reserve.bytes) {
    warnings.push(
      `Available memory (${formatBytes(capacity.memoryAvailableBytes)}) is no more than the reserve (${formatBytes(reserve.bytes)}): planning the minimum of ${settings.minWorkers} worker(s). Lower memory-reserve or give the job more memory.`
    );
  } else if (memoryBound === 0 && estimate.source !== "fallback") {
    warnings.push(
      `Not even one worker fits: the budget is ${formatBytes(budget)} but one worker needs ${formatBytes(perWorker)} on top of ${formatBytes(base)} of base memory. Planning ${settings.minWorkers}.`
    );
  }
  let workers;
  let limitedBy;
  let reason;
  const override = settings.overrideWorkers ?? settings.forcedWorkers;
  if (override !== null) {
    workers = override;
    limitedBy = "override";
    reason = settings.overrideWorkers !== null ? `RESOURCE_PLANNER_WORKERS=${override} overrides the plan.` : `The workers input (--workers in the CLI) fixes the count at ${override}.`;
    if (override > memoryBound) {
      warnings.push(
        `The forced ${override} workers exceed the ${memoryBound} that fit in the memory budget: expect swapping or OOM kills.`
      );
    }
    if (override > cpuBound) {
      warnings.push(
        `The forced ${override} workers exceed the ${cpuBound} that ${capacity.cpus} CPU(s) allow at ${settings.cpusPerWorker} per worker: they will wait for CPU time.`
      );
    }
  } else {
    ({ workers, limitedBy, reason } = boundedChoice(memoryBound, cpuBound, speedupBound, settings, {
      budget,
      base,
      perWorker,
      cpus: capacity.cpus,
      modelText: model.text,
      modelKind: model.kind,
      ladderBinds: ladder !== null && memoryBound !== model.bound,
      ladder,
      speedupKind: estimate.speedup?.kind ?? null
    }));
  }
  const provenHeap = provenHeapCapMb(estimate.countEvidence, capacity.memoryLimitBytes, workers);
  const budgetHeapMb = nodeHeapFor(budget, base, workers);
  const nodeHeapHeld = provenHeap !== null && provenHeap.mb > budgetHeapMb ? provenHeap : null;
  const nodeHeapMb = nodeHeapHeld?.mb ?? budgetHeapMb;
  if (nodeHeapMb <= MIN_NODE_HEAP_MB) {
    warnings.push(
      `Each of ${workers} Node worker(s) gets a heap cap of only ${nodeHeapMb} MiB: tests may fail with "JavaScript heap out of memory".`
    );
  }
  return {
    workers,
    limitedBy,
    reason,
    cpuBound,
    memoryBound,
    predictedMemoryBound: model.bound,
    memoryModel: { kind: model.kind, why: model.why },
    predictedPeakBytes: Math.round(base + model.needOf(workers)),
    ladder,
    ladderLine: ladder ? ladderLine(ladder, model.bound, memoryBound, model.kind) : null,
    speedupBound,
    cpus: capacity.cpus,
    cpusPerWorker: settings.cpusPerWorker,
    memoryLimitBytes: capacity.memoryLimitBytes,
    memoryAvailableBytes: capacity.memoryAvailableBytes,
    memoryReserveBytes: reserve.bytes,
    reserveSource: reserve.source,
    memoryFraction: settings.memoryFraction,
    memoryBudgetBytes: budget,
    perWorkerBytes: perWorker,
    baseBytes: base,
    nodeHeapMb,
    nodeHeapHeld,
    predictedDurationMs: estimate.speedup ? predictDurationMs(estimate.speedup, workers) : null,
    estimate,
    warnings
  };
}
function latestPerWorker(estimate) {
  let latest = null;
  for (const run2 of estimate.countEvidence) {
    const t = Date.parse(run2.startedAt) || 0;
    if (latest === null || t > latest.t) latest = { t, bytes: run2.perWorkerBytes };
  }
  return latest?.bytes ?? null;
}
var UNSAFE_TEXT = {
  "oom-kill": "OOM-killed",
  "heap-limit": "stopped at the V8 heap limit",
  failed: "failed past the proof"
};
var UNSAFE_WHY = {
  "oom-kill": "was OOM-killed",
  "heap-limit": "ran out of heap",
  failed: `failed (held for ${FAILED_STEP_HOLD_RUNS} clean runs, or until forgotten after a second failure)`
};
function ladderLine(ladder, predictedBound, bound, kind = null) {
  const parts = [];
  parts.push(
    ladder.proven === null ? "proven: none on this memory yet" : `proven ${ladder.proven}${ladder.provenRunId !== null ? ` (run ${ladder.provenRunId})` : ""}`
  );
  if (ladder.unsafe !== null)
    parts.push(
      `${UNSAFE_TEXT[ladder.unsafeCause ?? "oom-kill"]} at ${ladder.unsafe}${ladder.unsafeRunId !== null ? ` (run ${ladder.unsafeRunId})` : ""}`
    );
  let why;
  if (ladder.proven === null) why = "nothing proven here yet: the model alone decides";
  else if (ladder.risen)
    why = "memory per worker has risen since that proof: the model alone decides";
  else if (bound > ladder.proven && predictedBound > bound)
    why = `one step past the proof (the model allows ${predictedBound}; the plan climbs one step at a time)`;
  else if (bound > ladder.proven && kind === "measured-step")
    why = `one step past the proof, where the peak measured at ${ladder.proven} plus the step's predicted share fits`;
  else if (bound > ladder.proven) why = `one step past the proof, where the model predicts it fits`;
  else if (ladder.unsafe !== null && bound === ladder.unsafe - 1)
    why = `below the count that ${UNSAFE_WHY[ladder.unsafeCause ?? "oom-kill"]}`;
  else if (predictedBound > bound)
    why = `the model allows ${predictedBound}, but the plan climbs one step at a time`;
  else if (predictedBound < bound)
    why = `held at the proof (the model alone would say ${predictedBound})`;
  else why = `the model predicts the next step does not fit`;
  parts.push(`memory allows ${bound}: ${why}`);
  if (ladder.ignored.length > 0) parts.push(`ignored: ${ladder.ignored.join("; ")}`);
  return parts.join(" \xB7 ");
}
function speedupBoundFor(estimate, memoryBound, ladder) {
  const speedup = estimate.speedup;
  if (!speedup) return null;
  if (speedup.kind === "no-gain") return Math.max(1, speedup.maxUsefulWorkers);
  const provenFloor = ladder && !ladder.risen ? ladder.proven ?? 1 : 1;
  return Math.max(1, Math.min(memoryBound, provenFloor), speedup.maxUsefulWorkers);
}
function boundedChoice(memoryBound, cpuBound, speedupBound, settings, terms) {
  const memoryText = terms.ladderBinds ? `${memoryBound} on the evidence ladder (${terms.modelText})` : terms.modelKind === "measured-step" ? terms.modelText : `${formatBytes(terms.budget)} budget${terms.base > 0 ? ` \u2212 ${formatBytes(terms.base)} base` : ""} fits ${terms.modelText}`;
  const cpuText = `${terms.cpus} CPU(s) \xF7 ${settings.cpusPerWorker} per worker = ${cpuBound}`;
  let workers = Math.min(memoryBound, cpuBound);
  let limitedBy = memoryBound < cpuBound ? terms.ladderBinds ? "ladder" : "memory" : "cpu";
  let reason = limitedBy === "cpu" ? `CPU: ${cpuText} (memory allows ${memoryBound}).` : `Memory: ${memoryText} (CPUs allow ${cpuBound}).`;
  if (speedupBound !== null && speedupBound < workers) {
    workers = speedupBound;
    limitedBy = "speedup";
    reason = terms.speedupKind === "no-gain" ? `Speed-up: earlier runs at more than ${speedupBound} worker(s) took longer, not less (memory allows ${memoryBound}, CPUs ${cpuBound}).` : `Speed-up: past ${speedupBound} workers each extra worker gains too little (memory allows ${memoryBound}, CPUs ${cpuBound}).`;
  }
  if (settings.maxWorkers !== null && workers > settings.maxWorkers) {
    reason = `max-workers caps the count at ${settings.maxWorkers} (memory allows ${memoryBound}, CPUs ${cpuBound}).`;
    return { workers: settings.maxWorkers, limitedBy: "max-workers", reason };
  }
  if (workers < settings.minWorkers) {
    reason = `min-workers raises the count to ${settings.minWorkers} (memory allows ${memoryBound}, CPUs ${cpuBound}).`;
    return { workers: settings.minWorkers, limitedBy: "min-workers", reason };
  }
  return { workers, limitedBy, reason };
}
function nodeHeapFor(budgetBytes, baseBytes, workers) {
  const slotBytes = Math.max(0, budgetBytes - baseBytes) / Math.max(1, workers);
  return Math.max(MIN_NODE_HEAP_MB, Math.floor(slotBytes * NODE_HEAP_SHARE / MiB));
}

// src/advise/catalog.ts
var CATALOG_DATE = "2026-11-28";
var CATALOG_SOURCES = {
  standard: "https://docs.github.com/en/actions/reference/runners/github-hosted-runners",
  larger: "https://docs.github.com/en/actions/reference/runners/larger-runners",
  pricing: "https://docs.github.com/en/billing/reference/actions-runner-pricing"
};
var gb = (amount) => amount * 1e9;
var STANDARD_PUBLIC = "GitHub docs, standard runners for public repositories";
var STANDARD_PRIVATE = "GitHub docs, standard runners for private repositories";
var LARGER = "GitHub docs, larger runners (label chosen by the organisation)";
function standard(name3, label, os2, arch, cpus, memoryGb, visibility, pricePerMinuteUsd) {
  return {
    name: `${name3} (${visibility} repo)`,
    label,
    os: os2,
    arch,
    cpus,
    memoryBytes: gb(memoryGb),
    pricePerMinuteUsd,
    visibility,
    source: visibility === "public" ? STANDARD_PUBLIC : STANDARD_PRIVATE
  };
}
function larger(os2, arch, cpus, memoryGb, pricePerMinuteUsd) {
  return {
    name: `${os2}-${arch}-${cpus}-core`,
    label: null,
    os: os2,
    arch,
    cpus,
    memoryBytes: gb(memoryGb),
    pricePerMinuteUsd,
    visibility: "any",
    source: LARGER
  };
}
var LARGER_X64 = [
  [2, 8, 6e-3, null],
  [4, 16, 0.012, 0.022],
  [8, 32, 0.022, 0.042],
  [16, 64, 0.042, 0.082],
  [32, 128, 0.082, 0.162],
  [64, 256, 0.162, 0.322],
  [96, 384, 0.252, 0.552]
];
var LARGER_ARM64 = [
  [2, 8, 5e-3, null],
  [4, 16, 8e-3, 0.014],
  [8, 32, 0.014, 0.026],
  [16, 64, 0.026, 0.05],
  [32, 128, 0.05, 0.098],
  [64, 208, 0.098, 0.194]
];
var BUILTIN_CATALOG = Object.freeze([
  standard("ubuntu-latest", "ubuntu-latest", "linux", "x64", 4, 16, "public", 0),
  standard("ubuntu-24.04-arm", "ubuntu-24.04-arm", "linux", "arm64", 4, 16, "public", 0),
  standard("windows-latest", "windows-latest", "windows", "x64", 4, 16, "public", 0),
  standard("ubuntu-slim", "ubuntu-slim", "linux", "x64", 1, 5, "private", 2e-3),
  standard("ubuntu-latest", "ubuntu-latest", "linux", "x64", 2, 7, "private", 6e-3),
  standard("windows-latest", "windows-latest", "windows", "x64", 2, 7, "private", 0.01),
  standard("macos-latest", "macos-latest", "macos", "arm64", 3, 7, "private", 0.062),
  standard("macos-13", "macos-13", "macos", "x64", 4, 14, "private", 0.062),
  ...LARGER_X64.flatMap(([cpus, memory, linux, windows]) => [
    larger("linux", "x64", cpus, memory, linux),
    ...windows === null ? [] : [larger("windows", "x64", cpus, memory, windows)]
  ]),
  ...LARGER_ARM64.flatMap(([cpus, memory, linux, windows]) => [
    larger("linux", "arm64", cpus, memory, linux),
    ...windows === null ? [] : [larger("windows", "arm64", cpus, memory, windows)]
  ]),
  larger("macos", "arm64", 5, 14, 0.102),
  larger("macos", "x64", 12, 30, 0.077)
]);
function profileOsOf(os2) {
  return os2 === "macos" ? "darwin" : os2 === "windows" ? "win32" : "linux";
}
var CATALOG_MAX_BYTES = 256 * 1024;
var MAX_ENTRIES = 500;
var NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ._()/:+-]{0,63}$/;
var LABEL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
var MAX_CPUS = 1024;
var MAX_PRICE_PER_MINUTE = 100;
var CATALOG_FORMAT = 'JSON {"replace": false, "runners": [{"name": "linux-x64-8-core", "label": "my-8-core", "os": "linux", "arch": "x64", "cpus": 8, "memory": "32G", "pricePerMinute": 0.022}]} (os linux, windows or macos; arch x64 or arm64; label and visibility ("public", "private", "any") optional; "replace": true drops the built-in runners)';
var CatalogError = class extends InputError {
  constructor(input, file, where, problem) {
    super(input, file, CATALOG_FORMAT);
    this.message = `${input} ${file}: ${where}${problem}. Expected ${CATALOG_FORMAT}.`;
  }
};
function describe(value) {
  const text2 = JSON.stringify(value) ?? String(value);
  return text2.length > 40 ? `${text2.slice(0, 40)}\u2026` : text2;
}
function parseCatalog(text2, input, file) {
  const fail = (where, problem) => {
    throw new CatalogError(input, file, where, problem);
  };
  let data;
  try {
    data = JSON.parse(text2);
  } catch (error) {
    return fail("", `is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return fail("", "the top level is not an object");
  const top = data;
  for (const key of Object.keys(top))
    if (key !== "replace" && key !== "runners") fail(`field ${describe(key)}`, " is not known");
  if (top.replace !== void 0 && typeof top.replace !== "boolean")
    fail('field "replace"', ` is ${describe(top.replace)}, not true or false`);
  const list = top.runners;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_ENTRIES)
    return fail('field "runners"', ` must be a list of 1 to ${MAX_ENTRIES} runners`);
  const names = /* @__PURE__ */ new Set();
  const runners = list.map((item, index) => {
    const entry = parseEntry(item, index, input, file);
    if (names.has(entry.name)) fail(`runners[${index}]`, ` repeats the name "${entry.name}"`);
    names.add(entry.name);
    return entry;
  });
  return { replace: top.replace === true, runners };
}
var ENTRY_FIELDS = /* @__PURE__ */ new Set([
  "name",
  "label",
  "os",
  "arch",
  "cpus",
  "memory",
  "pricePerMinute",
  "visibility"
]);
function parseEntry(item, index, input, file) {
  let where = `runners[${index}]`;
  const fail = (field, problem) => {
    throw new CatalogError(input, file, `${where} field "${field}"`, `: ${problem}`);
  };
  if (typeof item !== "object" || item === null || Array.isArray(item))
    throw new CatalogError(input, file, where, " is not an object");
  const raw = item;
  const name3 = raw.name;
  if (typeof name3 !== "string" || !NAME_PATTERN.test(name3))
    fail("name", `${describe(name3)} is not 1 to 64 letters, digits, spaces or . _ ( ) / : + -`);
  where = `${where} (${name3})`;
  for (const key of Object.keys(raw)) if (!ENTRY_FIELDS.has(key)) fail(key, "is not a known field");
  const label = raw.label ?? null;
  if (label !== null && (typeof label !== "string" || !LABEL_PATTERN.test(label)))
    fail("label", `${describe(label)} is not a runner label (letters, digits, . _ -)`);
  const os2 = raw.os;
  if (os2 !== "linux" && os2 !== "windows" && os2 !== "macos")
    fail("os", `${describe(os2)} is not linux, windows or macos`);
  const arch = raw.arch;
  if (arch !== "x64" && arch !== "arm64") fail("arch", `${describe(arch)} is not x64 or arm64`);
  const cpus = raw.cpus;
  if (typeof cpus !== "number" || !Number.isInteger(cpus) || cpus < 1 || cpus > MAX_CPUS)
    fail("cpus", `${describe(cpus)} is not a whole number from 1 to ${MAX_CPUS}`);
  const memoryBytes = typeof raw.memory === "string" ? parseSize(raw.memory) : null;
  if (memoryBytes === null || memoryBytes < 64 * 1024 * 1024)
    fail("memory", `${describe(raw.memory)} is not ${SIZE_FORMAT}, at least 64M`);
  const price = raw.pricePerMinute;
  if (typeof price !== "number" || !Number.isFinite(price) || price < 0 || price > MAX_PRICE_PER_MINUTE)
    fail(
      "pricePerMinute",
      `${describe(price)} is not a number of USD from 0 to ${MAX_PRICE_PER_MINUTE}`
    );
  const visibility = raw.visibility ?? "any";
  if (visibility !== "public" && visibility !== "private" && visibility !== "any")
    fail("visibility", `${describe(visibility)} is not public, private or any`);
  return {
    name: name3,
    label,
    os: os2,
    arch,
    cpus,
    memoryBytes,
    pricePerMinuteUsd: price,
    visibility,
    source: `${input} ${file}`
  };
}
function mergeCatalog(builtin, user) {
  if (user === null) return [...builtin];
  if (user.replace) return [...user.runners];
  const names = new Set(user.runners.map((entry) => entry.name));
  return [...builtin.filter((entry) => !names.has(entry.name)), ...user.runners];
}

// src/advise/shard-sets.ts
function wholeFromShardSets(profiles, phase) {
  const { sets, incomplete } = completeSets(profiles, phase);
  const wholes = [];
  const splits = [];
  for (const total of [...new Set(sets.map((set) => set.total))].sort((a, b) => a - b)) {
    const ofSplit = sets.filter((set) => set.total === total && set.succeeded);
    if (ofSplit.length === 0) continue;
    const serialMs = perShardSerialMs(ofSplit);
    splits.push({
      total,
      sets: ofSplit.length,
      workerCounts: [...new Set(ofSplit.map((set) => set.effectiveWorkers))].sort((a, b) => a - b),
      serialMs
    });
    for (const set of ofSplit)
      wholes.push({ set, durationMs: wholeDurationMs(set.shardDurationsMs, serialMs ?? 0) });
  }
  return { wholes, sets, splits, incomplete };
}
function wholeDurationMs(shardDurationsMs, serialMs) {
  const sum = shardDurationsMs.reduce((total, duration) => total + duration, 0);
  return Math.round(sum - (shardDurationsMs.length - 1) * serialMs);
}
function perShardSerialMs(sets) {
  const counts = new Set(sets.map((set) => set.effectiveWorkers));
  if (sets.length < 2 || counts.size < 2) return null;
  const total = sets[0].total;
  const { m: slope, b: intercept } = linearRegression(
    sets.map((set) => [
      1 / set.effectiveWorkers,
      set.shardDurationsMs.reduce((sum, duration) => sum + duration, 0)
    ])
  );
  if (!(slope > 0)) return null;
  const shortest = Math.min(...sets.flatMap((set) => set.shardDurationsMs));
  return Math.min(shortest, Math.max(0, intercept / total));
}
function completeSets(profiles, phase) {
  const groups = /* @__PURE__ */ new Map();
  for (const entry of profiles) {
    const { shard: shard2, runId } = entry.profile.run;
    if (shard2 === null || shard2.total < 2 || runId === null) continue;
    const recorded = entry.profile.phases.find((candidate) => candidate.name === phase);
    const group = recorded ? mainWorkerGroup(recorded) : null;
    if (!recorded || !group) continue;
    const key = `${runId}/${shard2.total}`;
    const runs = groups.get(key) ?? [];
    groups.set(key, runs);
    const same = runs.findIndex((run2) => run2.index === shard2.index);
    if (same >= 0) {
      const earlier = runs[same];
      if ((earlier.entry.profile.run.runAttempt ?? 0) >= (entry.profile.run.runAttempt ?? 0))
        continue;
      runs.splice(same, 1);
    }
    runs.push({
      entry,
      index: shard2.index,
      durationMs: recorded.durationMs,
      effectiveWorkers: Math.max(
        1,
        Math.min(Math.max(1, workersRan(group)), entry.profile.host.cpus)
      ),
      succeeded: entry.failed !== true && (entry.profile.run.exitCode === null || entry.profile.run.exitCode === 0) && recorded.oomKills === 0 && recorded.durationMs > 0
    });
  }
  const sets = [];
  const incomplete = [];
  for (const [key, runs] of groups) {
    const [runId, total] = key.split("/").map(Number);
    runs.sort((a, b) => a.index - b.index);
    const hosts = new Set(runs.map(({ entry }) => hostKey(entry)));
    const counts = new Set(runs.map((run2) => run2.effectiveWorkers));
    if (runs.length < total) {
      const missing = Array.from({ length: total }, (_, i) => i + 1).filter(
        (index) => !runs.some((run2) => run2.index === index)
      );
      incomplete.push(
        `run ${runId}: shard(s) ${missing.slice(0, 4).join(", ")}${missing.length > 4 ? ", \u2026" : ""} of ${total} not recorded`
      );
    } else if (hosts.size > 1)
      incomplete.push(`run ${runId}: its shards ran on runners of different sizes`);
    else if (counts.size > 1)
      incomplete.push(
        `run ${runId}: its shards ran different worker counts (${[...counts].sort((a, b) => a - b).join(", ")}), so their sum has no one count`
      );
    else {
      const host = runs[0].entry.profile.host;
      sets.push({
        runId,
        total,
        os: host.os,
        arch: host.arch,
        cpus: host.cpus,
        memoryBytes: Math.min(...runs.map(({ entry }) => entry.profile.host.memoryLimitBytes)),
        effectiveWorkers: runs[0].effectiveWorkers,
        shardDurationsMs: runs.map((run2) => run2.durationMs),
        succeeded: runs.every((run2) => run2.succeeded),
        profiles: runs.map((run2) => run2.entry)
      });
    }
  }
  sets.sort((a, b) => b.runId - a.runId);
  return { sets, incomplete };
}
function hostKey(entry) {
  const host = entry.profile.host;
  return `${host.os}/${host.arch}/${host.cpus}`;
}

// src/advise/shards.ts
function shardPeaks(count2, wholePeakBytes, learn) {
  const perShard = [];
  for (let index = 1; index <= count2; index++) {
    const learned2 = count2 === 1 ? null : learn({ index, total: count2 });
    perShard.push(
      learned2 ? { index, peakBytes: learned2.peakBytes, from: "shard", runs: learned2.runs } : { index, peakBytes: wholePeakBytes, from: "whole", runs: 0 }
    );
  }
  const peakBytes = Math.max(...perShard.map((shard2) => shard2.peakBytes));
  const learned = perShard.filter((shard2) => shard2.from === "shard");
  const wholeText = `the whole phase's ${formatBytes(wholePeakBytes)}`;
  let memoryEvidence;
  if (count2 === 1) memoryEvidence = `Peak: ${wholeText}.`;
  else if (learned.length === 0)
    memoryEvidence = `Peak per shard: ${wholeText}, not assumed to shrink (no earlier run recorded as a shard of ${count2}).`;
  else {
    const highest = perShard.reduce(
      (top, shard2) => shard2.peakBytes > top.peakBytes ? shard2 : top
    );
    const runs = learned.reduce((sum, shard2) => sum + shard2.runs, 0);
    const unrecorded = perShard.filter((shard2) => shard2.from === "whole");
    memoryEvidence = learned.length === count2 ? `Peak per shard from each shard's own runs of a ${count2}-way split (${runs} run(s)): highest ${formatBytes(peakBytes)}, shard ${highest.index}/${count2}.` : `Peak per shard from their own runs for shard(s) ${indexList(learned)} of ${count2} (${runs} run(s)); for ${indexList(unrecorded)}, which no run recorded, ${wholeText}, not assumed to shrink: highest ${formatBytes(peakBytes)}.`;
  }
  return { perShard, peakBytes, memoryEvidence };
}
function indexList(shards) {
  const indices = shards.map((shard2) => shard2.index);
  return indices.length <= 8 ? indices.join(", ") : `${indices.slice(0, 3).join(", ")} \u2026 (${indices.length} in all)`;
}
function adviseShards(runner, fit, targetMs, learn = () => null) {
  const serialMs = fit.singleWorkerMs * fit.serialFraction;
  const parallelMs = fit.singleWorkerMs - serialMs;
  const active = Math.max(1, Math.min(runner.workers, runner.cpus));
  const base = { runner: runner.name, workers: runner.workers, peakBytes: runner.peakBytes };
  const none = (reason) => ({
    ...base,
    count: null,
    matrix: null,
    durationMs: null,
    costUsd: null,
    perShard: [],
    memoryEvidence: `Peak: the whole phase's ${formatBytes(runner.peakBytes)}.`,
    reason
  });
  if (!runner.safe) return none(`${runner.name} cannot run even one worker safely.`);
  if (targetMs <= serialMs)
    return none(
      `No number of shards meets ${formatDuration(targetMs)}: each shard repeats the ${formatDuration(serialMs)} that does not parallelise.`
    );
  const count2 = Math.max(1, Math.ceil(parallelMs / (active * (targetMs - serialMs)) - 1e-9));
  if (count2 > MAX_SHARDS)
    return none(
      `Meeting ${formatDuration(targetMs)} would take ${count2} shards, more than ${MAX_SHARDS}.`
    );
  const durationMs = Math.round(serialMs + parallelMs / (count2 * active));
  const minutes = Math.max(1, Math.ceil(durationMs / 6e4));
  return {
    ...base,
    ...shardPeaks(count2, runner.peakBytes, learn),
    count: count2,
    matrix: { shard: Array.from({ length: count2 }, (_, index) => index + 1) },
    durationMs,
    costUsd: Math.round(count2 * minutes * runner.pricePerMinuteUsd * 1e6) / 1e6,
    reason: count2 === 1 ? `${runner.name} meets ${formatDuration(targetMs)} in one job.` : `${count2} shards on ${runner.name} with ${runner.workers} worker(s) each: ${formatDuration(durationMs)} each, against ${formatDuration(targetMs)}.`
  };
}

// src/advise/advise.ts
function catalogOrigin(catalog) {
  const builtin = catalog.some((entry) => entry.source.startsWith("GitHub docs"));
  return {
    builtinDate: builtin ? CATALOG_DATE : null,
    builtinSources: builtin ? Object.values(CATALOG_SOURCES) : [],
    files: distinctText(
      catalog.filter((entry) => !entry.source.startsWith("GitHub docs")).map((e) => e.source)
    )
  };
}
function distinctText(values) {
  return [...new Set(values)];
}
var OS_NAMES = { linux: "Linux", darwin: "macOS", win32: "Windows" };
function platformsOf(profiles, phase, fromShards = []) {
  const platforms = /* @__PURE__ */ new Map();
  for (const { set, durationMs } of fromShards) {
    const key = `${set.os}/${set.arch}`;
    const platform = platforms.get(key) ?? { os: set.os, arch: set.arch, runs: [] };
    platforms.set(key, platform);
    platform.runs.push({
      effectiveWorkers: set.effectiveWorkers,
      cpus: set.cpus,
      memoryBytes: set.memoryBytes,
      durationMs,
      succeeded: true
    });
  }
  for (const entry of profiles) {
    const host = entry.profile.host;
    for (const recorded of entry.profile.phases) {
      if (recorded.name !== phase) continue;
      const group = mainWorkerGroup(recorded);
      if (!group) continue;
      const key = `${host.os}/${host.arch}`;
      const platform = platforms.get(key) ?? { os: host.os, arch: host.arch, runs: [] };
      platforms.set(key, platform);
      const workers = Math.max(1, workersRan(group));
      platform.runs.push({
        // More workers than CPUs share them: the durations measure min(workers, CPUs) at work.
        effectiveWorkers: Math.max(1, Math.min(workers, host.cpus)),
        cpus: host.cpus,
        memoryBytes: host.memoryLimitBytes,
        durationMs: recorded.durationMs,
        succeeded: entry.failed !== true && (entry.profile.run.exitCode === null || entry.profile.run.exitCode === 0) && recorded.oomKills === 0
      });
    }
  }
  return [...platforms.values()].sort((a, b) => b.runs.length - a.runs.length);
}
function catalogEntry(catalog, name3) {
  const entry = catalog.find((item) => item.name === name3);
  if (!entry) throw new Error(`no catalogue entry named ${name3}`);
  return entry;
}
function sizesOf(platform) {
  const sizes = new Set(
    platform.runs.map((run2) => `${run2.cpus} CPUs, ${formatBytes(run2.memoryBytes)}`)
  );
  return [...sizes].join(" and ");
}
function distinct(values) {
  return [...new Set(values)].sort((a, b) => a - b);
}
function noAdvice(request, reason, limits = []) {
  return {
    phase: request.phase,
    targetMs: request.targetMs,
    visibility: request.visibility,
    recommended: null,
    reason,
    advised: false,
    evidence: null,
    runners: [],
    skipped: [],
    limits,
    catalog: catalogOrigin(request.catalog),
    shards: null
  };
}
function fitPlatform(platform, minGain) {
  const timed = platform.runs.filter((run2) => run2.succeeded && run2.durationMs > 0);
  const counts = distinct(timed.map((run2) => run2.effectiveWorkers));
  if (timed.length === 0)
    return `no successful run of the phase recorded a duration (${platform.runs.length} run(s), all failed or OOM-killed)`;
  if (counts.length < 2) {
    const seen = counts[0] ?? 1;
    const other = seen === 1 ? 2 : Math.floor(seen / 2);
    return `durations at one worker count only (${seen} worker(s) with a CPU each, ${timed.length} run(s)): the speed-up with more CPUs cannot be measured. Run once at another count (workers: ${other}) to get advice`;
  }
  if (timed.length < 3)
    return `${timed.length} timed run(s) at ${counts.join(" and ")} workers: the speed-up fit needs 3 or more`;
  const points = timed.map((run2) => ({
    workers: run2.effectiveWorkers,
    durationMs: run2.durationMs
  }));
  const fit = fitSpeedup(points, minGain);
  if (fit?.kind === "amdahl") return fit;
  return `durations at ${counts.join(", ")} workers do not fall with more workers${fit ? ` (the fastest measured: ${fit.maxUsefulWorkers})` : ""}: more CPUs would not help, and the advice cannot tell runners apart`;
}
function byCost(a, b) {
  return a.costUsd - b.costUsd || a.durationMs - b.durationMs || a.cpus - b.cpus;
}
function byDuration(a, b) {
  return a.durationMs - b.durationMs || a.costUsd - b.costUsd || a.cpus - b.cpus;
}
function adviseRunners(request) {
  const profiles = request.profiles.filter(
    (entry) => sameShard(entry.profile.run.shard, request.shard)
  );
  const allProfiles = request.profiles;
  const fromShards = sameShard(request.shard, null) ? wholeFromShardSets(allProfiles, request.phase) : null;
  const inSets = new Set(fromShards?.sets.flatMap((set) => set.profiles));
  const left = allProfiles.filter((entry) => !sameShard(entry.profile.run.shard, request.shard) && !inSets.has(entry)).map((entry) => shardLabel(entry.profile.run.shard) ?? "the whole");
  const shardNote = left.length > 0 ? `${left.length} run(s) of another shard or split left out (${[...new Set(left)].slice(0, 6).join(", ")}${new Set(left).size > 6 ? ", \u2026" : ""}): ${shardLabel(request.shard) ?? "the whole phase"} is compared with the same.` : null;
  const wholeMeasured = platformsOf(profiles, request.phase).length > 0;
  const memoryFromShards = !wholeMeasured && (fromShards?.sets.length ?? 0) > 0;
  request = {
    ...request,
    profiles: memoryFromShards ? fromShards.sets.flatMap(
      (set) => set.profiles.map((entry) => ({ ...entry, failed: true }))
    ) : profiles
  };
  const platforms = platformsOf(profiles, request.phase, fromShards?.wholes);
  if (platforms.length === 0)
    return noAdvice(
      request,
      `No advice: no earlier run${request.shard ? ` of ${shardLabel(request.shard)}` : ""} recorded workers in phase '${request.phase}'.`,
      shardNote ? [shardNote] : []
    );
  const fits = platforms.map((platform2) => ({
    platform: platform2,
    fit: fitPlatform(platform2, request.minSpeedupGain)
  }));
  const usable = fits.find(
    (item) => typeof item.fit !== "string"
  );
  if (!usable) {
    const first = fits[0];
    return noAdvice(request, `No advice: ${first.fit}.`, shardNote ? [shardNote] : []);
  }
  const { platform, fit } = usable;
  const timed = platform.runs.filter((run2) => run2.succeeded && run2.durationMs > 0);
  const workerCounts = distinct(timed.map((run2) => run2.effectiveWorkers));
  const cpuCounts = distinct(platform.runs.map((run2) => run2.cpus));
  const largestSeen = Math.max(...workerCounts);
  const evidence = {
    runs: platform.runs.length,
    timedRuns: timed.length,
    workerCounts,
    cpuCounts,
    os: platform.os,
    arch: platform.arch,
    serialFraction: fit.serialFraction,
    singleWorkerMs: fit.singleWorkerMs,
    serialFloorMs: fit.singleWorkerMs * fit.serialFraction,
    shardSets: fromShards?.wholes.filter(({ set }) => set.os === platform.os && set.arch === platform.arch).length ?? 0,
    splits: fromShards?.splits ?? [],
    memoryFromShards
  };
  const skipped = [];
  const runners = [];
  const platformName = `${OS_NAMES[platform.os] ?? platform.os} ${platform.arch}`;
  for (const entry of request.catalog) {
    if (entry.visibility !== "any" && entry.visibility !== request.visibility) continue;
    if (profileOsOf(entry.os) !== platform.os || entry.arch !== platform.arch) {
      skipped.push({
        name: entry.name,
        why: `history is from ${platformName}: durations and memory there are unknown`
      });
      continue;
    }
    runners.push(predictFor(request, entry, platform, fit, largestSeen, memoryFromShards));
  }
  const others = fits.filter((item) => item.platform !== platform);
  const limits = limitsOf(request, evidence, others, platformName, skipped.length);
  const capped = runners.filter(
    (runner) => !runner.sizeInHistory && runner.confidence === "medium"
  ).length;
  if (capped > 0 && confidenceFor(evidence.timedRuns) === "high")
    limits.push(
      `${capped} runner(s) of sizes history never ran on (it ran on ${sizesOf(platform)}): their predictions carry its per-CPU speed and memory over, so confidence medium at most.`
    );
  limits.push(...shardSetLimits(evidence, fromShards));
  if (shardNote) limits.push(shardNote);
  const safeAnyway = runners.filter((runner) => runner.safe && !runner.reliesOnElasticMemory);
  const safe = safeAnyway.length > 0 ? safeAnyway : runners.filter((runner) => runner.safe);
  let recommended = null;
  let reason;
  if (runners.length === 0) {
    return {
      ...noAdvice(
        request,
        `No advice: the catalogue has no runner for ${platformName}, where history ran, that a ${request.visibility} repository can use.`,
        limits
      ),
      evidence,
      skipped
    };
  }
  if (safe.length === 0) {
    reason = `No runner in the catalogue fits even one worker of phase '${request.phase}' without an OOM risk.`;
  } else if (request.targetMs !== null) {
    const meeting = safe.filter((runner) => runner.meetsTarget === true).sort(byCost);
    const target = formatDuration(request.targetMs);
    if (meeting.length > 0) {
      recommended = meeting[0];
      reason = `${recommended.name}: the cheapest that meets ${target} without an OOM risk.`;
    } else {
      recommended = [...safe].sort(byDuration)[0];
      reason = request.targetMs < evidence.serialFloorMs ? `None meets ${target}: it is below the ${formatDuration(evidence.serialFloorMs)} that does not parallelise (the fit's serial part), so no runner size reaches it, and shards would help only if that part is tests rather than set-up, which profiles cannot tell. The fastest is ${recommended.name}.` : `None meets ${target}; the fastest is ${recommended.name}.`;
    }
  } else {
    recommended = [...safe].sort(byCost)[0];
    reason = `${recommended.name}: the cheapest without an OOM risk (no target-duration given).`;
  }
  if (recommended?.extrapolated)
    reason += ` Its ${recommended.workers} workers are beyond the ${largestSeen} history ran: extrapolated, confidence low.`;
  if (recommended && !recommended.sizeInHistory && confidenceFor(evidence.timedRuns) === "high")
    reason += ` History never ran on its size (${recommended.cpus} CPUs, ${formatBytes(recommended.memoryBytes)}), only on ${sizesOf(platform)}: confidence medium.`;
  if (recommended?.reliesOnElasticMemory)
    reason += ` Its ${recommended.workers} workers fit there only if their memory shrinks with the runner's, as Node and JVM heaps do (pass node-heap-mb); memory they hold (buffers, caches) does not: with elastic-memory off, fewer fit. Confidence low.`;
  const chosen = recommended;
  const ordered = [...runners].sort(byCost);
  if (chosen) {
    ordered.splice(ordered.indexOf(chosen), 1);
    ordered.unshift(chosen);
  }
  return {
    phase: request.phase,
    targetMs: request.targetMs,
    visibility: request.visibility,
    recommended: chosen?.name ?? null,
    reason,
    advised: true,
    evidence,
    runners: ordered,
    skipped,
    limits,
    catalog: catalogOrigin(request.catalog),
    shards: chosen && request.targetMs !== null && request.shard === null ? adviseShards(
      chosen,
      fit,
      request.targetMs,
      shardPeakLearner(
        request,
        allProfiles,
        catalogEntry(request.catalog, chosen.name),
        platform,
        fit,
        chosen.workers
      )
    ) : null
  };
}
function planOn(request, profiles, entry, os2, fit, elasticMemory, forcedWorkers) {
  const fallback = staticEstimate(entry.memoryBytes, "fallback");
  const estimate = {
    ...estimateFromHistory({
      profiles: [...profiles],
      phase: request.phase,
      capacityMemoryLimitBytes: entry.memoryBytes,
      capacityOs: os2,
      nowMs: request.nowMs,
      minSpeedupGain: request.minSpeedupGain,
      elasticMemory,
      fallback
    }),
    // Durations fitted against the workers that had a CPU each, so runs on runners of other
    // sizes in history compare like with like.
    speedup: fit
  };
  const reserve = request.settings.memoryReserveBytes ?? resolveReserve(null, false, entry.memoryBytes).bytes;
  return planWorkers({
    capacity: {
      cpus: entry.cpus,
      memoryLimitBytes: entry.memoryBytes,
      memoryAvailableBytes: entry.memoryBytes
    },
    settings: {
      ...request.settings,
      memoryReserveBytes: reserve,
      forcedWorkers,
      overrideWorkers: null
    },
    estimate
  });
}
function shardPeakLearner(request, allProfiles, entry, platform, fit, workers) {
  return (shard2) => {
    const runs = allProfiles.filter(
      (item) => sameShard(item.profile.run.shard, shard2) && item.profile.host.os === platform.os && item.profile.host.arch === platform.arch && item.profile.phases.some(
        (phase) => phase.name === request.phase && mainWorkerGroup(phase) !== null
      )
    );
    if (runs.length === 0) return null;
    const plan2 = planOn(request, runs, entry, platform.os, fit, false, workers);
    return { peakBytes: plan2.predictedPeakBytes, runs: runs.length };
  };
}
function predictFor(request, entry, platform, fit, largestSeen, memoryFromShards) {
  const planThere = (elasticMemory, forcedWorkers = null) => planOn(request, request.profiles, entry, platform.os, fit, elasticMemory, forcedWorkers);
  const plan2 = planThere(request.elasticMemory);
  const workers = plan2.workers;
  const scaled = plan2.estimate.elastic && plan2.estimate.elasticShare < 1;
  const heldPlan = scaled ? planThere(false, workers) : null;
  const peakBytes = heldPlan?.predictedPeakBytes ?? plan2.predictedPeakBytes;
  const reliesOnElasticMemory = heldPlan !== null && workers > heldPlan.memoryBound;
  const durationMs = Math.round(predictDurationMs(fit, Math.min(workers, entry.cpus)));
  const billedMinutes = Math.max(1, Math.ceil(durationMs / 6e4));
  const extrapolated = Math.min(workers, entry.cpus) > largestSeen;
  const timedRuns = platform.runs.filter((run2) => run2.succeeded && run2.durationMs > 0).length;
  const sizeInHistory = platform.runs.some((run2) => sameSize(run2, entry));
  return {
    name: entry.name,
    label: entry.label,
    cpus: entry.cpus,
    memoryBytes: entry.memoryBytes,
    pricePerMinuteUsd: entry.pricePerMinuteUsd,
    workers,
    limitedBy: plan2.limitedBy,
    durationMs,
    peakBytes,
    elasticPeakBytes: heldPlan !== null && plan2.predictedPeakBytes < peakBytes ? plan2.predictedPeakBytes : null,
    memoryBound: plan2.memoryBound,
    safe: plan2.memoryBound >= 1 && workers <= plan2.memoryBound,
    billedMinutes,
    costUsd: Math.round(billedMinutes * entry.pricePerMinuteUsd * 1e6) / 1e6,
    meetsTarget: request.targetMs === null ? null : durationMs <= request.targetMs,
    extrapolated,
    reliesOnElasticMemory,
    sizeInHistory,
    confidence: extrapolated || reliesOnElasticMemory || memoryFromShards ? "low" : sizeInHistory ? confidenceFor(timedRuns) : atMostMedium(confidenceFor(timedRuns)),
    source: entry.source
  };
}
function sameSize(run2, entry) {
  return run2.cpus === entry.cpus && Math.abs(run2.memoryBytes - entry.memoryBytes) <= SAME_MEMORY_SHARE * entry.memoryBytes;
}
var SAME_MEMORY_SHARE = 0.1;
function atMostMedium(confidence) {
  return confidence === "high" ? "medium" : confidence;
}
function shardSetLimits(evidence, fromShards) {
  if (!fromShards) return [];
  const limits = [];
  for (const split of evidence.shardSets > 0 ? evidence.splits : []) {
    const counts = split.workerCounts.join(", ");
    limits.push(
      split.serialMs !== null ? `${split.sets} run(s) of the phase split ${split.total} ways, every shard recorded, count as runs of the whole: the sum of the shards' durations less ${split.total - 1} \xD7 ${formatDuration(split.serialMs)}, the set-up each shard repeats (the per-shard serial part, fitted to the sets' sums at ${counts} workers).` : `${split.sets} run(s) of the phase split ${split.total} ways, every shard recorded, count as runs of the whole: the plain sum of the shards' durations, which errs long by the set-up each shard repeats ((${split.total} \u2212 1) \xD7 the per-shard serial part; the sets ran at ${split.workerCounts.length === 1 ? `${counts} workers only` : `${counts} workers without falling`}, so that part cannot be told apart). The advice errs towards a faster runner or more shards.`
    );
  }
  if (fromShards.incomplete.length > 0)
    limits.push(
      `${fromShards.incomplete.length} split run(s) not counted as runs of the whole: ${fromShards.incomplete.slice(0, 3).join("; ")}${fromShards.incomplete.length > 3 ? "; \u2026" : ""}.`
    );
  if (evidence.memoryFromShards)
    limits.push(
      `No run of the whole phase recorded its memory: each runner's peak is predicted from the workers of ${fromShards.sets.reduce((sum, set) => sum + set.profiles.length, 0)} shard run(s), whose counts prove nothing for the whole. The whole runs every shard's tests in one job; its workers and the rest of the job may hold more than a shard's did, so the peaks may err low: confidence low. The shards' own peaks (shards.perShard) are measured.`
    );
  return limits;
}
function limitsOf(request, evidence, others, platformName, skipped) {
  const limits = [
    `Durations are of phase '${request.phase}' alone: the job's other steps and the runner's start-up add to the time and the bill.`,
    `Other sizes are assumed to have the per-CPU speed of the ${evidence.cpuCounts.join(", ")}-CPU runner(s) history ran on.`
  ];
  if (evidence.cpuCounts.length > 1)
    limits.push(
      `History ran on runners of ${evidence.cpuCounts.join(" and ")} CPUs: durations are fitted against the workers that had a CPU each, min(workers, CPUs).`
    );
  if (skipped > 0)
    limits.push(
      `${skipped} catalogue runner(s) of other systems or architectures left out: history has runs on ${platformName} only.`
    );
  for (const other of others)
    limits.push(
      `${other.platform.runs.length} run(s) on ${OS_NAMES[other.platform.os] ?? other.platform.os} ${other.platform.arch} not used: the advice is from the platform with the most usable runs${typeof other.fit === "string" ? ` (there: ${other.fit})` : ""}.`
    );
  if (request.targetMs !== null && request.targetMs < evidence.serialFloorMs)
    limits.push(
      `target-duration ${formatDuration(request.targetMs)} is below the fit's serial floor of ${formatDuration(evidence.serialFloorMs)} (${Math.round(evidence.serialFraction * 100)}% of ${formatDuration(evidence.singleWorkerMs)} does not parallelise): one runner cannot reach it. A single test longer than the target cannot be split either; profiles do not record test durations.`
    );
  return limits;
}
function adviceRequestFor(inputs, history) {
  const { forcedWorkers: _forced, ...settings } = inputs.plan;
  return {
    profiles: history.profiles,
    phase: inputs.profile,
    catalog: history.catalog,
    targetMs: inputs.targetDurationMs,
    visibility: history.visibility,
    settings,
    nowMs: history.nowMs,
    minSpeedupGain: inputs.minSpeedupGain,
    elasticMemory: inputs.elasticMemory,
    shard: inputs.shard
  };
}

// src/report/advice.ts
var OS_NAMES2 = { linux: "Linux", darwin: "macOS", win32: "Windows" };
function formatUsd(amount) {
  if (amount === 0) return "free";
  return `$${amount < 0.01 ? amount.toFixed(4) : amount.toFixed(3).replace(/0$/, "")}`;
}
function evidenceLine(advice) {
  const evidence = advice.evidence;
  if (!evidence) return null;
  const platform = `${OS_NAMES2[evidence.os] ?? evidence.os} ${evidence.arch}`;
  return `${evidence.timedRuns} timed run(s) of ${evidence.runs} on ${platform} (${evidence.cpuCounts.join(", ")} CPUs) at ${evidence.workerCounts.join(", ")} workers with a CPU each; Amdahl fit: ${Math.round(evidence.serialFraction * 100)}% serial, ${formatDuration(evidence.singleWorkerMs)} with one worker, never below ${formatDuration(evidence.serialFloorMs)}`;
}
function markedPeak(runner, peak, mark) {
  return runner.reliesOnElasticMemory && runner.elasticPeakBytes !== null ? `${mark} ${peak} (${formatBytes(runner.elasticPeakBytes)} if elastic)` : peak;
}
var ELASTIC_NOTE = "The count fits there only if the workers' memory shrinks with the runner's (elastic-memory auto: Node and JVM heaps size themselves from the memory they see; pass node-heap-mb). The peak shown is as history measured it; the lower one assumes that scaling, which memory the workers hold (Buffers, caches) does not follow. Set elastic-memory: off if they hold it.";
function shardsLine(advice, text2 = (reason) => reason, code = (matrix) => matrix) {
  const shards = advice.shards;
  if (!shards) return null;
  if (shards.count === null || shards.matrix === null || shards.count === 1)
    return text2(shards.reason);
  const cost = shards.costUsd === null ? "" : `, ${formatUsd(shards.costUsd)} a run in all`;
  return `${text2(shards.reason)} Matrix: ${code(JSON.stringify(shards.matrix))}${cost}. ${text2(shards.memoryEvidence)}`;
}
function terminalPeak(runner) {
  if (!runner.safe) return "does not fit";
  return markedPeak(runner, formatBytes(runner.peakBytes), "!");
}
function formatAdviceText(advice) {
  const lines = [`resource-planner advise (profile: ${advice.phase})`, ""];
  if (!advice.advised) {
    lines.push(advice.reason);
    return `${lines.join("\n")}
`;
  }
  lines.push(advice.recommended === null ? advice.reason : `Recommended  ${advice.reason}`, "");
  const rows = [
    ["Runner", "CPUs", "Memory", "Workers", "Duration", "Peak", "Cost", "Target", "Confidence"]
  ];
  for (const runner of advice.runners)
    rows.push([
      `${runner.name === advice.recommended ? "> " : "  "}${runner.name}`,
      String(runner.cpus),
      formatBytes(runner.memoryBytes),
      String(runner.workers),
      formatDuration(runner.durationMs),
      terminalPeak(runner),
      `${formatUsd(runner.costUsd)} (${runner.billedMinutes} min)`,
      runner.meetsTarget === null ? "-" : runner.meetsTarget ? "meets" : "misses",
      `${runner.confidence}${runner.extrapolated ? ", extrapolated" : ""}`
    ]);
  lines.push(...alignColumns(rows, [false, true, true, true, true, true, true, false, false]));
  if (advice.runners.some((runner) => runner.safe && runner.reliesOnElasticMemory))
    lines.push("", `! ${ELASTIC_NOTE}`);
  const shards = shardsLine(advice);
  if (shards) lines.push("", `Shards       ${shards}`);
  lines.push("", `Evidence     ${evidenceLine(advice) ?? "none"}`);
  for (const limit of advice.limits) lines.push(`limit: ${limit}`);
  const { builtinDate, files } = advice.catalog;
  lines.push(
    `Catalogue    ${[
      ...builtinDate === null ? [] : [`GitHub's docs as of ${builtinDate}`],
      ...files
    ].join("; ")}`
  );
  return `${lines.join("\n")}
`;
}

// src/cli/options.ts
import { basename as basename3 } from "node:path";

// src/config/inputs.ts
var INPUT_DEFAULTS = {
  mode: "plan",
  profile: "default",
  "memory-per-worker": "auto",
  "fallback-memory-per-worker": "768M",
  "min-workers": "1",
  "max-workers": "",
  workers: "",
  "cpus-per-worker": "1",
  "memory-reserve": "auto",
  "memory-fraction": "0.9",
  "export-env": "false",
  summary: "true",
  sample: "true",
  "sample-interval": "500ms",
  upload: "true",
  "retention-days": "30",
  history: "true",
  "history-runs": "20",
  "history-timeout": "20s",
  "post-timeout": "60s",
  "baseline-branch": "",
  "min-speedup-gain": "5%",
  "elastic-memory": "auto",
  "drift-threshold": "10%",
  "drift-method": "auto",
  comment: "on-drift",
  "fail-on-drift": "false",
  "metrics-file": "",
  "pushgateway-url": "",
  "target-duration": "",
  "runner-catalog": "",
  shard: "",
  "history-job": "",
  "history-matrix": ""
};
var OVERRIDE_VARIABLE = "RESOURCE_PLANNER_WORKERS";
var PROFILE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
var TRUE_VALUES = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
var FALSE_VALUES = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
var MIN_SAMPLE_INTERVAL_MS = 100;
function parseInputs(getInput) {
  const read = (name3) => {
    const value = getInput(name3).trim();
    if (value !== "") return value;
    return name3 in INPUT_DEFAULTS ? INPUT_DEFAULTS[name3] : "";
  };
  const minWorkers = parseInteger(read, "min-workers", 1);
  const maxWorkers = read("max-workers") === "" ? null : parseInteger(read, "max-workers", 1);
  if (maxWorkers !== null && maxWorkers < minWorkers) {
    throw new InputError(
      "max-workers",
      String(maxWorkers),
      `a whole number no smaller than min-workers (${minWorkers})`
    );
  }
  const memoryPerWorker = read("memory-per-worker");
  const matrixKey = read("matrix-key");
  return {
    mode: parseChoice(read, "mode", ["plan", "report"]),
    profile: parseProfileName(read("profile")),
    memoryPerWorkerBytes: isAuto(memoryPerWorker) ? null : parseSizeInput("memory-per-worker", memoryPerWorker, 1, "auto or "),
    fallbackMemoryPerWorkerBytes: parseSizeInput(
      "fallback-memory-per-worker",
      read("fallback-memory-per-worker"),
      1
    ),
    plan: {
      memoryReserveBytes: isAuto(read("memory-reserve")) ? null : parseSizeInput("memory-reserve", read("memory-reserve"), 0, "auto or "),
      memoryFraction: parseFraction(read, "memory-fraction", { allowZero: false }),
      cpusPerWorker: parsePositiveNumber(read, "cpus-per-worker"),
      minWorkers,
      maxWorkers,
      forcedWorkers: read("workers") === "" ? null : parseInteger(read, "workers", 1)
    },
    exportEnv: parseBoolean(read, "export-env"),
    summary: parseBoolean(read, "summary"),
    githubToken: read("github-token"),
    sample: parseBoolean(read, "sample"),
    sampleIntervalMs: parseDurationInput(read, "sample-interval", MIN_SAMPLE_INTERVAL_MS),
    upload: parseBoolean(read, "upload"),
    retentionDays: parseInteger(read, "retention-days", 1, 90),
    history: parseBoolean(read, "history"),
    historyRuns: parseInteger(read, "history-runs", 1, 100),
    historyTimeoutMs: parseDurationInput(read, "history-timeout", 1e3),
    postTimeoutMs: parseDurationInput(read, "post-timeout", 1e3),
    baselineBranch: parseBranch(read("baseline-branch")),
    minSpeedupGain: parseFraction(read, "min-speedup-gain", { allowZero: true }),
    elasticMemory: parseChoice(read, "elastic-memory", ["auto", "off"]) === "auto",
    driftThresholdFraction: parseFraction(read, "drift-threshold", { allowZero: true }),
    driftMethod: parseChoice(read, "drift-method", ["auto", "robust", "max"]),
    comment: parseChoice(read, "comment", ["on-drift", "always", "never"]),
    failOnDrift: parseBoolean(read, "fail-on-drift"),
    // Canonical, so a planning job can name its fan-out job's artifacts (docs/algorithm.md §7).
    matrixKey: canonicalMatrixKey(matrixKey)?.slice(0, 4096) ?? null,
    metricsFile: parseFilePath("metrics-file", read("metrics-file")),
    pushgatewayUrl: parsePushgatewayUrl(read("pushgateway-url")),
    targetDurationMs: read("target-duration") === "" ? null : parseDurationInput(read, "target-duration", 1e3, ", or empty for none"),
    runnerCatalog: parseFilePath("runner-catalog", read("runner-catalog")),
    shard: parseShard(read("shard"), matrixKey),
    historyJob: parseJobId(read("history-job")),
    historyMatrix: parseHistoryMatrix(read("history-matrix"), read("history-job"))
  };
}
function parseOverrideWorkers(value) {
  if (value === void 0 || value.trim() === "") return null;
  const text2 = value.trim();
  if (!/^\d+$/.test(text2) || Number(text2) < 1) {
    throw new InputError(OVERRIDE_VARIABLE, text2, "a whole number of workers, 1 or more");
  }
  return Number(text2);
}
function parseBooleanText(name3, value) {
  if (TRUE_VALUES.has(value)) return true;
  if (FALSE_VALUES.has(value)) return false;
  throw new InputError(name3, value, "true or false");
}
function parseBoolean(read, name3) {
  return parseBooleanText(name3, read(name3));
}
function parseInteger(read, name3, min, max = Number.MAX_SAFE_INTEGER) {
  const text2 = read(name3);
  const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
  if (!/^\d+$/.test(text2)) throw new InputError(name3, text2, `a whole number ${range}`);
  const value = Number(text2);
  if (value < min || value > max) throw new InputError(name3, text2, `a whole number ${range}`);
  return value;
}
function parsePositiveNumber(read, name3) {
  const text2 = read(name3);
  const value = /^\d+(\.\d+)?$|^\.\d+$/.test(text2) ? Number(text2) : Number.NaN;
  if (!(value > 0)) throw new InputError(name3, text2, "a number greater than 0, such as 1 or 0.5");
  return value;
}
function parseFraction(read, name3, options2) {
  const text2 = read(name3);
  const percent2 = /^(\d+(?:\.\d+)?)\s*%$/.exec(text2);
  const value = percent2 ? Number(percent2[1]) / 100 : /^\d+(\.\d+)?$|^\.\d+$/.test(text2) ? Number(text2) : Number.NaN;
  const low = options2.allowZero ? value >= 0 : value > 0;
  if (!(low && value <= 1)) {
    const range = options2.allowZero ? "from 0 to 1" : "greater than 0 and at most 1";
    throw new InputError(name3, text2, `a fraction ${range}, such as 0.9 or 90%`);
  }
  return value;
}
function isAuto(text2) {
  return text2.toLowerCase() === "auto";
}
function parseSizeInput(name3, text2, minBytes, alternatives = "") {
  const bytes2 = parseSize(text2);
  if (bytes2 === null) throw new InputError(name3, text2, `${alternatives}${SIZE_FORMAT}`);
  if (bytes2 < minBytes || minBytes > 0 && bytes2 < MiB)
    throw new InputError(name3, text2, `${alternatives}${SIZE_FORMAT}, at least 1M`);
  return bytes2;
}
function parseDurationInput(read, name3, minMs, alternatives = "") {
  const text2 = read(name3);
  const ms2 = parseDurationMs(text2);
  if (ms2 === null || ms2 < minMs)
    throw new InputError(name3, text2, `${DURATION_FORMAT}, at least ${minMs} ms${alternatives}`);
  return ms2;
}
function parseChoice(read, name3, choices) {
  const text2 = read(name3);
  if (!choices.includes(text2)) throw new InputError(name3, text2, `one of ${choices.join(", ")}`);
  return text2;
}
function parseProfileName(text2) {
  if (!PROFILE_PATTERN.test(text2)) {
    throw new InputError(
      "profile",
      text2,
      'a name of letters, digits, ".", "_" or "-", at most 64 characters'
    );
  }
  return text2;
}
var SHARD_FORMAT = `INDEX/TOTAL such as 2/3 (1 \u2264 INDEX \u2264 TOTAL \u2264 ${MAX_SHARDS}), or empty for none`;
function parseShard(text2, matrixKey) {
  if (text2 === "") return null;
  const shard2 = parseShardText(text2);
  if (shard2 === null) throw new InputError("shard", text2, SHARD_FORMAT);
  const { index, total } = shard2;
  const fromMatrix = matrixShard(matrixKey);
  if (fromMatrix !== null && fromMatrix !== index)
    throw new InputError(
      "shard",
      text2,
      `${SHARD_FORMAT}, whose index agrees with the matrix's shard (${fromMatrix}): use shard: \${{ matrix.shard }}/TOTAL`
    );
  return { index, total };
}
function parseShardText(text2) {
  const match = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(text2.trim());
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  return match && index >= 1 && index <= total && total <= MAX_SHARDS ? { index, total } : null;
}
function matrixShard(matrixKey) {
  let matrix;
  try {
    matrix = JSON.parse(matrixKey);
  } catch {
    return null;
  }
  if (typeof matrix !== "object" || matrix === null) return null;
  const value = matrix.shard;
  const number = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) ? number : null;
}
function parseJobId(text2) {
  if (text2 !== "" && !/^[A-Za-z_][A-Za-z0-9_-]{0,99}$/.test(text2))
    throw new InputError(
      "history-job",
      text2,
      'the id of a job in this workflow (a letter or "_", then letters, digits, "-" or "_"), or empty for this job'
    );
  return text2;
}
var MAX_HISTORY_MATRIX_CHARACTERS = 1024;
var MAX_HISTORY_MATRIX_KEYS = 16;
function parseHistoryMatrix(text2, historyJob) {
  const trimmed = text2.trim();
  if (trimmed === "") return null;
  const expected = `a JSON object of the history job's matrix values beside shard, such as {"node": 22} (at most 16 string, number or boolean values, no "shard"), with history-job set`;
  const refuse = () => {
    throw new InputError("history-matrix", trimmed.slice(0, 120), expected);
  };
  if (historyJob.trim() === "" || trimmed.length > MAX_HISTORY_MATRIX_CHARACTERS) refuse();
  let value;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return refuse();
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return refuse();
  const entries = Object.entries(value);
  if (entries.length === 0 || entries.length > MAX_HISTORY_MATRIX_KEYS || entries.some(
    ([key, item]) => key === "shard" || !(typeof item === "string" || typeof item === "boolean" || typeof item === "number" && Number.isFinite(item))
  ))
    refuse();
  return Object.fromEntries(entries);
}
function parseFilePath(name3, text2) {
  const hasControl = [...text2].some((character) => character.charCodeAt(0) < 32);
  if (text2.length > 4096 || hasControl)
    throw new InputError(name3, text2, "a file path, or empty for none");
  return text2;
}
function parsePushgatewayUrl(text2) {
  if (text2 === "") return null;
  const format = "an http:// or https:// URL without credentials, query or fragment, such as http://pushgateway:9091, or empty for none";
  let url;
  try {
    url = new URL(text2);
  } catch {
    throw new InputError("pushgateway-url", text2, format);
  }
  if (url.username !== "" || url.password !== "")
    throw new InputError("pushgateway-url", `${url.protocol}//***@${url.host}`, format);
  if (url.protocol !== "http:" && url.protocol !== "https:" || url.search !== "" || url.hash !== "")
    throw new InputError("pushgateway-url", text2, format);
  return url;
}
function parseBranch(text2) {
  const hasControl = [...text2].some((character) => character.charCodeAt(0) < 32);
  if (text2.length > 255 || hasControl || /[\s~^:?*[\\]/.test(text2) || text2.includes("..")) {
    throw new InputError(
      "baseline-branch",
      text2,
      "a branch name such as main, or empty for automatic"
    );
  }
  return text2;
}

// src/cli/record.ts
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { constants as constants2 } from "node:os";
import { dirname as dirname2 } from "node:path";

// src/profile/build.ts
var MAX_WORKER_GROUPS = 50;
var MAX_NAME_LENGTH = 256;
var PRESSURE_PEAK_PERCENT = 10;
function capName(name3) {
  return name3.length > MAX_NAME_LENGTH ? name3.slice(0, MAX_NAME_LENGTH) : name3;
}
function phaseWindows(phases, startT, endT) {
  const marks = [...phases].sort((a, b) => a.t - b.t);
  if (marks.length === 0)
    return [
      { name: "default", start: startT, end: endT, workersRecommended: null, nodeHeapMb: null }
    ];
  return marks.map((mark, index) => ({
    name: capName(mark.name),
    start: index === 0 ? Math.min(startT, mark.t) : mark.t,
    end: Math.max(marks[index + 1]?.t ?? endT, mark.t),
    workersRecommended: mark.workersRecommended,
    nodeHeapMb: mark.nodeHeapMb ?? null
  }));
}
function phaseIndexAt(windows, t) {
  for (let index = windows.length - 1; index >= 0; index--) {
    if (t >= windows[index].start) return index;
  }
  return 0;
}
function newGroup(name3, parentName) {
  return {
    name: name3,
    parentName,
    members: /* @__PURE__ */ new Map(),
    maxConcurrency: 0,
    peakTotal: 0,
    aliveAtPeak: 0,
    pairs: 0,
    rssSum: 0,
    rssSquares: 0,
    samplesWithMembers: 0,
    samplesByAlive: []
  };
}
function mergeGroup(into, from) {
  for (const [id, member] of from.members) into.members.set(id, member);
  into.maxConcurrency = Math.max(into.maxConcurrency, from.maxConcurrency);
  if (from.peakTotal > into.peakTotal) {
    into.peakTotal = from.peakTotal;
    into.aliveAtPeak = from.aliveAtPeak;
  }
  into.pairs += from.pairs;
  into.rssSum += from.rssSum;
  into.rssSquares += from.rssSquares;
  into.samplesWithMembers += from.samplesWithMembers;
  from.samplesByAlive.forEach((samples, alive) => {
    into.samplesByAlive[alive] = (into.samplesByAlive[alive] ?? 0) + samples;
  });
}
function treeRss(sample) {
  let sum = 0;
  for (const [, rss] of sample.p) sum += rss;
  return sum;
}
function summariseGroups(samples, procs) {
  const groups = /* @__PURE__ */ new Map();
  for (const sample of samples) {
    const concurrent = /* @__PURE__ */ new Map();
    for (const [id, rss] of sample.p) {
      const proc = procs.get(id);
      if (!proc) continue;
      const parent = proc.parent === null ? void 0 : procs.get(proc.parent);
      const key = `${proc.name}\0${proc.parent ?? "none"}`;
      let group = groups.get(key);
      if (!group) {
        group = newGroup(proc.name, parent?.name ?? null);
        groups.set(key, group);
      }
      const member = group.members.get(id);
      if (member) {
        member.peak = Math.max(member.peak, rss);
        member.last = rss;
      } else group.members.set(id, { peak: rss, last: rss });
      group.pairs++;
      group.rssSum += rss;
      group.rssSquares += rss * rss;
      const now = concurrent.get(key) ?? { count: 0, total: 0 };
      now.count++;
      now.total += rss;
      concurrent.set(key, now);
    }
    for (const [key, now] of concurrent) {
      const group = groups.get(key);
      group.samplesWithMembers++;
      group.samplesByAlive[now.count] = (group.samplesByAlive[now.count] ?? 0) + 1;
      group.maxConcurrency = Math.max(group.maxConcurrency, now.count);
      if (now.total > group.peakTotal) {
        group.peakTotal = now.total;
        group.aliveAtPeak = now.count;
      }
    }
  }
  const merged = /* @__PURE__ */ new Map();
  for (const group of groups.values()) {
    const key = `${group.name}\0${group.parentName ?? ""}`;
    const existing = merged.get(key);
    if (!existing) merged.set(key, group);
    else mergeGroup(existing, group);
  }
  const result = [...merged.values()].map(groupProfile);
  result.sort((a, b) => b.peakTotalBytes - a.peakTotalBytes || a.name.localeCompare(b.name));
  return result.slice(0, MAX_WORKER_GROUPS);
}
function groupProfile(group) {
  const peaks = [...group.members.values()].map((member) => member.peak).sort((a, b) => a - b);
  const ends = [...group.members.values()].map((member) => member.last);
  const memberMean = group.pairs > 0 ? group.rssSum / group.pairs : 0;
  const variance = group.pairs > 0 ? Math.max(0, group.rssSquares / group.pairs - memberMean * memberMean) : 0;
  return {
    name: capName(group.name),
    parentName: group.parentName === null ? null : capName(group.parentName),
    maxConcurrency: group.maxConcurrency,
    processes: group.members.size,
    peakRss: {
      p50Bytes: Math.round(quantileSorted2(peaks, 0.5)),
      p90Bytes: Math.round(quantileSorted2(peaks, 0.9)),
      maxBytes: peaks[peaks.length - 1] ?? 0,
      meanBytes: Math.round(mean(peaks))
    },
    meanEndRssBytes: Math.round(mean(ends)),
    peakTotalBytes: group.peakTotal,
    concurrency: {
      memberMeanBytes: Math.round(memberMean),
      memberSdBytes: Math.round(Math.sqrt(variance)),
      aliveAtPeak: group.aliveAtPeak,
      meanAlive: group.samplesWithMembers > 0 ? Math.round(group.pairs / group.samplesWithMembers * 100) / 100 : 0,
      sustainedAlive: sustainedAlive(group.samplesByAlive)
    }
  };
}
var SUSTAINED_SHARE = 0.1;
function sustainedAlive(samplesByAlive) {
  let total = 0;
  for (const samples of samplesByAlive) total += samples ?? 0;
  let atLeast = 0;
  for (let alive = samplesByAlive.length - 1; alive >= 1; alive--) {
    atLeast += samplesByAlive[alive] ?? 0;
    if (atLeast >= SUSTAINED_SHARE * total) return alive;
  }
  return 0;
}
function mean(values) {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
function maxOrNull(values) {
  let max = null;
  for (const value of values) if (value !== null && (max === null || value > max)) max = value;
  return max;
}
function downsample(samples, phaseOf, startT, maxPoints) {
  const timeline = {
    tMs: [],
    treeRssBytes: [],
    systemUsedBytes: [],
    cgroupUsageBytes: [],
    phase: []
  };
  const bucketSize = Math.max(1, Math.ceil(samples.length / maxPoints));
  let index = 0;
  while (index < samples.length) {
    const first = samples[index];
    const phase = phaseOf(first.t);
    let tree = 0;
    let system = null;
    let cgroup = null;
    let taken = 0;
    while (index < samples.length && taken < bucketSize) {
      const sample = samples[index];
      if (taken > 0 && phaseOf(sample.t) !== phase) break;
      tree = Math.max(tree, treeRss(sample));
      system = maxOrNull([system, sample.sys]);
      cgroup = maxOrNull([cgroup, sample.cg]);
      taken++;
      index++;
    }
    timeline.tMs.push(Math.max(0, Math.round(first.t - startT)));
    timeline.treeRssBytes.push(tree);
    timeline.systemUsedBytes.push(system);
    timeline.cgroupUsageBytes.push(cgroup);
    timeline.phase.push(phase);
  }
  while (timeline.tMs.length > maxPoints) {
    const drop = Math.floor(timeline.tMs.length / 2);
    for (const column of Object.values(timeline)) column.splice(drop, 1);
  }
  return timeline;
}
function phaseProfileOf(window, inPhase, procs, origin, oom, events) {
  const trees = inPhase.map(treeRss);
  const sorted = [...trees].sort((a, b) => a - b);
  let oomKills = 0;
  let pressureMax = null;
  let pressurePeakT = 0;
  for (const sample of inPhase) {
    if (sample.oom !== null) {
      if (oom.previous !== null && sample.oom > oom.previous) {
        oomKills += sample.oom - oom.previous;
        events.push({
          tMs: sample.t - origin,
          kind: "oom-kill",
          phase: window.name,
          detail: null,
          value: sample.oom - oom.previous
        });
      }
      oom.previous = sample.oom;
    }
    if (sample.psi !== null && (pressureMax === null || sample.psi > pressureMax)) {
      pressureMax = sample.psi;
      pressurePeakT = sample.t;
    }
  }
  if (pressureMax !== null && pressureMax >= PRESSURE_PEAK_PERCENT) {
    events.push({
      tMs: pressurePeakT - origin,
      kind: "pressure-peak",
      phase: window.name,
      detail: null,
      value: pressureMax
    });
  }
  return {
    name: window.name,
    startMs: Math.max(0, Math.round(window.start - origin)),
    endMs: Math.max(0, Math.round(window.end - origin)),
    durationMs: Math.max(0, Math.round(window.end - window.start)),
    workersRecommended: window.workersRecommended,
    nodeHeapMb: window.nodeHeapMb,
    samples: inPhase.length,
    treeRss: {
      peakBytes: sorted[sorted.length - 1] ?? 0,
      p95Bytes: Math.round(quantileSorted2(sorted, 0.95)),
      meanBytes: Math.round(mean(trees)),
      endBytes: trees[trees.length - 1] ?? 0
    },
    peakSystemUsedBytes: maxOrNull(inPhase.map((sample) => sample.sys)),
    peakCgroupUsageBytes: maxOrNull(inPhase.map((sample) => sample.cg)),
    oomKills,
    heapLimitKills: null,
    pressureMaxAvg10: pressureMax,
    workerGroups: summariseGroups(inPhase, procs)
  };
}
function countHeapLimitDeaths(deaths, phases, procs, phaseOf, origin, events) {
  if (deaths === null) return;
  for (const phase of phases) phase.heapLimitKills = 0;
  for (const death of deaths) {
    const phase = phases[phaseOf(death.t)];
    if (!phase) continue;
    phase.heapLimitKills = (phase.heapLimitKills ?? 0) + 1;
    let named;
    for (const proc of procs.values())
      if (proc.pid === death.pid && proc.t <= death.t && (!named || proc.t >= named.t))
        named = proc;
    events.push({
      tMs: death.t - origin,
      kind: "heap-limit",
      phase: phase.name,
      detail: named ? capName(named.name) : null,
      value: null
    });
  }
}
function exitEvents(input, procs, windows, phaseOf, origin, lastSampleT) {
  const events = [];
  for (const line of input.lines) {
    if (line.k === "exit" && line.signal === "SIGKILL") {
      const proc = procs.get(line.id);
      events.push({
        tMs: line.t - origin,
        kind: "sigkill",
        phase: windows[phaseOf(line.t)]?.name ?? null,
        detail: proc ? capName(proc.name) : null,
        value: null
      });
    }
  }
  if (input.samplerDied) {
    events.push({
      tMs: lastSampleT - origin,
      kind: "sampler-died",
      phase: windows[phaseOf(lastSampleT)]?.name ?? null,
      detail: null,
      value: null
    });
  }
  return events;
}
function buildProfile(input) {
  const samples = input.lines.filter((line) => line.k === "s").sort((a, b) => a.t - b.t);
  const procs = /* @__PURE__ */ new Map();
  for (const line of input.lines) if (line.k === "proc") procs.set(line.id, line);
  const startLine = input.lines.find((line) => line.k === "start");
  const firstMark = Math.min(...input.phases.map((mark) => mark.t));
  const startT = Math.min(
    startLine?.t ?? Number.POSITIVE_INFINITY,
    samples[0]?.t ?? Number.POSITIVE_INFINITY,
    firstMark
  );
  const origin = Number.isFinite(startT) ? startT : input.endT;
  const windows = phaseWindows(
    input.phases,
    origin,
    Math.max(input.endT, samples.at(-1)?.t ?? origin)
  );
  const phaseOf = (t) => phaseIndexAt(windows, t);
  const events = [];
  const samplesByPhase = windows.map(() => []);
  for (const sample of samples) samplesByPhase[phaseOf(sample.t)]?.push(sample);
  const oom = { previous: null };
  const phaseProfiles = windows.map(
    (window, index) => phaseProfileOf(window, samplesByPhase[index] ?? [], procs, origin, oom, events)
  );
  countHeapLimitDeaths(
    input.heapLimitDeaths ?? null,
    phaseProfiles,
    procs,
    phaseOf,
    origin,
    events
  );
  events.push(...exitEvents(input, procs, windows, phaseOf, origin, samples.at(-1)?.t ?? origin));
  events.sort((a, b) => a.tMs - b.tMs);
  for (const event of events) event.tMs = Math.max(0, Math.round(event.tMs));
  return {
    kind: PROFILE_KIND,
    version: PROFILE_VERSION,
    tool: { name: "resource-planner", version: input.toolVersion },
    host: input.host,
    run: { ...input.run, startedAt: startLine?.wall ?? input.run.startedAt },
    sampler: {
      intervalMs: input.intervalMs,
      source: input.source,
      samples: samples.length,
      died: input.samplerDied
    },
    phases: phaseProfiles,
    timeline: downsample(samples, phaseOf, origin, TIMELINE_MAX_POINTS),
    events: events.slice(0, 1e3)
  };
}

// src/runner/context.ts
function positiveInteger(value) {
  const number = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === "number" && Number.isSafeInteger(number) && number > 0 ? number : null;
}
function text(value) {
  return typeof value === "string" && value !== "" ? value : null;
}
function workflowFileFromRef(workflowRef) {
  if (!workflowRef) return null;
  const path = workflowRef.split("@")[0] ?? "";
  const match = /\/\.github\/workflows\/([^/]+\.ya?ml)$/.exec(path);
  return match?.[1] ?? null;
}
function readRunContext(env, eventPayload) {
  const payload = asRecord(eventPayload);
  const pullRequest = asRecord(payload.pull_request);
  const repositoryPayload = asRecord(payload.repository);
  const [owner = null, repo = null] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const eventName = text(env.GITHUB_EVENT_NAME);
  const ref = text(env.GITHUB_REF);
  const headRef = text(env.GITHUB_HEAD_REF);
  const pushedBranch = ref?.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : null;
  return {
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    repository: text(env.GITHUB_REPOSITORY),
    owner: owner || null,
    repo: repo || null,
    repositoryId: positiveInteger(env.GITHUB_REPOSITORY_ID) ?? positiveInteger(repositoryPayload.id),
    workflow: text(env.GITHUB_WORKFLOW),
    workflowFile: workflowFileFromRef(env.GITHUB_WORKFLOW_REF),
    job: text(env.GITHUB_JOB),
    runId: positiveInteger(env.GITHUB_RUN_ID),
    runAttempt: positiveInteger(env.GITHUB_RUN_ATTEMPT),
    sha: text(env.GITHUB_SHA),
    ref,
    branch: headRef ?? pushedBranch,
    baseBranch: text(env.GITHUB_BASE_REF) ?? text(asRecord(pullRequest.base).ref),
    defaultBranch: text(repositoryPayload.default_branch),
    eventName,
    pullRequestNumber: positiveInteger(pullRequest.number),
    headRepositoryId: positiveInteger(asRecord(asRecord(pullRequest.head).repo).id) ?? positiveInteger(env.GITHUB_REPOSITORY_ID),
    runnerTemp: text(env.RUNNER_TEMP),
    runnerOs: text(env.RUNNER_OS)
  };
}

// src/runner/process.ts
function monotonicMs() {
  return Number(process.hrtime.bigint() / 1000000n);
}
var MAX_EVENT_PAYLOAD_BYTES = 8 * 1024 * 1024;

// src/sampler/sampler.ts
import { closeSync as closeSync3, openSync as openSync3, readSync as readSync3 } from "node:fs";

// src/sampler/proc-reader.ts
import { closeSync as closeSync2, openSync as openSync2, readSync as readSync2, readdirSync as readdirSync2, readFileSync as readFileSync2, readlinkSync } from "node:fs";
import { basename as basename2 } from "node:path";
var DEFAULT_PAGE_SIZE_BYTES = 4096;
var STAT_BUFFER_BYTES = 1024;
var STATUS_BUFFER_BYTES = 4096;
var CLOSE_PAREN = 41;
var SPACE = 32;
function parseStatBuffer(buffer, length, pid) {
  let close = length - 1;
  while (close >= 0 && buffer[close] !== CLOSE_PAREN) close--;
  const open = buffer.indexOf(40);
  if (close < 0 || open < 0 || open > close) return null;
  let field = 3;
  let value = 0;
  let ppid = -1;
  let startTime = -1;
  let rssPages = -1;
  let codeStart = -1;
  let codeEnd = -1;
  for (let index = close + 2; index <= length; index++) {
    const byte = index < length ? buffer[index] : SPACE;
    if (byte === SPACE || byte === 10) {
      if (field === 4) ppid = value;
      else if (field === 22) startTime = value;
      else if (field === 24) rssPages = value;
      else if (field === 26) codeStart = value;
      else if (field === 27) {
        codeEnd = value;
        break;
      }
      if (byte === 10) break;
      field++;
      value = 0;
    } else if (byte >= 48 && byte <= 57) value = value * 10 + (byte - 48);
  }
  if (ppid < 0 || startTime < 0 || rssPages < 0) return null;
  const comm = buffer.toString("latin1", open + 1, close);
  return codeEnd < 0 ? { pid, comm, ppid, startTime, rssPages } : { pid, comm, ppid, startTime, rssPages, codeStart, codeEnd };
}
function execed(before, after) {
  if (before.comm !== after.comm) return true;
  const shown = (value) => value !== void 0 && value > 1;
  if (!shown(before.codeStart) || !shown(after.codeStart)) return false;
  return before.codeStart !== after.codeStart || before.codeEnd !== after.codeEnd;
}
function nameFromExe(target) {
  return basename2(target.replace(/ \(deleted\)$/, ""));
}
function nameFromCmdline(cmdline) {
  const argv0 = cmdline.split("\0", 1)[0] ?? "";
  return basename2(argv0.split(" ", 1)[0] ?? "");
}
function fileRssFromStatus(text2) {
  const kib = /^RssFile:\s+(\d+) kB$/m.exec(text2)?.[1];
  return kib === void 0 ? null : Number(kib) * 1024;
}
var ProcReader = class {
  procRoot;
  pageSize;
  tracked = /* @__PURE__ */ new Map();
  buffer = Buffer.alloc(STAT_BUFFER_BYTES);
  statusBuffer;
  /** PIDs listed in /proc by the last snapshot. */
  lastListed = /* @__PURE__ */ new Set();
  constructor(options2 = {}) {
    this.procRoot = options2.procRoot ?? "/proc";
    this.pageSize = options2.pageSizeBytes ?? DEFAULT_PAGE_SIZE_BYTES;
    this.statusBuffer = options2.unshared ? Buffer.alloc(STATUS_BUFFER_BYTES) : null;
  }
  /**
   * Every readable process now, except the PIDs in `skip` (listed but not read: the sampler
   * skips processes it already knows are outside the job, so a tick costs a read per job
   * process, not per process on the machine). Processes that vanish mid-read, or are not ours
   * (EACCES), are left out.
   */
  snapshot(skip) {
    const seen = /* @__PURE__ */ new Set();
    const result = [];
    for (const entry of readdirSync2(this.procRoot)) {
      const first = entry.charCodeAt(0);
      if (first < 48 || first > 57) continue;
      const pid = Number(entry);
      seen.add(pid);
      if (skip?.has(pid)) {
        this.forget(pid);
        continue;
      }
      const stat = this.readStat(pid);
      if (!stat) continue;
      const tracked = this.tracked.get(pid);
      if (!tracked) continue;
      if (tracked.name === null || tracked.startTime !== stat.startTime || execed(tracked, stat)) {
        tracked.name = this.nameOf(pid, stat.comm);
      }
      tracked.startTime = stat.startTime;
      tracked.comm = stat.comm;
      tracked.codeStart = stat.codeStart;
      tracked.codeEnd = stat.codeEnd;
      const rssBytes = stat.rssPages * this.pageSize;
      const fileBytes = this.statusBuffer === null ? null : this.readFileRss(pid, tracked);
      result.push({
        pid,
        ppid: stat.ppid,
        startTime: stat.startTime,
        rssBytes,
        ...fileBytes === null ? {} : { unsharedBytes: Math.max(0, rssBytes - fileBytes) },
        name: tracked.name
      });
    }
    for (const pid of this.tracked.keys()) if (!seen.has(pid)) this.forget(pid);
    this.lastListed = seen;
    return result;
  }
  /** PIDs listed by the last snapshot, read or skipped. */
  listed() {
    return this.lastListed;
  }
  /** Closes every kept descriptor. */
  close() {
    for (const pid of [...this.tracked.keys()]) this.forget(pid);
  }
  readStat(pid) {
    let tracked = this.tracked.get(pid);
    if (!tracked) {
      try {
        tracked = {
          fd: openSync2(`${this.procRoot}/${pid}/stat`, "r"),
          statusFd: -1,
          startTime: -1,
          comm: "",
          codeStart: void 0,
          codeEnd: void 0,
          name: null
        };
      } catch {
        return null;
      }
      this.tracked.set(pid, tracked);
    }
    try {
      const bytes2 = readSync2(tracked.fd, this.buffer, 0, STAT_BUFFER_BYTES, 0);
      return parseStatBuffer(this.buffer, bytes2, pid);
    } catch {
      this.forget(pid);
      return null;
    }
  }
  /** RssFile of the process in bytes (see `fileRssFromStatus`); null when unreadable. */
  readFileRss(pid, tracked) {
    const buffer = this.statusBuffer;
    try {
      if (tracked.statusFd < 0) tracked.statusFd = openSync2(`${this.procRoot}/${pid}/status`, "r");
      const bytes2 = readSync2(tracked.statusFd, buffer, 0, STATUS_BUFFER_BYTES, 0);
      return fileRssFromStatus(buffer.toString("latin1", 0, bytes2));
    } catch {
      return null;
    }
  }
  /**
   * The executable name, never the arguments: /proc/PID/exe, else argv[0] of /proc/PID/cmdline,
   * else comm. comm comes last because Node 24 renames its main thread `MainThread`.
   */
  nameOf(pid, comm) {
    try {
      const name3 = nameFromExe(readlinkSync(`${this.procRoot}/${pid}/exe`));
      if (name3) return name3;
    } catch {
    }
    try {
      const name3 = nameFromCmdline(readFileSync2(`${this.procRoot}/${pid}/cmdline`, "latin1"));
      if (name3) return name3;
    } catch {
    }
    return comm;
  }
  forget(pid) {
    const tracked = this.tracked.get(pid);
    if (!tracked) return;
    this.tracked.delete(pid);
    for (const fd of [tracked.fd, tracked.statusFd])
      try {
        if (fd >= 0) closeSync2(fd);
      } catch {
      }
  }
};
function jobProcesses(processes, rootPid, excludePid) {
  const children = /* @__PURE__ */ new Map();
  for (const process2 of processes) {
    const siblings = children.get(process2.ppid);
    if (siblings) siblings.push(process2);
    else children.set(process2.ppid, [process2]);
  }
  const result = [];
  const stack = [rootPid];
  while (stack.length > 0) {
    const parent = stack.pop();
    for (const child of children.get(parent) ?? []) {
      if (child.pid === excludePid || child.pid === rootPid) continue;
      result.push(child);
      stack.push(child.pid);
    }
  }
  return result;
}

// src/sampler/sampler.ts
var MEMINFO_BUFFER_BYTES = 4096;
function usedMemoryFromMeminfo(text2) {
  const total = /^MemTotal:\s+(\d+) kB/m.exec(text2)?.[1];
  const available = /^MemAvailable:\s+(\d+) kB/m.exec(text2)?.[1];
  if (total === void 0 || available === void 0) return null;
  return (Number(total) - Number(available)) * KiB;
}
function procSource(procRoot, unshared) {
  const reader = new ProcReader({ ...procRoot === void 0 ? {} : { procRoot }, unshared });
  return {
    name: "proc",
    snapshot: (skip) => reader.snapshot(skip),
    listed: () => reader.listed(),
    close: () => reader.close()
  };
}
function meminfoReader(procRoot) {
  const buffer = Buffer.alloc(MEMINFO_BUFFER_BYTES);
  let fd = null;
  try {
    fd = openSync3(`${procRoot}/meminfo`, "r");
  } catch {
    fd = null;
  }
  return {
    usedBytes() {
      if (fd === null) return null;
      try {
        const bytes2 = readSync3(fd, buffer, 0, MEMINFO_BUFFER_BYTES, 0);
        return usedMemoryFromMeminfo(buffer.toString("latin1", 0, bytes2));
      } catch {
        return null;
      }
    },
    close() {
      if (fd !== null) closeSync3(fd);
      fd = null;
    }
  };
}
function nextOutsiders(outsiders, listed, all, inJob, rootPid) {
  const next = /* @__PURE__ */ new Set();
  if (!listed) return next;
  for (const pid of outsiders) if (listed.has(pid)) next.add(pid);
  for (const process2 of all)
    if (!inJob.has(process2.pid) && process2.pid !== rootPid) next.add(process2.pid);
  return next;
}
function parentsFirst(job) {
  const byPid = new Map(job.map((process2) => [process2.pid, process2]));
  const depth = (process2) => {
    let level = 0;
    for (let parent = byPid.get(process2.ppid); parent && level < 1e3; parent = byPid.get(parent.ppid))
      level++;
    return level;
  };
  return [...job].sort((a, b) => depth(a) - depth(b));
}
function createSampler(options2) {
  const reader = options2.processSource ?? procSource(options2.procRoot, options2.unshared ?? false);
  const meminfo = meminfoReader(options2.procRoot ?? "/proc");
  const ids = /* @__PURE__ */ new Map();
  let nextId = 1;
  let alive = /* @__PURE__ */ new Set();
  let outsiders = /* @__PURE__ */ new Set();
  options2.write({
    k: "start",
    v: 1,
    t: options2.clock(),
    wall: (options2.now?.() ?? /* @__PURE__ */ new Date()).toISOString(),
    intervalMs: options2.intervalMs,
    source: reader.name,
    rootPid: options2.rootPid,
    samplerPid: options2.samplerPid
  });
  const written = /* @__PURE__ */ new Map();
  const idOf = (process2, byPid, t) => {
    const key = `${process2.pid}:${process2.startTime}`;
    let id = ids.get(key);
    if (id === void 0) {
      id = nextId++;
      ids.set(key, id);
      const parent = byPid.get(process2.ppid);
      const parentId = parent ? ids.get(`${parent.pid}:${parent.startTime}`) ?? null : null;
      const line = {
        k: "proc",
        id,
        pid: process2.pid,
        parent: parentId,
        name: process2.name,
        t
      };
      written.set(id, line);
      options2.write(line);
    } else {
      const last = written.get(id);
      if (last && last.name !== process2.name) {
        const renamed = { ...last, name: process2.name, t };
        written.set(id, renamed);
        options2.write(renamed);
      }
    }
    return id;
  };
  return {
    tick() {
      const t = options2.clock();
      const all = reader.snapshot(outsiders);
      const rootAlive = all.some((process2) => process2.pid === options2.rootPid);
      const job = jobProcesses(all, options2.rootPid, options2.samplerPid);
      const inJob = new Set(job.map((process2) => process2.pid));
      outsiders = nextOutsiders(outsiders, reader.listed?.(), all, inJob, options2.rootPid);
      const byPid = new Map(job.map((process2) => [process2.pid, process2]));
      const sample = [];
      const nowAlive = /* @__PURE__ */ new Set();
      for (const process2 of parentsFirst(job)) {
        const id = idOf(process2, byPid, t);
        nowAlive.add(id);
        sample.push(
          process2.unsharedBytes === void 0 ? [id, process2.rssBytes] : [id, process2.rssBytes, process2.unsharedBytes]
        );
      }
      for (const id of alive)
        if (!nowAlive.has(id)) {
          options2.write({ k: "exit", id, t, signal: null });
          written.delete(id);
        }
      alive = nowAlive;
      const cgroup = options2.cgroup?.memoryCgroupDir ? readCgroupMemoryNow(options2.cgroup) : null;
      options2.write({
        k: "s",
        t,
        sys: meminfo.usedBytes(),
        cg: cgroup?.usageBytes ?? null,
        oom: cgroup?.oomKills ?? null,
        psi: cgroup?.pressureSomeAvg10 ?? null,
        p: sample
      });
      return rootAlive;
    },
    close(reason) {
      options2.write({ k: "stop", t: options2.clock(), reason });
      reader.close();
      meminfo.close();
    }
  };
}

// src/cli/record.ts
var MAX_OUT_PARENTS = 8;
var FORWARDED_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
var NOT_FOUND_EXIT = 127;
var CANNOT_EXECUTE_EXIT = 126;
function checkOutFolder(out) {
  if (out) ensureWritableDirectory(dirname2(out), MAX_OUT_PARENTS);
}
function addReportOptions(command) {
  return command.option(
    "--markdown",
    "print the Markdown report (as the job summary) instead of the terminal one"
  ).option("--summary <FILE>", "also write the Markdown report to FILE").option(
    "--no-step-summary",
    "in a GitHub Actions step, do not add the Markdown report to the job summary"
  );
}
function checkSummaryFolder(flags) {
  if (flags.summary) ensureWritableDirectory(dirname2(flags.summary), MAX_OUT_PARENTS);
}
async function printReport(profile, io, flags, options2) {
  const toStep = flags.stepSummary !== false && Boolean(io.env.GITHUB_STEP_SUMMARY);
  const markdown = flags.markdown || flags.summary || toStep ? renderPostRunSummary(profile, options2) : "";
  if (flags.summary) writeFileSync(flags.summary, markdown);
  if (toStep) await appendStepSummary(markdown, io);
  io.stdout(
    flags.markdown ? markdown : renderTerminalReport(profile, {
      ...options2,
      colour: io.colour === true,
      width: io.columns ?? TERMINAL_WIDTH
    })
  );
}
async function appendStepSummary(markdown, io) {
  try {
    const { createActionsRunner } = await import("./actions-runner-AHDBI7WJ.js");
    await createActionsRunner().appendSummary(markdown);
  } catch (error) {
    io.stderr(
      `resource-planner: warning: could not add the report to the job summary: ${quoteUntrusted(error instanceof Error ? error.message : String(error), 200)}
`
    );
  }
}
var TERMINAL_WIDTH = 100;
function writeProfile(out, profile) {
  if (out) writeFileSync(out, serializeProfile(profile));
}
function startRecording(options2) {
  const { capacity, intervalMs, io, heapWatch } = options2;
  const heapLimitDeaths = [];
  const lines = [];
  const sampler = createSampler({
    rootPid: process.pid,
    samplerPid: -1,
    intervalMs,
    cgroup: capacity.cgroup,
    clock: monotonicMs,
    unshared: options2.unshared ?? false,
    write: (line) => lines.push(line)
  });
  const started = (/* @__PURE__ */ new Date()).toISOString();
  const phases = [];
  return {
    async run(argv, { phase, workers, sampleAfterExit = false, nodeHeapMb = null }) {
      phases.push({ name: phase, t: monotonicMs(), workersRecommended: workers, nodeHeapMb });
      const from = lines.length;
      const file = argv[0];
      const child = spawn(file, argv.slice(1), {
        stdio: "inherit",
        // The CLI's own environment, as the command had it before the watch and the cap.
        env: commandEnv(process.env, heapWatch, nodeHeapMb)
      });
      sampler.tick();
      const startError = await startOf(child);
      if (startError) {
        const exitStatus = notStarted(file, startError, io);
        return {
          exitCode: null,
          signal: null,
          exitStatus,
          notStarted: true,
          samples: [],
          heapLimitDeaths: 0
        };
      }
      const status = liveStatus(io, lines, from);
      const timer = setInterval(() => {
        sampler.tick();
        status.update();
      }, intervalMs);
      const { code, signal } = await waitForExit(child, io);
      clearInterval(timer);
      status.clear();
      if (sampleAfterExit) sampler.tick();
      const endT = monotonicMs();
      const heapPids = heapWatch?.collect() ?? [];
      for (const pid of heapPids) heapLimitDeaths.push({ pid, t: endT });
      const root = lines.slice(from).find((line) => line.k === "proc" && line.pid === child.pid);
      if (signal && root && root.k === "proc")
        lines.push({ k: "exit", id: root.id, t: endT, signal });
      return {
        exitCode: code,
        signal,
        exitStatus: signal ? 128 + (constants2.signals[signal] ?? 0) : code ?? 1,
        notStarted: false,
        samples: lines.slice(from).filter((line) => line.k === "s"),
        heapLimitDeaths: heapPids.length
      };
    },
    mark(phase, workers) {
      phases.push({ name: phase, t: monotonicMs(), workersRecommended: workers });
    },
    tick() {
      const from = lines.length;
      sampler.tick();
      return lines.slice(from);
    },
    finish(exitStatus) {
      const endT = monotonicMs();
      sampler.close("command-exited");
      for (const pid of heapWatch?.collect() ?? []) heapLimitDeaths.push({ pid, t: endT });
      heapWatch?.close();
      const run2 = profileRun(
        readRunContext(io.env, {}),
        null,
        started,
        exitStatus,
        options2.shard ?? null
      );
      return buildProfile({
        lines,
        phases,
        endT,
        host: profileHost(capacity),
        // No workflow run names the job: the name given (or the command's) does.
        run: options2.jobName === null ? run2 : { ...run2, job: options2.jobName },
        toolVersion: TOOL_VERSION,
        samplerDied: false,
        intervalMs,
        source: "proc",
        heapLimitDeaths: heapWatch ? heapLimitDeaths : null
      });
    },
    abandon() {
      sampler.close("command-exited");
      heapWatch?.close();
    }
  };
}
function commandEnv(env, heapWatch, nodeHeapMb) {
  const nodeOptions = [
    env.NODE_OPTIONS,
    heapWatch?.nodeOption,
    nodeHeapMb === null ? void 0 : `--max-old-space-size=${nodeHeapMb}`
  ].filter(Boolean).join(" ");
  return {
    ...env,
    ...heapWatch?.variables,
    ...nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}
  };
}
var STATUS_EVERY_MS = 500;
function liveStatus(io, lines, from) {
  const status = io.status;
  if (!status) return { update() {
  }, clear() {
  } };
  const startedMs = monotonicMs();
  let seen = from;
  let peakBytes = 0;
  let nowBytes = 0;
  let drawnMs = -Infinity;
  return {
    update() {
      for (; seen < lines.length; seen++) {
        const line = lines[seen];
        if (line.k !== "s") continue;
        nowBytes = line.p.reduce((sum, [, rss]) => sum + rss, 0);
        peakBytes = Math.max(peakBytes, nowBytes);
      }
      const now = monotonicMs();
      if (now - drawnMs < STATUS_EVERY_MS) return;
      drawnMs = now;
      status(statusLine(now - startedMs, nowBytes, peakBytes));
    },
    clear: () => status("")
  };
}
function statusLine(elapsedMs, nowBytes, peakBytes) {
  const seconds = Math.floor(elapsedMs / 1e3);
  const elapsed = seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  return `resource-planner: ${elapsed} \xB7 memory ${formatBytes(nowBytes)} \xB7 peak ${formatBytes(peakBytes)}`;
}
function startOf(child) {
  return new Promise((resolve) => {
    child.once("spawn", () => {
      child.on("error", () => {
      });
      resolve(void 0);
    });
    child.once("error", (error) => resolve(error));
  });
}
function notStarted(file, error, io) {
  const notFound = error.code === "ENOENT";
  const why = notFound ? "command not found" : `cannot be started (${error.code ?? error.message})`;
  io.stderr(`resource-planner: ${quoteUntrusted(file, 200)}: ${why}
`);
  return notFound ? NOT_FOUND_EXIT : CANNOT_EXECUTE_EXIT;
}
function waitForExit(child, io) {
  const forward = (signal) => {
    io.stderr(
      `resource-planner: ${signal} passed on to the command; the report follows when it ends.
`
    );
    child.kill(signal);
  };
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => {
      for (const name3 of FORWARDED_SIGNALS) process.off(name3, forward);
      resolve({ code, signal });
    });
  });
}

// src/cli/options.ts
var MIN_INTERVAL_MS = 50;
function parseIntervalMs(text2) {
  const ms2 = parseDurationMs(text2.trim());
  if (ms2 === null || ms2 < MIN_INTERVAL_MS)
    throw new InvalidArgumentError(
      `Expected a duration of at least ${MIN_INTERVAL_MS}ms, such as 250ms, 1s or 1m (a bare number is ms).`
    );
  return ms2;
}
var MAX_JOB_NAME_LENGTH = 256;
function parseJobName(text2) {
  if (text2 === "" || text2.length > MAX_JOB_NAME_LENGTH)
    throw new InvalidArgumentError(`Expected a name of 1 to ${MAX_JOB_NAME_LENGTH} characters.`);
  return text2;
}
var MAX_NODE_HEAP_MB = 1e9;
function parseNodeHeapMb(text2) {
  const mb = /^\d{1,10}$/.test(text2.trim()) ? Number(text2.trim()) : Number.NaN;
  if (!Number.isInteger(mb) || mb < 1 || mb > MAX_NODE_HEAP_MB)
    throw new InvalidArgumentError("Expected a whole number of MiB, such as 512.");
  return mb;
}
function parseShardOption(text2) {
  const shard2 = parseShardText(text2);
  if (shard2 === null) throw new InvalidArgumentError(`Expected ${SHARD_FORMAT}.`);
  return shard2;
}
function addCommandArgument(command) {
  return command.usage("[options] -- CMD [ARGS...]").argument("<CMD...>", "the command and its arguments (after --)").passThroughOptions();
}
function defaultJobName(argv) {
  const file = argv[0] ?? "";
  return basename3(file).slice(0, MAX_JOB_NAME_LENGTH) || file.slice(0, MAX_JOB_NAME_LENGTH);
}
function addRecordingOptions(command) {
  command.option("--out <FILE>", "write the run profile (JSON) to FILE").addOption(
    new Option("--interval <DURATION>", `sampling period, at least ${MIN_INTERVAL_MS}ms`).argParser(parseIntervalMs).default(250, "250ms")
  ).option(
    "--no-heap-reports",
    "do not ask the command's Node processes (via NODE_OPTIONS) for a report when they stop at the V8 heap limit"
  );
  return addReportOptions(command);
}

// src/plan/nested.ts
var BUDGET_VARIABLE = "RESOURCE_PLANNER_BUDGET";
var CPUS_VARIABLE = "RESOURCE_PLANNER_CPUS";
var MIN_BUDGET_BYTES = 1024 * 1024;
var MAX_CPUS2 = 1e5;
function parseNestedBudget(budget, cpus) {
  const budgetText = budget?.trim() ?? "";
  const cpusText = cpus?.trim() ?? "";
  if (budgetText === "" && cpusText === "") return null;
  let memoryBytes = null;
  if (budgetText !== "") {
    memoryBytes = parseSize(budgetText);
    if (memoryBytes === null || memoryBytes < MIN_BUDGET_BYTES)
      throw new InputError(
        BUDGET_VARIABLE,
        budgetText.slice(0, 40),
        "a memory size of at least 1 MiB, in bytes (1073741824) or with a unit (512M, 1.5G)"
      );
  }
  let cpuCount = null;
  if (cpusText !== "") {
    if (!/^\d{1,6}$/.test(cpusText) || Number(cpusText) < 1 || Number(cpusText) > MAX_CPUS2)
      throw new InputError(
        CPUS_VARIABLE,
        cpusText.slice(0, 40),
        "a whole number of CPUs, 1 or more"
      );
    cpuCount = Number(cpusText);
  }
  return { memoryBytes, cpus: cpuCount };
}
function applyNestedBudget(capacity, budget) {
  if (budget === null) return capacity;
  const memoryLimitBytes = budget.memoryBytes === null ? capacity.memoryLimitBytes : Math.min(capacity.memoryLimitBytes, budget.memoryBytes);
  const cpus = budget.cpus === null ? capacity.cpus : Math.max(1, Math.min(capacity.cpus, budget.cpus));
  const parts = [
    ...budget.memoryBytes === null ? [] : [`${formatBytes(budget.memoryBytes)} of memory (${BUDGET_VARIABLE})`],
    ...budget.cpus === null ? [] : [`${budget.cpus} CPU(s) (${CPUS_VARIABLE})`]
  ];
  return {
    ...capacity,
    memoryLimitBytes,
    memoryAvailableBytes: Math.min(capacity.memoryAvailableBytes, memoryLimitBytes),
    cpus,
    warnings: [
      ...capacity.warnings,
      `Planning within the share a parent resource-planner exec gave this task: ${parts.join(" and ")}.`
    ]
  };
}

// src/report/pre-run.ts
function heapHeldText(plan2) {
  const runId = plan2.nodeHeapHeld?.runId;
  return `the cap ${plan2.workers} worker(s) ran clean with here${runId != null ? ` (run ${runId})` : ""}`;
}

// src/runner/cli-shim.ts
var HISTORY_DIR_VARIABLE = "RESOURCE_PLANNER_HISTORY_DIR";

// src/cli/plan.ts
var PLAN_INPUT_FLAGS = [
  ["profile", "NAME", "phase to plan for (default: default)"],
  ["memory-per-worker", "SIZE", "auto (learn from --history; default) or a size: 512M, 1.5G"],
  ["fallback-memory-per-worker", "SIZE", "assumed without history (default: 768M)"],
  ["min-workers", "N", "lowest count to recommend (default: 1)"],
  ["max-workers", "N", "highest count to recommend (default: none)"],
  ["workers", "N", "force the count (warns if more than the memory or CPUs fit)"],
  ["cpus-per-worker", "N", "CPUs each worker should get (default: 1)"],
  ["memory-reserve", "auto|SIZE", "kept back for the OS and the runner (default: auto)"],
  ["memory-fraction", "F", "share of the rest that workers may use (default: 0.9)"],
  ["min-speedup-gain", "F", "least gain an extra worker must bring (default: 5%)"],
  ["elastic-memory", "auto|off", "Node/JVM workers need less with less memory (default: auto)"],
  [
    "shard",
    "I/T",
    "this job is shard I of a split into T (2/3): learn from that shard's runs only; exec records it in the profile"
  ]
];
var PLAN_HELP_NOTE = `
Sizes: K/M/G/T are powers of 1024 (MB means MiB); fractions: 0.9 or 90%.
${OVERRIDE_VARIABLE}=N overrides the recommended count.`;
function addPlanOptions(command, options2 = {}) {
  for (const [flag, value, description] of PLAN_INPUT_FLAGS)
    if (!options2.without?.includes(flag)) command.option(`--${flag} <${value}>`, description);
  return command.addHelpText("after", PLAN_HELP_NOTE);
}
function planInputsFrom(command) {
  const inputFlags = new Set(PLAN_INPUT_FLAGS.map(([flag]) => `--${flag}`));
  const given = new Map(
    command.options.filter((option) => inputFlags.has(option.long ?? "")).map((option) => [
      (option.long ?? "").slice(2),
      command.getOptionValue(option.attributeName())
    ])
  );
  return parseInputs((name3) => {
    const value = given.get(name3);
    return typeof value === "string" ? value : "";
  });
}
function planCommand(deps) {
  return {
    name: "plan",
    declare(command) {
      command.summary("recommend a worker count for this machine").description(
        "Recommend a worker count for this machine: probe its memory and CPUs (cgroup limits\nincluded) and, with --history, learn each worker's memory from earlier run profiles."
      ).option("--json", "print the capacity and the whole plan as JSON");
      addHistoryOptions(command);
      addPlanOptions(command).option("--root <DIR>", "read /proc and /sys under DIR (testing)");
    },
    run: (command, io) => plan(command, io, deps)
  };
}
async function plan(command, io, deps) {
  const { inputs, capacity, plan: plan2 } = await planFromCommand(command, io, deps);
  for (const warning of [...capacity.warnings, ...plan2.warnings])
    io.stderr(`warning: ${warning}
`);
  io.stdout(
    command.opts().json ? `${JSON.stringify({ capacity, plan: plan2 }, null, 2)}
` : formatPlanText(inputs.profile, capacity, plan2)
  );
  return 0;
}
async function planFromCommand(command, io, deps) {
  const flags = command.opts();
  const inputs = planInputsFrom(command);
  const overrideWorkers = parseOverrideWorkers(io.env[OVERRIDE_VARIABLE]);
  const nested = parseNestedBudget(io.env[BUDGET_VARIABLE], io.env[CPUS_VARIABLE]);
  const capacity = applyNestedBudget(
    await deps.probe(flags.root === void 0 ? {} : { root: flags.root }),
    nested
  );
  const fromAction = flags.history === void 0 ? io.env[HISTORY_DIR_VARIABLE] || null : null;
  const directory = flags.history ?? fromAction;
  const name3 = flags.name ?? null;
  const estimate = await chooseEstimate({
    memoryPerWorkerBytes: inputs.memoryPerWorkerBytes,
    fallbackMemoryPerWorkerBytes: inputs.fallbackMemoryPerWorkerBytes,
    // The CLI reads history only when asked, and not with a fixed memory-per-worker (no drift here).
    history: directory === null || inputs.memoryPerWorkerBytes !== null ? { unavailable: null } : {
      // A folder that cannot be read is named as given: `--history DIR: no such folder`.
      learn: (fallback) => deps.learnFromDirectory({ directory, name: name3, inputs, capacity, fallback }).catch((error) => {
        if (fromAction === null) throw namedByOption(error, "--history", directory);
        return {
          ...fallback,
          notes: [
            `No history from the action's step (${HISTORY_DIR_VARIABLE}: ${errorMessage(error)}).`,
            ...fallback.notes
          ]
        };
      })
    },
    onLearnError: "throw",
    warn: (message) => io.stderr(`warning: ${message}
`)
  });
  const plan2 = planWorkers({ capacity, settings: { ...inputs.plan, overrideWorkers }, estimate });
  return { inputs, capacity, plan: plan2 };
}
function addHistoryOptions(command) {
  return command.option("--history <DIR>", "learn from the run profiles in DIR (from 'gh run download')").option(
    "--name <NAME>",
    "with --history: only recordings of this job ('run --name')",
    parseJobName
  );
}
function formatPlanText(profile, capacity, plan2) {
  const cgroup = capacity.cgroup;
  const lines = [
    `resource-planner plan (profile: ${profile})`,
    ``,
    `Machine   ${capacity.os}/${capacity.arch}, ${capacity.logicalCpus} logical CPU(s)${capacity.physicalCpus ? ` (${capacity.physicalCpus} physical)` : ""}, ${formatBytes(capacity.hostMemoryTotalBytes)} RAM`,
    `Container ${cgroup ? `cgroup v${cgroup.version}: memory ${cgroup.memoryLimitBytes === null ? "no limit" : formatBytes(cgroup.memoryLimitBytes)}, CPU quota ${cgroup.cpuQuota === null ? "none" : cgroup.cpuQuota}` : "no cgroup limits found"}`,
    `Memory    limit ${formatBytes(plan2.memoryLimitBytes)} (${capacity.memoryBinding}), available ${formatBytes(plan2.memoryAvailableBytes)}`,
    `Budget    (${formatBytes(plan2.memoryAvailableBytes)} \u2212 ${formatBytes(plan2.memoryReserveBytes)} reserve, ${plan2.reserveSource}) \xD7 ${plan2.memoryFraction} = ${formatBytes(plan2.memoryBudgetBytes)}`,
    `Worker    ${formatBytes(plan2.perWorkerBytes)} each (${plan2.estimate.source}, confidence ${plan2.estimate.confidence}${plan2.estimate.historyRuns ? `, ${plan2.estimate.historyRuns} run(s)` : ""})${plan2.baseBytes ? ` + base ${formatBytes(plan2.baseBytes)}` : ""}`,
    `CPUs      ${plan2.cpus} (${capacity.cpuBinding}) \xF7 ${plan2.cpusPerWorker} per worker = ${plan2.cpuBound}`,
    ``,
    `Model     ${plan2.memoryModel.kind}: ${plan2.memoryModel.why}`,
    ...plan2.ladderLine === null ? [] : [`Ladder    ${plan2.ladderLine}`],
    `Peak      predicted ${formatBytes(plan2.predictedPeakBytes)} at ${plan2.workers} worker(s), of ${formatBytes(plan2.memoryLimitBytes)}`,
    ``,
    `Workers   ${plan2.workers}  (limited by ${plan2.limitedBy})`,
    `          ${plan2.reason}`,
    `Node heap --max-old-space-size=${plan2.nodeHeapMb} per worker${plan2.nodeHeapHeld ? ` (${heapHeldText(plan2)})` : ""}`
  ];
  if (plan2.predictedDurationMs !== null)
    lines.push(`Predicted ${formatDuration(plan2.predictedDurationMs)}`);
  for (const note of plan2.estimate.notes) lines.push(`note: ${note}`);
  return `${lines.join("\n")}
`;
}

// src/cli/advise.ts
function parseTargetMs(text2) {
  const ms2 = parseDurationMs(text2.trim());
  if (ms2 === null || ms2 < 1e3)
    throw new InvalidArgumentError(`Expected ${DURATION_FORMAT}, at least 1s.`);
  return ms2;
}
var adviseCommand = {
  name: "advise",
  declare(command) {
    command.summary("advise a runner size from the run profiles in a folder").description(
      "Advise a runner size: for each runner of the catalogue (GitHub-hosted runners, and those\nof --catalog FILE), the worker count, duration, peak memory and cost that history\npredicts; the cheapest that meets --target without an OOM risk, else the fastest.\nThe count is what the plan would choose on each runner, from the memory history\nmeasured, so the plan flags that fix a count or a per-worker memory are not taken."
    ).requiredOption("--history <DIR>", "the run profiles to learn from (from 'gh run download')").option("--name <NAME>", "only recordings of this job ('run --name')", parseJobName).addOption(
      new Option("--target <DURATION>", "the duration the phase should take: 10m, 90s").argParser(
        parseTargetMs
      )
    ).option(
      "--catalog <FILE>",
      "a JSON file of runners that extends or replaces the built-in ones"
    ).addOption(
      new Option("--visibility <KIND>", "the repository: public runs standard runners free").choices(["public", "private"]).default("private")
    ).option("--json", "print the advice as JSON (the action's runner-advice output)");
    addPlanOptions(command, {
      without: ["workers", "memory-per-worker", "fallback-memory-per-worker"]
    });
  },
  run(command, io) {
    const options2 = command.opts();
    const inputs = planInputsFrom(command);
    const catalog = mergeCatalog(
      BUILTIN_CATALOG,
      options2.catalog === void 0 ? null : readCatalog(options2.catalog)
    );
    let history;
    try {
      history = onlyJob(loadHistoryFromDirectory(options2.history), options2.name ?? null);
    } catch (error) {
      throw namedByOption(error, "--history", options2.history);
    }
    for (const note of history.notes) io.stderr(`note: ${note}
`);
    const advice = adviseRunners(
      adviceRequestFor(
        { ...inputs, targetDurationMs: options2.target ?? null },
        {
          profiles: history.profiles,
          catalog,
          visibility: options2.visibility,
          nowMs: Date.now()
        }
      )
    );
    io.stdout(options2.json ? `${JSON.stringify(advice, null, 2)}
` : formatAdviceText(advice));
    return Promise.resolve(0);
  }
};
function readCatalog(path) {
  let text2;
  try {
    text2 = readBoundedText(path, CATALOG_MAX_BYTES, { what: "a runner catalogue" });
  } catch (error) {
    throw namedByOption(error, "--catalog", path);
  }
  return parseCatalog(text2, "--catalog", shownPath(path));
}

// src/drift/drift.ts
var MODIFIED_Z_LIMIT = 3.5;
var ROBUST_MIN_RUNS = 5;
var MAD_FLOOR_LOG = 0.01;
function phasePeak(phase) {
  return phase.treeRss.peakBytes;
}
function compareMetric(current, baseline, thresholdFraction, method) {
  const values = baseline.filter((value) => value > 0);
  if (values.length === 0)
    return {
      verdict: "no-baseline",
      currentBytes: current,
      baseline: null,
      changeFraction: null,
      zScore: null,
      method: null
    };
  const stats = {
    n: values.length,
    medianBytes: median2(values),
    minBytes: Math.min(...values),
    maxBytes: Math.max(...values),
    madBytes: medianAbsoluteDeviation(values)
  };
  const changeFraction = (current - stats.medianBytes) / stats.medianBytes;
  const robust = method === "robust" || method === "auto" && values.length >= ROBUST_MIN_RUNS;
  if (robust) {
    const logs = values.map(Math.log);
    const mad = Math.max(medianAbsoluteDeviation(logs), MAD_FLOOR_LOG);
    const zScore = 0.6745 * (Math.log(Math.max(1, current)) - median2(logs)) / mad;
    let verdict2 = "ok";
    if (zScore > MODIFIED_Z_LIMIT && changeFraction >= thresholdFraction) verdict2 = "drift";
    else if (zScore < -MODIFIED_Z_LIMIT && changeFraction <= -thresholdFraction)
      verdict2 = "improvement";
    return {
      verdict: verdict2,
      currentBytes: current,
      baseline: stats,
      changeFraction,
      zScore,
      method: "robust"
    };
  }
  let verdict = "ok";
  if (current > stats.maxBytes * (1 + thresholdFraction)) verdict = "drift";
  else if (current < stats.minBytes * (1 - thresholdFraction)) verdict = "improvement";
  return {
    verdict,
    currentBytes: current,
    baseline: stats,
    changeFraction,
    zScore: null,
    method: "max"
  };
}
function combine(verdicts) {
  if (verdicts.includes("drift")) return "drift";
  if (verdicts.includes("improvement")) return "improvement";
  if (verdicts.every((verdict) => verdict === "no-baseline")) return "no-baseline";
  return "ok";
}
function detectDrift({
  current,
  baseline,
  thresholdFraction = 0.1,
  method = "auto"
}) {
  const all = baseline;
  baseline = all.filter((profile) => sameShard(profile.run.shard, current.run.shard));
  const phases = current.phases.map((phase) => {
    const matching = baseline.map((profile) => profile.phases.find((candidate) => candidate.name === phase.name)).filter((candidate) => candidate !== void 0);
    const peak = compareMetric(
      phasePeak(phase),
      matching.map(phasePeak),
      thresholdFraction,
      method
    );
    const group = mainWorkerGroup(phase);
    let perWorker = null;
    if (group) {
      const baselineWorkers2 = matching.map(
        (candidate) => candidate.workerGroups.find((other) => other.name === group.name)?.peakRss.p90Bytes
      ).filter((value) => value !== void 0);
      perWorker = compareMetric(group.peakRss.p90Bytes, baselineWorkers2, thresholdFraction, method);
    }
    const verdicts = [peak.verdict, ...perWorker ? [perWorker.verdict] : []];
    const verdict = phase.oomKills > 0 ? "drift" : combine(verdicts);
    return {
      name: phase.name,
      peak,
      perWorker,
      workerName: group?.name ?? null,
      oomKills: phase.oomKills,
      verdict
    };
  });
  const workersOf = (profile) => profile.phases.find((phase) => phase.workersRecommended !== null)?.workersRecommended ?? null;
  const baselineWorkers = baseline.map(workersOf).filter((value) => value !== null);
  return {
    verdict: phases.length === 0 ? "no-baseline" : combine(phases.map((phase) => phase.verdict)),
    phases,
    baselineRuns: baseline.length,
    thresholdFraction,
    currentWorkers: workersOf(current),
    otherShardRuns: all.length - baseline.length,
    baselineWorkers: baselineWorkers.length > 0 ? Math.round(median2(baselineWorkers)) : null
  };
}

// src/report/comment.ts
import { createHash } from "node:crypto";
function markerFor(identity) {
  const key = createHash("sha256").update(JSON.stringify([identity.workflow ?? "", identity.job ?? "", identity.matrixKey ?? ""])).digest("hex");
  return `<!-- resource-planner:v1 key=${key} -->`;
}
function percent(fraction) {
  if (fraction === null) return "\u2014";
  const value = Math.round(fraction * 1e3) / 10;
  return `${value > 0 ? "+" : ""}${value}%`;
}
function name2(phase) {
  return `**${escapeMarkdownText(phase.name, 64)}**`;
}
function headlinePhase(report) {
  const change2 = (phase) => phase.peak.changeFraction ?? 0;
  const pick = (phases, score2) => phases.reduce(
    (best, phase) => best === null || score2(phase) > score2(best) ? phase : best,
    null
  );
  const drifted = report.phases.filter((phase) => phase.verdict === "drift");
  if (drifted.length > 0) return pick(drifted, (phase) => phase.oomKills * 1e3 + change2(phase));
  const improved = report.phases.filter((phase) => phase.verdict === "improvement");
  if (improved.length > 0) return pick(improved, (phase) => -change2(phase));
  return pick(
    report.phases.filter((phase) => phase.peak.baseline),
    (phase) => Math.abs(change2(phase))
  ) ?? report.phases[0] ?? null;
}
function limitText(limitBytes, currentBytes) {
  if (limitBytes === null || limitBytes <= 0) return "";
  return ` (limit ${formatBytes(limitBytes)}: this run used ${Math.round(currentBytes / limitBytes * 100)}% of it)`;
}
function change(metric) {
  if (!metric.baseline) return formatBytes(metric.currentBytes);
  const before = formatBytes(metric.baseline.medianBytes);
  const after = formatBytes(metric.currentBytes);
  if (before !== after || metric.baseline.medianBytes === metric.currentBytes)
    return `${before} \u2192 ${after}`;
  return `${precise(metric.baseline.medianBytes)} \u2192 ${precise(metric.currentBytes)}`;
}
function precise(bytes2) {
  return bytes2 >= GiB ? `${(bytes2 / GiB).toFixed(2)} GiB` : `${(bytes2 / MiB).toFixed(1)} MiB`;
}
function driftHeadline(report, limitBytes, resolved = false) {
  const phase = headlinePhase(report);
  if (report.verdict === "no-baseline" || phase === null || !phase.peak.baseline) {
    const peak = phase ? `: peak ${formatBytes(phase.peak.currentBytes)}${limitText(limitBytes, phase.peak.currentBytes)}` : "";
    return `\u2139\uFE0F **No baseline yet**${peak}. The base branch has no recorded runs to compare with.`;
  }
  const figures = `${change(phase.peak)} against the base branch${limitText(limitBytes, phase.peak.currentBytes)}`;
  const multi = report.phases.length > 1;
  switch (report.verdict) {
    case "drift":
      return phase.oomKills > 0 ? `\u26D4 **${phase.oomKills} OOM kill(s)** in ${name2(phase)}: peak ${figures}.` : `\u{1F53A} ${name2(phase)} **peak ${percent(phase.peak.changeFraction)}**: ${figures}.`;
    case "improvement":
      return `\u2705 ${name2(phase)} **peak ${percent(phase.peak.changeFraction)}**: ${figures}.`;
    default:
      return resolved ? `\u2705 **Memory drift resolved**: ${multi ? `${name2(phase)} ` : ""}peak ${percent(phase.peak.changeFraction)}, ${figures}, within the baseline's range.` : `\u2705 **No memory drift**: ${multi ? `${name2(phase)} ` : ""}peak ${percent(phase.peak.changeFraction)}, ${figures}.`;
  }
}
function nextStep(report, resolved = false) {
  const phase = headlinePhase(report);
  switch (report.verdict) {
    case "drift": {
      if (!phase) return "";
      if (phase.oomKills > 0)
        return `**What to do:** processes of ${name2(phase)} ran out of memory. Lower its parallelism (\`max-workers\`) or find what grew; merging would make the base branch fail the same way.`;
      const worker = phase.perWorker?.baseline && phase.workerName ? ` The ${escapeMarkdownText(phase.workerName, 40)} workers went ${change(phase.perWorker)} each (p90 of their peaks, ${percent(phase.perWorker.changeFraction)}).` : "";
      return `**What to do:** if the rise is expected (more tests, a bigger input, a new dependency), merge: the baseline follows the base branch. If not, look at what this pull request changed in ${name2(phase)}.${worker}`;
    }
    case "improvement":
      return "**What to do:** nothing; after the merge the baseline follows and the plan may allow more workers.";
    case "no-baseline":
      return "**What to do:** nothing yet. Comparisons start once runs on the base branch have recorded a profile (the action with `history: true` on pushes to it).";
    default:
      return resolved ? "**What to do:** nothing; the drift reported earlier on this pull request is gone." : "**What to do:** nothing.";
  }
}
function rangeText(minBytes, maxBytes) {
  const low = formatBytes(minBytes);
  const high = formatBytes(maxBytes);
  if (low !== high) return `${low}\u2013${high}`;
  if (minBytes === maxBytes) return `all ${low}`;
  return `${precise(minBytes)}\u2013${precise(maxBytes)}`;
}
function baselineLine(report) {
  const phase = headlinePhase(report);
  const stats = phase?.peak.baseline;
  if (!phase || !stats) return null;
  const spread = stats.medianBytes > 0 ? Math.round(stats.madBytes / stats.medianBytes * 100) : 0;
  const where = report.phases.length > 1 ? ` of ${name2(phase)}` : "";
  return `Baseline${where}: ${stats.n} run(s) of the base branch, peaks ${rangeText(stats.minBytes, stats.maxBytes)} (median ${formatBytes(stats.medianBytes)}, a typical run within \xB1${spread}% of it).`;
}
function methodText(report) {
  const threshold = Math.round(report.thresholdFraction * 100);
  const methods = new Set(report.phases.map((phase) => phase.peak.method));
  const parts = [];
  if (methods.has("robust"))
    parts.push(
      `With ${ROBUST_MIN_RUNS} or more baseline runs, a peak is drift when it lies far outside the runs' usual spread and at least ${threshold}% above their median. "Far outside": a modified z-score of the log peak above ${MODIFIED_Z_LIMIT} (0.6745 \xD7 distance from the median \xF7 the median absolute deviation, Iglewicz & Hoaglin).`
    );
  if (methods.has("max"))
    parts.push(
      `With fewer baseline runs, a peak is drift when it is more than ${threshold}% above the highest baseline peak.`
    );
  parts.push(
    "A fall past the same tests is an improvement; an OOM kill is always drift. Peak: the highest sum of the job\u2019s processes\u2019 RSS in one sample."
  );
  if (report.otherShardRuns > 0)
    parts.push(
      `${report.otherShardRuns} baseline run(s) of another shard or split were left out: a shard is compared with the same shard of the same split.`
    );
  return parts.join(" ");
}
var MARK = {
  drift: "\u{1F53A}",
  improvement: "\u{1F7E2}",
  ok: "",
  "no-baseline": ""
};
function phaseTable(report) {
  const rows = report.phases.map((phase) => [
    `${MARK[phase.verdict]} ${escapeTableCell(phase.name, 64)}`.trim(),
    phase.peak.baseline ? formatBytes(phase.peak.baseline.medianBytes) : "none",
    formatBytes(phase.peak.currentBytes),
    percent(phase.peak.changeFraction),
    phase.perWorker && phase.workerName ? `${escapeTableCell(phase.workerName, 40)}: ${change(phase.perWorker)}${phase.perWorker.baseline ? ` (${percent(phase.perWorker.changeFraction)})` : ""}` : "\u2014",
    phase.oomKills > 0 ? `**${phase.oomKills}**` : "0"
  ]);
  return table(
    [
      "Phase",
      "Baseline median peak",
      "This run",
      "Change",
      "Per worker (p90 of peaks)",
      "OOM kills"
    ],
    rows,
    ["left", "right", "right", "right", "left", "right"]
  );
}
function workersLine(report) {
  if (report.currentWorkers === null || report.baselineWorkers === null || report.currentWorkers === report.baselineWorkers)
    return null;
  return `Recommended workers: ${report.baselineWorkers} on the base branch \u2192 ${report.currentWorkers} here.`;
}
function comparisonChart(report) {
  const compared = report.phases.filter((phase) => phase.peak.baseline);
  if (compared.length === 0) return "";
  const room = Math.floor(BAR_MAX_SLOTS / 2);
  const shown = compared.length <= room ? compared : [...compared].sort(
    (a, b) => Math.abs(b.peak.changeFraction ?? 0) - Math.abs(a.peak.changeFraction ?? 0)
  ).slice(0, room);
  const chart = barChart({
    title: "Peak memory, baseline median vs this run",
    series: [
      { name: "baseline median", colour: "blue", short: "base" },
      { name: "this run", colour: "red", short: "now" }
    ],
    groups: shown.map((phase) => ({
      label: phase.name,
      values: [phase.peak.baseline?.medianBytes ?? 0, phase.peak.currentBytes]
    }))
  });
  const more = shown.length < compared.length ? `

<sub>The ${shown.length} phases that changed most, of ${compared.length}.</sub>` : "";
  return `${chart}${more}`;
}
function groupsTable(current) {
  const rows = current.phases.flatMap(
    (phase) => phase.workerGroups.slice(0, 10).map((group) => [
      escapeTableCell(phase.name, 64),
      escapeTableCell(group.name, 64),
      String(group.maxConcurrency),
      formatBytes(group.peakRss.p90Bytes),
      formatBytes(group.peakRss.maxBytes)
    ])
  );
  return rows.length > 0 ? table(["Phase", "Process", "At once", "Peak p90", "Peak max"], rows) : "";
}
function leadLines(report, limitBytes, resolved) {
  const lines = [driftHeadline(report, limitBytes, resolved), "", nextStep(report, resolved)];
  const baseline = report.verdict === "no-baseline" ? null : baselineLine(report);
  if (baseline) lines.push("", baseline);
  const workers = workersLine(report);
  if (workers) lines.push("", workers);
  return lines;
}
function renderDriftSummary(report, current) {
  const limit = current ? current.host.memoryLimitBytes : null;
  const shard2 = current ? shardLabel(current.run.shard) : null;
  const lines = [
    `### resource-planner: memory against the base branch${shard2 ? ` (${shard2})` : ""}`,
    "",
    ...leadLines(report, limit, false)
  ];
  if (report.phases.length > 0 && report.verdict !== "no-baseline") {
    lines.push("", phaseTable(report));
    const chart = comparisonChart(report);
    lines.push(
      "",
      details("Chart and method", [chart, methodText(report)].filter(Boolean).join("\n\n"))
    );
  }
  return `${lines.join("\n")}
`;
}
function renderDriftComment({
  report,
  current,
  identity,
  runUrl,
  resolved = false
}) {
  const marker = markerFor(identity);
  const shard2 = shardLabel(current.run.shard);
  const title = [
    [identity.workflow, identity.job].filter((part) => !!part).map((part) => escapeMarkdownText(part, 60)).join(" / "),
    ...shard2 ? [shard2] : []
  ].filter((part) => part !== "").join(" \xB7 ");
  const isResolved = resolved && report.verdict !== "drift";
  const head = [
    marker,
    `#### resource-planner${title ? ` \xB7 ${title}` : ""}`,
    "",
    ...leadLines(report, current.host.memoryLimitBytes, isResolved)
  ];
  const sections = [{ markdown: head.join("\n"), priority: 100 }];
  if (report.phases.length > 0 && report.verdict !== "no-baseline")
    sections.push({ markdown: phaseTable(report), priority: 80 });
  const parts = [
    { name: "chart", markdown: comparisonChart(report) },
    { name: "worker groups", markdown: groupsTable(current) },
    { name: "method", markdown: report.verdict === "no-baseline" ? "" : methodText(report) }
  ].filter((part) => part.markdown !== "");
  if (parts.length > 0) {
    const names = parts.map((part) => part.name);
    const title2 = `${names.slice(0, -1).join(", ")}${names.length > 1 ? " and " : ""}${names.at(-1) ?? ""}`;
    sections.push({
      markdown: details(
        title2.charAt(0).toUpperCase() + title2.slice(1),
        parts.map((part) => part.markdown).join("\n\n")
      ),
      priority: 30
    });
  }
  if (runUrl) sections.push({ markdown: `<sub>[This run](${runUrl})</sub>`, priority: 60 });
  return fitToLimit(sections, COMMENT_LIMIT_CHARACTERS, (text2) => text2.length);
}

// src/cli/compare.ts
function parseThresholdPercent(text2) {
  const match = /^(\d+(?:\.\d+)?)%$/.exec(text2.trim());
  if (!match) throw new InvalidArgumentError("Expected a percentage such as 10% or 12.5%.");
  return Number(match[1]) / 100;
}
var compareCommand = {
  name: "compare",
  declare(command) {
    command.summary("compare a profile with baseline profiles (drift)").description(
      "Test a run profile for memory drift against the profiles in a folder (e.g. filled by\n'gh run download'): prints the verdict, the summary and the pull-request comment."
    ).argument("<FILE>", "the run profile to test (JSON)").requiredOption("--baseline <DIR>", "folder of baseline run profiles").addOption(
      new Option("--threshold <PERCENT>", "smallest change of the peak that counts as drift").argParser(parseThresholdPercent).default(0.1, "10%")
    ).option("--fail-on-drift", "exit 1 when the verdict is drift");
  },
  async run(command, io) {
    const [file] = command.processedArgs;
    const options2 = command.opts();
    const current = parseProfile(
      readBoundedText(file, MAX_PROFILE_BYTES, { what: "a run profile" })
    );
    const history = loadBaseline(options2.baseline);
    for (const note of history.notes) io.stderr(`note: ${note}
`);
    const report = detectDrift({
      current,
      baseline: history.profiles.map((entry) => entry.profile),
      thresholdFraction: options2.threshold
    });
    io.stdout(`verdict: ${report.verdict}

`);
    io.stdout(renderDriftSummary(report));
    io.stdout("\n--- comment ---\n");
    io.stdout(
      `${renderDriftComment({ report, current, identity: { workflow: current.run.workflow, job: current.run.job, matrixKey: current.run.matrixKey }, runUrl: null })}
`
    );
    return options2.failOnDrift === true && report.verdict === "drift" ? 1 : 0;
  }
};
function loadBaseline(directory) {
  try {
    return loadHistoryFromDirectory(directory);
  } catch (error) {
    throw namedByOption(error, "--baseline", directory);
  }
}

// src/plan/exec.ts
var PLACEHOLDER = /\{([a-z][a-z0-9-]*)\}/g;
function substitutePlaceholders(args, values) {
  const known = {
    workers: String(values.workers),
    "node-heap-mb": String(values.nodeHeapMb)
  };
  return args.map(
    (arg) => arg.replace(PLACEHOLDER, (whole, name3) => {
      const value = known[name3];
      if (value === void 0)
        throw new InputError(
          "exec -- COMMAND",
          arg.length > 80 ? `${arg.slice(0, 80)}\u2026` : arg,
          `only the placeholders {workers} and {node-heap-mb} (found ${whole})`
        );
      return value;
    })
  );
}
var NEAR_LIMIT_SHARE2 = 0.9;
var SIGKILL_EXIT_STATUS = 128 + 9;
function oomVerdict(facts) {
  const counters = facts.samples.map((sample) => sample.oomKillCounter).filter((value) => value !== null);
  const rise = counters.length >= 2 ? Math.max(0, counters.at(-1) - counters[0]) : 0;
  const peaks = facts.samples.map(
    (sample) => Math.max(
      sample.treeRssBytes,
      (facts.cgroupBound ? sample.cgroupUsageBytes : sample.systemUsedBytes) ?? 0
    )
  );
  const peakBytes = peaks.length > 0 ? Math.max(...peaks) : null;
  if (rise > 0)
    return {
      outOfMemory: true,
      kills: rise,
      evidence: "oom-kill-counter",
      peakBytes,
      why: `the cgroup's oom_kill counter rose by ${rise}`
    };
  const sigkilled = facts.signal === "SIGKILL" || facts.exitCode === SIGKILL_EXIT_STATUS;
  const share2 = peakBytes === null ? 0 : peakBytes / facts.memoryLimitBytes;
  if (sigkilled && share2 >= NEAR_LIMIT_SHARE2)
    return {
      outOfMemory: true,
      kills: 1,
      evidence: "sigkill-near-limit",
      peakBytes,
      why: `killed by SIGKILL with memory at ${Math.round(share2 * 100)}% of the limit`
    };
  if (facts.heapLimitDeaths > 0)
    return {
      outOfMemory: true,
      kills: facts.heapLimitDeaths,
      evidence: "heap-limit",
      peakBytes,
      why: `${facts.heapLimitDeaths} Node process(es) stopped at the V8 heap limit ("JavaScript heap out of memory")`
    };
  return {
    outOfMemory: false,
    kills: 0,
    evidence: null,
    peakBytes,
    why: sigkilled ? `killed by SIGKILL, but memory stood at ${Math.round(share2 * 100)}% of the limit at most: not an OOM kill` : "no OOM kill"
  };
}
function retryWorkers(failedWorkers, ladder) {
  const proven = ladder?.proven ?? null;
  if (proven !== null && proven >= 1 && proven < failedWorkers && !ladder?.risen)
    return {
      workers: proven,
      why: `the largest count proven safe on this memory${ladder?.provenRunId != null ? ` (run ${ladder.provenRunId})` : ""}`
    };
  const half = Math.floor(failedWorkers / 2);
  if (half < 1) return null;
  return {
    workers: half,
    why: proven === null ? "half the count (no count is proven safe on this memory yet)" : ladder?.risen ? `half the count (memory per worker has risen since ${proven} was proven)` : `half the count (the proven ${proven} is not below it)`
  };
}

// src/cli/heap-watch.ts
import { existsSync, mkdtempSync, readdirSync as readdirSync3, readFileSync as readFileSync3, rmSync, statSync as statSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { dirname as dirname3, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";

// src/profile/node-report.ts
var MAX_NODE_REPORT_BYTES = 1024 * 1024;
var HEAP_LIMIT_EVENT = /JavaScript heap out of memory/i;
var REPORT_FILE_NAME = /^report\.\d{8}\.\d{6}\.(\d{1,10})\.\d+\.\d+\.json$/;
function parseNodeReport(text2, fileName) {
  let value;
  try {
    value = JSON.parse(text2);
  } catch {
    return headerOfTruncated(text2) ?? fromFileName(fileName);
  }
  const header = typeof value === "object" && value !== null ? value.header : void 0;
  if (typeof header !== "object" || header === null) return null;
  const { processId, event, trigger } = header;
  return reportOf(processId, event, trigger);
}
function reportOf(processId, event, trigger) {
  if (typeof processId !== "number" || !Number.isInteger(processId) || processId <= 0) return null;
  const heapLimit = trigger === "OOMError" || typeof event === "string" && HEAP_LIMIT_EVENT.test(event);
  return { pid: processId, heapLimit, cutShort: false };
}
function fromFileName(fileName) {
  const pid = Number(REPORT_FILE_NAME.exec(fileName ?? "")?.[1]);
  return Number.isInteger(pid) && pid > 0 ? { pid, heapLimit: true, cutShort: true } : null;
}
var HEADER_SCAN_CHARACTERS = 16 * 1024;
function headerOfTruncated(text2) {
  const start = /^\s*\{\s*"header"\s*:\s*\{/.exec(text2);
  if (!start) return null;
  let header = text2.slice(start[0].length, HEADER_SCAN_CHARACTERS);
  const end = header.search(/\}\s*,\s*"javascriptStack"\s*:/);
  if (end >= 0) header = header.slice(0, end);
  const field = (name3, pattern) => {
    const match = new RegExp(`"${name3}"\\s*:\\s*(${pattern})`).exec(header);
    if (!match) return void 0;
    try {
      return JSON.parse(match[1]);
    } catch {
      return void 0;
    }
  };
  const string = '"(?:[^"\\\\]|\\\\.)*"';
  const [event, trigger] = [field("event", string), field("trigger", string)];
  const report = reportOf(field("processId", "\\d{1,10}"), event, trigger);
  if (report && event === void 0 && trigger === void 0)
    return { ...report, heapLimit: true, cutShort: true };
  return report && { ...report, cutShort: true };
}

// src/cli/heap-watch.ts
var MAX_REPORTS = 256;
var HEAP_REPORTS_VARIABLE = "RESOURCE_PLANNER_HEAP_REPORTS";
function defaultPreloadPath() {
  return join2(dirname3(fileURLToPath(import.meta.url)), "heap-watch-preload.cjs");
}
function startHeapWatch(preload = defaultPreloadPath()) {
  const quoted = preload.replaceAll("\\", "/");
  if (quoted.includes('"') || !existsSync(preload)) return null;
  let directory;
  try {
    directory = mkdtempSync(join2(tmpdir(), "resource-planner-heap-"));
  } catch {
    return null;
  }
  return {
    nodeOption: `--require "${quoted}"`,
    variables: { [HEAP_REPORTS_VARIABLE]: directory },
    collect() {
      const pids = [];
      let names;
      try {
        names = readdirSync3(directory).filter((name3) => /^report\..*\.json$/.test(name3));
      } catch {
        return pids;
      }
      for (const name3 of names.slice(0, MAX_REPORTS)) {
        const path = join2(directory, name3);
        try {
          if (statSync2(path).size <= MAX_NODE_REPORT_BYTES) {
            const report = parseNodeReport(readFileSync3(path, "utf8"), name3);
            if (report?.heapLimit) pids.push(report.pid);
          }
        } catch {
        }
        rmSync(path, { force: true });
      }
      for (const name3 of names.slice(MAX_REPORTS)) rmSync(join2(directory, name3), { force: true });
      return pids;
    },
    close() {
      rmSync(directory, { recursive: true, force: true });
    }
  };
}

// src/cli/main.ts
var USAGE_EXIT = 2;
var HELP_WIDTH = 100;
async function runCli(argv, deps) {
  const { io } = deps;
  let status = 0;
  const program2 = new Command("resource-planner");
  configure(program2, io, "resource-planner");
  program2.description("Measure CI memory and CPUs, learn from earlier runs, recommend safe parallelism.").version(deps.version, "--version", "print the version").helpOption("-h, --help", "show help (also: resource-planner COMMAND --help)").helpCommand(false).enablePositionalOptions().on("command:*", (operands) => unknownCommand(program2, operands[0] ?? ""));
  for (const command of deps.commands) {
    const sub = program2.command(command.name).helpOption("-h, --help", "show this help");
    configure(sub, io, `resource-planner ${command.name}`);
    command.declare(sub);
    sub.action(async () => {
      try {
        status = await command.run(sub, io);
      } catch (error) {
        status = failed(asUsageMistake(error, sub), io);
      }
    });
  }
  program2.command("version").description("print the version").action(() => io.stdout(`${deps.version}
`));
  program2.command("help").description("show help for a command").argument("[command]").action((name3) => {
    if (name3 === void 0) return program2.outputHelp();
    const command = program2.commands.find((candidate) => candidate.name() === name3);
    if (!command) unknownCommand(program2, name3);
    else command.outputHelp();
  });
  try {
    await program2.parseAsync(argv, { from: "user" });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : USAGE_EXIT;
    return failed(error, io);
  }
}
function failed(error, io) {
  io.stderr(`${errorLine(error)}
`);
  return error instanceof InputError || error instanceof TypeError ? USAGE_EXIT : 1;
}
function asUsageMistake(error, command) {
  if (!(error instanceof InputError)) return error;
  const hint = ` (see resource-planner ${command.name()} --help)`;
  const standard2 = error.message === new InputError(error.input, error.value, error.expected).message;
  const option = command.options.find(
    (candidate) => candidate.long === `--${error.input}` || candidate.long === error.input
  );
  if (!option || !standard2)
    return new InputError(error.input, error.value, error.expected, error.message + hint);
  return new InputError(
    error.input,
    error.value,
    error.expected,
    `option '${option.flags}' argument ${JSON.stringify(error.value)} is invalid. Expected ${error.expected}.${hint}`
  );
}
function unknownCommand(program2, name3) {
  program2.error(`unknown command ${quoteUntrusted(name3, 60)} (see resource-planner --help)`, {
    code: "commander.unknownCommand",
    exitCode: USAGE_EXIT
  });
}
function configure(command, io, usedAs) {
  command.exitOverride().showSuggestionAfterError(true).configureOutput({
    writeOut: (text2) => io.stdout(text2),
    writeErr: (text2) => io.stderr(text2),
    getOutHelpWidth: () => HELP_WIDTH,
    getErrHelpWidth: () => HELP_WIDTH,
    getOutHasColors: () => false,
    getErrHasColors: () => false,
    outputError: (text2, write) => {
      const message = text2.replace(/^error: /, "").replace(/\n$/, "");
      const hint = / \(see resource-planner[^)]*\)$/.test(message) ? "" : ` (see ${usedAs} --help)`;
      write(`${errorLine(message + hint)}
`);
    }
  });
}
var ERROR_MAX_LENGTH = 300;
function errorLine(error) {
  return `resource-planner: ${inertText(errorMessage(error), { fold: true, maxLength: ERROR_MAX_LENGTH })}`;
}

// src/plan/schedule.ts
function heldBytes(task) {
  return task.unsharedBytes ?? task.rssBytes;
}
var PRESSURE_THRESHOLD_PERCENT = 10;
var MIN_FLOOR_BYTES = 64 * MiB;
var FLOOR_SHARE = 0.05;
var LEARNED_PEAK_MARGIN = 1.15;
var OOM_PEAK_MARGIN = 1.2;
function defaultFloorBytes(limitBytes) {
  return Math.max(MIN_FLOOR_BYTES, Math.round(limitBytes * FLOOR_SHARE));
}
function growthBytes(tasks) {
  return tasks.reduce(
    (sum, task) => sum + Math.max(0, task.predictedPeakBytes - heldBytes(task)),
    0
  );
}
var WAITING_FOR_SLOT = "every CPU slot is taken";
var newestFirst = (a, b) => b.startedMs - a.startedMs || b.id - a.id;
function decide(input) {
  const { pending, running: running2, reading, policy } = input;
  const none = { start: [], suspend: null, resume: null, waiting: null };
  const active = running2.filter((task) => !task.stopped);
  const stopped = running2.filter((task) => task.stopped);
  const available = reading.availableBytes;
  const floor = policy.floorBytes;
  const pressure = reading.pressureSomeAvg10 !== null && reading.pressureSomeAvg10 >= policy.pressureThreshold;
  if (available < floor / 2 && active.length >= 2) {
    const newest = [...active].sort(newestFirst)[0];
    return {
      ...none,
      suspend: newest.id,
      waiting: "memory is short: the newest task is suspended"
    };
  }
  if (stopped.length > 0) {
    const oldest = [...stopped].sort(newestFirst).at(-1);
    const room = available - growthBytes(active) - floor;
    const fits = available >= 2 * floor && !pressure && room >= Math.max(0, oldest.predictedPeakBytes - heldBytes(oldest));
    if (active.length === 0 || fits) return { ...none, resume: oldest.id };
    return { ...none, waiting: "a suspended task waits for memory" };
  }
  if (!input.startsAllowed || pending.length === 0) return none;
  if (running2.some((task) => task.alone))
    return { ...none, waiting: "a task that was OOM-killed runs alone" };
  if (pressure && running2.length > 0)
    return {
      ...none,
      waiting: `memory pressure (PSI some avg10 ${reading.pressureSomeAvg10?.toFixed(1)}% \u2265 ${policy.pressureThreshold}%)`
    };
  let free = available - growthBytes(active) - floor;
  let slots = policy.slots - active.length;
  const start = [];
  let waiting = null;
  let rest = pending;
  if (running2.length === 0) {
    const first = pending[0];
    const share2 = Math.floor(Math.max(0, free) / Math.max(1, slots));
    start.push({ id: first.id, budgetBytes: Math.max(first.predictedPeakBytes, share2) });
    free -= first.predictedPeakBytes;
    slots--;
    if (first.alone || pressure) return { ...none, start };
    rest = pending.slice(1);
  }
  for (const task of rest) {
    if (slots <= 0) {
      waiting ??= WAITING_FOR_SLOT;
      break;
    }
    if (task.alone) {
      waiting ??= "a task that was OOM-killed waits to run alone";
      break;
    }
    if (task.predictedPeakBytes > free) {
      waiting ??= "the predicted peak of the next task does not fit the memory left";
      continue;
    }
    start.push({
      id: task.id,
      budgetBytes: Math.max(task.predictedPeakBytes, Math.floor(free / slots))
    });
    free -= task.predictedPeakBytes;
    slots--;
  }
  return { ...none, start, waiting: start.length > 0 ? null : waiting };
}
async function runSchedule(options2, adapter) {
  const pending = options2.tasks.map((task) => ({ ...task }));
  const running2 = /* @__PURE__ */ new Map();
  const outcomes = new Map(
    options2.tasks.map((task) => [
      task.id,
      {
        id: task.id,
        name: task.name,
        status: "not-run",
        exitStatus: null,
        runs: [],
        peakBytes: 0,
        peakUnsharedBytes: null,
        predictedPeakBytes: task.predictedPeakBytes,
        learned: task.learned
      }
    ])
  );
  const result = {
    tasks: [],
    haltedBy: null,
    interrupted: null,
    suspensions: 0,
    maxRunning: 0
  };
  let failures = 0;
  let startsAllowed = true;
  let stopping = null;
  let lastWaiting = null;
  const label = (id) => `task ${id} (${outcomes.get(id)?.name ?? "?"})`;
  const plannedAtStart = new Map(options2.tasks.map((task) => [task.id, task.predictedPeakBytes]));
  const highestRunPeak = /* @__PURE__ */ new Map();
  const learnWithinRun = (program2, peakBytes) => {
    if (peakBytes <= (highestRunPeak.get(program2) ?? 0)) return;
    highestRunPeak.set(program2, peakBytes);
    const estimate = Math.round(peakBytes * LEARNED_PEAK_MARGIN);
    let lowered = 0;
    for (const task of pending) {
      if (task.learned || task.alone || programOf(task.name) !== program2) continue;
      const planned = Math.min(plannedAtStart.get(task.id) ?? estimate, estimate);
      if (planned < task.predictedPeakBytes) lowered++;
      task.predictedPeakBytes = planned;
    }
    if (lowered > 0)
      adapter.log(
        `${lowered} ${program2} task(s) without a learned peak now planned at ${Math.round(estimate / MiB)} MiB: the highest peak a ${program2} task of this run reached, +15%.`
      );
  };
  const stopAll = (signal) => {
    startsAllowed = false;
    pending.length = 0;
    stopping = { signal, sinceMs: adapter.now(), killed: false };
    for (const task of running2.values()) {
      if (task.stopped) adapter.signal(task.id, "SIGCONT");
      task.stopped = false;
      adapter.signal(task.id, signal);
    }
  };
  const ended = (end) => {
    const task = running2.get(end.id);
    const outcome = outcomes.get(end.id);
    if (!task || !outcome) return;
    running2.delete(end.id);
    const now = adapter.now();
    outcome.runs.push({
      startedMs: task.startedMs,
      durationMs: Math.max(0, now - task.startedMs),
      peakBytes: task.peakBytes,
      peakUnsharedBytes: task.peakUnsharedBytes,
      exitStatus: end.exitStatus,
      oomKilled: end.oomKilled
    });
    outcome.peakBytes = Math.max(outcome.peakBytes, task.peakBytes);
    outcome.peakUnsharedBytes = maxOfKnown(outcome.peakUnsharedBytes, task.peakUnsharedBytes);
    outcome.exitStatus = end.exitStatus;
    if (!end.notStarted && stopping === null)
      learnWithinRun(programOf(task.name), task.peakUnsharedBytes ?? task.peakBytes);
    if (end.notStarted) outcome.status = "not-started";
    else if (end.exitStatus === 0) outcome.status = "ok";
    else if (stopping !== null) outcome.status = "stopped";
    else if (end.oomKilled && outcome.runs.length === 1 && startsAllowed) {
      const predicted = Math.max(
        task.predictedPeakBytes,
        Math.round((task.peakUnsharedBytes ?? task.peakBytes) * OOM_PEAK_MARGIN)
      );
      pending.unshift({
        id: task.id,
        name: task.name,
        learned: task.learned,
        alone: true,
        predictedPeakBytes: predicted
      });
      outcome.status = "not-run";
      adapter.log(`${label(end.id)} was OOM-killed; it runs again alone.`);
      return;
    } else outcome.status = end.oomKilled ? "oom-killed" : "failed";
    if (outcome.status === "ok" || outcome.status === "stopped") return;
    failures++;
    adapter.log(
      `${label(end.id)} ${end.notStarted ? "could not start" : end.oomKilled ? "was OOM-killed" : "failed"} (exit status ${end.exitStatus}).`
    );
    const halt = options2.halt;
    if (halt.when === "never" || failures < halt.failures || result.haltedBy !== null) return;
    result.haltedBy = { id: end.id, exitStatus: end.exitStatus };
    if (halt.when === "now") {
      adapter.log(`--halt now: stopping the ${running2.size} running task(s).`);
      stopAll("SIGTERM");
    } else {
      adapter.log(`--halt soon: no new task starts; waiting for the ${running2.size} running.`);
      startsAllowed = false;
      pending.length = 0;
    }
  };
  for (; ; ) {
    for (const end of adapter.ended()) ended(end);
    const signal = adapter.interrupted();
    if (signal !== null && result.interrupted === null) {
      result.interrupted = signal;
      adapter.log(`${signal}: stopping the ${running2.size} running task(s); the report follows.`);
      stopAll(signal);
    }
    const stop = stopping;
    if (stop !== null && !stop.killed && adapter.now() - stop.sinceMs >= options2.killAfterMs) {
      stop.killed = true;
      for (const task of running2.values()) adapter.signal(task.id, "SIGKILL");
    }
    if (running2.size === 0 && (pending.length === 0 || !startsAllowed)) break;
    const reading = adapter.read();
    for (const task of running2.values()) {
      task.rssBytes = reading.taskRssBytes.get(task.id) ?? task.rssBytes;
      task.peakBytes = Math.max(task.peakBytes, task.rssBytes);
      task.unsharedBytes = reading.taskUnsharedBytes.get(task.id) ?? task.unsharedBytes;
      task.peakUnsharedBytes = maxOfKnown(task.peakUnsharedBytes, task.unsharedBytes);
    }
    if (stop === null) {
      const decision = decide({
        pending,
        running: [...running2.values()],
        reading,
        policy: options2.policy,
        startsAllowed
      });
      if (decision.suspend !== null) {
        const task = running2.get(decision.suspend);
        task.stopped = true;
        result.suspensions++;
        adapter.signal(task.id, "SIGSTOP");
        adapter.log(
          `${label(task.id)} suspended (SIGSTOP): ${Math.round(reading.availableBytes / MiB)} MiB available, under ${Math.round(options2.policy.floorBytes / 2 / MiB)} MiB.`
        );
      }
      if (decision.resume !== null) {
        const task = running2.get(decision.resume);
        task.stopped = false;
        adapter.signal(task.id, "SIGCONT");
        adapter.log(`${label(task.id)} resumed (SIGCONT).`);
      }
      for (const { id, budgetBytes } of decision.start) {
        const index = pending.findIndex((task2) => task2.id === id);
        const [queued] = pending.splice(index, 1);
        const task = {
          ...queued,
          startedMs: adapter.now(),
          budgetBytes,
          rssBytes: 0,
          unsharedBytes: null,
          stopped: false,
          peakBytes: 0,
          peakUnsharedBytes: null
        };
        running2.set(id, task);
        adapter.start(task);
      }
      result.maxRunning = Math.max(result.maxRunning, running2.size);
      if (decision.waiting !== lastWaiting && decision.waiting !== null && decision.waiting !== WAITING_FOR_SLOT)
        adapter.log(`waiting: ${decision.waiting}.`);
      lastWaiting = decision.waiting;
    }
    await adapter.wait(options2.tickMs);
  }
  result.tasks = [...outcomes.values()].sort((a, b) => a.id - b.id);
  return result;
}
var MAX_FAILED_STATUS = 101;
function scheduleExitStatus(result, signalNumber) {
  if (result.interrupted !== null) return 128 + signalNumber(result.interrupted);
  if (result.haltedBy !== null) return result.haltedBy.exitStatus;
  const failed2 = result.tasks.filter(
    (task) => ["failed", "oom-killed", "not-started"].includes(task.status)
  ).length;
  return Math.min(failed2, MAX_FAILED_STATUS);
}
function parseHalt(text2) {
  const trimmed = text2.trim();
  if (trimmed === "never") return { when: "never" };
  const match = /^(soon|now),fail=([1-9]\d{0,5})$/.exec(trimmed);
  if (!match) return null;
  return { when: match[1], failures: Number(match[2]) };
}
function programOf(name3) {
  const hash = name3.lastIndexOf("#");
  return hash < 0 ? name3 : name3.slice(0, hash);
}
function maxOfKnown(a, b) {
  if (a === null) return b;
  return b === null ? a : Math.max(a, b);
}
function learnedPeaks(history) {
  const highest = /* @__PURE__ */ new Map();
  for (const { name: name3, peakBytes, peakUnsharedBytes } of history) {
    const peak = peakUnsharedBytes ?? peakBytes;
    if (peak > 0) highest.set(name3, Math.max(highest.get(name3) ?? 0, peak));
  }
  return new Map(
    [...highest].map(([name3, peak]) => [name3, Math.round(peak * LEARNED_PEAK_MARGIN)])
  );
}

// src/cli/tasks.ts
import { spawn as spawn2 } from "node:child_process";
import { readFileSync as readFileSync4, readSync as readSync4, writeFileSync as writeFileSync2 } from "node:fs";
import { constants as constants3 } from "node:os";

// src/plan/tasks.ts
import { createHash as createHash2 } from "node:crypto";
var MAX_TASKS = 1e4;
var MAX_TASK_LINE = 65536;
var SHELL_WORDS = /* @__PURE__ */ new Set(["|", "||", "&", "&&", ";", "<", ">", ">>"]);
function at(source, line) {
  return `${source}, line ${line}`;
}
function splitTaskLine(text2, source, line) {
  const where = at(source, line);
  if (text2.length > MAX_TASK_LINE)
    throw new InputError(
      where,
      `${text2.slice(0, 40)}\u2026`,
      `a line of at most ${MAX_TASK_LINE} characters`
    );
  if (text2.includes("\0"))
    throw new InputError(where, text2.slice(0, 80), "a line without NUL characters");
  const words = [];
  let word = "";
  let inWord = false;
  let quotedWord = false;
  for (let index = 0; index < text2.length; index++) {
    const character = text2[index];
    if (character === " " || character === "	") {
      if (inWord) {
        words.push(word);
        if (!quotedWord && SHELL_WORDS.has(word)) shellSyntax(where, word);
      }
      word = "";
      inWord = false;
      quotedWord = false;
      continue;
    }
    if (!inWord && words.length === 0 && character === "#") return null;
    inWord = true;
    if (character === "\\") {
      index++;
      word += index < text2.length ? text2[index] : "\\";
      quotedWord = true;
    } else if (character === "'" || character === '"') {
      const end = closingQuote(text2, index, character);
      if (end < 0)
        throw new InputError(
          where,
          text2.slice(0, 80),
          `a closing ${character} for the one at column ${index + 1}`
        );
      const inner = text2.slice(index + 1, end);
      word += character === '"' ? inner.replace(/\\(["\\])/g, "$1") : inner;
      quotedWord = true;
      index = end;
    } else word += character;
  }
  if (inWord) {
    if (!quotedWord && SHELL_WORDS.has(word)) shellSyntax(where, word);
    words.push(word);
  }
  return words.length === 0 ? null : words;
}
function shellSyntax(where, word) {
  throw new InputError(
    where,
    word,
    "words without shell syntax (tasks run without a shell: quote it, or write sh -c '...')"
  );
}
function closingQuote(text2, open, quote) {
  for (let index = open + 1; index < text2.length; index++) {
    if (quote === '"' && text2[index] === "\\") index++;
    else if (text2[index] === quote) return index;
  }
  return -1;
}
function parseTaskList(text2, source) {
  const tasks = [];
  const lines = text2.split("\n");
  for (let line = 0; line < lines.length; line++) {
    const argv = splitTaskLine(lines[line].replace(/\r$/, ""), source, line + 1);
    if (argv === null) continue;
    if (tasks.length === MAX_TASKS)
      throw new InputError(source, `${lines.length} lines`, `at most ${MAX_TASKS} tasks`);
    tasks.push({ index: tasks.length + 1, argv, name: taskName(argv) });
  }
  if (tasks.length === 0)
    throw new InputError(
      source,
      "",
      "at least one task: one command per line (blank and # lines are skipped)"
    );
  return tasks;
}
var EACH_PLACEHOLDER = "{}";
var OTHER_PLACEHOLDER = /\{[a-z#./][a-z0-9-]*\}/;
function eachTasks(values, template) {
  if (values.length === 0)
    throw new InputError("--each", "", "at least one value: exec --each A B C -- CMD {}");
  if (values.length > MAX_TASKS)
    throw new InputError("--each", `${values.length} values`, `at most ${MAX_TASKS} values`);
  if (template.length === 0)
    throw new InputError(
      "--each",
      values.join(" ").slice(0, 80),
      "a command after --: exec --each A B -- CMD {}"
    );
  for (const arg of template) {
    const other = OTHER_PLACEHOLDER.exec(arg);
    if (other)
      throw new InputError(
        "exec --each ... -- COMMAND",
        arg.length > 80 ? `${arg.slice(0, 80)}\u2026` : arg,
        `only the placeholder {} (found ${other[0]})`
      );
  }
  const substitutes = template.some((arg) => arg.includes(EACH_PLACEHOLDER));
  return values.map((value, index) => {
    const argv = substitutes ? template.map((arg) => arg.split(EACH_PLACEHOLDER).join(value)) : [...template, value];
    return { index: index + 1, argv, name: taskName(argv) };
  });
}
var HASH_HEX_DIGITS = 12;
function taskName(argv) {
  const file = argv[0] ?? "";
  const base = (file.split("/").pop() ?? "").replace(/[^A-Za-z0-9._+-]/g, "_").slice(0, 64) || "_";
  const hash = createHash2("sha256").update(argv.join("\0")).digest("hex").slice(0, HASH_HEX_DIGITS);
  return `${base}#${hash}`;
}

// src/cli/tasks.ts
var MAX_TASK_LIST_BYTES = 4 * 1024 * 1024;
var KILL_AFTER_MS = 5e3;
var TASK_OOM_SCORE_ADJ = "500";
var STATUS_EVERY_MS2 = 500;
var STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
function readTasks(source) {
  if ("each" in source) return eachTasks(source.each, source.command);
  if (source.file === "-") return parseTaskList(readStdin(MAX_TASK_LIST_BYTES), "--tasks -");
  const text2 = readBoundedText(source.file, MAX_TASK_LIST_BYTES, { what: "a task list" });
  return parseTaskList(text2, `--tasks ${source.file}`);
}
function readStdin(maxBytes) {
  const chunks = [];
  let total = 0;
  const buffer = Buffer.alloc(64 * 1024);
  for (; ; ) {
    let read;
    try {
      read = readSync4(0, buffer, 0, buffer.length, null);
    } catch (error) {
      if (error.code === "EAGAIN") continue;
      if (error.code === "EOF") break;
      throw error;
    }
    if (read === 0) break;
    total += read;
    if (total > maxBytes)
      throw new InputError(
        "--tasks -",
        `${total} bytes`,
        `a task list of at most ${maxBytes} bytes`
      );
    chunks.push(Buffer.from(buffer.subarray(0, read)));
  }
  return Buffer.concat(chunks).toString("utf8");
}
function taskIds(tasks) {
  const ids = tasks.map((task) => task.id);
  return ids.length <= 8 ? ids.join(", ") : `${ids.slice(0, 3).join(", ")} and ${ids.length - 3} more`;
}
function historyPeaks(directory, notes) {
  if (directory === null) return /* @__PURE__ */ new Map();
  try {
    const history = loadHistoryFromDirectory(directory);
    return learnedPeaks(
      history.profiles.flatMap(
        ({ profile }) => (profile.tasks ?? []).map(({ name: name3, peakBytes, peakUnsharedBytes }) => ({
          name: name3,
          peakBytes,
          peakUnsharedBytes
        }))
      )
    );
  } catch (error) {
    notes.push(`No task peaks learned from history: ${errorMessage(error)}`);
    return /* @__PURE__ */ new Map();
  }
}
async function runTasks(tasks, planned, options2, io) {
  const { capacity, plan: plan2, inputs } = planned;
  const say = (line) => io.stderr(`resource-planner exec: ${line}
`);
  const notes = [];
  const peaks = historyPeaks(options2.history ?? (io.env[HISTORY_DIR_VARIABLE] || null), notes);
  const nested = parseNestedBudget(io.env[BUDGET_VARIABLE], io.env[CPUS_VARIABLE]);
  const queued = tasks.map((task) => {
    const learned = peaks.get(task.name);
    return {
      id: task.index,
      name: task.name,
      predictedPeakBytes: learned ?? plan2.perWorkerBytes,
      learned: learned !== void 0,
      alone: false
    };
  });
  const slots = plan2.limitedBy === "override" || inputs.plan.forcedWorkers !== null ? plan2.workers : Math.min(plan2.cpuBound, inputs.plan.maxWorkers ?? Infinity);
  const floorBytes = defaultFloorBytes(capacity.memoryLimitBytes);
  const learnedCount = queued.filter((task) => task.learned).length;
  say(
    `${tasks.length} task(s), up to ${slots} at once as memory allows (floor ${formatBytes(floorBytes)}); ${learnedCount} with a peak learned from history, the others planned at ${formatBytes(plan2.perWorkerBytes)}.`
  );
  const holds = `the ${formatBytes(capacity.memoryLimitBytes)} ${nested?.memoryBytes != null ? `budget (${BUDGET_VARIABLE})` : "memory limit"} holds beside the floor`;
  const tooBig = queued.filter(
    (task) => task.predictedPeakBytes > capacity.memoryLimitBytes - floorBytes
  );
  for (const task of tooBig.filter((item) => item.learned))
    notes.push(
      `Task ${task.id} (${task.name}) is predicted at ${formatBytes(task.predictedPeakBytes)}, more than ${holds}: it runs alone.`
    );
  const unlearned = tooBig.filter((item) => !item.learned);
  if (unlearned.length > 0)
    notes.push(
      `${unlearned.length} task(s) without history (${taskIds(unlearned)}) were planned at ${formatBytes(plan2.perWorkerBytes)}, more than ${holds}: such a task starts only alone until a task of its program has ended in this run and shown what they take.`
    );
  const heapWatch = options2.heapReports ? startHeapWatch() : null;
  const recording = startRecording({
    capacity,
    intervalMs: options2.intervalMs,
    io,
    jobName: options2.jobName,
    heapWatch,
    unshared: true,
    shard: inputs.shard
  });
  recording.mark(inputs.profile, slots);
  const adapter = taskAdapter({
    tasks,
    capacity,
    recording,
    io,
    say,
    nestedBytes: nested?.memoryBytes ?? null,
    cpusEach: Math.max(1, Math.floor(capacity.cpus / slots)),
    heapWatch
  });
  const markedMs = adapter.now();
  let result;
  try {
    result = await runSchedule(
      {
        tasks: queued,
        policy: { slots, floorBytes, pressureThreshold: PRESSURE_THRESHOLD_PERCENT },
        halt: options2.halt,
        tickMs: options2.intervalMs,
        killAfterMs: KILL_AFTER_MS
      },
      adapter
    );
  } finally {
    adapter.close();
  }
  const status = scheduleExitStatus(result, (signal) => constants3.signals[signal] ?? 0);
  notes.push(...resultNotes(result, options2.halt));
  const finished = recording.finish(status);
  const phaseStartMs = finished.phases[0]?.startMs ?? 0;
  const onProfileClock = (ms2) => Math.max(0, Math.round(phaseStartMs + ms2 - markedMs));
  const profileTasks = result.tasks.map((task) => {
    const first = task.runs[0];
    const last = task.runs.at(-1);
    return {
      name: task.name,
      status: task.status,
      exitStatus: task.exitStatus,
      runs: task.runs.length,
      durationMs: Math.round(last?.durationMs ?? 0),
      peakBytes: task.peakBytes,
      peakUnsharedBytes: task.peakUnsharedBytes,
      startMs: first ? onProfileClock(first.startedMs) : null,
      endMs: last ? onProfileClock(last.startedMs + last.durationMs) : null
    };
  });
  const profile = { ...finished, tasks: profileTasks };
  writeProfile(options2.out, profile);
  await printReport(profile, io, options2.flags, { budget: inputs.plan, notes });
  return status;
}
function resultNotes(result, halt) {
  const notes = [];
  const requeued = result.tasks.filter(
    (task) => task.runs.some((run2) => run2.oomKilled) && task.runs.length > 1
  );
  if (requeued.length > 0)
    notes.push(
      `${requeued.length} task(s) OOM-killed beside others ran again alone: ${requeued.map((task) => `${task.id} (${task.status === "ok" ? "then finished" : task.status})`).join(", ")}.`
    );
  if (result.suspensions > 0)
    notes.push(
      `Tasks were suspended ${result.suspensions} time(s) while memory was short, and resumed.`
    );
  if (result.haltedBy !== null)
    notes.push(
      `--halt ${halt.when === "never" ? "never" : `${halt.when},fail=${halt.failures}`}: task ${result.haltedBy.id} failed (exit status ${result.haltedBy.exitStatus}) and stopped the run.`
    );
  if (result.interrupted !== null)
    notes.push(`${result.interrupted} stopped the run; every task that ran is in this report.`);
  const notRun = result.tasks.filter((task) => task.status === "not-run").length;
  if (notRun > 0) notes.push(`${notRun} task(s) never ran.`);
  return notes;
}
function taskAdapter(options2) {
  const { capacity, recording, io } = options2;
  const argvOf = new Map(options2.tasks.map((task) => [task.index, task.argv]));
  const children = /* @__PURE__ */ new Map();
  const ends = [];
  const owner = /* @__PURE__ */ new Map();
  const rootPids = /* @__PURE__ */ new Map();
  let lastOom = null;
  let lastAvailable = capacity.memoryAvailableBytes;
  let pressure = null;
  let finishedRuns = 0;
  const suspended = /* @__PURE__ */ new Set();
  let drawnMs = -Infinity;
  const drawStatus = () => {
    const nowMs = Number(process.hrtime.bigint() / 1000000n);
    if (!io.status || nowMs - drawnMs < STATUS_EVERY_MS2) return;
    drawnMs = nowMs;
    io.status(
      `resource-planner: ${finishedRuns} run(s) ended of ${options2.tasks.length} task(s) \xB7 ${children.size} running${suspended.size > 0 ? ` (${suspended.size} suspended)` : ""} \xB7 ${formatBytes(lastAvailable)} available`
    );
  };
  let wake = null;
  let stopSignal = null;
  const poke = () => {
    wake?.();
    wake = null;
  };
  const onSignal = (signal) => {
    stopSignal ??= signal;
    poke();
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  const cgroupLimit = capacity.cgroup?.memoryLimitBytes ?? null;
  const sample = () => {
    const rss = /* @__PURE__ */ new Map();
    const unshared = /* @__PURE__ */ new Map();
    let treeBytes = 0;
    let last = null;
    for (const line of recording.tick()) {
      if (line.k === "proc") {
        const task = rootPids.get(line.pid) ?? (line.parent === null ? void 0 : owner.get(line.parent));
        if (task !== void 0) owner.set(line.id, task);
      } else if (line.k === "s") {
        last = line;
        for (const [id, bytes2, unsharedBytes] of line.p) {
          treeBytes += bytes2;
          const task = owner.get(id);
          if (task === void 0) continue;
          rss.set(task, (rss.get(task) ?? 0) + bytes2);
          unshared.set(task, (unshared.get(task) ?? 0) + (unsharedBytes ?? bytes2));
        }
      }
    }
    if (last !== null) {
      lastOom = last.oom ?? lastOom;
      const candidates = [
        last.sys === null ? null : capacity.hostMemoryTotalBytes - last.sys,
        cgroupLimit === null || last.cg === null ? null : cgroupLimit - last.cg,
        options2.nestedBytes === null ? null : options2.nestedBytes - treeBytes
      ].filter((value) => value !== null);
      if (candidates.length > 0) lastAvailable = Math.max(0, Math.min(...candidates));
      pressure = last.psi ?? systemPressure();
    }
    return { taskRssBytes: rss, taskUnsharedBytes: unshared };
  };
  return {
    now: () => Number(process.hrtime.bigint() / 1000000n),
    read() {
      const taskMemory = sample();
      drawStatus();
      return { availableBytes: lastAvailable, pressureSomeAvg10: pressure, ...taskMemory };
    },
    start(task) {
      const argv = argvOf.get(task.id);
      const file = argv[0];
      const child = spawn2(file, argv.slice(1), {
        // stdin is not the tasks' (it may be the task list); each task leads its own process
        // group, so SIGSTOP/SIGCONT and the stop signals reach its whole tree.
        stdio: ["ignore", "inherit", "inherit"],
        detached: true,
        env: {
          ...commandEnv(io.env, options2.heapWatch, null),
          [BUDGET_VARIABLE]: String(task.budgetBytes),
          [CPUS_VARIABLE]: String(options2.cpusEach)
        }
      });
      const entry = { process: child, pid: null, oomAtStart: lastOom };
      children.set(task.id, entry);
      child.once("spawn", () => {
        entry.pid = child.pid ?? null;
        if (entry.pid !== null) {
          rootPids.set(entry.pid, task.id);
          try {
            writeFileSync2(`/proc/${entry.pid}/oom_score_adj`, TASK_OOM_SCORE_ADJ);
          } catch {
          }
        }
      });
      child.once("error", (error) => {
        if (entry.pid !== null) return;
        children.delete(task.id);
        finishedRuns++;
        ends.push({
          id: task.id,
          exitStatus: notStarted(file, error, io),
          signal: null,
          notStarted: true,
          oomKilled: false
        });
        poke();
      });
      child.once("exit", (code, signal) => {
        children.delete(task.id);
        suspended.delete(task.id);
        finishedRuns++;
        if (entry.pid !== null) rootPids.delete(entry.pid);
        sample();
        const exitStatus = signal ? 128 + (constants3.signals[signal] ?? 0) : code ?? 1;
        const counterRose = entry.oomAtStart !== null && lastOom !== null && lastOom > entry.oomAtStart;
        const nearLimit = lastAvailable <= capacity.memoryLimitBytes * (1 - NEAR_LIMIT_SHARE2);
        ends.push({
          id: task.id,
          exitStatus,
          signal,
          notStarted: false,
          oomKilled: exitStatus !== 0 && (counterRose || signal === "SIGKILL" && nearLimit)
        });
        poke();
      });
    },
    signal(id, signal) {
      const pid = children.get(id)?.pid;
      if (pid === null || pid === void 0) return;
      if (signal === "SIGSTOP") suspended.add(id);
      if (signal === "SIGCONT") suspended.delete(id);
      try {
        process.kill(-pid, signal);
      } catch {
      }
    },
    wait: (ms2) => new Promise((resolve) => {
      if (ends.length > 0) return resolve();
      const timer = setTimeout(() => {
        wake = null;
        resolve();
      }, ms2);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    }),
    ended: () => ends.splice(0),
    interrupted: () => stopSignal,
    log: options2.say,
    close() {
      io.status?.("");
      for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
    }
  };
}
function systemPressure() {
  try {
    return parsePressureSomeAvg10(readFileSync4("/proc/pressure/memory", "utf8"));
  } catch {
    return null;
  }
}

// src/cli/exec.ts
var MAX_EVENTS = 1e3;
var DEFAULT_OOM_RETRIES = 1;
var MAX_OOM_RETRIES = 10;
function parseHaltOption(text2) {
  const halt = parseHalt(text2);
  if (halt === null)
    throw new InvalidArgumentError("Expected never, soon,fail=N or now,fail=N (N from 1).");
  return halt;
}
function parseRetries(text2) {
  if (!/^\d{1,2}$/.test(text2.trim()) || Number(text2) > MAX_OOM_RETRIES)
    throw new InvalidArgumentError(`Expected a whole number from 0 to ${MAX_OOM_RETRIES}.`);
  return Number(text2);
}
function execCommand(deps) {
  return {
    name: "exec",
    declare(command) {
      command.summary("plan, run a command at the planned count, and rerun it after an OOM kill").description(
        "Plan as `plan` does, run CMD with {workers} and {node-heap-mb} in its arguments replaced\nby the plan (never through a shell), record its memory as `run` does and print the\nreport. When its processes are OOM-killed, run it again at the largest count proven\nsafe below (or half). Exits with the status of the last attempt."
      );
      addHistoryOptions(command);
      addPlanOptions(command).option("--root <DIR>", "read /proc and /sys under DIR (testing)");
      addRecordingOptions(command).addOption(
        new Option(
          "--retry-on-oom <N>",
          `runs allowed after an OOM kill, 0 to ${MAX_OOM_RETRIES}`
        ).argParser(parseRetries).default(DEFAULT_OOM_RETRIES, String(DEFAULT_OOM_RETRIES))
      ).option("--no-retry", "never run it again after an OOM kill (as --retry-on-oom 0)").option(
        "--cap-node-heap",
        "give the command's Node processes the plan's heap cap (NODE_OPTIONS=--max-old-space-size={node-heap-mb}), recomputed for each attempt"
      ).option(
        "--tasks <FILE>",
        "run the commands in FILE (- for stdin), one per line, beside each other as memory allows"
      ).option(
        "--each <ARG...>",
        "one task per ARG: CMD after -- with {} replaced by ARG (as xargs -I {})"
      ).addOption(
        new Option(
          "--halt <WHEN>",
          "with --tasks/--each: never (default), soon,fail=N (start no more after N failures) or now,fail=N (also stop the running)"
        ).argParser(parseHaltOption)
      ).usage("[options] -- CMD [ARGS...]  |  --tasks FILE  |  --each ARG... -- CMD {}").argument("[CMD...]", "the command and its arguments (after --)").passThroughOptions().addHelpText(
        "after",
        `
Task lists (--tasks, --each): each line is one command, split into words without a shell
('...' and "..." quote, \\ escapes, nothing is expanded). Exit status: the number of failed
tasks (101 for more than 100), or with --halt that of the task that stopped the run.`
      );
    },
    run: (command, io) => exec(command, io, deps)
  };
}
async function exec(command, io, deps) {
  const flags = command.opts();
  const [argv = []] = command.processedArgs;
  const usage = (message) => {
    io.stderr(`${errorLine(`${message} (see resource-planner exec --help)`)}
`);
    return USAGE_EXIT;
  };
  if (flags.tasks !== void 0 && flags.each !== void 0)
    return usage("--tasks and --each cannot be used together");
  if (flags.tasks !== void 0 && argv.length > 0)
    return usage("--tasks FILE takes no command: each line of FILE is one");
  if (flags.tasks === void 0 && flags.each === void 0) {
    if (argv.length === 0) return usage("missing required argument 'CMD'");
    if (flags.halt !== void 0) return usage("--halt applies to --tasks and --each");
  }
  if (flags.tasks !== void 0 || flags.each !== void 0) {
    const source = flags.tasks !== void 0 ? { file: flags.tasks } : { each: flags.each ?? [], command: argv };
    const tasks = readTasks(source);
    const planned = await planFromCommand(command, io, deps);
    checkOutFolder(flags.out);
    checkSummaryFolder(flags);
    const planWarnings = planned.inputs.plan.forcedWorkers !== null ? planned.plan.warnings : [];
    for (const warning of [...planned.capacity.warnings, ...planWarnings])
      io.stderr(`resource-planner exec: warning: ${warning}
`);
    return runTasks(
      tasks,
      planned,
      {
        source,
        halt: flags.halt ?? { when: "never" },
        out: flags.out,
        intervalMs: flags.interval,
        jobName: flags.name ?? (flags.tasks !== void 0 ? "tasks" : defaultJobName(argv)),
        history: flags.history,
        flags,
        heapReports: flags.heapReports
      },
      io
    );
  }
  const options2 = {
    command: argv,
    out: flags.out,
    intervalMs: flags.interval,
    oomRetries: flags.retry ? flags.retryOnOom : 0
  };
  const takesCount = substitutePlaceholders(options2.command, { workers: 1, nodeHeapMb: 1 }).join("\0") !== substitutePlaceholders(options2.command, { workers: 2, nodeHeapMb: 2 }).join("\0");
  const { inputs, capacity, plan: plan2 } = await planFromCommand(command, io, deps);
  checkOutFolder(options2.out);
  checkSummaryFolder(flags);
  const say = (line) => io.stderr(`resource-planner exec: ${line}
`);
  for (const warning of [...capacity.warnings, ...plan2.warnings]) say(`warning: ${warning}`);
  say(`${plan2.workers} worker(s), limited by ${plan2.limitedBy}. ${plan2.reason}`);
  const recording = startRecording({
    capacity,
    intervalMs: options2.intervalMs,
    io,
    jobName: flags.name ?? defaultJobName(argv),
    heapWatch: flags.heapReports ? startHeapWatch() : null,
    shard: inputs.shard
  });
  const attempts = [];
  const notes = [];
  let next = {
    workers: plan2.workers,
    nodeHeapMb: plan2.nodeHeapMb
  };
  while (next !== null) {
    const { workers, nodeHeapMb } = next;
    const number = attempts.length + 1;
    if (number > 1) say(`attempt ${number}: ${workers} worker(s), Node heap ${nodeHeapMb} MiB.`);
    const end = await recording.run(
      substitutePlaceholders(options2.command, { workers, nodeHeapMb }),
      {
        phase: inputs.profile,
        workers,
        sampleAfterExit: true,
        nodeHeapMb: flags.capNodeHeap ? nodeHeapMb : null
      }
    );
    if (end.notStarted) {
      recording.abandon();
      return end.exitStatus;
    }
    const verdict = verdictOf(end, capacity);
    attempts.push({ workers, nodeHeapMb, end, verdict });
    next = null;
    if (!verdict.outOfMemory) continue;
    const killed = `attempt ${number} at ${workers} worker(s) ${verdict.evidence === "heap-limit" ? "ran out of heap" : "was OOM-killed"} (${verdict.why})`;
    const retry = retryWorkers(workers, plan2.ladder);
    if (attempts.length > options2.oomRetries) {
      notes.push(
        `${killed}; ${options2.oomRetries === 0 ? "retries are off" : `no retry left (--retry-on-oom ${options2.oomRetries})`}.`
      );
    } else if (retry === null) {
      notes.push(`${killed}; there is no smaller count to run it again at.`);
    } else {
      notes.push(
        `${killed}; running it again at ${retry.workers}: ${retry.why}${takesCount || flags.capNodeHeap ? "" : " (the command takes no {workers} or {node-heap-mb}: it runs as it did)"}.`
      );
      next = {
        workers: retry.workers,
        nodeHeapMb: nodeHeapFor(plan2.memoryBudgetBytes, plan2.baseBytes, retry.workers)
      };
    }
    say(notes.at(-1));
  }
  const last = attempts.at(-1);
  if (attempts.length > 1)
    notes.push(
      `The last attempt, at ${last.workers} worker(s), exited with status ${last.end.exitStatus}${last.verdict.outOfMemory ? last.verdict.evidence === "heap-limit" ? " (out of heap)" : " (OOM-killed)" : ""}; the profile holds every attempt as a phase.`
    );
  const profile = markOomKills(recording.finish(last.end.exitStatus), attempts);
  writeProfile(options2.out, profile);
  await printReport(profile, io, flags, { budget: inputs.plan, notes });
  return last.end.exitStatus;
}
function verdictOf(end, capacity) {
  return oomVerdict({
    samples: end.samples.map((sample) => ({
      oomKillCounter: sample.oom,
      cgroupUsageBytes: sample.cg,
      systemUsedBytes: sample.sys,
      treeRssBytes: sample.p.reduce((sum, [, rss]) => sum + rss, 0)
    })),
    exitCode: end.exitCode,
    signal: end.signal,
    memoryLimitBytes: capacity.memoryLimitBytes,
    cgroupBound: capacity.memoryBinding === "cgroup",
    heapLimitDeaths: end.heapLimitDeaths
  });
}
function markOomKills(profile, attempts) {
  const phases = profile.phases.map((phase, index) => {
    const verdict = attempts[index]?.verdict;
    if (!verdict || verdict.evidence !== "sigkill-near-limit" || phase.oomKills > 0) return phase;
    return { ...phase, oomKills: verdict.kills };
  });
  const events = [...profile.events];
  phases.forEach((phase, index) => {
    if (phase !== profile.phases[index] && events.length < MAX_EVENTS)
      events.push({
        tMs: phase.endMs,
        kind: "oom-kill",
        phase: phase.name,
        detail: "SIGKILL near the memory limit",
        value: phase.oomKills
      });
  });
  return { ...profile, phases, events };
}

// src/cli/report.ts
var reportCommand = {
  name: "report",
  declare(command) {
    command.summary("render a saved run profile as Markdown").description(
      "Render a run profile (from 'run --out FILE' or the action's artifact) as the Markdown\nreport the action writes to the job summary."
    ).argument("<FILE>", "the run profile (JSON)");
  },
  async run(command, io) {
    const [file] = command.processedArgs;
    const text2 = readBoundedText(file, MAX_PROFILE_BYTES, { what: "a run profile" });
    io.stdout(renderPostRunSummary(parseProfile(text2), { budget: parseInputs(() => "").plan }));
    return 0;
  }
};

// src/cli/run.ts
var runCommand = {
  name: "run",
  declare(command) {
    command.summary("run a command, record its memory, print the report").description(
      "Run CMD, sample the memory of its process tree from /proc as the action does, and print\nthe report when it ends (--markdown: the job summary's Markdown instead). Exits with the status of CMD (127 when it cannot be found).\nCtrl-C (SIGINT), SIGTERM and SIGHUP are passed on to CMD; the recording is still kept."
    ).addOption(
      new Option("--profile <NAME>", "name of the phase in the recording").default(
        "default",
        "default"
      )
    ).option(
      "--name <NAME>",
      "the job's name in the recording, which keeps recordings of different commands apart in history ('plan --history DIR --name NAME'); default: the first word of CMD",
      parseJobName
    ).option(
      "--shard <I/T>",
      "record this run as shard I of a split into T (2/3), so that 'plan --shard I/T' learns from that shard's runs only",
      parseShardOption
    ).option(
      "--node-heap-mb <MB>",
      "give the command's Node processes this V8 heap cap (NODE_OPTIONS=--max-old-space-size=MB, as 'plan' prints it) and record it, so that a count this run proves is planned again with at least this cap",
      parseNodeHeapMb
    );
    addRecordingOptions(command);
    addCommandArgument(command);
  },
  run: (command, io) => run(command, io)
};
async function run(command, io) {
  const options2 = command.opts();
  const [argv] = command.processedArgs;
  checkOutFolder(options2.out);
  checkSummaryFolder(options2);
  const recording = startRecording({
    capacity: await probeMachine(),
    intervalMs: options2.interval,
    io,
    jobName: options2.name ?? defaultJobName(argv),
    heapWatch: options2.heapReports ? startHeapWatch() : null,
    shard: options2.shard ?? null
  });
  const end = await recording.run(argv, {
    phase: options2.profile,
    workers: null,
    nodeHeapMb: options2.nodeHeapMb ?? null
  });
  if (end.notStarted) {
    recording.abandon();
    return end.exitStatus;
  }
  const profile = recording.finish(end.exitStatus);
  writeProfile(options2.out, profile);
  await printReport(profile, io, options2, { budget: parseInputs(() => "").plan });
  return end.exitStatus;
}

// src/cli/deps.ts
function terminalIo(env, streams, terminal = {}) {
  const colour = colourWanted(env, terminal.stdoutTty === true);
  const stdout = inertStream({ keepSgr: colour });
  const stderr = inertStream();
  const io = {
    stdout: (text2) => streams.stdout(stdout(text2)),
    stderr: (text2) => streams.stderr(stderr(text2)),
    env,
    colour,
    ...terminal.columns === void 0 ? {} : { columns: terminal.columns }
  };
  if (terminal.stderrTty !== true) return io;
  io.status = statusLine2(streams.stderr, terminal.rows);
  return io;
}
var ESC = "\x1B";
var CSI = `${ESC}[`;
function statusLine2(write, rows) {
  let region = 0;
  let shown = false;
  return (line) => {
    const text2 = inertText(line, { fold: true, maxLength: 200 });
    if (line === "") {
      if (region > 0) write(`${ESC}7${CSI}r${CSI}${region};1H${CSI}2K${ESC}8`);
      else if (shown) write(`\r${CSI}K`);
      region = 0;
      shown = false;
      return;
    }
    const height = rows?.() ?? 0;
    if (height < 3) {
      shown = true;
      write(`\r${text2}${CSI}K`);
      return;
    }
    if (region !== height) {
      if (region === 0) write(`
${CSI}1A`);
      write(`${ESC}7${CSI}1;${height - 1}r${ESC}8`);
      region = height;
    }
    shown = true;
    write(`${ESC}7${CSI}${height};1H${CSI}2K${text2}${ESC}8`);
  };
}
function realCommands() {
  const planDeps = {
    probe: (options2) => probeMachine(options2),
    learnFromDirectory: async ({ directory, name: name3, inputs, capacity, fallback }) => estimateFromLoaded(
      onlyJob(loadHistoryFromDirectory(directory, inputs.historyRuns), name3),
      inputs,
      capacity,
      fallback,
      Date.now()
    )
  };
  return [
    planCommand(planDeps),
    adviseCommand,
    runCommand,
    execCommand(planDeps),
    reportCommand,
    compareCommand
  ];
}
function closableWriter(stream) {
  let closed = false;
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    closed = true;
  });
  return (text2) => {
    if (!closed) stream.write(text2);
  };
}
function realCliDeps() {
  return {
    io: terminalIo(
      process.env,
      { stdout: closableWriter(process.stdout), stderr: closableWriter(process.stderr) },
      {
        stdoutTty: process.stdout.isTTY === true,
        stderrTty: process.stderr.isTTY === true,
        rows: () => process.stderr.rows,
        ...process.stdout.columns ? { columns: process.stdout.columns } : {}
      }
    ),
    commands: realCommands(),
    version: TOOL_VERSION
  };
}

// src/entry/cli.ts
process.exitCode = await runCli(process.argv.slice(2), realCliDeps());
