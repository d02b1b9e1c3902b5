#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2463:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(3893);
const draft7_1 = __nccwpck_require__(9941);
const discriminator_1 = __nccwpck_require__(8886);
const draft7MetaSchema = __nccwpck_require__(2079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
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
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(3021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
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
}
exports.Name = Name;
class _Code extends _CodeOrName {
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
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
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
const plus = new _Code("+");
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
            if (res !== undefined) {
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
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
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
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(7788);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(7788);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
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
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
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
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
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
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
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
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
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
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
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
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
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
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
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
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
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
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
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
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
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
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
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
        if (n instanceof N1 || (N2 && n instanceof N2)) {
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
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
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
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
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
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
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
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
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
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(3021);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
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
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
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
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
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
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
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
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
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
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
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
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
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
    "const",
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
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
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
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
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
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
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
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
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
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
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
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
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
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
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
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
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
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
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
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
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
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
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
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
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
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
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
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
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
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
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
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
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
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
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
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
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
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
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
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
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
class KeywordCxt {
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
        }
        else {
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
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
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
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
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
        if (this.errsCount === undefined)
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
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
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
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
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
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
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
    }
    else {
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
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
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
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
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
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(3021);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
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
    "Error",
]);
const removedOptions = {
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
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
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
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
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
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
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
            }
            catch (e) {
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
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
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
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
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
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
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
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
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
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
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
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
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
                }
                else if (sch && !sch.meta) {
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
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
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
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
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
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
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
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
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
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
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
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
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
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
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
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
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
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
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
                }
                else {
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
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
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
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
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
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
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
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
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
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
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
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(6829);
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
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
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
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
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
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
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
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
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
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
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
                }
                else {
                    gen.var(valid, true); // TODO var
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
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
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
            }
            else {
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
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
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
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
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
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
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
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
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
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
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
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
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
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
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
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
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
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
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
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
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
                    if (sch === undefined)
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
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
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
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
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
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
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
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
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
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
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
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
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
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
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
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
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
            }
            else {
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
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
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
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
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
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 3313:
/***/ ((module) => {

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


/***/ }),

/***/ 4248:
/***/ ((module) => {

// Adapted from https://github.com/brianloveswords/buffer-crc32/blob/v0.2.13/index.js
const CRC_TABLE = new Int32Array([
  0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3,
  0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988, 0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91,
  0x1db71064, 0x6ab020f2, 0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
  0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9, 0xfa0f3d63, 0x8d080df5,
  0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172, 0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b,
  0x35b5a8fa, 0x42b2986c, 0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
  0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423, 0xcfba9599, 0xb8bda50f,
  0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924, 0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
  0x76dc4190, 0x01db7106, 0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
  0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d, 0x91646c97, 0xe6635c01,
  0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e, 0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457,
  0x65b0d9c6, 0x12b7e950, 0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
  0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7, 0xa4d1c46d, 0xd3d6f4fb,
  0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0, 0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9,
  0x5005713c, 0x270241aa, 0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
  0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81, 0xb7bd5c3b, 0xc0ba6cad,
  0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a, 0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683,
  0xe3630b12, 0x94643b84, 0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
  0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb, 0x196c3671, 0x6e6b06e7,
  0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc, 0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5,
  0xd6d6a3e8, 0xa1d1937e, 0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
  0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55, 0x316e8eef, 0x4669be79,
  0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236, 0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f,
  0xc5ba3bbe, 0xb2bd0b28, 0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
  0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f, 0x72076785, 0x05005713,
  0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38, 0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21,
  0x86d3d2d4, 0xf1d4e242, 0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
  0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69, 0x616bffd3, 0x166ccf45,
  0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2, 0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db,
  0xaed16a4a, 0xd9d65adc, 0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
  0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693, 0x54de5729, 0x23d967bf,
  0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94, 0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
]);

function crc32(buf) {
  let crc = -1;
  for (let x of buf) {
    crc = CRC_TABLE[(crc ^ x) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

module.exports = crc32;


/***/ }),

/***/ 3502:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
var fs = __nccwpck_require__(9896);
var util = __nccwpck_require__(9023);
var stream = __nccwpck_require__(2203);
var Readable = stream.Readable;
var PassThrough = stream.PassThrough;
var Pend = __nccwpck_require__(3313);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);

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
    fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer) {
      cb();
      callback(err, bytesRead, buffer);
    });
  });
};

FdSlicer.prototype.createReadStream = function(options) {
  return new ReadStream(this, options);
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
      self.emit('error', err);
    } else {
      self.emit('close');
    }
  }
};

util.inherits(ReadStream, Readable);
function ReadStream(context, options) {
  options = options || {};
  Readable.call(this, options);

  this.context = context;
  this.context.ref();

  this.start = options.start || 0;
  this.endOffset = options.end;
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
  // Node 14+ calls this automatically at EOF.
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
    // The caller's buffer can't hold all the bytes they're trying to read.
    // Clamp the length instead of giving an error.
    // The callback will be informed of fewer than expected bytes written.
    length = buffer.length - offset;
  }
  if (position + length > this.buffer.length) {
    // Clamp any attempt to read past the end of the source buffer.
    length = this.buffer.length - position;
  }
  if (length <= 0) {
    // After any clamping, we're fully out of bounds or otherwise have nothing to do.
    // This isn't an error; it's just zero bytes written.
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

BufferSlicer.prototype.createReadStream = function(options) {
  options = options || {};
  var readStream = new PassThrough(options);
  readStream.start = options.start || 0;
  readStream.endOffset = options.end;
  // by the time this function returns, we'll be done.
  readStream.pos = readStream.endOffset || this.buffer.length;

  var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
  // Cut the buffer into smaller slices for better memory usage when streaming into a zlib inflate stream.
  // See https://github.com/thejoshwolfe/yauzl/issues/87
  var maxChunkSize = 0x10000;
  var offset = 0;
  while (true) {
    var nextOffset = offset + maxChunkSize;
    if (nextOffset >= entireSlice.length) {
      // last chunk
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


/***/ }),

/***/ 663:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;
var fs = __nccwpck_require__(9896);
var zlib = __nccwpck_require__(3106);
var fd_slicer = __nccwpck_require__(3502);
var util = __nccwpck_require__(9023);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);
var Transform = (__nccwpck_require__(2203).Transform);
var PassThrough = (__nccwpck_require__(2203).PassThrough);
var Writable = (__nccwpck_require__(2203).Writable);

// Node 20 added zlib.crc32.
const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : __nccwpck_require__(4248);

__webpack_unused_export__ = open;
__webpack_unused_export__ = fromFd;
__webpack_unused_export__ = fromBuffer;
__webpack_unused_export__ = fromRandomAccessReader;
__webpack_unused_export__ = openPromise;
__webpack_unused_export__ = fromFdPromise;
__webpack_unused_export__ = fromBufferPromise;
__webpack_unused_export__ = fromRandomAccessReaderPromise;

__webpack_unused_export__ = dosDateTimeToDate;
__webpack_unused_export__ = getFileNameLowLevel;
__webpack_unused_export__ = validateFileName;
__webpack_unused_export__ = parseExtraFields;
__webpack_unused_export__ = ZipFile;
__webpack_unused_export__ = Entry;
__webpack_unused_export__ = LocalFileHeader;
__webpack_unused_export__ = RandomAccessReader;

function openPromise(path, options) {
  return new Promise((resolve, reject) => {
    open(path, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromFdPromise(fd, options) {
  return new Promise((resolve, reject) => {
    fromFd(fd, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromBufferPromise(buffer, options) {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromRandomAccessReaderPromise(reader, totalSize, options) {
  return new Promise((resolve, reject) => {
    fromRandomAccessReader(reader, totalSize, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}

function open(path, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.open(path, "r", function(err, fd) {
    if (err) return callback(err);
    fromFd(fd, options, function(err, zipfile) {
      if (err) fs.close(fd, defaultCallback);
      callback(err, zipfile);
    });
  });
}

function fromFd(fd, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.fstat(fd, function(err, stats) {
    if (err) return callback(err);
    var reader = new fd_slicer.FdSlicer(fd);
    fromRandomAccessReader(reader, stats.size, options, callback);
  });
}

function fromBuffer(buffer, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  var reader = new fd_slicer.BufferSlicer(buffer);
  fromRandomAccessReader(reader, buffer.length, options, callback);
}

function fromRandomAccessReader(reader, totalSize, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  var decodeStrings = !!options.decodeStrings;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
  if (totalSize > Number.MAX_SAFE_INTEGER) {
    throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
  }

  // the matching unref() call is in zipfile.close()
  reader.ref();

  // eocdr means End of Central Directory Record.
  // search backwards for the eocdr signature.
  // the last field of the eocdr is a variable-length comment.
  // the comment size is encoded in a 2-byte field in the eocdr, which we can't find without trudging backwards through the comment to find it.
  // as a consequence of this design decision, it's possible to have ambiguous zip file metadata if a coherent eocdr was in the comment.
  // we search backwards for a eocdr signature, and hope that whoever made the zip file was smart enough to forbid the eocdr signature in the comment.
  var eocdrWithoutCommentSize = 22;
  var zip64EocdlSize = 20; // Zip64 end of central directory locator
  var maxCommentSize = 0xffff; // 2-byte size
  var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
  var buffer = newBuffer(bufferSize);
  var bufferReadStart = totalSize - buffer.length;
  readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
    if (err) return callback(err);
    for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
      if (buffer.readUInt32LE(i) !== 0x06054b50) continue;
      // found eocdr
      var eocdrBuffer = buffer.subarray(i);

      // 0 - End of central directory signature = 0x06054b50
      // 4 - Number of this disk
      var diskNumber = eocdrBuffer.readUInt16LE(4);
      // 6 - Disk where central directory starts
      // 8 - Number of central directory records on this disk
      // 10 - Total number of central directory records
      var entryCount = eocdrBuffer.readUInt16LE(10);
      // 12 - Size of central directory (bytes)
      // 16 - Offset of start of central directory, relative to start of archive
      var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
      // 20 - Comment length
      var commentLength = eocdrBuffer.readUInt16LE(20);
      var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
      if (commentLength !== expectedCommentLength) {
        return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK☺☻` in the comment?"));
      }
      // 22 - Comment
      // the encoding is always cp437.
      var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false)
                                  : eocdrBuffer.subarray(22);

      // Look for a Zip64 end of central directory locator
      if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 0x07064b50) {
        // ZIP64 format
        var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
        // 0 - zip64 end of central dir locator signature = 0x07064b50
        // 4 - number of the disk with the start of the zip64 end of central directory
        // 8 - relative offset of the zip64 end of central directory record
        var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
        // 16 - total number of disks

        // ZIP64 end of central directory record
        var zip64EocdrBuffer = newBuffer(56);
        return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err) {
          if (err) return callback(err);

          // 0 - zip64 end of central dir signature                           4 bytes  (0x06064b50)
          if (zip64EocdrBuffer.readUInt32LE(0) !== 0x06064b50) {
            return callback(new Error("invalid zip64 end of central directory record signature"));
          }
          // 4 - size of zip64 end of central directory record                8 bytes
          // 12 - version made by                                             2 bytes
          // 14 - version needed to extract                                   2 bytes
          // 16 - number of this disk                                         4 bytes
          diskNumber = zip64EocdrBuffer.readUInt32LE(16);
          if (diskNumber !== 0) {
            // Check this only after zip64 overrides. See #118.
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          // 20 - number of the disk with the start of the central directory  4 bytes
          // 24 - total number of entries in the central directory on this disk         8 bytes
          // 32 - total number of entries in the central directory            8 bytes
          entryCount = readUInt64LE(zip64EocdrBuffer, 32);
          // 40 - size of the central directory                               8 bytes
          // 48 - offset of start of central directory with respect to the starting disk number     8 bytes
          centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
          // 56 - zip64 extensible data sector                                (variable size)
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
        });
      }

      // Not ZIP64 format
      if (diskNumber !== 0) {
        return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
      }
      return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));

    }

    // Not a zip file.
    callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
  });
}

util.inherits(ZipFile, EventEmitter);
function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
  var self = this;
  EventEmitter.call(self);
  self.reader = reader;
  // forward close events
  self.reader.on("error", function(err) {
    // error closing the fd
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
    // done with metadata
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
    // 0 - Central directory file header signature
    var signature = buffer.readUInt32LE(0);
    if (signature !== 0x02014b50) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
    // 4 - Version made by
    entry.versionMadeBy = buffer.readUInt16LE(4);
    // 6 - Version needed to extract (minimum)
    entry.versionNeededToExtract = buffer.readUInt16LE(6);
    // 8 - General purpose bit flag
    entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
    // 10 - Compression method
    entry.compressionMethod = buffer.readUInt16LE(10);
    // 12 - File last modification time
    entry.lastModFileTime = buffer.readUInt16LE(12);
    // 14 - File last modification date
    entry.lastModFileDate = buffer.readUInt16LE(14);
    // 16 - CRC-32
    entry.crc32 = buffer.readUInt32LE(16);
    // 20 - Compressed size
    entry.compressedSize = buffer.readUInt32LE(20);
    // 24 - Uncompressed size
    entry.uncompressedSize = buffer.readUInt32LE(24);
    // 28 - File name length (n)
    entry.fileNameLength = buffer.readUInt16LE(28);
    // 30 - Extra field length (m)
    entry.extraFieldLength = buffer.readUInt16LE(30);
    // 32 - File comment length (k)
    entry.fileCommentLength = buffer.readUInt16LE(32);
    // 34 - Disk number where file starts
    // 36 - Internal file attributes
    entry.internalFileAttributes = buffer.readUInt16LE(36);
    // 38 - External file attributes
    entry.externalFileAttributes = buffer.readUInt32LE(38);
    // 42 - Relative offset of local file header
    entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);

    if (entry.generalPurposeBitFlag & 0x40) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));

    self.readEntryCursor += 46;

    buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
    readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
      if (err) return emitErrorAndAutoClose(self, err);
      if (self.emittedError) return;
      // 46 - File name
      entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
      // 46+n - Extra field
      var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
      entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
      // 46+n+m - File comment
      entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);

      // Parse the extra fields, which we need for processing other fields.
      try {
        entry.extraFields = parseExtraFields(entry.extraFieldRaw);
      } catch (err) {
        return emitErrorAndAutoClose(self, err);
      }

      // Interpret strings according to bit flags, extra fields, and options.
      if (self.decodeStrings) {
        var isUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
        entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
        entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
        var errorMessage = validateFileName(entry.fileName);
        if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
      } else {
        entry.fileComment = entry.fileCommentRaw;
        entry.fileName = entry.fileNameRaw;
      }
      // Maintain API compatibility. See https://github.com/thejoshwolfe/yauzl/issues/47
      entry.comment = entry.fileComment;

      self.readEntryCursor += buffer.length;
      self.entriesRead += 1;

      // Check for the Zip64 Extended Information Extra Field.
      for (var i = 0; i < entry.extraFields.length; i++) {
        var extraField = entry.extraFields[i];
        if (extraField.id !== 0x0001) continue;
        // Found it.

        var zip64EiefBuffer = extraField.data;
        var index = 0;
        // 0 - Original Size          8 bytes
        if (entry.uncompressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
          }
          entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 8 - Compressed Size        8 bytes
        if (entry.compressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
          }
          entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 16 - Relative Header Offset 8 bytes
        if (entry.relativeOffsetOfLocalHeader === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
          }
          entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 24 - Disk Start Number      4 bytes

        break;
      }

      // validate file size
      if (self.validateEntrySizes && entry.compressionMethod === 0) {
        var expectedCompressedSize = entry.uncompressedSize;
        if (entry.isEncrypted()) {
          // traditional encryption prefixes the file data with a header
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
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    resolve({value: entry});
  }
  function onEnd() {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    resolve({done: true});
  }
  function onError(err) {
    let {reject} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    reject(err);
  }

  return {
    [Symbol.asyncIterator]() {
      // Called once by `for await...of`.
      return this;
    },
    next() {
      // Called on each iteration in a `for await...of`.
      const promise = new Promise((resolve, reject) => {
        if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
        pendingResolveReject = {resolve, reject};
      });
      self.readEntry();
      return promise;
    },
    return(value) {
      // Called when breaking, returning, throwing out of a `for await...of`.
      cleanup();
      return Promise.resolve({done: true, value});
    },
    throw(value) {
      // Almost never called. Something about `yield*` maybe?
      cleanup();
      return Promise.reject(value);
    },
  };
};

ZipFile.prototype.openReadStream = function(entry, options, callback) {
  var self = this;
  // parameter validation
  var relativeStart = 0;
  var relativeEnd = entry.compressedSize;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) {
    options = {};
  } else {
    if (options.decodeFileData === false) {
      // new, simple option
      if (options.decrypt != null) {
        throw new Error("cannot use options.decrypt when options.decodeFileData === false");
      }
      if (options.decompress != null) {
        throw new Error("cannot use options.decompress when options.decodeFileData === false");
      }
      // start and end are allowed
    } else {
      // old, complicated options
      if (options.decrypt != null) {
        if (!entry.isEncrypted()) {
          throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
        }
        if (options.decrypt !== false) throw new Error("invalid options.decrypt value: " + options.decrypt);
        if (entry.isCompressed()) {
          if (options.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
        }
      }
      if (options.decompress != null) {
        if (!entry.isCompressed()) {
          throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
        }
        if (!(options.decompress === false || options.decompress === true)) {
          throw new Error("invalid options.decompress value: " + options.decompress);
        }
        decompress = options.decompress;
      }
    }
    if (options.start != null) {
      relativeStart = options.start;
      if (relativeStart < 0) throw new Error("options.start < 0");
      if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
    }
    if (options.end != null) {
      relativeEnd = options.end;
      if (relativeEnd < 0) throw new Error("options.end < 0");
      if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
      if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
    }
  }
  var rawMode = (
    options.decodeFileData === false || // Explicitly requested raw.
    (
      (entry.compressionMethod === 0 || // Naturally without compression.
        (entry.compressionMethod === 8 && options.decompress === false) // Deprecated compression bypass option.
      ) &&
      (!entry.isEncrypted() || // Naturally without encryption.
        options.decrypt === false // Deprecated encryption bypass option.
      )
    )
  );
  if (options.start != null || options.end != null) {
    // Ensure slicing deals with raw data.
    if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
  }

  // any further errors can either be caused by the zipfile,
  // or were introduced in a minor version of yauzl,
  // so should be passed to the client rather than thrown.
  if (!self.isOpen) return callback(new Error("closed"));
  if (entry.isEncrypted() && !rawMode) {
    if (options.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
  }
  var decompress;
  if (rawMode) {
    decompress = false;
  } else if (entry.compressionMethod === 8) {
    // 8 - The file is Deflated
    decompress = options.decodeFileData !== true;
  } else {
    return callback(new Error("unsupported compression method: " + entry.compressionMethod));
  }

  self.readLocalFileHeader(entry, {minimal: true}, function(err, localFileHeader) {
    if (err) return callback(err);
    self.openReadStreamLowLevel(
      localFileHeader.fileDataStart, entry.compressedSize,
      relativeStart, relativeEnd,
      decompress, entry.uncompressedSize,
      callback);
  });
};

ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
  var self = this;

  var fileDataEnd = fileDataStart + compressedSize;
  var readStream = self.reader.createReadStream({
    start: fileDataStart + relativeStart,
    end: fileDataStart + relativeEnd,
  });
  var endpointStream = readStream;
  if (decompress) {
    var destroyed = false;
    var inflateFilter = zlib.createInflateRaw();
    readStream.on("error", function(err) {
      // setImmediate here because errors can be emitted during the first call to pipe()
      setImmediate(function() {
        if (!destroyed) inflateFilter.emit("error", err);
      });
    });
    readStream.pipe(inflateFilter);

    if (self.validateEntrySizes) {
      endpointStream = new AssertByteCountStream(uncompressedSize);
      inflateFilter.on("error", function(err) {
        // forward zlib errors to the client-visible stream
        setImmediate(function() {
          if (!destroyed) endpointStream.emit("error", err);
        });
      });
      inflateFilter.pipe(endpointStream);
    } else {
      // the zlib filter is the client-visible stream
      endpointStream = inflateFilter;
    }
    // this is part of yauzl's API, so implement this function on the client-visible stream
    installDestroyFn(endpointStream, function() {
      destroyed = true;
      if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
      readStream.unpipe(inflateFilter);
      // TODO: the inflateFilter may cause a memory leak. see Issue #27.
      readStream.destroy();
    });
  }
  callback(null, endpointStream);
};

ZipFile.prototype.readLocalFileHeader = function(entry, options, callback) {
  var self = this;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) options = {};

  self.reader.ref();
  var buffer = newBuffer(30);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
    try {
      if (err) return callback(err);
      // 0 - Local file header signature = 0x04034b50
      var signature = buffer.readUInt32LE(0);
      if (signature !== 0x04034b50) {
        return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
      }

      var fileNameLength = buffer.readUInt16LE(26);
      var extraFieldLength = buffer.readUInt16LE(28);
      var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
      // We now have enough information to do this bounds check.
      if (fileDataStart + entry.compressedSize > self.fileSize) {
        return callback(new Error("file data overflows file bounds: " +
            fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
      }

      if (options.minimal) {
        return callback(null, {fileDataStart: fileDataStart});
      }

      var localFileHeader = new LocalFileHeader();
      localFileHeader.fileDataStart = fileDataStart;

      // 4 - Version needed to extract (minimum)
      localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
      // 6 - General purpose bit flag
      localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
      // 8 - Compression method
      localFileHeader.compressionMethod = buffer.readUInt16LE(8);
      // 10 - File last modification time
      localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
      // 12 - File last modification date
      localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
      // 14 - CRC-32
      localFileHeader.crc32 = buffer.readUInt32LE(14);
      // 18 - Compressed size
      localFileHeader.compressedSize = buffer.readUInt32LE(18);
      // 22 - Uncompressed size
      localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
      // 26 - File name length (n)
      localFileHeader.fileNameLength = fileNameLength;
      // 28 - Extra field length (m)
      localFileHeader.extraFieldLength = extraFieldLength;
      // 30 - File name
      // 30+n - Extra field

      buffer = newBuffer(fileNameLength + extraFieldLength);
      self.reader.ref();
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err) {
        try {
          if (err) return callback(err);
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

ZipFile.prototype.openReadStreamPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.openReadStream(entry, options, function(err, readStream) {
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
ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.readLocalFileHeader(entry, options, function(err, localFileHeader) {
      if (err) return reject(err);
      resolve(localFileHeader);
    });
  });
};

function Entry() {
}
Entry.prototype.getLastModDate = function(options) {
  if (options == null) options = {};

  if (!options.forceDosFormat) {
    // Check extended fields.
    for (var i = 0; i < this.extraFields.length; i++) {
      var extraField = this.extraFields[i];
      if (extraField.id === 0x5455) {
        // Info-ZIP "universal timestamp" extended field (`0x5455` aka `"UT"`).
        // See the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
        var data = extraField.data;
        if (data.length < 5) continue; // Too short.
        // The flags define which of the three fields are present: mtime, atime, ctime.
        // We only care about mtime.
        // Also, ctime is never included in practice.
        // And also, atime is only included in the local file header for some reason
        // despite the flags lying about its inclusion in the central header.
        var flags = data[0];
        var HAS_MTIME = 1;
        if (!(flags & HAS_MTIME)) continue; // This will realistically never happen.
        // Although the positions of all of the fields shift around depending on the presence of other fields,
        // mtime is always first if present, and that's the only one we care about.
        var posixTimestamp = data.readInt32LE(1);
        return new Date(posixTimestamp * 1000);
      } else if (extraField.id === 0x000a) {
        var data = extraField.data;
        if (data.length !== 32) continue; // The length is always the same.
        // 4 bytes reserved
        // 2 bytes Tag
        if (data.readUInt16LE(4) !== 1) continue; // Tag1 is actually the only defined Tag.
        // 2 bytes Size
        if (data.readUInt16LE(6) !== 24) continue; // Size is always 24.
        // 8 bytes Mtime
        var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
        // Convert from NTFS to POSIX milliseconds.
        // The big number below is the milliseconds between year 1601 and year 1970
        // (i.e. the negative POSIX timestamp of 1601-01-01 00:00:00Z)
        var millisecondsSince1970 = hundredNanoSecondsSince1601 / 10000 - 11644473600000;
        // Note on numeric precision: JavaScript Number objects lose precision above Number.MAX_SAFE_INTEGER,
        // and NTFS timestamps are typically much bigger than that limit.
        // (MAX_SAFE_INTEGER would represent 1629-07-17T23:58:45.475Z.)
        // However, we're losing precision in the conversion from 100nanosecond units to millisecond units anyway,
        // and the time at which we also lose 1-millisecond precision is year 275760, the JavaScript Date limit (by design).
        // Up through the year 2057, this conversion only drops 4 bits of precision,
        // which is well under the 13-14 bits ratio between the milliseconds and 100nanoseconds.
        return new Date(millisecondsSince1970);
      }
    }
  }

  // Fallback to non-extended encoding.
  return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options.timezone);
};

Entry.prototype.canDecodeFileData = function() {
  return (
    !this.isEncrypted() &&
    (this.compressionMethod === 0 || this.compressionMethod === 8)
  );
};
Entry.prototype.isEncrypted = function() {
  return (this.generalPurposeBitFlag & 0x1) !== 0;
};
Entry.prototype.isCompressed = function() {
  return this.compressionMethod === 8;
};

function LocalFileHeader() {
}

function dosDateTimeToDate(date, time, timezone) {
  var day = date & 0x1f; // 1-31
  var month = (date >> 5 & 0xf) - 1; // 1-12, 0-11
  var year = (date >> 9 & 0x7f) + 1980; // 0-128, 1980-2108

  var millisecond = 0;
  var second = (time & 0x1f) * 2; // 0-29, 0-58 (even numbers)
  var minute = time >> 5 & 0x3f; // 0-59
  var hour = time >> 11 & 0x1f; // 0-23

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

  // check for Info-ZIP Unicode Path Extra Field (0x7075)
  // see https://github.com/thejoshwolfe/yauzl/issues/33
  for (var i = 0; i < extraFields.length; i++) {
    var extraField = extraFields[i];
    if (extraField.id === 0x7075) {
      if (extraField.data.length < 6) {
        // too short to be meaningful
        continue;
      }
      // Version       1 byte      version of this extra field, currently 1
      if (extraField.data.readUInt8(0) !== 1) {
        // > Changes may not be backward compatible so this extra
        // > field should not be used if the version is not recognized.
        continue;
      }
      // NameCRC32     4 bytes     File Name Field CRC32 Checksum
      var oldNameCrc32 = extraField.data.readUInt32LE(1);
      if (crc32(fileNameBuffer) !== oldNameCrc32) {
        // > If the CRC check fails, this UTF-8 Path Extra Field should be
        // > ignored and the File Name field in the header should be used instead.
        continue;
      }
      // UnicodeName   Variable    UTF-8 version of the entry File Name
      fileName = decodeBuffer(extraField.data.subarray(5), true);
      break;
    }
  }

  if (fileName == null) {
    // The typical case.
    var isUtf8 = (generalPurposeBitFlag & 0x800) !== 0;
    fileName = decodeBuffer(fileNameBuffer, isUtf8);
  }

  if (!strictFileNames) {
    // Allow backslash.
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
  // all good
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
      data: dataBuffer,
    });
    i = dataEnd;
  }
  return extraFields;
}

function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
  if (length === 0) {
    // fs.read will throw an out-of-bounds error if you try to read 0 bytes from a 0 byte file
    return setImmediate(function() { callback(null, newBuffer(0)); });
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
    if (err) return self.emit('error', err);
    self.emit('close');
  }
};
RandomAccessReader.prototype.createReadStream = function(options) {
  if (options == null) options = {};
  var start = options.start;
  var end = options.end;
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
  var readStream = this.createReadStream({start: position, end: position + length});
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

var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
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
  // There is no native function for this, because we can't actually store 64-bit integers precisely.
  // after 53 bits, JavaScript's Number type (IEEE 754 double) can't store individual integers anymore.
  // but since 53 bits is a whole lot more than 32 bits, we do our best anyway.
  // As of 2020, Node has added support for BigInt, which obviates this whole function,
  // but yauzl hasn't been updated to depend on BigInt (yet?).
  var lower32 = buffer.readUInt32LE(offset);
  var upper32 = buffer.readUInt32LE(offset + 4);
  // we can't use bitshifting here, because JavaScript bitshifting only works on 32-bit integers.
  return upper32 * 0x100000000 + lower32;
  // as long as we're bounds checking the result of this function against the total file size,
  // we'll catch any overflow errors, because we already made sure the total file size was within reason.
}

// Node 10 deprecated new Buffer().
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

// Node 8 introduced a proper destroy() implementation on writable streams.
function installDestroyFn(stream, fn) {
  if (typeof stream.destroy === "function") {
    // New API.
    stream._destroy = function(err, cb) {
      fn();
      if (cb != null) cb(err);
    };
  } else {
    // Old API.
    stream.destroy = fn;
  }
}

function defaultCallback(err) {
  if (err) throw err;
}


/***/ }),

/***/ 137:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  n2: () => (/* binding */ realCliDeps)
});

// UNUSED EXPORTS: closableWriter, realCommands, terminalIo

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/shared/errors.ts
var shared_errors = __nccwpck_require__(8382);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __nccwpck_require__(2463);
// EXTERNAL MODULE: ./src/shared/inert-text.ts
var inert_text = __nccwpck_require__(1961);
;// CONCATENATED MODULE: ./src/shared/units.ts
/**
 * Sizes and durations: the one place that converts and parses them.
 *
 * Binary units throughout: `M`, `MB`, `MiB` and `m` all mean 2^20 bytes, because that is what
 * memory limits (`docker --memory 2g`, Kubernetes `Gi`, cgroup files) and `ps` mean in practice.
 * Reading `MB` as MiB gives 4.9% more bytes than the SI reading; README and action.yml say so.
 */
const KiB = 1024;
const units_MiB = 1024 * KiB;
const GiB = 1024 * units_MiB;
const TiB = 1024 * GiB;
const SIZE_PATTERN = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([kmgt]?)(i?b?)\s*$/i;
const UNIT_BYTES = { '': 1, k: KiB, m: units_MiB, g: GiB, t: TiB };
/** The accepted size format, for error messages. */
const SIZE_FORMAT = 'a size such as 512M, 512MiB, 1.5G, 2GB or 1073741824 (bytes); K/M/G/T are powers of 1024';
/**
 * Parses a human size into bytes (rounded down to a whole byte).
 * Returns `null` when the text is not a size, so callers can name the input in their error.
 * @example parseSize('1.5G') === 1610612736
 */
function parseSize(text) {
    const match = SIZE_PATTERN.exec(text);
    if (!match)
        return null;
    const [, amount, unit = '', suffix = ''] = match;
    // A bare `i` (as in `5i`) or `iB` without a unit letter is not a size.
    if (unit === '' && suffix.toLowerCase().startsWith('i'))
        return null;
    const bytes = Number(amount) * (UNIT_BYTES[unit.toLowerCase()] ?? Number.NaN);
    if (!Number.isFinite(bytes) || bytes > Number.MAX_SAFE_INTEGER)
        return null;
    return Math.floor(bytes);
}
/** The accepted duration format, for error messages. */
const DURATION_FORMAT = 'a duration such as 500ms, 2s, 1.5s or 1m (a plain number means milliseconds)';
const DURATION_PATTERN = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min)?\s*$/i;
const DURATION_MS = { '': 1, ms: 1, s: 1000, m: 60_000, min: 60_000 };
/** Parses a duration into whole milliseconds; `null` when it is not one. */
function parseDurationMs(text) {
    const match = DURATION_PATTERN.exec(text);
    if (!match)
        return null;
    const [, amount, unit = ''] = match;
    const ms = Number(amount) * (DURATION_MS[unit.toLowerCase()] ?? Number.NaN);
    return Number.isFinite(ms) ? Math.round(ms) : null;
}
/** Bytes to whole mebibytes, rounded down (what the `*-mb` outputs report). */
function toMiB(bytes) {
    return Math.floor(bytes / units_MiB);
}
/** A short human form: `512 MiB`, `1.5 GiB`, `23.5 GiB`. */
function formatBytes(bytes) {
    if (!Number.isFinite(bytes))
        return String(bytes);
    const sign = bytes < 0 ? '-' : '';
    const abs = Math.abs(bytes);
    if (abs >= GiB)
        return `${sign}${trimZeros((abs / GiB).toFixed(abs >= 100 * GiB ? 0 : 1))} GiB`;
    if (abs >= units_MiB)
        return `${sign}${Math.round(abs / units_MiB)} MiB`;
    if (abs >= KiB)
        return `${sign}${Math.round(abs / KiB)} KiB`;
    return `${sign}${abs} B`;
}
/** A short human duration: `850 ms`, `12.3 s`, `4 min 5 s`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${trimZeros((ms / 1000).toFixed(1))} s`;
    const minutes = Math.floor(ms / 60_000);
    const seconds = Math.round((ms % 60_000) / 1000);
    return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}
function trimZeros(fixed) {
    return fixed.replace(/\.0+$/, '');
}

;// CONCATENATED MODULE: ./src/profile/types.ts
/**
 * Run profile v4: the compact record of one run that later runs learn from.
 * Written and read only through ./profile.ts; documented in docs/profile-format.md and
 * validated against ./schema.ts. Sizes in bytes, times in milliseconds.
 * Untrusted when read back: every string may be hostile (escape before rendering).
 */
const PROFILE_KIND = 'resource-planner/run-profile';
/** Written by this version; readers also accept (and upgrade) v1–v3. See docs/profile-format.md. */
const PROFILE_VERSION = 4;
const TIMELINE_MAX_POINTS = 600;

;// CONCATENATED MODULE: ./src/profile/schema.ts
/**
 * JSON Schema (draft-07) of run profiles v1 and v2. Profiles from earlier runs are untrusted:
 * every field is typed, every string and array bounded, and unknown properties refused.
 * v2 adds `run.exitCode` and each worker group's `concurrency`.
 */

const schema_name = { type: 'string', maxLength: 256 };
const nullableName = { type: ['string', 'null'], maxLength: 256 };
const bytes = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER };
const nullableBytes = {
    type: ['integer', 'null'],
    minimum: 0,
    maximum: Number.MAX_SAFE_INTEGER,
};
const count = { type: 'integer', minimum: 0, maximum: 1_000_000_000 };
const nullableId = {
    type: ['integer', 'null'],
    minimum: 0,
    maximum: Number.MAX_SAFE_INTEGER,
};
const ms = { type: 'number', minimum: 0, maximum: 1e12 };
function object(properties) {
    return {
        type: 'object',
        additionalProperties: false,
        required: Object.keys(properties),
        properties,
    };
}
function timelineColumn(items) {
    return { type: 'array', maxItems: TIMELINE_MAX_POINTS, items };
}
const workerGroupV1 = {
    name: schema_name,
    parentName: nullableName,
    maxConcurrency: count,
    processes: count,
    peakRss: object({ p50Bytes: bytes, p90Bytes: bytes, maxBytes: bytes, meanBytes: bytes }),
    meanEndRssBytes: bytes,
    peakTotalBytes: bytes,
};
const concurrencyV2 = {
    memberMeanBytes: bytes,
    memberSdBytes: bytes,
    aliveAtPeak: count,
    meanAlive: { type: 'number', minimum: 0, maximum: 1_000_000_000 },
};
const concurrencyFor = (version) => ({
    anyOf: [
        { type: 'null' },
        object(version === 2
            ? concurrencyV2
            : // null: upgraded from v2, which did not record it (the action saves what it read).
                { ...concurrencyV2, sustainedAlive: { ...count, type: ['integer', 'null'] } }),
    ],
});
const phaseFor = (workerGroup, version) => object({
    name: schema_name,
    startMs: ms,
    endMs: ms,
    durationMs: ms,
    workersRecommended: { type: ['integer', 'null'], minimum: 0, maximum: 100_000 },
    samples: count,
    treeRss: object({ peakBytes: bytes, p95Bytes: bytes, meanBytes: bytes, endBytes: bytes }),
    peakSystemUsedBytes: nullableBytes,
    peakCgroupUsageBytes: nullableBytes,
    oomKills: count,
    ...(version >= 4 ? { heapLimitKills: { ...count, type: ['integer', 'null'] } } : {}),
    pressureMaxAvg10: { type: ['number', 'null'], minimum: 0, maximum: 100 },
    workerGroups: { type: 'array', maxItems: 50, items: workerGroup },
});
const runV1 = {
    repositoryId: nullableId,
    repository: nullableName,
    workflow: nullableName,
    job: nullableName,
    matrixKey: { type: ['string', 'null'], maxLength: 4096 },
    runId: nullableId,
    runAttempt: nullableId,
    sha: { type: ['string', 'null'], maxLength: 64 },
    ref: nullableName,
    event: { type: ['string', 'null'], maxLength: 64 },
    headRepositoryId: nullableId,
    startedAt: { type: 'string', maxLength: 40 },
};
/** The schema of one format version (1 to 4). */
function schemaFor(version) {
    const workerGroup = object(version === 1 ? workerGroupV1 : { ...workerGroupV1, concurrency: concurrencyFor(version) });
    const run = object(version === 1
        ? runV1
        : {
            ...runV1,
            exitCode: { type: ['integer', 'null'], minimum: -1_000_000, maximum: 1_000_000 },
        });
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: `https://github.com/resource-planner/resource-planner/docs/run-profile-v${version}.schema.json`,
        title: `resource-planner run profile v${version}`,
        ...object({
            kind: { const: 'resource-planner/run-profile' },
            version: { const: version },
            tool: object({
                name: { const: 'resource-planner' },
                version: { type: 'string', maxLength: 64 },
            }),
            host: object({
                os: { type: 'string', maxLength: 32 },
                arch: { type: 'string', maxLength: 32 },
                logicalCpus: count,
                cpus: count,
                memoryTotalBytes: bytes,
                memoryLimitBytes: bytes,
                cgroupMemoryLimitBytes: nullableBytes,
                cgroupVersion: { enum: [1, 2, null] },
            }),
            run,
            sampler: object({
                intervalMs: ms,
                source: { type: 'string', maxLength: 16 },
                samples: count,
                died: { type: 'boolean' },
            }),
            phases: { type: 'array', maxItems: 500, items: phaseFor(workerGroup, version) },
            timeline: object({
                tMs: timelineColumn(ms),
                treeRssBytes: timelineColumn(bytes),
                systemUsedBytes: timelineColumn(nullableBytes),
                cgroupUsageBytes: timelineColumn(nullableBytes),
                phase: timelineColumn({ type: 'integer', minimum: 0, maximum: 499 }),
            }),
            events: {
                type: 'array',
                maxItems: 1000,
                items: object({
                    tMs: ms,
                    kind: {
                        enum: [
                            'oom-kill',
                            'pressure-peak',
                            'sigkill',
                            'sampler-died',
                            ...(version >= 4 ? ['heap-limit'] : []),
                        ],
                    },
                    phase: nullableName,
                    detail: nullableName,
                    value: { type: ['number', 'null'] },
                }),
            },
        }),
    };
}
const RUN_PROFILE_SCHEMA_V1 = schemaFor(1);
const RUN_PROFILE_SCHEMA_V2 = schemaFor(2);
const RUN_PROFILE_SCHEMA_V3 = schemaFor(3);
const RUN_PROFILE_SCHEMA = schemaFor(4);

;// CONCATENATED MODULE: ./src/profile/profile.ts
/**
 * Reading and writing run profiles: the only place that turns text into a RunProfile. Text from
 * earlier runs is untrusted: capped in size, parsed as plain JSON (never evaluated), then
 * validated against the schema before anything uses it.
 */






/** A one-hour profile is ~100 KiB; 4 MiB leaves room and bounds what one artifact can cost. */
const MAX_PROFILE_BYTES = 4 * units_MiB;
/** The schema's deepest path is 5 levels; anything much deeper is refused before validation. */
const MAX_NESTING = 8;
const SCHEMAS = {
    1: RUN_PROFILE_SCHEMA_V1,
    2: RUN_PROFILE_SCHEMA_V2,
    3: RUN_PROFILE_SCHEMA_V3,
    4: RUN_PROFILE_SCHEMA,
};
const validators = new Map();
function validate(value, version) {
    let validator = validators.get(version);
    if (!validator) {
        validator = new ajv.Ajv({ allErrors: false, strict: true }).compile(SCHEMAS[version]);
        validators.set(version, validator);
    }
    return validator(value) ? null : (validator.errors ?? []);
}
/**
 * An older profile as the current version: what the older writer did not record reads as unknown
 * (v1: no concurrency figures, no exit status; v2: no sustained count; v3: nobody counted deaths at
 * the V8 heap limit), so the estimator uses it
 * for what it can prove and no more.
 */
function upgrade(profile) {
    const concurrency = (figures) => figures
        ? { ...figures, sustainedAlive: figures.sustainedAlive ?? null }
        : null;
    return {
        ...profile,
        version: PROFILE_VERSION,
        run: { ...profile.run, exitCode: profile.run.exitCode ?? null },
        phases: profile.phases.map((phase) => ({
            ...phase,
            heapLimitKills: phase.heapLimitKills ?? null,
            workerGroups: phase.workerGroups.map((group) => ({
                ...group,
                concurrency: concurrency(group.concurrency),
            })),
        })),
    };
}
function serializeProfile(profile) {
    return JSON.stringify(profile);
}
/** Rejects text whose brackets nest deeper than the format allows, without building it. */
function nestingDepth(text) {
    let depth = 0;
    let deepest = 0;
    let inString = false;
    for (let index = 0; index < text.length; index++) {
        const character = text.charCodeAt(index);
        if (inString) {
            if (character === 92)
                index++; // backslash: skip the escaped character
            else if (character === 34)
                inString = false;
        }
        else if (character === 34)
            inString = true;
        else if (character === 123 || character === 91)
            deepest = Math.max(deepest, ++depth);
        else if (character === 125 || character === 93)
            depth--;
    }
    return deepest;
}
/** Parses and validates a run profile (v1–v3 are upgraded to v4); throws ProfileError saying what is wrong. */
function profile_parseProfile(text, maxBytes = MAX_PROFILE_BYTES) {
    if (Buffer.byteLength(text, 'utf8') > maxBytes) {
        throw new shared_errors/* ProfileError */.eo(`profile is larger than ${maxBytes} bytes`);
    }
    if (nestingDepth(text) > MAX_NESTING)
        throw new shared_errors/* ProfileError */.eo('profile nests deeper than the format allows');
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        // The parser's message quotes the file, which is untrusted: quoted, cut and on one line.
        throw new shared_errors/* ProfileError */.eo(`profile is not JSON: ${(0,inert_text/* quoteUntrusted */.X0)(error instanceof Error ? error.message : String(error), 120)}`);
    }
    const header = (typeof value === 'object' && value !== null ? value : {});
    if (header.kind !== PROFILE_KIND)
        throw new shared_errors/* ProfileError */.eo('not a resource-planner run profile');
    if (typeof header.version === 'number' && header.version > PROFILE_VERSION) {
        throw new shared_errors/* ProfileError */.eo(`unsupported version ${header.version} (this is version ${PROFILE_VERSION}; update the action)`);
    }
    const version = header.version === 1 || header.version === 2 || header.version === 3 ? header.version : 4;
    const errors = validate(value, version);
    if (errors) {
        const first = errors[0];
        throw new shared_errors/* ProfileError */.eo(`profile does not match the schema: ${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}`);
    }
    const profile = version < PROFILE_VERSION ? upgrade(value) : value;
    checkConsistency(profile);
    return profile;
}
/** Cross-field rules a schema cannot say. */
function checkConsistency(profile) {
    const length = profile.timeline.tMs.length;
    for (const column of [
        profile.timeline.treeRssBytes,
        profile.timeline.systemUsedBytes,
        profile.timeline.cgroupUsageBytes,
        profile.timeline.phase,
    ]) {
        if (column.length !== length)
            throw new shared_errors/* ProfileError */.eo('profile timeline columns differ in length');
    }
    if (profile.timeline.phase.some((index) => index >= profile.phases.length)) {
        throw new shared_errors/* ProfileError */.eo('profile timeline points at a phase that does not exist');
    }
}

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var node_modules_yauzl = __nccwpck_require__(663);
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/profile/naming.ts
/**
 * Names of the run-profile artifact. One artifact per job, matrix combination and attempt:
 * the same name twice in one run is rejected (409), and a later run must find it by exact name
 * (`GET /repos/{o}/{r}/actions/artifacts?name=`), so the name is built from stable parts only.
 */

const ARTIFACT_PREFIX = 'resource-planner';
/** The file inside the artifact. */
const naming_PROFILE_FILE_NAME = 'run-profile.json';
/** Characters GitHub refuses in artifact names, plus anything outside a conservative set. */
const UNSAFE_NAME_CHARACTERS = /[^A-Za-z0-9._-]+/g;
/** A short, stable hash of the matrix combination ('none' outside a matrix). */
function matrixHash(matrixKey) {
    if (matrixKey === null || matrixKey === '' || matrixKey === 'null')
        return 'none';
    return createHash('sha256').update(matrixKey).digest('hex').slice(0, 8);
}
/** `resource-planner-<job>-<matrix hash>-<attempt>`, with the job id made safe and short. */
function naming_profileArtifactName(job, matrixKey, attempt) {
    const safeJob = job.replace(UNSAFE_NAME_CHARACTERS, '_').slice(0, 64) || 'job';
    return `${ARTIFACT_PREFIX}-${safeJob}-${matrixHash(matrixKey)}-${attempt}`;
}

;// CONCATENATED MODULE: ./src/history/extract.ts
/**
 * Reads the run profile (and the history digest beside it) out of an artifact zip, in memory,
 * refusing anything unusual. The zip
 * comes from an earlier run and is untrusted (zip-slip, as CVE-2024-42471 in @actions/artifact 2.0.0–2.1.1): entry counts and
 * inflated bytes are capped while streaming (headers are not trusted), unsafe names and links are
 * refused, and nothing is ever written to disk.
 */





const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/**
 * An entry name is safe when it is relative, uses forward slashes only, has no drive letter and
 * no `..` or `.` segment: checked segment by segment after normalising.
 */
function isSafeEntryName(name) {
    if (name === '' || name.includes('\\') || name.includes('\0'))
        return false;
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
        return false;
    const segments = name.split('/');
    if (segments.some((segment) => segment === '..' || segment === '.'))
        return false;
    const normalised = posix.normalize(name);
    return !normalised.startsWith('../') && normalised !== '..' && !posix.isAbsolute(normalised);
}
function isSymlink(entry) {
    const unixMode = (entry.externalFileAttributes >>> 16) & 0xffff;
    return (unixMode & S_IFMT) === S_IFLNK;
}
function openZip(zip) {
    return new Promise((resolve, reject) => {
        yauzl.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (error, file) => {
            if (error || !file)
                reject(new UnsafeArtifactError(`not a readable zip: ${error?.message ?? 'unknown error'}`));
            else
                resolve(file);
        });
    });
}
/** The text of the profile file inside the zip. */
async function extractProfileFromZip(zip, limits = {}) {
    const expected = limits.expectedFile ?? PROFILE_FILE_NAME;
    const files = await extract_extractFilesFromZip(zip, { ...limits, required: expected, optional: [] });
    return files.get(expected);
}
/**
 * The named files inside the zip, by name. Each is capped at `maxUncompressedBytes` while it
 * inflates; a file named twice, an unsafe name or a link anywhere refuses the whole artifact. An
 * optional file over the cap is left out (its name goes to `refused`): the required one stands.
 */
async function extract_extractFilesFromZip(zip, request) {
    const maxEntries = request.maxEntries ?? 16;
    const maxBytes = request.maxUncompressedBytes ?? 4 * MiB;
    const wanted = new Set([request.required, ...request.optional]);
    const file = await openZip(zip);
    if (file.entryCount > maxEntries) {
        file.close();
        throw new UnsafeArtifactError(`artifact has ${file.entryCount} entries (at most ${maxEntries} allowed)`);
    }
    return new Promise((resolve, reject) => {
        const found = new Map();
        let entries = 0;
        let failed = false;
        const fail = (message) => {
            if (failed)
                return;
            failed = true;
            file.close();
            reject(new UnsafeArtifactError(message));
        };
        file.on('error', (error) => fail(`zip error: ${error.message}`));
        file.on('end', () => {
            if (failed)
                return;
            if (!found.has(request.required))
                reject(new UnsafeArtifactError(`artifact has no ${request.required}`));
            else
                resolve(found);
        });
        file.on('entry', (entry) => {
            entries++;
            if (entries > maxEntries)
                return fail(`artifact has more than ${maxEntries} entries`);
            if (!isSafeEntryName(entry.fileName))
                return fail(`unsafe entry name ${JSON.stringify(entry.fileName.slice(0, 100))}`);
            if (isSymlink(entry))
                return fail(`entry ${JSON.stringify(entry.fileName.slice(0, 100))} is a symbolic link`);
            const name = entry.fileName;
            if (name.endsWith('/') || !wanted.has(name))
                return file.readEntry();
            if (found.has(name))
                return fail(`artifact holds ${name} twice`);
            const optional = name !== request.required;
            if (entry.uncompressedSize > maxBytes) {
                if (!optional)
                    return fail(`${name} is ${entry.uncompressedSize} bytes (at most ${maxBytes})`);
                request.refused?.push(`${name} is ${entry.uncompressedSize} bytes (at most ${maxBytes})`);
                return file.readEntry();
            }
            file.openReadStream(entry, (error, stream) => {
                if (error || !stream)
                    return fail(`cannot read ${name}: ${error?.message ?? 'unknown error'}`);
                const chunks = [];
                let size = 0;
                stream.on('data', (chunk) => {
                    size += chunk.length;
                    // Counted as it inflates: a header that lies about the size cannot get past the cap.
                    if (size > maxBytes) {
                        stream.destroy();
                        if (!optional)
                            fail(`${name} inflates past ${maxBytes} bytes`);
                        else {
                            request.refused?.push(`${name} inflates past ${maxBytes} bytes`);
                            file.readEntry();
                        }
                        return;
                    }
                    chunks.push(chunk);
                });
                stream.on('error', (streamError) => fail(`cannot inflate ${name}: ${streamError.message}`));
                stream.on('end', () => {
                    found.set(name, Buffer.concat(chunks).toString('utf8'));
                    file.readEntry();
                });
            });
        });
        file.readEntry();
    });
}

;// CONCATENATED MODULE: ./src/profile/digest.ts
/**
 * The history digest: what later plans and drift tests need from the history a run learned
 * from, carried forward in the run's own artifact so that the next run fetches one artifact
 * instead of one per earlier run. Pure. docs/profile-format.md describes it; docs/security.md
 * says why it is no weaker than fetching each profile.
 *
 * Each entry is a run profile without its timeline and events (the estimator, the ladder, the
 * speed-up fit and the drift test read only host, run and phases), so entries are validated by
 * the same schema as profiles and flow through the same code.
 */



const DIGEST_KIND = 'resource-planner/history-digest';
const DIGEST_VERSION = 1;
/** The file inside the artifact, beside run-profile.json. */
const digest_DIGEST_FILE_NAME = 'history-digest.json';
/** No digest holds more entries than this, whatever history-runs says (its input maximum). */
const MAX_DIGEST_ENTRIES = 100;
/** A digest larger than this is refused whole (an entry is a few KiB; 100 fit in well under it). */
const MAX_DIGEST_BYTES = 4 * units_MiB;
/** One entry larger than this is refused. */
const MAX_ENTRY_BYTES = 256 * 1024;
/** A profile as a digest entry: no timeline, no events. */
function compactProfile(profile) {
    return {
        ...profile,
        timeline: { tMs: [], treeRssBytes: [], systemUsedBytes: [], cgroupUsageBytes: [], phase: [] },
        events: [],
    };
}
function startedMs(profile) {
    const ms = Date.parse(profile.run.startedAt);
    return Number.isFinite(ms) ? ms : 0;
}
/**
 * This run's digest: its own profile and the history it learned from (profiles or earlier
 * digests' entries), one entry per run id (the newest attempt wins), newest first, capped at
 * `maxEntries`. Entries without a run id (local recordings) are kept only for this run itself.
 */
function buildDigest(own, history, maxEntries) {
    const cap = Math.max(1, Math.min(MAX_DIGEST_ENTRIES, Math.floor(maxEntries)));
    const byRun = new Map();
    for (const profile of history) {
        const runId = profile.run.runId;
        if (runId === null || runId === own.run.runId)
            continue;
        const existing = byRun.get(runId);
        if (!existing || (profile.run.runAttempt ?? 0) > (existing.run.runAttempt ?? 0))
            byRun.set(runId, profile);
    }
    const earlier = [...byRun.values()].sort((a, b) => startedMs(b) - startedMs(a));
    return {
        kind: DIGEST_KIND,
        version: DIGEST_VERSION,
        entries: [own, ...earlier].slice(0, cap).map(compactProfile),
    };
}
function serializeDigest(digest) {
    return JSON.stringify(digest);
}
/**
 * Parses an untrusted digest: capped in size, plain JSON, each entry validated as a run profile
 * (a bad entry is dropped and counted, the rest stand). Throws ProfileError when the digest as a
 * whole is unusable (too large, not JSON, another kind, a newer version).
 */
function digest_parseDigest(text) {
    if (Buffer.byteLength(text, 'utf8') > MAX_DIGEST_BYTES)
        throw new shared_errors/* ProfileError */.eo(`history digest is larger than ${MAX_DIGEST_BYTES} bytes`);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new shared_errors/* ProfileError */.eo('history digest is not JSON');
    }
    const digest = (typeof value === 'object' && value !== null ? value : {});
    if (digest.kind !== DIGEST_KIND)
        throw new shared_errors/* ProfileError */.eo('not a resource-planner history digest');
    if (digest.version !== DIGEST_VERSION)
        throw new shared_errors/* ProfileError */.eo(`unsupported history digest version ${String(digest.version).slice(0, 16)}`);
    if (!Array.isArray(digest.entries))
        throw new shared_errors/* ProfileError */.eo('history digest has no entries');
    const problems = [];
    const entries = [];
    const raw = digest.entries;
    if (raw.length > MAX_DIGEST_ENTRIES)
        problems.push(`${raw.length - MAX_DIGEST_ENTRIES} entries past the first ${MAX_DIGEST_ENTRIES} ignored`);
    for (const [index, entry] of raw.slice(0, MAX_DIGEST_ENTRIES).entries()) {
        try {
            entries.push(profile_parseProfile(JSON.stringify(entry), MAX_ENTRY_BYTES));
        }
        catch (error) {
            problems.push(`entry ${index + 1}: ${error instanceof shared_errors/* ProfileError */.eo ? error.message : 'unreadable'}`);
        }
    }
    return { entries, problems };
}
/**
 * The entries a trusted run's digest may contribute: only runs that would themselves count as
 * history (the same rules as fetching their profiles), one per run id; the rest are dropped with
 * a reason each.
 */
function digest_trustedEntries(entries, rules) {
    const kept = [];
    const dropped = [];
    const seen = new Set();
    for (const entry of entries) {
        const runId = entry.run.runId;
        if (runId === null)
            dropped.push('an entry without a run id');
        else if (entry.run.repositoryId !== rules.repositoryId)
            dropped.push(`run ${runId}: another repository`);
        else if (entry.run.headRepositoryId !== null &&
            entry.run.headRepositoryId !== rules.repositoryId)
            dropped.push(`run ${runId}: from a fork`);
        else if (!rules.trustedRunIds.has(runId))
            dropped.push(`run ${runId}: not a successful run of this workflow on the baseline branch`);
        else if (seen.has(runId))
            dropped.push(`run ${runId}: listed twice`);
        else {
            seen.add(runId);
            kept.push(entry);
        }
    }
    return { kept, dropped };
}

;// CONCATENATED MODULE: ./src/runner/files.ts
/**
 * Files named by users (a profile to report, a history folder) or found under RUNNER_TEMP, read
 * and created with limits that hold whatever the path turns out to be.
 *
 * Reading (`readBoundedText`): only regular files are read. Symbolic links are followed unless
 * the caller says not to, but the target must be a regular file too; FIFOs, devices (/dev/zero),
 * sockets and folders are refused before they are opened, so nothing blocks or streams forever.
 * A file larger than the cap is refused from its size before a byte is read, and the cap also
 * holds while reading (at most cap + 1 bytes are read): a file that grows meanwhile, or a
 * /proc-like file that reports size 0, is cut there and refused.
 *
 * Creating (`ensureWritableDirectory`): one non-recursive mkdir per level for a bounded number
 * of levels. Node's recursive mkdir loops forever (at 100% CPU) on a parent that exists but
 * refuses new entries with ENOENT, such as anything under /proc.
 */



/** A file or folder refused with one line that names it: `PATH: reason`. */
class FileError extends Error {
    name = 'FileError';
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
        return new FileError(this.path, this.problem, this.reason, label);
    }
}
/**
 * An error about `path` named as the user gave it, by its option (`--history DIR: no such
 * folder`); any other error unchanged. For rethrowing.
 */
function namedByOption(error, option, path) {
    return error instanceof FileError && error.path === path
        ? error.relabel(`${option} ${shownPath(path)}`)
        : error;
}
/** A path for a one-line message: quoted when it holds control characters (a newline would split the line). */
function shownPath(path) {
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u001f\u007f]/.test(path) ? JSON.stringify(path) : path;
}
const CHUNK_BYTES = 64 * 1024;
/**
 * The text (UTF-8) of the regular file at `path`, at most `maxBytes` bytes. Throws `FileError`,
 * whose message is one line naming the path, for anything else; never blocks on a FIFO and never
 * holds more than `maxBytes` + 1 bytes of the file.
 */
function files_readBoundedText(path, maxBytes, options = {}) {
    const what = options.what ?? 'this file';
    const followLinks = options.followLinks ?? true;
    let stat;
    try {
        stat = followLinks ? (0,external_node_fs_.statSync)(path) : (0,external_node_fs_.lstatSync)(path);
    }
    catch (error) {
        throw systemFileError(path, error, 'file');
    }
    checkReadable(path, stat, maxBytes, what);
    const flags = external_node_fs_.constants.O_RDONLY |
        // Should the path become a FIFO after the check, opening it must not wait for a writer.
        (external_node_fs_.constants.O_NONBLOCK ?? 0) |
        (external_node_fs_.constants.O_NOCTTY ?? 0) |
        (followLinks ? 0 : (external_node_fs_.constants.O_NOFOLLOW ?? 0));
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, flags);
    }
    catch (error) {
        throw systemFileError(path, error, 'file');
    }
    try {
        // What was opened, which may not be what was checked a moment ago.
        const opened = (0,external_node_fs_.fstatSync)(fd);
        checkReadable(path, opened, maxBytes, what);
        const chunks = [];
        let total = 0;
        while (total <= maxBytes) {
            const want = Math.min(CHUNK_BYTES, maxBytes + 1 - total);
            const chunk = Buffer.allocUnsafe(want);
            let read;
            try {
                read = (0,external_node_fs_.readSync)(fd, chunk, 0, want, null);
            }
            catch (error) {
                throw systemFileError(path, error, 'file');
            }
            if (read === 0)
                break;
            chunks.push(read === want ? chunk : chunk.subarray(0, read));
            total += read;
        }
        if (total > maxBytes)
            throw new FileError(path, 'too-large', `more than the ${formatBytes(maxBytes)} ${what} may have (read past its stated size of ${formatBytes(opened.size)})`);
        return Buffer.concat(chunks, total).toString('utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function checkReadable(path, stat, maxBytes, what) {
    if (!stat.isFile())
        throw new FileError(path, 'wrong-type', `${kindOf(stat)}, not a regular file`);
    if (stat.size > maxBytes)
        throw new FileError(path, 'too-large', `${formatBytes(stat.size)}, more than the ${formatBytes(maxBytes)} ${what} may have`);
}
/** Throws `FileError` unless `path` is a folder (links to folders are followed). */
function requireFolder(path) {
    let stat;
    try {
        stat = (0,external_node_fs_.statSync)(path);
    }
    catch (error) {
        throw systemFileError(path, error, 'folder');
    }
    if (!stat.isDirectory())
        throw new FileError(path, 'wrong-type', `${kindOf(stat)}, not a folder`);
}
/** The names in the folder at `path` (links to folders are followed). Throws `FileError`. */
function listFolder(path) {
    requireFolder(path);
    try {
        return (0,external_node_fs_.readdirSync)(path);
    }
    catch (error) {
        throw systemFileError(path, error, 'folder');
    }
}
/**
 * Makes sure `path` is a folder this process can write into, creating it and at most
 * `maxMissingParents` missing parents with one plain mkdir each (at most two tries per level),
 * so it ends quickly on any file system. Throws `FileError` when the folder cannot be had.
 */
function files_ensureWritableDirectory(path, maxMissingParents = 2) {
    createLevel(path, maxMissingParents);
    requireFolder(path);
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
    }
    catch (error) {
        throw new FileError(path, 'unusable', `not writable (${errorCode(error) ?? 'refused'})`);
    }
}
function createLevel(path, parentsLeft) {
    const code = tryMkdir(path);
    if (code === null || code === 'EEXIST')
        return;
    const parent = (0,external_node_path_.dirname)(path);
    if (code === 'ENOENT' && parentsLeft > 0 && parent !== path) {
        createLevel(parent, parentsLeft - 1);
        // Once more only: ENOENT again means the parent exists but takes no new entries (/proc).
        const again = tryMkdir(path);
        if (again === null || again === 'EEXIST')
            return;
        throw cannotCreate(path, again);
    }
    throw cannotCreate(path, code);
}
function tryMkdir(path) {
    try {
        (0,external_node_fs_.mkdirSync)(path);
        return null;
    }
    catch (error) {
        return errorCode(error) ?? 'EUNKNOWN';
    }
}
function cannotCreate(path, code) {
    return new FileError(path, code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unusable', `cannot be created (${code})`);
}
function errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : undefined;
}
/** A file system error as a one-line `FileError`. */
function systemFileError(path, error, expected) {
    const code = errorCode(error);
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return new FileError(path, 'missing', `no such ${expected}`);
        case 'ELOOP':
            return new FileError(path, 'wrong-type', `a symbolic link, not a regular ${expected}`);
        case 'EISDIR':
            return new FileError(path, 'wrong-type', `a folder, not a regular ${expected}`);
        case 'EAGAIN':
        case 'EWOULDBLOCK':
            return new FileError(path, 'wrong-type', `not a regular ${expected}`);
        case 'EACCES':
        case 'EPERM':
            return new FileError(path, 'unusable', 'permission denied');
        default:
            return new FileError(path, 'unusable', `cannot be read (${code ?? String(error)})`);
    }
}
function kindOf(stat) {
    if (stat.isDirectory())
        return 'a folder';
    if (stat.isFIFO())
        return 'a FIFO (named pipe)';
    if (stat.isCharacterDevice())
        return 'a character device';
    if (stat.isBlockDevice())
        return 'a block device';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isSymbolicLink())
        return 'a symbolic link';
    if (stat.isFile())
        return 'a regular file';
    return 'an unknown kind of file';
}

;// CONCATENATED MODULE: ./src/github/runs.ts
/**
 * Finding and fetching earlier runs' profiles through the REST API. Thin adapter over
 * `octokit.request`; every response's shape is checked before use (a truncated body arrives as
 * status 200 with `data === ""`).
 *
 * Trust: only completed runs of this workflow on the baseline branch whose head repository is
 * this repository (never a fork), only artifacts whose run and repositories match. A run that
 * failed (or timed out) is as trusted as one that succeeded (same workflow, same branch, same
 * repository) and is the only place an OOM kill that failed the job shows up; callers learn from
 * it what a failure can prove (see `failedRunIds`). At most 3 listing calls: the runs, and the
 * artifact name for attempts 1 and 2.
 */




/** Conclusions of runs that count as history: what GitHub reports for a run that ran to its end. */
const SUCCEEDED = new Set(['success']);
const FAILED = new Set(['failure', 'timed_out']);
/** Attempts whose artifact names are looked up: a run re-tried more than once is rare. */
const ATTEMPTS_LOOKED_UP = (/* unused pure expression or super */ null && ([1, 2]));
async function runs_findBaselineArtifacts(query) {
    const notes = [];
    let apiCalls = 0;
    const common = {
        owner: query.owner,
        repo: query.repo,
        per_page: 100,
        request: { signal: query.signal },
    };
    apiCalls++;
    const runsResponse = await query.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
        ...common,
        workflow_id: query.workflowFile,
        branch: query.branch,
        status: 'completed',
    });
    const runs = asRecord(runsResponse.data).workflow_runs;
    if (!Array.isArray(runs)) {
        notes.push('The workflow runs listing had an unexpected shape; planning without history.');
        return { candidates: [], trustedRunIds: new Set(), failedRunIds: new Set(), notes, apiCalls };
    }
    const trustedRuns = new Set();
    const failedRuns = new Set();
    let forks = 0;
    for (const item of runs) {
        const run = asRecord(item);
        if (typeof run.id !== 'number')
            continue;
        if (asRecord(run.head_repository).id !== query.repositoryId ||
            asRecord(run.repository).id !== query.repositoryId) {
            forks++;
            continue;
        }
        // A listing without conclusions (older servers) is read as it was asked for: completed runs.
        const conclusion = typeof run.conclusion === 'string' ? run.conclusion : 'success';
        if (FAILED.has(conclusion))
            failedRuns.add(run.id);
        else if (!SUCCEEDED.has(conclusion))
            continue; // cancelled, skipped, neutral, ...
        trustedRuns.add(run.id);
    }
    if (forks > 0)
        notes.push(`${forks} run(s) from other repositories (forks) were not used.`);
    if (trustedRuns.size === 0) {
        notes.push(`No completed runs of ${query.workflowFile} on ${query.branch} yet.`);
        return {
            candidates: [],
            trustedRunIds: trustedRuns,
            failedRunIds: failedRuns,
            notes,
            apiCalls,
        };
    }
    const byRun = new Map();
    for (const attempt of ATTEMPTS_LOOKED_UP) {
        const name = profileArtifactName(query.job, query.matrixKey, attempt);
        apiCalls++;
        const response = await query.request('GET /repos/{owner}/{repo}/actions/artifacts', {
            ...common,
            name,
        });
        const artifacts = asRecord(response.data).artifacts;
        if (!Array.isArray(artifacts)) {
            notes.push('The artifacts listing had an unexpected shape.');
            continue;
        }
        for (const item of artifacts) {
            const artifact = asRecord(item);
            const run = asRecord(artifact.workflow_run);
            if (typeof artifact.id !== 'number' ||
                artifact.name !== name ||
                artifact.expired !== false ||
                typeof artifact.size_in_bytes !== 'number' ||
                typeof run.id !== 'number' ||
                !trustedRuns.has(run.id) ||
                run.repository_id !== query.repositoryId ||
                run.head_repository_id !== query.repositoryId) {
                continue;
            }
            const existing = byRun.get(run.id);
            if (existing && existing.runAttempt >= attempt)
                continue;
            byRun.set(run.id, {
                artifactId: artifact.id,
                name,
                sizeInBytes: artifact.size_in_bytes,
                runId: run.id,
                runAttempt: attempt,
                headSha: typeof run.head_sha === 'string' ? run.head_sha : null,
                createdAt: typeof artifact.created_at === 'string' ? artifact.created_at : null,
            });
        }
    }
    const candidates = [...byRun.values()].sort((a, b) => b.runId - a.runId).slice(0, query.maxRuns);
    return { candidates, trustedRunIds: trustedRuns, failedRunIds: failedRuns, notes, apiCalls };
}
/** Profiles zip to a few KiB; 8 MiB bounds what a hostile artifact can cost. */
const MAX_ZIP_BYTES = 8 * units_MiB;
/**
 * Downloads an artifact's zip. The API answers 302 to a signed blob URL; fetch follows it and, per
 * the Fetch standard, drops the Authorization header when the redirect changes origin. The size is
 * checked against `size_in_bytes` before and counted while streaming.
 */
async function runs_downloadArtifactZip(query) {
    const cap = query.maxZipBytes ?? MAX_ZIP_BYTES;
    if (query.sizeInBytes > cap)
        throw new UnsafeArtifactError(`artifact is ${query.sizeInBytes} bytes (at most ${cap})`);
    const response = await query.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
        owner: query.owner,
        repo: query.repo,
        artifact_id: query.artifactId,
        archive_format: 'zip',
        request: { signal: query.signal, parseSuccessResponseBody: false },
    });
    return readCapped(response.data, cap);
}
async function readCapped(body, cap) {
    if (body instanceof ArrayBuffer) {
        if (body.byteLength > cap)
            throw new UnsafeArtifactError(`download exceeds ${cap} bytes`);
        return Buffer.from(body);
    }
    if (Buffer.isBuffer(body)) {
        if (body.length > cap)
            throw new UnsafeArtifactError(`download exceeds ${cap} bytes`);
        return body;
    }
    const stream = body;
    if (!stream || typeof stream.getReader !== 'function')
        throw new UnsafeArtifactError('the download had an unexpected shape');
    const reader = stream.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > cap) {
            await reader.cancel();
            throw new UnsafeArtifactError(`download exceeds ${cap} bytes`);
        }
        chunks.push(Buffer.from(value));
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/history/load.ts
/**
 * Earlier runs' profiles, from GitHub (the action) or from a folder (the CLI). Never throws for
 * GitHub trouble: problems become notes, and a bad profile is skipped and counted.
 */










function describeFailure(error) {
    const status = httpStatus(error);
    if (status === 403)
        return 'access denied (403): the token needs "actions: read"';
    if (status === 404)
        return 'not found (404)';
    if (status === 410)
        return 'expired (410)';
    if (status === 429)
        return 'rate limited (429)';
    if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'))
        return 'timed out';
    return errorMessage(error);
}
function summariseSkips(skipped, total) {
    if (skipped.length === 0)
        return null;
    const reasons = [...new Set(skipped.map((skip) => skip.reason))].slice(0, 3).join('; ');
    return `${skipped.length} of ${total} profiles skipped: ${reasons}.`;
}
/** Downloads at once for runs the digest did not cover: quick on a warm API, gentle on the rate limit. */
const PARALLEL_DOWNLOADS = 4;
/**
 * The baseline's profiles in as few round trips as the history allows: list the trusted runs
 * and their artifacts (3 calls), download the newest run's artifact, and take the digest it
 * carries of the history it learned from; only runs the digest does not cover (older versions,
 * expired digests) are downloaded one by one, a few at a time.
 */
async function loadHistory(options) {
    const signal = AbortSignal.timeout(options.timeoutMs);
    const result = { profiles: [], skipped: [], notes: [], apiCalls: 0 };
    let discovery;
    try {
        discovery = await findBaselineArtifacts({ ...options, signal });
        result.apiCalls += discovery.apiCalls;
        result.notes.push(...discovery.notes);
    }
    catch (error) {
        result.notes.push(`Could not list earlier runs: ${describeFailure(error)}.`);
        return result;
    }
    const { candidates, trustedRunIds, failedRunIds } = discovery;
    if (candidates.length === 0)
        return result;
    const runUrl = (runId) => `${options.serverUrl}/${options.owner}/${options.repo}/actions/runs/${runId}`;
    const covered = new Set();
    const take = (profile, runId) => {
        covered.add(runId);
        result.profiles.push({ profile, runId, url: runUrl(runId), failed: failedRunIds.has(runId) });
    };
    const fetchOne = async (candidate) => {
        result.apiCalls++;
        const zip = await downloadArtifactZip({
            request: options.request,
            owner: options.owner,
            repo: options.repo,
            artifactId: candidate.artifactId,
            sizeInBytes: candidate.sizeInBytes,
            signal,
        });
        const refused = [];
        const files = await extractFilesFromZip(zip, {
            required: PROFILE_FILE_NAME,
            optional: [DIGEST_FILE_NAME],
            refused,
        });
        for (const problem of refused)
            result.notes.push(`The digest of run ${candidate.runId} was not used: ${problem}.`);
        const profile = parseProfile(files.get(PROFILE_FILE_NAME));
        if (profile.run.repositoryId !== null && profile.run.repositoryId !== options.repositoryId)
            throw new Error('the profile names another repository');
        take(profile, candidate.runId);
        return files.get(DIGEST_FILE_NAME) ?? null;
    };
    // 1. The newest trusted run: its profile and the digest of the history it learned from.
    const newest = candidates[0];
    let fromDigest = 0;
    try {
        const digestText = await fetchOne(newest);
        if (digestText !== null) {
            fromDigest = takeDigest(digestText, newest.runId, trustedRunIds, options, result, take);
        }
    }
    catch (error) {
        result.skipped.push({ runId: newest.runId, reason: describeFailure(error) });
    }
    // 2. Runs the digest did not cover, up to history-runs in all, a few at a time.
    const rest = candidates
        .slice(1)
        .filter((candidate) => !covered.has(candidate.runId))
        .slice(0, Math.max(0, options.maxRuns - Math.max(1, result.profiles.length)));
    let next = 0;
    const worker = async () => {
        while (next < rest.length && !signal.aborted) {
            const candidate = rest[next++];
            try {
                await fetchOne(candidate);
            }
            catch (error) {
                result.skipped.push({ runId: candidate.runId, reason: describeFailure(error) });
            }
        }
    };
    await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, worker));
    result.profiles.sort((a, b) => (b.runId ?? 0) - (a.runId ?? 0));
    result.profiles.splice(options.maxRuns);
    // The newest run's own profile came with its digest: both count as "from the digest".
    const viaDigest = fromDigest > 0 && covered.has(newest.runId) ? fromDigest + 1 : 0;
    const separately = result.profiles.length - viaDigest;
    result.notes.push(viaDigest > 0
        ? `${viaDigest} run(s) from the digest of run ${newest.runId}, ${separately} fetched separately.`
        : `No usable digest in run ${newest.runId}'s artifact (an older version of the action?): ${separately} run(s) fetched one by one, ${PARALLEL_DOWNLOADS} at a time.`);
    const skips = summariseSkips(result.skipped, rest.length + 1);
    if (skips)
        result.notes.push(skips);
    const failed = result.profiles.filter((entry) => entry.failed).length;
    if (failed > 0)
        result.notes.push(`${failed} of them from run(s) that failed: their OOM kills and memory count, the worker counts they ran prove nothing.`);
    return result;
}
/**
 * Takes the digest's entries that the baseline rules allow (each validated like a profile and
 * kept with its own run id); says what was dropped. Returns how many were taken.
 */
function takeDigest(text, digestRunId, trustedRunIds, options, result, take) {
    let parsed;
    try {
        parsed = parseDigest(text);
    }
    catch (error) {
        result.notes.push(`The digest of run ${digestRunId} was not used: ${errorMessage(error)}.`);
        return 0;
    }
    const { kept, dropped } = trustedEntries(parsed.entries.filter((entry) => entry.run.runId !== digestRunId), { repositoryId: options.repositoryId, trustedRunIds });
    const newestFirst = kept.slice(0, Math.max(0, options.maxRuns - 1));
    for (const entry of newestFirst)
        take(entry, entry.run.runId);
    const problems = [...parsed.problems, ...dropped];
    if (problems.length > 0)
        result.notes.push(`The digest of run ${digestRunId}: ${problems.length} entr${problems.length === 1 ? 'y' : 'ies'} left out (${problems.slice(0, 3).join('; ')}).`);
    return newestFirst.length;
}
/**
 * Profiles from a folder: `*.json` files and `run-profile.json` one level down (as
 * `gh run download` lays artifacts out). Each is read with the profile cap applied while reading;
 * links are not followed, and FIFOs, devices, sockets and links named `*.json` are skipped with a
 * note (never opened). Throws `FileError` (one line: `DIR: no such folder`) when `directory`
 * itself cannot be listed.
 */
function loadHistoryFromDirectory(directory, maxProfiles = 100) {
    const result = { profiles: [], skipped: [], notes: [], apiCalls: 0 };
    const files = [];
    for (const entry of listFolder(directory)) {
        const path = (0,external_node_path_.join)(directory, entry);
        if (isFolder(path))
            files.push(...innerProfiles(path, result));
        else if (entry.endsWith('.json'))
            files.push(path);
    }
    const digests = [];
    for (const file of files.sort().slice(0, maxProfiles)) {
        try {
            if ((0,external_node_path_.basename)(file) === digest_DIGEST_FILE_NAME) {
                // A downloaded artifact's digest: its entries count for runs no profile here covers.
                const parsed = digest_parseDigest(files_readBoundedText(file, MAX_DIGEST_BYTES, { what: 'a history digest', followLinks: false }));
                digests.push(...parsed.entries);
                if (parsed.problems.length > 0)
                    result.notes.push(`${shownPath(file)}: ${parsed.problems.length} digest entries left out.`);
                continue;
            }
            const text = files_readBoundedText(file, MAX_PROFILE_BYTES, {
                what: 'a run profile',
                followLinks: false,
            });
            const profile = profile_parseProfile(text);
            result.profiles.push({ profile, runId: profile.run.runId, url: null, failed: false });
        }
        catch (error) {
            result.skipped.push({
                runId: null,
                reason: error instanceof FileError ? error.message : `${shownPath(file)}: ${(0,shared_errors/* errorMessage */.gJ)(error)}`,
            });
        }
    }
    const covered = new Set(result.profiles.map((entry) => entry.runId));
    let fromDigests = 0;
    for (const entry of digests) {
        if (entry.run.runId !== null && covered.has(entry.run.runId))
            continue;
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
    if (skips)
        result.notes.push(skips);
    return result;
}
/** A real folder (not a link to one). */
function isFolder(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/** The `*.json` entries of a folder one level down; a folder that cannot be listed is a note. */
function innerProfiles(folder, result) {
    let entries;
    try {
        entries = listFolder(folder);
    }
    catch (error) {
        result.notes.push(`Skipped ${(0,shared_errors/* errorMessage */.gJ)(error)}.`);
        return [];
    }
    return entries
        .filter((inner) => inner.endsWith('.json') && !isFolder((0,external_node_path_.join)(folder, inner)))
        .map((inner) => (0,external_node_path_.join)(folder, inner));
}

;// CONCATENATED MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
/**
 * When adding a new value to a list, one does not have to necessary
 * recompute the mean of the list in linear time. They can instead use
 * this function to compute the new mean by providing the current mean,
 * the number of elements in the list that produced it and the new
 * value to add.
 *
 * @since 2.5.0
 * @param {number} mean current mean
 * @param {number} n number of items in the list
 * @param {number} newValue the added value
 * @returns {number} the new mean
 *
 * @example
 * addToMean(14, 5, 53); // => 20.5
 */
function addToMean(mean, n, newValue) {
    return mean + (newValue - mean) / (n + 1);
}

/**
 * Split an array into chunks of a specified size. This function
 * has the same behavior as [PHP's array_chunk](http://php.net/manual/en/function.array-chunk.php)
 * function, and thus will insert smaller-sized chunks at the end if
 * the input size is not divisible by the chunk size.
 *
 * `x` is expected to be an array, and `chunkSize` a number.
 * The `x` array can contain any kind of data.
 *
 * @param {Array} x a sample
 * @param {number} chunkSize size of each output array. must be a positive integer
 * @returns {Array<Array>} a chunked array
 * @throws {Error} if chunk size is less than 1 or not an integer
 * @example
 * chunk([1, 2, 3, 4, 5, 6], 2);
 * // => [[1, 2], [3, 4], [5, 6]]
 */
function chunk(x, chunkSize) {
    // a list of result chunks, as arrays in an array
    var output = [];

    // `chunkSize` must be zero or higher - otherwise the loop below,
    // in which we call `start += chunkSize`, will loop infinitely.
    // So, we'll detect and throw in that case to indicate
    // invalid input.
    if (chunkSize < 1) {
        throw new Error("chunk size must be a positive number");
    }

    if (Math.floor(chunkSize) !== chunkSize) {
        throw new Error("chunk size must be an integer");
    }

    // `start` is the index at which `.slice` will start selecting
    // new array elements
    for (var start = 0; start < x.length; start += chunkSize) {
        // for each chunk, slice that part of the array and add it
        // to the output. The `.slice` function does not change
        // the original array.
        output.push(x.slice(start, start + chunkSize));
    }
    return output;
}

/**
 * Create a new column x row matrix.
 *
 * @private
 * @param {number} columns
 * @param {number} rows
 * @return {Array<Array<number>>} matrix
 * @example
 * makeMatrix(10, 10);
 */
function makeMatrix(columns, rows) {
    var matrix = [];
    for (var i = 0; i < columns; i++) {
        var column = [];
        for (var j = 0; j < rows; j++) {
            column.push(0);
        }
        matrix.push(column);
    }
    return matrix;
}

/**
 * Sort an array of numbers by their numeric value, ensuring that the
 * array is not changed in place.
 *
 * This is necessary because the default behavior of .sort
 * in JavaScript is to sort arrays as string values
 *
 *     [1, 10, 12, 102, 20].sort()
 *     // output
 *     [1, 10, 102, 12, 20]
 *
 * @param {Array<number>} x input array
 * @return {Array<number>} sorted array
 * @private
 * @example
 * numericSort([3, 2, 1]) // => [1, 2, 3]
 */
function numericSort(x) {
    return (
        x
            // ensure the array is not changed in-place
            .slice()
            // comparator function that treats input as numeric
            .sort(function (a, b) {
                return a - b;
            })
    );
}

/**
 * For a sorted input, counting the number of unique values
 * is possible in constant time and constant memory. This is
 * a simple implementation of the algorithm.
 *
 * Values are compared with `===`, so objects and non-primitive objects
 * are not handled in any special way.
 *
 * @param {Array<*>} x an array of any kind of value
 * @returns {number} count of unique values
 * @example
 * uniqueCountSorted([1, 2, 3]); // => 3
 * uniqueCountSorted([1, 1, 1]); // => 1
 */
function uniqueCountSorted(x) {
    var uniqueValueCount = 0;
    var lastSeenValue;
    for (var i = 0; i < x.length; i++) {
        if (i === 0 || x[i] !== lastSeenValue) {
            lastSeenValue = x[i];
            uniqueValueCount++;
        }
    }
    return uniqueValueCount;
}

/**
 * Generates incrementally computed values based on the sums and sums of
 * squares for the data array
 *
 * @private
 * @param {number} j
 * @param {number} i
 * @param {Array<number>} sums
 * @param {Array<number>} sumsOfSquares
 * @return {number}
 * @example
 * ssq(0, 1, [-1, 0, 2], [1, 1, 5]);
 */
function ssq(j, i, sums, sumsOfSquares) {
    var sji; // s(j, i)
    if (j > 0) {
        var muji = (sums[i] - sums[j - 1]) / (i - j + 1); // mu(j, i)
        sji =
            sumsOfSquares[i] - sumsOfSquares[j - 1] - (i - j + 1) * muji * muji;
    } else {
        sji = sumsOfSquares[i] - (sums[i] * sums[i]) / (i + 1);
    }
    if (sji < 0) {
        return 0;
    }
    return sji;
}

/**
 * Function that recursively divides and conquers computations
 * for cluster j
 *
 * @private
 * @param {number} iMin Minimum index in cluster to be computed
 * @param {number} iMax Maximum index in cluster to be computed
 * @param {number} cluster Index of the cluster currently being computed
 * @param {Array<Array<number>>} matrix
 * @param {Array<Array<number>>} backtrackMatrix
 * @param {Array<number>} sums
 * @param {Array<number>} sumsOfSquares
 */
function fillMatrixColumn(
    iMin,
    iMax,
    cluster,
    matrix,
    backtrackMatrix,
    sums,
    sumsOfSquares
) {
    if (iMin > iMax) {
        return;
    }

    // Start at midpoint between iMin and iMax
    var i = Math.floor((iMin + iMax) / 2);

    matrix[cluster][i] = matrix[cluster - 1][i - 1];
    backtrackMatrix[cluster][i] = i;

    var jlow = cluster; // the lower end for j

    if (iMin > cluster) {
        jlow = Math.max(jlow, backtrackMatrix[cluster][iMin - 1] || 0);
    }
    jlow = Math.max(jlow, backtrackMatrix[cluster - 1][i] || 0);

    var jhigh = i - 1; // the upper end for j
    if (iMax < matrix[0].length - 1) {
        /* c8 ignore start */
        jhigh = Math.min(jhigh, backtrackMatrix[cluster][iMax + 1] || 0);
        /* c8 ignore end */
    }

    var sji;
    var sjlowi;
    var ssqjlow;
    var ssqj;
    for (var j = jhigh; j >= jlow; --j) {
        sji = ssq(j, i, sums, sumsOfSquares);

        if (sji + matrix[cluster - 1][jlow - 1] >= matrix[cluster][i]) {
            break;
        }

        // Examine the lower bound of the cluster border
        sjlowi = ssq(jlow, i, sums, sumsOfSquares);

        ssqjlow = sjlowi + matrix[cluster - 1][jlow - 1];

        if (ssqjlow < matrix[cluster][i]) {
            // Shrink the lower bound
            matrix[cluster][i] = ssqjlow;
            backtrackMatrix[cluster][i] = jlow;
        }
        jlow++;

        ssqj = sji + matrix[cluster - 1][j - 1];
        if (ssqj < matrix[cluster][i]) {
            matrix[cluster][i] = ssqj;
            backtrackMatrix[cluster][i] = j;
        }
    }

    fillMatrixColumn(
        iMin,
        i - 1,
        cluster,
        matrix,
        backtrackMatrix,
        sums,
        sumsOfSquares
    );
    fillMatrixColumn(
        i + 1,
        iMax,
        cluster,
        matrix,
        backtrackMatrix,
        sums,
        sumsOfSquares
    );
}

/**
 * Initializes the main matrices used in Ckmeans and kicks
 * off the divide and conquer cluster computation strategy
 *
 * @private
 * @param {Array<number>} data sorted array of values
 * @param {Array<Array<number>>} matrix
 * @param {Array<Array<number>>} backtrackMatrix
 */
function fillMatrices(data, matrix, backtrackMatrix) {
    var nValues = matrix[0].length;

    // Shift values by the median to improve numeric stability
    var shift = data[Math.floor(nValues / 2)];

    // Cumulative sum and cumulative sum of squares for all values in data array
    var sums = [];
    var sumsOfSquares = [];

    // Initialize first column in matrix & backtrackMatrix
    for (var i = 0, shiftedValue = (void 0); i < nValues; ++i) {
        shiftedValue = data[i] - shift;
        if (i === 0) {
            sums.push(shiftedValue);
            sumsOfSquares.push(shiftedValue * shiftedValue);
        } else {
            sums.push(sums[i - 1] + shiftedValue);
            sumsOfSquares.push(
                sumsOfSquares[i - 1] + shiftedValue * shiftedValue
            );
        }

        // Initialize for cluster = 0
        matrix[0][i] = ssq(0, i, sums, sumsOfSquares);
        backtrackMatrix[0][i] = 0;
    }

    // Initialize the rest of the columns
    var iMin;
    for (var cluster = 1; cluster < matrix.length; ++cluster) {
        if (cluster < matrix.length - 1) {
            iMin = cluster;
        } else {
            // No need to compute matrix[K-1][0] ... matrix[K-1][N-2]
            iMin = nValues - 1;
        }

        fillMatrixColumn(
            iMin,
            nValues - 1,
            cluster,
            matrix,
            backtrackMatrix,
            sums,
            sumsOfSquares
        );
    }
}

/**
 * Ckmeans clustering is an improvement on heuristic-based clustering
 * approaches like Jenks. The algorithm was developed in
 * [Haizhou Wang and Mingzhou Song](http://journal.r-project.org/archive/2011-2/RJournal_2011-2_Wang+Song.pdf)
 * as a [dynamic programming](https://en.wikipedia.org/wiki/Dynamic_programming) approach
 * to the problem of clustering numeric data into groups with the least
 * within-group sum-of-squared-deviations.
 *
 * Minimizing the difference within groups - what Wang & Song refer to as
 * `withinss`, or within sum-of-squares, means that groups are optimally
 * homogenous within and the data is split into representative groups.
 * This is very useful for visualization, where you may want to represent
 * a continuous variable in discrete color or style groups. This function
 * can provide groups that emphasize differences between data.
 *
 * Being a dynamic approach, this algorithm is based on two matrices that
 * store incrementally-computed values for squared deviations and backtracking
 * indexes.
 *
 * This implementation is based on Ckmeans 3.4.6, which introduced a new divide
 * and conquer approach that improved runtime from O(kn^2) to O(kn log(n)).
 *
 * Unlike the [original implementation](https://cran.r-project.org/web/packages/Ckmeans.1d.dp/index.html),
 * this implementation does not include any code to automatically determine
 * the optimal number of clusters: this information needs to be explicitly
 * provided.
 *
 * ### References
 * _Ckmeans.1d.dp: Optimal k-means Clustering in One Dimension by Dynamic
 * Programming_ Haizhou Wang and Mingzhou Song ISSN 2073-4859
 *
 * from The R Journal Vol. 3/2, December 2011
 * @param {Array<number>} x input data, as an array of number values
 * @param {number} nClusters number of desired classes. This cannot be
 * greater than the number of values in the data array.
 * @returns {Array<Array<number>>} clustered input
 * @throws {Error} if the number of requested clusters is higher than the size of the data
 * @example
 * ckmeans([-1, 2, -1, 2, 4, 5, 6, -1, 2, -1], 3);
 * // The input, clustered into groups of similar numbers.
 * //= [[-1, -1, -1, -1], [2, 2, 2], [4, 5, 6]]);
 */
function ckmeans(x, nClusters) {
    if (nClusters > x.length) {
        throw new Error(
            "cannot generate more classes than there are data values"
        );
    }

    var sorted = numericSort(x);
    // we'll use this as the maximum number of clusters
    var uniqueCount = uniqueCountSorted(sorted);

    // if all of the input values are identical, there's one cluster
    // with all of the input in it.
    if (uniqueCount === 1) {
        return [sorted];
    }

    // named 'S' originally
    var matrix = makeMatrix(nClusters, sorted.length);
    // named 'J' originally
    var backtrackMatrix = makeMatrix(nClusters, sorted.length);

    // This is a dynamic programming way to solve the problem of minimizing
    // within-cluster sum of squares. It's similar to linear regression
    // in this way, and this calculation incrementally computes the
    // sum of squares that are later read.
    fillMatrices(sorted, matrix, backtrackMatrix);

    // The real work of Ckmeans clustering happens in the matrix generation:
    // the generated matrices encode all possible clustering combinations, and
    // once they're generated we can solve for the best clustering groups
    // very quickly.
    var clusters = [];
    var clusterRight = backtrackMatrix[0].length - 1;

    // Backtrack the clusters from the dynamic programming matrix. This
    // starts at the bottom-right corner of the matrix (if the top-left is 0, 0),
    // and moves the cluster target with the loop.
    for (var cluster = backtrackMatrix.length - 1; cluster >= 0; cluster--) {
        var clusterLeft = backtrackMatrix[cluster][clusterRight];

        // fill the cluster from the sorted input by taking a slice of the
        // array. the backtrack matrix makes this easy - it stores the
        // indexes where the cluster should start and end.
        clusters[cluster] = sorted.slice(clusterLeft, clusterRight + 1);

        if (cluster > 0) {
            clusterRight = clusterLeft - 1;
        }
    }

    return clusters;
}

/**
 * Our default sum is the [Kahan-Babuska algorithm](https://pdfs.semanticscholar.org/1760/7d467cda1d0277ad272deb2113533131dc09.pdf).
 * This method is an improvement over the classical
 * [Kahan summation algorithm](https://en.wikipedia.org/wiki/Kahan_summation_algorithm).
 * It aims at computing the sum of a list of numbers while correcting for
 * floating-point errors. Traditionally, sums are calculated as many
 * successive additions, each one with its own floating-point roundoff. These
 * losses in precision add up as the number of numbers increases. This alternative
 * algorithm is more accurate than the simple way of calculating sums by simple
 * addition.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x input
 * @return {number} sum of all input numbers
 * @example
 * sum([1, 2, 3]); // => 6
 */
function sum(x) {
    // If the array is empty, we needn't bother computing its sum
    if (x.length === 0) {
        return 0;
    }

    // Initializing the sum as the first number in the array
    var sum = x[0];

    // Keeping track of the floating-point error correction
    var correction = 0;

    var transition;

    if (typeof sum !== "number") {
        return Number.NaN;
    }

    for (var i = 1; i < x.length; i++) {
        if (typeof x[i] !== "number") {
            return Number.NaN;
        }
        transition = sum + x[i];

        // Here we need to update the correction in a different fashion
        // if the new absolute value is greater than the absolute sum
        if (Math.abs(sum) >= Math.abs(x[i])) {
            correction += sum - transition + x[i];
        } else {
            correction += x[i] - transition + sum;
        }

        sum = transition;
    }

    // Returning the corrected sum
    return sum + correction;
}

/**
 * The mean, _also known as average_,
 * is the sum of all values over the number of values.
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @throws {Error} if the length of x is less than one
 * @returns {number} mean
 * @example
 * mean([0, 10]); // => 5
 */
function mean(x) {
    if (x.length === 0) {
        throw new Error("mean requires at least one data point");
    }

    return sum(x) / x.length;
}

/**
 * The sum of deviations to the Nth power.
 * When n=2 it's the sum of squared deviations.
 * When n=3 it's the sum of cubed deviations.
 *
 * @param {Array<number>} x
 * @param {number} n power
 * @returns {number} sum of nth power deviations
 *
 * @example
 * var input = [1, 2, 3];
 * // since the variance of a set is the mean squared
 * // deviations, we can calculate that with sumNthPowerDeviations:
 * sumNthPowerDeviations(input, 2) / input.length;
 */
function sumNthPowerDeviations(x, n) {
    var meanValue = mean(x);
    var sum = 0;
    var tempValue;
    var i;

    // This is an optimization: when n is 2 (we're computing a number squared),
    // multiplying the number by itself is significantly faster than using
    // the Math.pow method.
    if (n === 2) {
        for (i = 0; i < x.length; i++) {
            tempValue = x[i] - meanValue;
            sum += tempValue * tempValue;
        }
    } else {
        for (i = 0; i < x.length; i++) {
            sum += Math.pow(x[i] - meanValue, n);
        }
    }

    return sum;
}

/**
 * The [sample variance](https://en.wikipedia.org/wiki/Variance#Sample_variance)
 * is the sum of squared deviations from the mean. The sample variance
 * is distinguished from the variance by the usage of [Bessel's Correction](https://en.wikipedia.org/wiki/Bessel's_correction):
 * instead of dividing the sum of squared deviations by the length of the input,
 * it is divided by the length minus one. This corrects the bias in estimating
 * a value from a set that you don't know if full.
 *
 * References:
 * * [Wolfram MathWorld on Sample Variance](http://mathworld.wolfram.com/SampleVariance.html)
 *
 * @param {Array<number>} x a sample of two or more data points
 * @throws {Error} if the length of x is less than 2
 * @return {number} sample variance
 * @example
 * sampleVariance([1, 2, 3, 4, 5]); // => 2.5
 */
function sampleVariance(x) {
    if (x.length < 2) {
        throw new Error("sampleVariance requires at least two data points");
    }

    var sumSquaredDeviationsValue = sumNthPowerDeviations(x, 2);

    // this is Bessels' Correction: an adjustment made to sample statistics
    // that allows for the reduced degree of freedom entailed in calculating
    // values from samples rather than complete populations.
    var besselsCorrection = x.length - 1;

    // Find the mean value of that list
    return sumSquaredDeviationsValue / besselsCorrection;
}

/**
 * The [sample standard deviation](http://en.wikipedia.org/wiki/Standard_deviation#Sample_standard_deviation)
 * is the square root of the sample variance.
 *
 * @param {Array<number>} x input array
 * @returns {number} sample standard deviation
 * @example
 * sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9]).toFixed(2);
 * // => '2.14'
 */
function sampleStandardDeviation(x) {
    var sampleVarianceX = sampleVariance(x);
    return Math.sqrt(sampleVarianceX);
}

/**
 * The`coefficient of variation`_ is the ratio of the standard deviation to the mean.
 * .._`coefficient of variation`: https://en.wikipedia.org/wiki/Coefficient_of_variation
 *
 *
 * @param {Array} x input
 * @returns {number} coefficient of variation
 * @example
 * coefficientOfVariation([1, 2, 3, 4]).toFixed(3); // => 0.516
 * coefficientOfVariation([1, 2, 3, 4, 5]).toFixed(3); // => 0.527
 * coefficientOfVariation([-1, 0, 1, 2, 3, 4]).toFixed(3); // => 1.247
 */
function coefficientOfVariation(x) {
    return sampleStandardDeviation(x) / mean(x);
}

/**
 * Implementation of Combinations
 * Combinations are unique subsets of a collection - in this case, k x from a collection at a time.
 * https://en.wikipedia.org/wiki/Combination
 * @param {Array} x any type of data
 * @param {int} k the number of objects in each group (without replacement)
 * @returns {Array<Array>} array of permutations
 * @example
 * combinations([1, 2, 3], 2); // => [[1,2], [1,3], [2,3]]
 */

function combinations(x, k) {
    if (k === 0) {
        return [[]];
    }

    var i;
    var subI;
    var combinationList = [];
    var subsetCombinations;
    var next;

    for (i = 0; i < x.length; i++) {
        if (k === 1) {
            combinationList.push([x[i]]);
        } else {
            subsetCombinations = combinations(x.slice(i + 1, x.length), k - 1);
            for (subI = 0; subI < subsetCombinations.length; subI++) {
                next = subsetCombinations[subI];
                next.unshift(x[i]);
                combinationList.push(next);
            }
        }
    }
    return combinationList;
}

/**
 * Implementation of [Combinations](https://en.wikipedia.org/wiki/Combination) with replacement
 * Combinations are unique subsets of a collection - in this case, k x from a collection at a time.
 * 'With replacement' means that a given element can be chosen multiple times.
 * Unlike permutation, order doesn't matter for combinations.
 *
 * @param {Array} x any type of data
 * @param {int} k the number of objects in each group (without replacement)
 * @returns {Array<Array>} array of permutations
 * @example
 * combinationsReplacement([1, 2], 2); // => [[1, 1], [1, 2], [2, 2]]
 */
function combinationsReplacement(x, k) {
    if (k === 0) {
        return [[]];
    }

    var combinationList = [];

    for (var i = 0; i < x.length; i++) {
        if (k === 1) {
            // If we're requested to find only one element, we don't need
            // to recurse: just push `x[i]` onto the list of combinations.
            combinationList.push([x[i]]);
        } else {
            // Otherwise, recursively find combinations, given `k - 1`. Note that
            // we request `k - 1`, so if you were looking for k=3 combinations, we're
            // requesting k=2. This -1 gets reversed in the for loop right after this
            // code, since we concatenate `x[i]` onto the selected combinations,
            // bringing `k` back up to your requested level.
            // This recursion may go many levels deep, since it only stops once
            // k=1.
            var subsetCombinations = combinationsReplacement(
                x.slice(i, x.length),
                k - 1
            );

            for (var j = 0; j < subsetCombinations.length; j++) {
                combinationList.push([x[i]].concat(subsetCombinations[j]));
            }
        }
    }

    return combinationList;
}

/**
 * When combining two lists of values for which one already knows the means,
 * one does not have to necessary recompute the mean of the combined lists in
 * linear time. They can instead use this function to compute the combined
 * mean by providing the mean & number of values of the first list and the mean
 * & number of values of the second list.
 *
 * @since 3.0.0
 * @param {number} mean1 mean of the first list
 * @param {number} n1 number of items in the first list
 * @param {number} mean2 mean of the second list
 * @param {number} n2 number of items in the second list
 * @returns {number} the combined mean
 *
 * @example
 * combineMeans(5, 3, 4, 3); // => 4.5
 */
function combineMeans(mean1, n1, mean2, n2) {
    return (mean1 * n1 + mean2 * n2) / (n1 + n2);
}

/**
 * When combining two lists of values for which one already knows the variances,
 * one does not have to necessary recompute the variance of the combined lists
 * in linear time. They can instead use this function to compute the combined
 * variance by providing the variance, mean & number of values of the first list
 * and the variance, mean & number of values of the second list.
 *
 * @since 3.0.0
 * @param {number} variance1 variance of the first list
 * @param {number} mean1 mean of the first list
 * @param {number} n1 number of items in the first list
 * @param {number} variance2 variance of the second list
 * @param {number} mean2 mean of the second list
 * @param {number} n2 number of items in the second list
 * @returns {number} the combined mean
 *
 * @example
 * combineVariances(14 / 3, 5, 3, 8 / 3, 4, 3); // => 47 / 12
 */
function combineVariances(variance1, mean1, n1, variance2, mean2, n2) {
    var newMean = combineMeans(mean1, n1, mean2, n2);

    return (
        (n1 * (variance1 + Math.pow(mean1 - newMean, 2)) +
            n2 * (variance2 + Math.pow(mean2 - newMean, 2))) /
        (n1 + n2)
    );
}

/**
 * This computes the maximum number in an array.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @returns {number} maximum value
 * @throws {Error} if the length of x is less than one
 * @example
 * max([1, 2, 3, 4]);
 * // => 4
 */
function max(x) {
    if (x.length === 0) {
        throw new Error("max requires at least one data point");
    }

    var value = x[0];
    for (var i = 1; i < x.length; i++) {
        if (x[i] > value) {
            value = x[i];
        }
    }
    return value;
}

/**
 * The min is the lowest number in the array.
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @throws {Error} if the length of x is less than one
 * @returns {number} minimum value
 * @example
 * min([1, 5, -10, 100, 2]); // => -10
 */
function min(x) {
    if (x.length === 0) {
        throw new Error("min requires at least one data point");
    }

    var value = x[0];
    for (var i = 1; i < x.length; i++) {
        if (x[i] < value) {
            value = x[i];
        }
    }
    return value;
}

/**
 * Given an array of x, this will find the extent of the
 * x and return an array of breaks that can be used
 * to categorize the x into a number of classes. The
 * returned array will always be 1 longer than the number of
 * classes because it includes the minimum value.
 *
 * @param {Array<number>} x an array of number values
 * @param {number} nClasses number of desired classes
 * @returns {Array<number>} array of class break positions
 * @example
 * equalIntervalBreaks([1, 2, 3, 4, 5, 6], 4); // => [1, 2.25, 3.5, 4.75, 6]
 */
function equalIntervalBreaks(x, nClasses) {
    if (x.length < 2) {
        return x;
    }

    var theMin = min(x);
    var theMax = max(x);

    // the first break will always be the minimum value
    // in the xset
    var breaks = [theMin];

    // The size of each break is the full range of the x
    // divided by the number of classes requested
    var breakSize = (theMax - theMin) / nClasses;

    // In the case of nClasses = 1, this loop won't run
    // and the returned breaks will be [min, max]
    for (var i = 1; i < nClasses; i++) {
        breaks.push(breaks[0] + breakSize * i);
    }

    // the last break will always be the
    // maximum.
    breaks.push(theMax);

    return breaks;
}

/**
 * This computes the minimum & maximum number in an array.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @returns {Array<number>} minimum & maximum value
 * @throws {Error} if the length of x is less than one
 * @example
 * extent([1, 2, 3, 4]);
 * // => [1, 4]
 */
function extent(x) {
    if (x.length === 0) {
        throw new Error("extent requires at least one data point");
    }

    var min = x[0];
    var max = x[0];
    for (var i = 1; i < x.length; i++) {
        if (x[i] > max) {
            max = x[i];
        }
        if (x[i] < min) {
            min = x[i];
        }
    }
    return [min, max];
}

/**
 * The extent is the lowest & highest number in the array. With a sorted array,
 * the first element in the array is always the lowest while the last element is always the largest, so this calculation
 * can be done in one step, or constant time.
 *
 * @param {Array<number>} x input
 * @returns {Array<number>} minimum & maximum value
 * @example
 * extentSorted([-100, -10, 1, 2, 5]); // => [-100, 5]
 */
function extentSorted(x) {
    return [x[0], x[x.length - 1]];
}

/**
 * The [Geometric Mean](https://en.wikipedia.org/wiki/Geometric_mean) is
 * a mean function that is more useful for numbers in different
 * ranges.
 *
 * This is the nth root of the input numbers multiplied by each other.
 *
 * The geometric mean is often useful for
 * **[proportional growth](https://en.wikipedia.org/wiki/Geometric_mean#Proportional_growth)**: given
 * growth rates for multiple years, like _80%, 16.66% and 42.85%_, a simple
 * mean will incorrectly estimate an average growth rate, whereas a geometric
 * mean will correctly estimate a growth rate that, over those years,
 * will yield the same end value.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @returns {number} geometric mean
 * @throws {Error} if x is empty
 * @throws {Error} if x contains a negative number
 * @example
 * var growthRates = [1.80, 1.166666, 1.428571];
 * var averageGrowth = ss.geometricMean(growthRates);
 * var averageGrowthRates = [averageGrowth, averageGrowth, averageGrowth];
 * var startingValue = 10;
 * var startingValueMean = 10;
 * growthRates.forEach(function(rate) {
 *   startingValue *= rate;
 * });
 * averageGrowthRates.forEach(function(rate) {
 *   startingValueMean *= rate;
 * });
 * startingValueMean === startingValue;
 */
function geometricMean(x) {
    if (x.length === 0) {
        throw new Error("geometricMean requires at least one data point");
    }

    // the starting value.
    var value = 1;

    for (var i = 0; i < x.length; i++) {
        // the geometric mean is only valid for positive numbers
        if (x[i] < 0) {
            throw new Error(
                "geometricMean requires only non-negative numbers as input"
            );
        }

        // repeatedly multiply the value by each number
        value *= x[i];
    }

    return Math.pow(value, 1 / x.length);
}

/**
 * The [Harmonic Mean](https://en.wikipedia.org/wiki/Harmonic_mean) is
 * a mean function typically used to find the average of rates.
 * This mean is calculated by taking the reciprocal of the arithmetic mean
 * of the reciprocals of the input numbers.
 *
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @returns {number} harmonic mean
 * @throws {Error} if x is empty
 * @throws {Error} if x contains a negative number
 * @example
 * harmonicMean([2, 3]).toFixed(2) // => '2.40'
 */
function harmonicMean(x) {
    if (x.length === 0) {
        throw new Error("harmonicMean requires at least one data point");
    }

    var reciprocalSum = 0;

    for (var i = 0; i < x.length; i++) {
        // the harmonic mean is only valid for positive numbers
        if (x[i] <= 0) {
            throw new Error(
                "harmonicMean requires only positive numbers as input"
            );
        }

        reciprocalSum += 1 / x[i];
    }

    // divide n by the reciprocal sum
    return x.length / reciprocalSum;
}

/**
 * This is the internal implementation of quantiles: when you know
 * that the order is sorted, you don't need to re-sort it, and the computations
 * are faster.
 *
 * This implements the linear interpolation method (type=7 in R/numpy),
 * which is the default in numpy.percentile and R's quantile.
 *
 * @param {Array<number>} x sample of one or more data points
 * @param {number} p desired quantile: a number between 0 to 1, inclusive
 * @returns {number} quantile value
 * @throws {Error} if p ix outside of the range from 0 to 1
 * @throws {Error} if x is empty
 * @example
 * quantileSorted([3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20], 0.5); // => 9
 */
function quantileSorted(x, p) {
    // Use (n-1) * p for index, matching numpy's linear method (type=7)
    var idx = (x.length - 1) * p;
    if (x.length === 0) {
        throw new Error("quantile requires at least one data point.");
    } else if (p < 0 || p > 1) {
        throw new Error("quantiles must be between 0 and 1");
    } else if (p === 1) {
        // If p is 1, directly return the last element
        return x[x.length - 1];
    } else if (p === 0) {
        // If p is 0, directly return the first element
        return x[0];
    } else if (idx % 1 !== 0) {
        // If idx is not integer, interpolate linearly between floor and ceil
        var lower = Math.floor(idx);
        var upper = Math.ceil(idx);
        var fraction = idx - lower;
        return x[lower] + fraction * (x[upper] - x[lower]);
    } else {
        // If idx is integer, type=7 returns the value at that index
        return x[idx];
    }
}

/**
 * Rearrange items in `arr` so that all items in `[left, k]` range are the smallest.
 * The `k`-th element will have the `(k - left + 1)`-th smallest value in `[left, right]`.
 *
 * Implements Floyd-Rivest selection algorithm https://en.wikipedia.org/wiki/Floyd-Rivest_algorithm
 *
 * @param {Array<number>} arr input array
 * @param {number} k pivot index
 * @param {number} [left] left index
 * @param {number} [right] right index
 * @returns {void} mutates input array
 * @example
 * var arr = [65, 28, 59, 33, 21, 56, 22, 95, 50, 12, 90, 53, 28, 77, 39];
 * quickselect(arr, 8);
 * // = [39, 28, 28, 33, 21, 12, 22, 50, 53, 56, 59, 65, 90, 77, 95]
 */
function quickselect(arr, k, left, right) {
    left = left || 0;
    right = right || arr.length - 1;

    while (right > left) {
        // 600 and 0.5 are arbitrary constants chosen in the original paper to minimize execution time
        if (right - left > 600) {
            var n = right - left + 1;
            var m = k - left + 1;
            var z = Math.log(n);
            var s = 0.5 * Math.exp((2 * z) / 3);
            var sd = 0.5 * Math.sqrt((z * s * (n - s)) / n);
            if (m - n / 2 < 0) { sd *= -1; }
            var newLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
            var newRight = Math.min(
                right,
                Math.floor(k + ((n - m) * s) / n + sd)
            );
            quickselect(arr, k, newLeft, newRight);
        }

        var t = arr[k];
        var i = left;
        var j = right;

        swap(arr, left, k);
        if (arr[right] > t) { swap(arr, left, right); }

        while (i < j) {
            swap(arr, i, j);
            i++;
            j--;
            while (arr[i] < t) { i++; }
            while (arr[j] > t) { j--; }
        }

        if (arr[left] === t) { swap(arr, left, j); }
        else {
            j++;
            swap(arr, j, right);
        }

        if (j <= k) { left = j + 1; }
        if (k <= j) { right = j - 1; }
    }
}

function swap(arr, i, j) {
    var tmp = arr[i];
    arr[i] = arr[j];
    arr[j] = tmp;
}

/**
 * The [quantile](https://en.wikipedia.org/wiki/Quantile):
 * this is a population quantile, since we assume to know the entire
 * dataset in this library. This implementation uses linear interpolation,
 * equivalent to R's type=7 and numpy's default percentile method.
 *
 * Sample is a one-dimensional array of numbers,
 * and p is either a decimal number from 0 to 1 or an array of decimal
 * numbers from 0 to 1.
 * In terms of a k/q quantile, p = k/q - it's just dealing with fractions or dealing
 * with decimal values.
 * When p is an array, the result of the function is also an array containing the appropriate
 * quantiles in input order
 *
 * @param {Array<number>} x sample of one or more numbers
 * @param {Array<number> | number} p the desired quantile, as a number between 0 and 1
 * @returns {number} quantile
 * @example
 * quantile([3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20], 0.5); // => 9
 */
function quantile(x, p) {
    var copy = x.slice();

    if (Array.isArray(p)) {
        // rearrange elements so that each element corresponding to a requested
        // quantile is on a place it would be if the array was fully sorted
        multiQuantileSelect(copy, p);
        // Initialize the result array
        var results = [];
        // For each requested quantile
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
    // Collect every integer order statistic that the requested quantiles need.
    // Linear interpolation (type=7) reads x[floor(idx)] and x[ceil(idx)], so both
    // surrounding positions must be placed. Deduplicate to integer positions
    // so each is selected with an unambiguous index.
    var positions = new Set();
    for (var i = 0; i < p.length; i++) {
        var idx = quantileIndex(arr.length, p[i]);
        positions.add(Math.floor(idx));
        positions.add(Math.ceil(idx));
    }
    var indices = Array.from(positions).sort(compare);

    multiselect(arr, indices, 0, indices.length - 1, 0, arr.length - 1);
}

// Place every order statistic in `indices` by partitioning around the median
// requested position, then recursing into the two halves. The just-placed pivot
// is excluded from the child ranges (indices[mid] ± 1) so that a later, narrower
// quickselect cannot disturb an already-finalized position.
function multiselect(arr, indices, lo, hi, left, right) {
    if (lo > hi) { return; }
    var mid = (lo + hi) >> 1;
    quickselect(arr, indices[mid], left, right);
    multiselect(arr, indices, lo, mid - 1, left, indices[mid] - 1);
    multiselect(arr, indices, mid + 1, hi, indices[mid] + 1, right);
}

function compare(a, b) {
    return a - b;
}

function quantileIndex(len, p) {
    // Use (n-1) * p to match numpy's linear method (type=7)
    var idx = (len - 1) * p;
    if (p === 1) {
        // If p is 1, directly return the last index
        return len - 1;
    } else if (p === 0) {
        // If p is 0, directly return the first index
        return 0;
    } else if (idx % 1 !== 0) {
        // If index is not integer, keep the fractional position so we can
        // select both surrounding order statistics for interpolation.
        return idx;
    } else {
        // If index is integer, return that exact position.
        return idx;
    }
}

/**
 * The [Interquartile range](http://en.wikipedia.org/wiki/Interquartile_range) is
 * a measure of statistical dispersion, or how scattered, spread, or
 * concentrated a distribution is. It's computed as the difference between
 * the third quartile and first quartile.
 *
 * @param {Array<number>} x sample of one or more numbers
 * @returns {number} interquartile range: the span between lower and upper quartile,
 * 0.25 and 0.75
 * @example
 * interquartileRange([0, 1, 2, 3]); // => 1.5
 */
function interquartileRange(x) {
    // Interquartile range is the span between the upper quartile,
    // at `0.75`, and lower quartile, `0.25`
    var q1 = quantile(x, 0.75);
    var q2 = quantile(x, 0.25);

    if (typeof q1 === "number" && typeof q2 === "number") {
        return q1 - q2;
    }
}

/*
 * Pull Breaks Values for Jenks
 *
 * the second part of the jenks recipe: take the calculated matrices
 * and derive an array of n breaks.
 *
 * @private
 */
function jenksBreaks(data, lowerClassLimits, nClasses) {
    var k = data.length;
    var kclass = [];
    var countNum = nClasses;

    // the calculation of classes will never include the upper
    // bound, so we need to explicitly set it
    kclass[nClasses] = data[data.length - 1];

    // the lowerClassLimits matrix is used as indices into itself
    // here: the `k` variable is reused in each iteration.
    while (countNum > 0) {
        kclass[countNum - 1] = data[lowerClassLimits[k][countNum] - 1];
        k = lowerClassLimits[k][countNum] - 1;
        countNum--;
    }

    return kclass;
}

/*
 * Compute Matrices for Jenks
 *
 * Compute the matrices required for Jenks breaks. These matrices
 * can be used for any classing of data with `classes <= nClasses`
 *
 * @private
 */
function jenksMatrices(data, nClasses) {
    // in the original implementation, these matrices are referred to
    // as `LC` and `OP`
    //
    // * lowerClassLimits (LC): optimal lower class limits
    // * varianceCombinations (OP): optimal variance combinations for all classes
    var lowerClassLimits = [];
    var varianceCombinations = [];
    // loop counters
    var i;
    var j;
    // the variance, as computed at each step in the calculation
    var variance = 0;

    // Initialize and fill each matrix with zeroes
    for (i = 0; i < data.length + 1; i++) {
        var tmp1 = [];
        var tmp2 = [];
        // despite these arrays having the same values, we need
        // to keep them separate so that changing one does not change
        // the other
        for (j = 0; j < nClasses + 1; j++) {
            tmp1.push(0);
            tmp2.push(0);
        }
        lowerClassLimits.push(tmp1);
        varianceCombinations.push(tmp2);
    }

    for (i = 1; i < nClasses + 1; i++) {
        lowerClassLimits[1][i] = 1;
        varianceCombinations[1][i] = 0;
        // in the original implementation, 9999999 is used but
        // since Javascript has `Infinity`, we use that.
        for (j = 2; j < data.length + 1; j++) {
            varianceCombinations[j][i] = Number.POSITIVE_INFINITY;
        }
    }

    // Shift values by the median to improve numeric stability
    var shift = data[Math.floor(data.length / 2)];

    for (var l = 2; l < data.length + 1; l++) {
        // `SZ` originally. this is the sum of the values seen thus
        // far when calculating variance.
        var sum = 0;
        // `ZSQ` originally. the sum of squares of values seen
        // thus far
        var sumSquares = 0;
        // `WT` originally. This is the number of
        var w = 0;
        // `IV` originally
        var i4 = 0;

        // in several instances, you could say `Math.pow(x, 2)`
        // instead of `x * x`, but this is slower in some browsers
        // introduces an unnecessary concept.
        for (var m = 1; m < l + 1; m++) {
            // `III` originally
            var lowerClassLimit = l - m + 1;
            var val = data[lowerClassLimit - 1] - shift;

            // here we're estimating variance for each potential classing
            // of the data, for each potential number of classes. `w`
            // is the number of data points considered so far.
            w++;

            // increase the current sum and sum-of-squares
            sum += val;
            sumSquares += val * val;

            // the variance at this point in the sequence is the difference
            // between the sum of squares and the total x 2, over the number
            // of samples.
            variance = sumSquares - (sum * sum) / w;

            i4 = lowerClassLimit - 1;

            if (i4 !== 0) {
                for (j = 2; j < nClasses + 1; j++) {
                    // if adding this element to an existing class
                    // will increase its variance beyond the limit, break
                    // the class at this point, setting the `lowerClassLimit`
                    // at this point.
                    if (
                        varianceCombinations[l][j] >=
                        variance + varianceCombinations[i4][j - 1]
                    ) {
                        lowerClassLimits[l][j] = lowerClassLimit;
                        varianceCombinations[l][j] =
                            variance + varianceCombinations[i4][j - 1];
                    }
                }
            }
        }

        lowerClassLimits[l][1] = 1;
        varianceCombinations[l][1] = variance;
    }

    // return the two matrices. for just providing breaks, only
    // `lowerClassLimits` is needed, but variances can be useful to
    // evaluate goodness of fit.
    return {
        lowerClassLimits: lowerClassLimits,
        varianceCombinations: varianceCombinations
    };
}

/**
 * The **[jenks natural breaks optimization](http://en.wikipedia.org/wiki/Jenks_natural_breaks_optimization)**
 * is an algorithm commonly used in cartography and visualization to decide
 * upon groupings of data values that minimize variance within themselves
 * and maximize variation between themselves.
 *
 * For instance, cartographers often use jenks in order to choose which
 * values are assigned to which colors in a [choropleth](https://en.wikipedia.org/wiki/Choropleth_map)
 * map.
 *
 * @param {Array<number>} data input data, as an array of number values
 * @param {number} nClasses number of desired classes
 * @returns {Array<number> | null} array of class break positions, or null
 * when nClasses is greater than the number of data points
 * @example
 * // split data into 3 break points
 * jenks([1, 2, 4, 5, 7, 9, 10, 20], 3) // = [1, 7, 20, 20]
 */
function jenks(data, nClasses) {
    if (nClasses > data.length) {
        return null;
    }

    // sort data in numerical order, since this is expected
    // by the matrices function
    data = data.slice().sort(function (a, b) {
        return a - b;
    });

    // get our basic matrices
    var matrices = jenksMatrices(data, nClasses);
    // we only need lower class limits here
    var lowerClassLimits = matrices.lowerClassLimits;

    // extract nClasses out of the computed matrices
    return jenksBreaks(data, lowerClassLimits, nClasses);
}

/**
 * [Simple linear regression](http://en.wikipedia.org/wiki/Simple_linear_regression)
 * is a simple way to find a fitted line
 * between a set of coordinates. This algorithm finds the slope and y-intercept of a regression line
 * using the least sum of squares.
 *
 * @param {Array<Array<number>>} data an array of two-element of arrays,
 * like `[[0, 1], [2, 3]]`
 * @returns {Object} object containing slope and intersect of regression line
 * @example
 * linearRegression([[0, 0], [1, 1]]); // => { m: 1, b: 0 }
 */
function linearRegression(data) {
    var m;
    var b;

    // Store data length in a local variable to reduce
    // repeated object property lookups
    var dataLength = data.length;

    //if there's only one point, arbitrarily choose a slope of 0
    //and a y-intercept of whatever the y of the initial point is
    if (dataLength === 1) {
        m = 0;
        b = data[0][1];
    } else {
        // The means of x and y. Centering on them before accumulating the
        // cross products keeps the sums small when the coordinates are not,
        // which is what `weightedLinearRegression` already does.
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

        // `m` is the slope of the regression line, `b` its y-intercept.
        m = sumXY / sumXX;
        b = meanY - m * meanX;
    }

    // Return both values as an object.
    return {
        m: m,
        b: b
    };
}

/**
 * Given the output of `linearRegression`: an object
 * with `m` and `b` values indicating slope and intercept,
 * respectively, generate a line function that translates
 * x values into y values.
 *
 * @param {Object} mb object with `m` and `b` members, representing
 * slope and intersect of desired line
 * @returns {Function} method that computes y-value at any given
 * x-value on the line.
 * @example
 * var l = linearRegressionLine(linearRegression([[0, 0], [1, 1]]));
 * l(0) // = 0
 * l(2) // = 2
 * linearRegressionLine({ b: 0, m: 1 })(1); // => 1
 * linearRegressionLine({ b: 1, m: 1 })(1); // => 2
 */
function linearRegressionLine(mb /*: { b: number, m: number }*/) {
    // Return a function that computes a `y` value for each
    // x value it is given, based on the values of `b` and `a`
    // that we just computed.
    return function (x) {
        return mb.b + mb.m * x;
    };
}

/**
 * The [log average](https://en.wikipedia.org/wiki/https://en.wikipedia.org/wiki/Geometric_mean#Relationship_with_logarithms)
 * is an equivalent way of computing the geometric mean of an array suitable for large or small products.
 *
 * It's found by calculating the average logarithm of the elements and exponentiating.
 *
 * @param {Array<number>} x sample of one or more data points
 * @returns {number} geometric mean
 * @throws {Error} if x is empty
 * @throws {Error} if x contains a negative number
 */
function logAverage(x) {
    if (x.length === 0) {
        throw new Error("logAverage requires at least one data point");
    }

    var value = 0;
    for (var i = 0; i < x.length; i++) {
        if (x[i] < 0) {
            throw new Error(
                "logAverage requires only non-negative numbers as input"
            );
        }
        value += Math.log(x[i]);
    }

    return Math.exp(value / x.length);
}

/**
 * The maximum is the highest number in the array. With a sorted array,
 * the last element in the array is always the largest, so this calculation
 * can be done in one step, or constant time.
 *
 * @param {Array<number>} x input
 * @returns {number} maximum value
 * @example
 * maxSorted([-100, -10, 1, 2, 5]); // => 5
 */
function maxSorted(x) {
    return x[x.length - 1];
}

/**
 * The simple [sum](https://en.wikipedia.org/wiki/Summation) of an array
 * is the result of adding all numbers together, starting from zero.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x input
 * @return {number} sum of all input numbers
 * @example
 * sumSimple([1, 2, 3]); // => 6
 */
function sumSimple(x) {
    var value = 0;
    for (var i = 0; i < x.length; i++) {
        if (typeof x[i] !== "number") {
            return Number.NaN;
        }
        value += x[i];
    }
    return value;
}

/**
 * The mean, _also known as average_,
 * is the sum of all values over the number of values.
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * The simple mean uses the successive addition method internally
 * to calculate it's result. Errors in floating-point addition are
 * not accounted for, so if precision is required, the standard {@link mean}
 * method should be used instead.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 *
 * @param {Array<number>} x sample of one or more data points
 * @throws {Error} if the length of x is less than one
 * @returns {number} mean
 * @example
 * mean([0, 10]); // => 5
 */
function meanSimple(x) {
    if (x.length === 0) {
        throw new Error("meanSimple requires at least one data point");
    }

    return sumSimple(x) / x.length;
}

/**
 * The [median](http://en.wikipedia.org/wiki/Median) is
 * the middle number of a list. This is often a good indicator of 'the middle'
 * when there are outliers that skew the `mean()` value.
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * The median isn't necessarily one of the elements in the list: the value
 * can be the average of two elements if the list has an even length
 * and the two central values are different.
 *
 * @param {Array<number>} x input
 * @returns {number} median value
 * @example
 * median([10, 2, 5, 100, 2, 1]); // => 3.5
 */
function median(x) {
    return +quantile(x, 0.5);
}

/**
 * The [Median Absolute Deviation](http://en.wikipedia.org/wiki/Median_absolute_deviation) is
 * a robust measure of statistical
 * dispersion. It is more resilient to outliers than the standard deviation.
 *
 * @param {Array<number>} x input array
 * @returns {number} median absolute deviation
 * @example
 * medianAbsoluteDeviation([1, 1, 2, 2, 4, 6, 9]); // => 1
 */
function medianAbsoluteDeviation(x) {
    var medianValue = median(x);
    var medianAbsoluteDeviations = [];

    // Make a list of absolute deviations from the median
    for (var i = 0; i < x.length; i++) {
        medianAbsoluteDeviations.push(Math.abs(x[i] - medianValue));
    }

    // Find the median value of that list
    return median(medianAbsoluteDeviations);
}

/**
 * The [median](http://en.wikipedia.org/wiki/Median) is
 * the middle number of a list. This is often a good indicator of 'the middle'
 * when there are outliers that skew the `mean()` value.
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * The median isn't necessarily one of the elements in the list: the value
 * can be the average of two elements if the list has an even length
 * and the two central values are different.
 *
 * @param {Array<number>} sorted input
 * @returns {number} median value
 * @example
 * medianSorted([10, 2, 5, 100, 2, 1]); // => 52.5
 */
function medianSorted(sorted) {
    return quantileSorted(sorted, 0.5);
}

/**
 * The minimum is the lowest number in the array. With a sorted array,
 * the first element in the array is always the smallest, so this calculation
 * can be done in one step, or constant time.
 *
 * @param {Array<number>} x input
 * @returns {number} minimum value
 * @example
 * minSorted([-100, -10, 1, 2, 5]); // => -100
 */
function minSorted(x) {
    return x[0];
}

/**
 * The [mode](https://en.wikipedia.org/wiki/Mode_%28statistics%29) is the number
 * that appears in a list the highest number of times.
 * There can be multiple modes in a list. This algorithm expects sorted input,
 * so equal values are adjacent and a tie resolves to the smallest of the tied
 * values. `modeFast` breaks ties differently, returning whichever tied value
 * reaches the highest count first.
 *
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * This runs in `O(n)` because the input is sorted.
 *
 * @param {Array<number>} sorted a sample of one or more data points
 * @returns {number} mode
 * @throws {Error} if sorted is empty
 * @example
 * modeSorted([0, 0, 1]); // => 0
 */
function modeSorted(sorted) {
    // Handle edge cases:
    // The mode of an empty list is undefined
    if (sorted.length === 0) {
        throw new Error("mode requires at least one data point");
    }
    if (sorted.length === 1) {
        return sorted[0];
    }

    // This assumes it is dealing with an array of size > 1, since size
    // 0 and 1 are handled immediately. Hence it starts at index 1 in the
    // array.
    var last = sorted[0];
    // store the mode as we find new modes
    var value = Number.NaN;
    // store how many times we've seen the mode
    var maxSeen = 0;
    // how many times the current candidate for the mode
    // has been seen
    var seenThis = 1;

    // end at sorted.length + 1 to fix the case in which the mode is
    // the highest number that occurs in the sequence. the last iteration
    // compares sorted[i], which is undefined, to the highest number
    // in the series
    for (var i = 1; i < sorted.length + 1; i++) {
        // we're seeing a new number pass by
        if (sorted[i] !== last) {
            // the last number is the new mode since we saw it more
            // often than the old one
            if (seenThis > maxSeen) {
                maxSeen = seenThis;
                value = last;
            }
            seenThis = 1;
            last = sorted[i];
            // if this isn't a new number, it's one more occurrence of
            // the potential mode
        } else {
            seenThis++;
        }
    }
    return value;
}

/**
 * The [mode](https://en.wikipedia.org/wiki/Mode_%28statistics%29) is the number
 * that appears in a list the highest number of times.
 * There can be multiple modes in a list. This algorithm sorts its input, so a
 * tie resolves to the smallest of the tied values regardless of the order they
 * appeared in. `modeFast` breaks ties differently, returning whichever tied
 * value reaches the highest count first.
 *
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * This runs in `O(n log(n))` because it needs to sort the array internally
 * before running an `O(n)` search to find the mode.
 *
 * @param {Array<number>} x input
 * @returns {number} mode
 * @example
 * mode([0, 0, 1]); // => 0
 */
function mode(x) {
    // Sorting the array lets us iterate through it below and be sure
    // that every time we see a new number it's new and we'll never
    // see the same number twice
    return modeSorted(numericSort(x));
}

/* globals Map: false */

/**
 * The [mode](https://en.wikipedia.org/wiki/Mode_%28statistics%29) is the number
 * that appears in a list the highest number of times.
 * There can be multiple modes in a list. This algorithm walks the input in
 * order, so a tie resolves to whichever tied value reaches the highest count
 * first. `mode` and `modeSorted` break ties differently, returning the
 * smallest of the tied values.
 *
 * modeFast uses a Map object to keep track of the mode, instead of the approach
 * used with `mode`, a sorted array. As a result, it is faster
 * than `mode` and supports any data type that can be compared with `==`.
 * It also requires a
 * [JavaScript environment with support for Map](https://kangax.github.io/compat-table/es6/#test-Map),
 * and will throw an error if Map is not available.
 *
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * @param {Array<*>} x a sample of one or more data points
 * @returns {?*} mode
 * @throws {ReferenceError} if the JavaScript environment doesn't support Map
 * @throws {Error} if x is empty
 * @example
 * modeFast(['rabbits', 'rabbits', 'squirrels']); // => 'rabbits'
 */
function modeFast(x) {
    // This index will reflect the incidence of different values, indexing
    // them like
    // { value: count }
    var index = new Map();

    // A running `mode` and the number of times it has been encountered.
    var mode;
    var modeCount = 0;

    for (var i = 0; i < x.length; i++) {
        var newCount = index.get(x[i]);
        if (newCount === undefined) {
            newCount = 1;
        } else {
            newCount++;
        }
        if (newCount > modeCount) {
            mode = x[i];
            modeCount = newCount;
        }
        index.set(x[i], newCount);
    }

    if (modeCount === 0) {
        throw new Error("mode requires at last one data point");
    }

    return mode;
}

/**
 * Implementation of [Heap's Algorithm](https://en.wikipedia.org/wiki/Heap%27s_algorithm)
 * for generating permutations.
 *
 * @param {Array} elements any type of data
 * @returns {Array<Array>} array of permutations
 */
function permutationsHeap(elements) {
    var indexes = new Array(elements.length);
    var permutations = [elements.slice()];

    for (var i = 0; i < elements.length; i++) {
        indexes[i] = 0;
    }

    for (var i$1 = 0; i$1 < elements.length; ) {
        if (indexes[i$1] < i$1) {
            // At odd indexes, swap from indexes[i] instead
            // of from the beginning of the array
            var swapFrom = 0;
            if (i$1 % 2 !== 0) {
                swapFrom = indexes[i$1];
            }

            // swap between swapFrom and i, using
            // a temporary variable as storage.
            var temp = elements[swapFrom];
            elements[swapFrom] = elements[i$1];
            elements[i$1] = temp;

            permutations.push(elements.slice());
            indexes[i$1]++;
            i$1 = 0;
        } else {
            indexes[i$1] = 0;
            i$1++;
        }
    }

    return permutations;
}

/**
 * The [product](https://en.wikipedia.org/wiki/Product_(mathematics)) of an array
 * is the result of multiplying all numbers together, starting using one as the multiplicative identity.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x input
 * @return {number} product of all input numbers
 * @example
 * product([1, 2, 3, 4]); // => 24
 */
function product(x) {
    var value = 1;
    for (var i = 0; i < x.length; i++) {
        value *= x[i];
    }
    return value;
}

/* eslint no-bitwise: 0 */

/**
 * This function returns the quantile in which one would find the given value in
 * the given array. With a sorted array, leveraging binary search, we can find
 * this information in logarithmic time.
 *
 * @param {Array<number>} x input
 * @param {number} value the value for which to find the quantile rank
 * @returns {number} the quantile rank
 * @example
 * quantileRankSorted([1, 2, 3, 4], 3); // => 0.75
 * quantileRankSorted([1, 2, 3, 3, 4], 3); // => 0.7
 * quantileRankSorted([1, 2, 3, 4], 6); // => 1
 * quantileRankSorted([1, 2, 3, 3, 5], 4); // => 0.8
 */
function quantileRankSorted(x, value) {
    // Value is lesser than any value in the array
    if (value < x[0]) {
        return 0;
    }

    // Value is greater than any value in the array
    if (value > x[x.length - 1]) {
        return 1;
    }

    var l = lowerBound(x, value);

    // Value is not in the array
    if (x[l] !== value) {
        return l / x.length;
    }

    l++;

    var u = upperBound(x, value);

    // The value exists only once in the array
    if (u === l) {
        return l / x.length;
    }

    // Here, we are basically computing the mean of the range of indices
    // containing our searched value. But, instead, of initializing an
    // array and looping over it, there is a dedicated math formula that
    // we apply below to get the result.
    var r = u - l + 1;
    var sum = (r * (u + l)) / 2;
    var mean = sum / r;

    return mean / x.length;
}

function lowerBound(x, value) {
    var mid = 0;
    var lo = 0;
    var hi = x.length;

    while (lo < hi) {
        mid = (lo + hi) >>> 1;

        if (value <= x[mid]) {
            hi = mid;
        } else {
            lo = -~mid;
        }
    }

    return lo;
}

function upperBound(x, value) {
    var mid = 0;
    var lo = 0;
    var hi = x.length;

    while (lo < hi) {
        mid = (lo + hi) >>> 1;

        if (value >= x[mid]) {
            lo = -~mid;
        } else {
            hi = mid;
        }
    }

    return lo;
}

/**
 * This function returns the quantile in which one would find the given value in
 * the given array. It will copy and sort your array before each run, so
 * if you know your array is already sorted, you should use `quantileRankSorted`
 * instead.
 *
 * @param {Array<number>} x input
 * @param {number} value the value for which to find the quantile rank
 * @returns {number} the quantile rank
 * @example
 * quantileRank([4, 3, 1, 2], 3); // => 0.75
 * quantileRank([4, 3, 2, 3, 1], 3); // => 0.7
 * quantileRank([2, 4, 1, 3], 6); // => 1
 * quantileRank([5, 3, 1, 2, 3], 4); // => 0.8
 */
function quantileRank(x, value) {
    // Cloning and sorting the array
    var sortedCopy = numericSort(x);

    return quantileRankSorted(sortedCopy, value);
}

/**
 * The [R Squared](http://en.wikipedia.org/wiki/Coefficient_of_determination)
 * value of data compared with a function `f`
 * is the sum of the squared differences between the prediction
 * and the actual value.
 *
 * @param {Array<Array<number>>} x input data: this should be doubly-nested
 * @param {Function} func function called on `[i][0]` values within the dataset
 * @returns {number} r-squared value
 * @example
 * var samples = [[0, 0], [1, 1]];
 * var regressionLine = linearRegressionLine(linearRegression(samples));
 * rSquared(samples, regressionLine); // = 1 this line is a perfect fit
 */
function rSquared(x, func) {
    if (x.length < 2) {
        return 1;
    }

    // Compute the average y value for the actual
    // data set in order to compute the
    // _total sum of squares_
    var sum = 0;
    for (var i = 0; i < x.length; i++) {
        sum += x[i][1];
    }
    var average = sum / x.length;

    // Compute the total sum of squares - the
    // squared difference between each point
    // and the average of all points.
    var sumOfSquares = 0;
    for (var j = 0; j < x.length; j++) {
        sumOfSquares += Math.pow(average - x[j][1], 2);
    }

    // Finally estimate the error: the squared
    // difference between the estimate and the actual data
    // value at each point.
    var err = 0;
    for (var k = 0; k < x.length; k++) {
        err += Math.pow(x[k][1] - func(x[k][0]), 2);
    }

    // As the error grows larger, its ratio to the
    // sum of squares increases and the r squared
    // value grows lower.
    return 1 - err / sumOfSquares;
}

/**
 * The Root Mean Square (RMS) is
 * a mean function used as a measure of the magnitude of a set
 * of numbers, regardless of their sign.
 * This is the square root of the mean of the squares of the
 * input numbers.
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x a sample of one or more data points
 * @returns {number} root mean square
 * @throws {Error} if x is empty
 * @example
 * rootMeanSquare([-1, 1, -1, 1]); // => 1
 */
function rootMeanSquare(x) {
    if (x.length === 0) {
        throw new Error("rootMeanSquare requires at least one data point");
    }

    var sumOfSquares = 0;
    for (var i = 0; i < x.length; i++) {
        sumOfSquares += Math.pow(x[i], 2);
    }

    return Math.sqrt(sumOfSquares / x.length);
}

/**
 * A [Fisher-Yates shuffle](http://en.wikipedia.org/wiki/Fisher%E2%80%93Yates_shuffle)
 * in-place - which means that it **will change the order of the original
 * array by reference**.
 *
 * This is an algorithm that generates a random [permutation](https://en.wikipedia.org/wiki/Permutation)
 * of a set.
 *
 * @param {Array} x sample of one or more numbers
 * @param {Function} [randomSource=Math.random] an optional entropy source that
 * returns numbers between 0 inclusive and 1 exclusive: the range [0, 1)
 * @returns {Array} x
 * @example
 * var x = [1, 2, 3, 4];
 * shuffleInPlace(x);
 * // x is shuffled to a value like [2, 1, 4, 3]
 */
function shuffleInPlace(x, randomSource) {
    // a custom random number source can be provided if you want to use
    // a fixed seed or another random number generator, like
    // [random-js](https://www.npmjs.org/package/random-js)
    randomSource = randomSource || Math.random;

    // store the current length of the x to determine
    // when no elements remain to shuffle.
    var length = x.length;

    // temporary is used to hold an item when it is being
    // swapped between indices.
    var temporary;

    // The index to swap at each stage.
    var index;

    // While there are still items to shuffle
    while (length > 0) {
        // choose a random index within the subset of the array
        // that is not yet shuffled
        index = Math.floor(randomSource() * length--);

        // store the value that we'll move temporarily
        temporary = x[length];

        // swap the value at `x[length]` with `x[index]`
        x[length] = x[index];
        x[index] = temporary;
    }

    return x;
}

/**
 * A [Fisher-Yates shuffle](http://en.wikipedia.org/wiki/Fisher%E2%80%93Yates_shuffle)
 * is a fast way to create a random permutation of a finite set. This is
 * a function around `shuffle_in_place` that adds the guarantee that
 * it will not modify its input.
 *
 * @param {Array} x sample of 0 or more numbers
 * @param {Function} [randomSource=Math.random] an optional entropy source that
 * returns numbers between 0 inclusive and 1 exclusive: the range [0, 1)
 * @return {Array} shuffled version of input
 * @example
 * var shuffled = shuffle([1, 2, 3, 4]);
 * shuffled; // = [2, 3, 1, 4] or any other random permutation
 */
function shuffle(x, randomSource) {
    // slice the original array so that it is not modified
    var sample = x.slice();

    // and then shuffle that shallow-copied array, in place
    return shuffleInPlace(sample, randomSource);
}

/**
 * Create a [simple random sample](http://en.wikipedia.org/wiki/Simple_random_sample)
 * from a given array of `n` elements.
 *
 * The sampled values will be in any order, not necessarily the order
 * they appear in the input.
 *
 * @param {Array<any>} x input array. can contain any type
 * @param {number} n count of how many elements to take
 * @param {Function} [randomSource=Math.random] an optional entropy source that
 * returns numbers between 0 inclusive and 1 exclusive: the range [0, 1)
 * @return {Array} subset of n elements in original array
 *
 * @example
 * var values = [1, 2, 4, 5, 6, 7, 8, 9];
 * sample(values, 3); // returns 3 random values, like [2, 5, 8];
 */
function sample(x, n, randomSource) {
    // shuffle the original array using a fisher-yates shuffle
    var shuffled = shuffle(x, randomSource);

    // and then return a subset of it - the first `n` elements.
    return shuffled.slice(0, n);
}

/**
 * [Sample covariance](https://en.wikipedia.org/wiki/Sample_mean_and_covariance) of two datasets:
 * how much do the two datasets move together?
 * x and y are two datasets, represented as arrays of numbers.
 *
 * @param {Array<number>} x a sample of two or more data points
 * @param {Array<number>} y a sample of two or more data points
 * @throws {Error} if x and y do not have equal lengths
 * @throws {Error} if x or y have length of one or less
 * @returns {number} sample covariance
 * @example
 * sampleCovariance([1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1]); // => -3.5
 */
function sampleCovariance(x, y) {
    // The two datasets must have the same length which must be more than 1
    if (x.length !== y.length) {
        throw new Error("sampleCovariance requires samples with equal lengths");
    }

    if (x.length < 2) {
        throw new Error(
            "sampleCovariance requires at least two data points in each sample"
        );
    }

    // determine the mean of each dataset so that we can judge each
    // value of the dataset fairly as the difference from the mean. this
    // way, if one dataset is [1, 2, 3] and [2, 3, 4], their covariance
    // does not suffer because of the difference in absolute values
    var xmean = mean(x);
    var ymean = mean(y);
    var sum = 0;

    // for each pair of values, the covariance increases when their
    // difference from the mean is associated - if both are well above
    // or if both are well below
    // the mean, the covariance increases significantly.
    for (var i = 0; i < x.length; i++) {
        sum += (x[i] - xmean) * (y[i] - ymean);
    }

    // this is Bessels' Correction: an adjustment made to sample statistics
    // that allows for the reduced degree of freedom entailed in calculating
    // values from samples rather than complete populations.
    var besselsCorrection = x.length - 1;

    // the covariance is weighted by the length of the datasets.
    return sum / besselsCorrection;
}

/**
 * The [correlation](http://en.wikipedia.org/wiki/Correlation_and_dependence) is
 * a measure of how correlated two datasets are, between -1 and 1
 *
 * @param {Array<number>} x first input
 * @param {Array<number>} y second input
 * @returns {number} sample correlation
 * @example
 * sampleCorrelation([1, 2, 3, 4, 5, 6], [2, 2, 3, 4, 5, 60]).toFixed(2);
 * // => '0.69'
 */
function sampleCorrelation(x, y) {
    var cov = sampleCovariance(x, y);
    var xstd = sampleStandardDeviation(x);
    var ystd = sampleStandardDeviation(y);

    return cov / xstd / ystd;
}

/**
 * [Kurtosis](http://en.wikipedia.org/wiki/Kurtosis) is
 * a measure of the heaviness of a distribution's tails relative to its
 * variance. The kurtosis value can be positive or negative, or even undefined.
 *
 * Implementation is based on Fisher's excess kurtosis definition and uses
 * unbiased moment estimators. This is the version found in Excel and available
 * in several statistical packages, including SAS and SciPy.
 *
 * @param {Array<number>} x a sample of 4 or more data points
 * @returns {number} sample kurtosis
 * @throws {Error} if x has length less than 4
 * @example
 * sampleKurtosis([1, 2, 2, 3, 5]); // => 1.4555765595463122
 */
function sampleKurtosis(x) {
    var n = x.length;

    if (n < 4) {
        throw new Error("sampleKurtosis requires at least four data points");
    }

    var meanValue = mean(x);
    var tempValue;
    var secondCentralMoment = 0;
    var fourthCentralMoment = 0;

    for (var i = 0; i < n; i++) {
        tempValue = x[i] - meanValue;
        secondCentralMoment += tempValue * tempValue;
        fourthCentralMoment += tempValue * tempValue * tempValue * tempValue;
    }

    return (
        ((n - 1) / ((n - 2) * (n - 3))) *
        ((n * (n + 1) * fourthCentralMoment) /
            (secondCentralMoment * secondCentralMoment) -
            3 * (n - 1))
    );
}

/**
 * Rank values, giving tied values the average of the ranks they span.
 *
 * Spearman's rho is defined on these midranks. Assigning tied values
 * distinct consecutive ranks instead would make the rank of a value depend
 * on where it happens to sit in the input array, and therefore make the
 * correlation depend on the order the pairs are listed in.
 *
 * @private
 * @param {Array<number>} values input
 * @returns {Array<number>} ranks, in the order of the input
 */
function midranks(values) {
    var order = values
        .map(function (value, index) { return [value, index]; })
        .sort(function (a, b) { return a[0] - b[0]; });

    var ranks = Array(values.length);
    var i = 0;
    while (i < order.length) {
        // Extend j across every value tied with the one at i.
        var j = i;
        while (j + 1 < order.length && order[j + 1][0] === order[i][0]) {
            j++;
        }
        var rank = (i + j) / 2;
        for (var k = i; k <= j; k++) {
            ranks[order[k][1]] = rank;
        }
        i = j + 1;
    }
    return ranks;
}

/**
 * The [rank correlation](https://en.wikipedia.org/wiki/Rank_correlation) is
 * a measure of the strength of monotonic relationship between two arrays
 *
 * Tied values share the average of the ranks they span, so the result
 * depends only on the paired data and not on the order the pairs are given
 * in. When either input has no rank variance the correlation is undefined
 * and the result is `NaN`.
 *
 * @param {Array<number>} x first input
 * @param {Array<number>} y second input
 * @returns {number} sample rank correlation
 * @example
 * sampleRankCorrelation([1, 2, 3, 4, 5], [1, 4, 9, 16, 25]);
 * // => 1
 */
function sampleRankCorrelation(x, y) {
    return sampleCorrelation(midranks(x), midranks(y));
}

/**
 * [Skewness](http://en.wikipedia.org/wiki/Skewness) is
 * a measure of the extent to which a probability distribution of a
 * real-valued random variable "leans" to one side of the mean.
 * The skewness value can be positive or negative, or even undefined.
 *
 * Implementation is based on the adjusted Fisher-Pearson standardized
 * moment coefficient, which is the version found in Excel and several
 * statistical packages including Minitab, SAS and SPSS.
 *
 * Pass `biased` to opt into the biased coefficient instead, which is the
 * population moment ratio `m3 / m2^(3/2)`. That is what R reports and what
 * scipy returns by default; the adjusted coefficient above is scipy's
 * `bias=False`. The two differ by a factor of `sqrt(n * (n - 1)) / (n - 2)`.
 *
 * @since 4.1.0
 * @param {Array<number>} x a sample of 3 or more data points
 * @param {boolean} [biased=false] if true, return the biased coefficient
 * @returns {number} sample skewness
 * @throws {Error} if x has length less than 3
 * @example
 * sampleSkewness([2, 4, 6, 3, 1]); // => 0.590128656384365
 * sampleSkewness([2, 4, 6, 3, 1], true); // => 0.3958703373438167
 */
function sampleSkewness(x, biased) {
    if ( biased === void 0 ) biased = false;

    if (x.length < 3) {
        throw new Error("sampleSkewness requires at least three data points");
    }

    var meanValue = mean(x);
    var tempValue;
    var sumSquaredDeviations = 0;
    var sumCubedDeviations = 0;

    for (var i = 0; i < x.length; i++) {
        tempValue = x[i] - meanValue;
        sumSquaredDeviations += tempValue * tempValue;
        sumCubedDeviations += tempValue * tempValue * tempValue;
    }

    var n = x.length;

    if (biased) {
        // The population moments, without Bessel's correction: the biased
        // coefficient is the third central moment over the second raised
        // to three halves.
        var secondCentralMoment = sumSquaredDeviations / n;
        var thirdCentralMoment = sumCubedDeviations / n;

        return thirdCentralMoment / Math.pow(secondCentralMoment, 3 / 2);
    }

    // this is Bessels' Correction: an adjustment made to sample statistics
    // that allows for the reduced degree of freedom entailed in calculating
    // values from samples rather than complete populations.
    var besselsCorrection = x.length - 1;

    // Find the mean value of that list
    var theSampleStandardDeviation = Math.sqrt(
        sumSquaredDeviations / besselsCorrection
    );

    var cubedS = Math.pow(theSampleStandardDeviation, 3);

    return (n * sumCubedDeviations) / ((n - 1) * (n - 2) * cubedS);
}

/**
 * Sampling with replacement is a type of sampling that allows the same
 * item to be picked out of a population more than once.
 *
 * @param {Array<*>} x an array of any kind of value
 * @param {number} n count of how many elements to take
 * @param {Function} [randomSource=Math.random] an optional entropy source that
 * returns numbers between 0 inclusive and 1 exclusive: the range [0, 1)
 * @return {Array} n sampled items from the population
 * @example
 * var values = [1, 2, 3, 4];
 * sampleWithReplacement(values, 2); // returns 2 random values, like [2, 4];
 */
function sampleWithReplacement(x, n, randomSource) {
    if (x.length === 0) {
        return [];
    }

    // a custom random number source can be provided if you want to use
    // a fixed seed or another random number generator, like
    // [random-js](https://www.npmjs.org/package/random-js)
    randomSource = randomSource || Math.random;

    var length = x.length;
    var sample = [];

    for (var i = 0; i < n; i++) {
        var index = Math.floor(randomSource() * length);

        sample.push(x[index]);
    }

    return sample;
}

/**
 * The [root mean square](https://en.wikipedia.org/wiki/Root_mean_square)
 * computed by scaling, which is an equivalent way of computing
 * `rootMeanSquare` suitable for values whose squares leave floating point
 * range.
 *
 * `rootMeanSquare` sums the squares directly, so it returns `Infinity` once
 * a value exceeds about 1e154 and `0` once every value falls below about
 * 1e-162. This function divides through by the largest magnitude first, so
 * the squares it sums are all at most one.
 *
 * It runs in `O(n)`, linear time, with respect to the length of the array,
 * in two passes rather than one.
 *
 * @param {Array<number>} x a sample of one or more data points
 * @returns {number} root mean square
 * @throws {Error} if x is empty
 * @example
 * scaledRootMeanSquare([-1, 1, -1, 1]); // => 1
 * scaledRootMeanSquare([1e200, 2e200, 3e200]); // => 2.1602468994692866e+200
 */
function scaledRootMeanSquare(x) {
    if (x.length === 0) {
        throw new Error(
            "scaledRootMeanSquare requires at least one data point"
        );
    }

    var max = 0;
    for (var i = 0; i < x.length; i++) {
        var magnitude = Math.abs(x[i]);
        max = Math.max(max, magnitude);
    }

    // Every value is zero, and the division below would be 0 / 0.
    if (max === 0) {
        return 0;
    }

    // An infinite or missing largest value cannot be scaled away, and
    // dividing by it would turn the result into NaN. Report it as
    // `rootMeanSquare` does.
    if (!Number.isFinite(max)) {
        return max;
    }

    var sumOfSquares = 0;
    for (var i$1 = 0; i$1 < x.length; i$1++) {
        var scaled = x[i$1] / max;
        sumOfSquares += scaled * scaled;
    }

    return max * Math.sqrt(sumOfSquares / x.length);
}

/**
 * The [variance](http://en.wikipedia.org/wiki/Variance)
 * is the sum of squared deviations from the mean.
 *
 * This is an implementation of variance, not sample variance:
 * see the `sampleVariance` method if you want a sample measure.
 *
 * @param {Array<number>} x a population of one or more data points
 * @returns {number} variance: a value greater than or equal to zero.
 * zero indicates that all values are identical.
 * @throws {Error} if x's length is 0
 * @example
 * variance([1, 2, 3, 4, 5, 6]); // => 2.9166666666666665
 */
function variance(x) {
    if (x.length === 0) {
        throw new Error("variance requires at least one data point");
    }

    // Find the mean of squared deviations between the
    // mean value and each value.
    return sumNthPowerDeviations(x, 2) / x.length;
}

/**
 * The [standard deviation](http://en.wikipedia.org/wiki/Standard_deviation)
 * is the square root of the variance. This is also known as the population
 * standard deviation. It's useful for measuring the amount
 * of variation or dispersion in a set of values.
 *
 * Standard deviation is only appropriate for full-population knowledge: for
 * samples of a population, {@link sampleStandardDeviation} is
 * more appropriate.
 *
 * @param {Array<number>} x input
 * @returns {number} standard deviation
 * @example
 * variance([2, 4, 4, 4, 5, 5, 7, 9]); // => 4
 * standardDeviation([2, 4, 4, 4, 5, 5, 7, 9]); // => 2
 */
function standardDeviation(x) {
    if (x.length === 1) {
        return 0;
    }
    var v = variance(x);
    return Math.sqrt(v);
}

/**
 * When removing a value from a list, one does not have to necessary
 * recompute the mean of the list in linear time. They can instead use
 * this function to compute the new mean by providing the current mean,
 * the number of elements in the list that produced it and the value to remove.
 *
 * @since 3.0.0
 * @param {number} mean current mean
 * @param {number} n number of items in the list
 * @param {number} value the value to remove
 * @returns {number} the new mean
 *
 * @example
 * subtractFromMean(20.5, 6, 53); // => 14
 */
function subtractFromMean(mean, n, value) {
    return (mean * n - value) / (n - 1);
}

/**
 * This is to compute [a one-sample t-test](https://en.wikipedia.org/wiki/Student%27s_t-test#One-sample_t-test), comparing the mean
 * of a sample to a known value, x.
 *
 * in this case, we're trying to determine whether the
 * population mean is equal to the value that we know, which is `x`
 * here. Usually the results here are used to look up a
 * [p-value](http://en.wikipedia.org/wiki/P-value), which, for
 * a certain level of significance, will let you determine that the
 * null hypothesis can or cannot be rejected.
 *
 * @param {Array<number>} x sample of one or more numbers
 * @param {number} expectedValue expected value of the population mean
 * @returns {number} value
 * @example
 * tTest([1, 2, 3, 4, 5, 6], 3.385).toFixed(2); // => '0.16'
 */
function tTest(x, expectedValue) {
    // The mean of the sample
    var sampleMean = mean(x);

    // The standard deviation of the sample
    var sd = standardDeviation(x);

    // Square root the length of the sample
    var rootN = Math.sqrt(x.length);

    // returning the t value
    return (sampleMean - expectedValue) / (sd / rootN);
}

/**
 * This is to compute [two sample t-test](http://en.wikipedia.org/wiki/Student's_t-test).
 * Tests whether "mean(X)-mean(Y) = difference", (
 * in the most common case, we often have `difference == 0` to test if two samples
 * are likely to be taken from populations with the same mean value) with
 * no prior knowledge on standard deviations of both samples
 * other than the fact that they have the same standard deviation.
 *
 * Usually the results here are used to look up a
 * [p-value](http://en.wikipedia.org/wiki/P-value), which, for
 * a certain level of significance, will let you determine that the
 * null hypothesis can or cannot be rejected.
 *
 * `diff` can be omitted if it equals 0.
 *
 * [This is used to reject](https://en.wikipedia.org/wiki/Exclusion_of_the_null_hypothesis)
 * a null hypothesis that the two populations that have been sampled into
 * `sampleX` and `sampleY` are equal to each other.
 *
 * @param {Array<number>} sampleX a sample as an array of numbers
 * @param {Array<number>} sampleY a sample as an array of numbers
 * @param {number} [difference=0]
 * @returns {number|null} test result
 *
 * @example
 * tTestTwoSample([1, 2, 3, 4], [3, 4, 5, 6], 0); // => -2.1908902300206643
 */
function tTestTwoSample(sampleX, sampleY, difference) {
    var n = sampleX.length;
    var m = sampleY.length;

    // If either sample doesn't actually have any values, we can't
    // compute this at all, so we return `null`.
    if (!n || !m) {
        return null;
    }

    // default difference (mu) is zero
    if (!difference) {
        difference = 0;
    }

    var meanX = mean(sampleX);
    var meanY = mean(sampleY);
    var sampleVarianceX = sampleVariance(sampleX);
    var sampleVarianceY = sampleVariance(sampleY);

    if (
        typeof meanX === "number" &&
        typeof meanY === "number" &&
        typeof sampleVarianceX === "number" &&
        typeof sampleVarianceY === "number"
    ) {
        var weightedVariance =
            ((n - 1) * sampleVarianceX + (m - 1) * sampleVarianceY) /
            (n + m - 2);

        return (
            (meanX - meanY - difference) /
            Math.sqrt(weightedVariance * (1 / n + 1 / m))
        );
    }
}

/**
 * Validate values and weights for weighted statistics and return the total
 * weight.
 *
 * @param {Array<number>} x input values
 * @param {Array<number>} weights weights for each input value
 * @param {string} name function name for error messages
 * @returns {number} total weight
 * @private
 */
function validateWeightedInput(x, weights, name) {
    if (x.length === 0) {
        throw new Error((name + " requires at least one data point"));
    }

    if (x.length !== weights.length) {
        throw new Error(
            (name + " requires values and weights to be the same length")
        );
    }

    var totalWeight = 0;

    for (var i = 0; i < weights.length; i++) {
        if (weights[i] < 0) {
            throw new Error((name + " requires weights to be non-negative"));
        }

        totalWeight += weights[i];
    }

    if (totalWeight === 0) {
        throw new Error((name + " requires at least one positive weight"));
    }

    return totalWeight;
}

/**
 * [Weighted least squares](https://en.wikipedia.org/wiki/Weighted_least_squares)
 * fits a line through a set of coordinates in which some observations count
 * for more than others, which is what R's `lm()` does when given a `weights`
 * argument. `linearRegression` is the special case where every weight is
 * equal.
 *
 * A weight of zero drops its observation from the fit. Weights are relative,
 * so scaling all of them by the same factor leaves the line unchanged.
 *
 * @param {Array<Array<number>>} data an array of two-element arrays,
 * like `[[0, 1], [2, 3]]`
 * @param {Array<number>} weights weight for each coordinate
 * @returns {Object} object containing slope and intersect of regression line
 * @throws {Error} if data is empty, weights is a different length than data,
 * all weights are zero, or a weight is negative
 * @example
 * weightedLinearRegression([[0, 0], [1, 1], [2, 2]], [1, 1, 1]); // => { m: 1, b: 0 }
 */
function weightedLinearRegression(data, weights) {
    var totalWeight = validateWeightedInput(
        data,
        weights,
        "weightedLinearRegression"
    );

    // With one point the slope is unconstrained, so match `linearRegression`
    // and take the horizontal line through it.
    if (data.length === 1) {
        return { m: 0, b: data[0][1] };
    }

    // The weighted means of x and y. Centering on them before accumulating
    // the cross products keeps the sums small when the coordinates are not.
    var sumWeightedX = 0;
    var sumWeightedY = 0;
    for (var i = 0; i < data.length; i++) {
        sumWeightedX += weights[i] * data[i][0];
        sumWeightedY += weights[i] * data[i][1];
    }
    var meanX = sumWeightedX / totalWeight;
    var meanY = sumWeightedY / totalWeight;

    var sumXY = 0;
    var sumXX = 0;
    for (var i$1 = 0; i$1 < data.length; i$1++) {
        var deviationX = data[i$1][0] - meanX;
        sumXY += weights[i$1] * deviationX * (data[i$1][1] - meanY);
        sumXX += weights[i$1] * deviationX * deviationX;
    }

    var m = sumXY / sumXX;

    return { m: m, b: meanY - m * meanX };
}

/**
 * The [weighted mean](https://en.wikipedia.org/wiki/Weighted_arithmetic_mean),
 * _also known as weighted average_, is the sum of each value multiplied by its
 * weight, divided by the total weight.
 *
 * The weighted values are accumulated with the same
 * [Kahan-Babuska](https://pdfs.semanticscholar.org/1760/7d467cda1d0277ad272deb2113533131dc09.pdf)
 * correction that {@link sum} uses, so that terms which cancel do not lose
 * precision. The correction is applied in a single pass, without building an
 * intermediate array.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @param {Array<number>} weights non-negative weights for each data point
 * @throws {Error} if x is empty, weights is a different length than x, all weights are zero, or a weight is negative
 * @returns {number} weighted mean
 * @example
 * weightedMean([80, 90, 100], [1, 1, 2]); // => 92.5
 */
function weightedMean(x, weights) {
    var totalWeight = validateWeightedInput(x, weights, "weightedMean");

    var weightedSum = x[0] * weights[0];
    var correction = 0;
    var transition;
    var value;

    for (var i = 1; i < x.length; i++) {
        value = x[i] * weights[i];
        transition = weightedSum + value;

        if (Math.abs(weightedSum) >= Math.abs(value)) {
            correction += weightedSum - transition + value;
        } else {
            correction += value - transition + weightedSum;
        }

        weightedSum = transition;
    }

    return (weightedSum + correction) / totalWeight;
}

/**
 * The weighted quantile is the value whose cumulative weight reaches the
 * requested probability.
 *
 * This implementation sorts value/weight pairs by value, then returns the
 * first value where cumulative weight is greater than or equal to `p` times the
 * total weight. When p is an array, the result is also an array containing the
 * appropriate weighted quantiles in input order.
 *
 * @param {Array<number>} x sample of one or more data points
 * @param {Array<number>} weights non-negative weights for each data point
 * @param {Array<number> | number} p the desired quantile, as a number between 0 and 1
 * @throws {Error} if x is empty, weights is a different length than x, all weights are zero, a weight is negative, or p is outside of the range from 0 to 1
 * @returns {number} weighted quantile
 * @example
 * weightedQuantile([1, 2, 3], [1, 1, 2], 0.5); // => 2
 */
function weightedQuantile(x, weights, p) {
    var totalWeight = validateWeightedInput(x, weights, "weightedQuantile");
    var sorted = [];

    for (var i = 0; i < x.length; i++) {
        sorted.push([x[i], weights[i]]);
    }

    sorted.sort(compareValue);

    if (Array.isArray(p)) {
        var results = [];

        for (var i$1 = 0; i$1 < p.length; i$1++) {
            results[i$1] = weightedQuantileSorted(sorted, totalWeight, p[i$1]);
        }

        return results;
    }

    return weightedQuantileSorted(sorted, totalWeight, p);
}

function weightedQuantileSorted(sorted, totalWeight, p) {
    if (p < 0 || p > 1) {
        throw new Error("quantiles must be between 0 and 1");
    }

    if (p === 0) {
        return sorted[0][0];
    }

    var threshold = p * totalWeight;
    var cumulativeWeight = 0;

    for (var i = 0; i < sorted.length; i++) {
        cumulativeWeight += sorted[i][1];

        if (cumulativeWeight >= threshold) {
            return sorted[i][0];
        }
    }

    return sorted[sorted.length - 1][0];
}

function compareValue(a, b) {
    return a[0] - b[0];
}

/**
 * The [weighted variance](https://en.wikipedia.org/wiki/Weighted_arithmetic_mean#Weighted_sample_variance)
 * is the average weighted squared deviation from the weighted mean.
 *
 * This is a population weighted variance: see the `variance` method for the
 * unweighted population variance.
 *
 * @param {Array<number>} x population of one or more data points
 * @param {Array<number>} weights non-negative weights for each data point
 * @throws {Error} if x is empty, weights is a different length than x, all weights are zero, or a weight is negative
 * @returns {number} weighted variance
 * @example
 * weightedVariance([2, 4, 4, 4, 5, 5, 7, 9], [1, 1, 1, 1, 1, 1, 1, 1]); // => 4
 */
function weightedVariance(x, weights) {
    var totalWeight = validateWeightedInput(x, weights, "weightedVariance");
    var mean = weightedMean(x, weights);
    var weightedSumSquaredDeviations = 0;

    for (var i = 0; i < x.length; i++) {
        var deviation = x[i] - mean;
        weightedSumSquaredDeviations += weights[i] * deviation * deviation;
    }

    return weightedSumSquaredDeviations / totalWeight;
}

/**
 * The [weighted standard deviation](https://en.wikipedia.org/wiki/Standard_deviation)
 * is the square root of the weighted variance.
 *
 * This is a population weighted standard deviation.
 *
 * @param {Array<number>} x population of one or more data points
 * @param {Array<number>} weights non-negative weights for each data point
 * @throws {Error} if x is empty, weights is a different length than x, all weights are zero, or a weight is negative
 * @returns {number} weighted standard deviation
 * @example
 * weightedStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9], [1, 1, 1, 1, 1, 1, 1, 1]); // => 2
 */
function weightedStandardDeviation(x, weights) {
    return Math.sqrt(weightedVariance(x, weights));
}

/**
 * This function calculates the Wilcoxon rank sum statistic for the first sample
 * with respect to the second. The Wilcoxon rank sum test is a non-parametric
 * alternative to the t-test which is equivalent to the
 * [Mann-Whitney U test](https://en.wikipedia.org/wiki/Mann%E2%80%93Whitney_U_test).
 * The statistic is calculated by pooling all the observations together, ranking them,
 * and then summing the ranks associated with one of the samples. If this rank sum is
 * sufficiently large or small we reject the hypothesis that the two samples come
 * from the same distribution in favor of the alternative that one is shifted with
 * respect to the other.
 *
 * @param {Array<number>} sampleX a sample as an array of numbers
 * @param {Array<number>} sampleY a sample as an array of numbers
 * @returns {number} rank sum for sampleX
 *
 * @example
 * wilcoxonRankSum([1, 4, 8], [9, 12, 15]); // => 6
 */
function wilcoxonRankSum(sampleX, sampleY) {
    if (!sampleX.length || !sampleY.length) {
        throw new Error("Neither sample can be empty");
    }

    var pooledSamples = sampleX
        .map(function (x) { return ({ label: "x", value: x }); })
        .concat(sampleY.map(function (y) { return ({ label: "y", value: y }); }))
        .sort(function (a, b) { return a.value - b.value; });

    for (var rank = 0; rank < pooledSamples.length; rank++) {
        pooledSamples[rank].rank = rank;
    }

    var tiedRanks = [pooledSamples[0].rank];
    for (var i = 1; i < pooledSamples.length; i++) {
        if (pooledSamples[i].value === pooledSamples[i - 1].value) {
            tiedRanks.push(pooledSamples[i].rank);
            if (i === pooledSamples.length - 1) {
                replaceRanksInPlace(pooledSamples, tiedRanks);
            }
        } else {
            if (tiedRanks.length > 1) {
                replaceRanksInPlace(pooledSamples, tiedRanks);
            }
            tiedRanks = [pooledSamples[i].rank];
        }
    }

    function replaceRanksInPlace(pooledSamples, tiedRanks) {
        var average = (tiedRanks[0] + tiedRanks[tiedRanks.length - 1]) / 2;
        for (var i = 0; i < tiedRanks.length; i++) {
            pooledSamples[tiedRanks[i]].rank = average;
        }
    }

    var rankSum = 0;

    for (var i$1 = 0; i$1 < pooledSamples.length; i$1++) {
        var sample = pooledSamples[i$1];
        if (sample.label === "x") {
            rankSum += sample.rank + 1;
        }
    }

    return rankSum;
}

/**
 * We use `ε`, epsilon, as a stopping criterion when we want to iterate
 * until we're "close enough". Epsilon is a very small number: for
 * simple statistics, that number is **0.0001**
 *
 * This is used in calculations like the binomialDistribution, in which
 * the process of finding a value is [iterative](https://en.wikipedia.org/wiki/Iterative_method):
 * it progresses until it is close enough.
 *
 * Below is an example of using epsilon in [gradient descent](https://en.wikipedia.org/wiki/Gradient_descent),
 * where we're trying to find a local minimum of a function's derivative,
 * given by the `fDerivative` method.
 *
 * @example
 * // From calculation, we expect that the local minimum occurs at x=9/4
 * var x_old = 0;
 * // The algorithm starts at x=6
 * var x_new = 6;
 * var stepSize = 0.01;
 *
 * function fDerivative(x) {
 *   return 4 * Math.pow(x, 3) - 9 * Math.pow(x, 2);
 * }
 *
 * // The loop runs until the difference between the previous
 * // value and the current value is smaller than epsilon - a rough
 * // meaure of 'close enough'
 * while (Math.abs(x_new - x_old) > ss.epsilon) {
 *   x_old = x_new;
 *   x_new = x_old - stepSize * fDerivative(x_old);
 * }
 *
 * console.log('Local minimum occurs at', x_new);
 */
var epsilon = 0.0001;

/**
 * Relative error.
 *
 * This is more difficult to calculate than it first appears [1,2].  The usual
 * formula for the relative error between an actual value A and an expected
 * value E is `|(A-E)/E|`, but:
 *
 * 1. If the expected value is 0, any other value has infinite relative error,
 *    which is counter-intuitive: if the expected voltage is 0, getting 1/10th
 *    of a volt doesn't feel like an infinitely large error.
 *
 * 2. This formula does not satisfy the mathematical definition of a metric [3].
 *    [4] solved this problem by defining the relative error as `|ln(|A/E|)|`,
 *    but that formula only works if all values are positive: for example, it
 *    reports the relative error of -10 and 10 as 0.
 *
 * Our implementation sticks with convention and returns:
 *
 * - 0 if the actual and expected values are both zero
 * - Infinity if the actual value is non-zero and the expected value is zero
 * - `|(A-E)/E|` in all other cases
 *
 * [1] https://math.stackexchange.com/questions/677852/how-to-calculate-relative-error-when-true-value-is-zero
 * [2] https://en.wikipedia.org/wiki/Relative_change_and_difference
 * [3] https://en.wikipedia.org/wiki/Metric_(mathematics)#Definition
 * [4] F.W.J. Olver: "A New Approach to Error Arithmetic." SIAM Journal on
 *     Numerical Analysis, 15(2), 1978, 10.1137/0715024.
 *
 * @param {number} actual The actual value.
 * @param {number} expected The expected value.
 * @return {number} The relative error.
 */
function relativeError(actual, expected) {
    // These lines are actually covered by tests, but it seems
    // like c8 has a bug that marks them as not covered.
    /* c8 ignore start */
    if (actual === 0 && expected === 0) {
        return 0;
    }
    /* c8 ignore end */
    return Math.abs((actual - expected) / expected);
}

/**
 * Approximate equality.
 *
 * @param {number} actual The value to be tested.
 * @param {number} expected The reference value.
 * @param {number} [tolerance=epsilon] The acceptable relative difference.
 * @return {boolean} Whether numbers are within tolerance.
 */
function approxEqual(actual, expected, tolerance) {
    if ( tolerance === void 0 ) tolerance = epsilon;

    return relativeError(actual, expected) <= tolerance;
}

/**
 * [Bayesian Classifier](http://en.wikipedia.org/wiki/Naive_Bayes_classifier)
 *
 * This is a naïve bayesian classifier that takes
 * singly-nested objects.
 *
 * @class
 * @example
 * var bayes = new BayesianClassifier();
 * bayes.train({
 *   species: 'Cat'
 * }, 'animal');
 * var result = bayes.score({
 *   species: 'Cat'
 * })
 * // result
 * // {
 * //   animal: 1
 * // }
 */
var BayesianClassifier = function BayesianClassifier() {
    // The number of items that are currently
    // classified in the model
    this.totalCount = 0;
    // Every item classified in the model
    this.data = {};
};

/**
 * Train the classifier with a new item, which has a single
 * dimension of Javascript literal keys and values.
 *
 * @param {Object} item an object with singly-deep properties
 * @param {string} category the category this item belongs to
 * @return {undefined} adds the item to the classifier
 */
BayesianClassifier.prototype.train = function train (item, category) {
    // If the data object doesn't have any values
    // for this category, create a new object for it.
    if (!this.data[category]) {
        this.data[category] = {};
    }

    // Iterate through each key in the item.
    for (var k in item) {
        var v = item[k];
        // Initialize the nested object `data[category][k][item[k]]`
        // with an object of keys that equal 0.
        if (this.data[category][k] === undefined) {
            this.data[category][k] = {};
        }
        if (this.data[category][k][v] === undefined) {
            this.data[category][k][v] = 0;
        }

        // And increment the key for this key/value combination.
        this.data[category][k][v]++;
    }

    // Increment the number of items classified
    this.totalCount++;
};

/**
 * Generate a score of how well this item matches all
 * possible categories based on its attributes
 *
 * @param {Object} item an item in the same format as with train
 * @returns {Object} of probabilities that this item belongs to a
 * given category.
 */
BayesianClassifier.prototype.score = function score (item) {
    // Initialize an empty array of odds per category.
    var odds = {};
    var category;
    // Iterate through each key in the item,
    // then iterate through each category that has been used
    // in previous calls to `.train()`
    for (var k in item) {
        var v = item[k];
        for (category in this.data) {
            // Create an empty object for storing key - value combinations
            // for this category, keeping combinations already collected
            // from earlier properties of the same item.
            if (odds[category] === undefined) {
                odds[category] = {};
            }

            // If this item doesn't even have a property, it counts for nothing,
            // but if it does have the property that we're looking for from
            // the item to categorize, it counts based on how popular it is
            // versus the whole population.
            if (this.data[category][k]) {
                odds[category][k + "_" + v] =
                    (this.data[category][k][v] || 0) / this.totalCount;
            } else {
                odds[category][k + "_" + v] = 0;
            }
        }
    }

    // Set up a new object that will contain sums of these odds by category
    var oddsSums = {};

    for (category in odds) {
        // Tally all of the odds for each category-combination pair -
        // the non-existence of a category does not add anything to the
        // score.
        oddsSums[category] = 0;
        for (var combination in odds[category]) {
            oddsSums[category] += odds[category][combination];
        }
    }

    return oddsSums;
};

/**
 * The [Bernoulli distribution](http://en.wikipedia.org/wiki/Bernoulli_distribution)
 * is the probability discrete
 * distribution of a random variable which takes value 1 with success
 * probability `p` and value 0 with failure
 * probability `q` = 1 - `p`. It can be used, for example, to represent the
 * toss of a coin, where "1" is defined to mean "heads" and "0" is defined
 * to mean "tails" (or vice versa). It is
 * a special case of a Binomial Distribution
 * where `n` = 1.
 *
 * @param {number} p input value, between 0 and 1 inclusive
 * @returns {number[]} values of bernoulli distribution at this point
 * @throws {Error} if p is outside 0 and 1
 * @example
 * bernoulliDistribution(0.3); // => [0.7, 0.3]
 */
function bernoulliDistribution(p) /*: number[] */ {
    // Check that `p` is a valid probability (0 ≤ p ≤ 1)
    if (p < 0 || p > 1) {
        throw new Error(
            "bernoulliDistribution requires probability to be between 0 and 1 inclusive"
        );
    }

    return [1 - p, p];
}

// Define series coefficients
var COEFFICIENTS = (/* unused pure expression or super */ null && ([
    0.99999999999999709182, 57.156235665862923517, -59.59796035547549,
    14.136097974741747174, -0.4919138160976202, 0.33994649984811888699e-4,
    0.46523628927048575665e-4, -9837447530487956e-20,
    0.15808870322491248884e-3, -21026444172410488e-20,
    0.2174396181152126432e-3, -1643181065367639e-19,
    0.84418223983852743293e-4, -26190838401581408e-21,
    0.36899182659531622704e-5
]));

var g = (/* unused pure expression or super */ null && (607 / 128));
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));

/**
 * Compute the logarithm of the [gamma function](https://en.wikipedia.org/wiki/Gamma_function) of a value using Lanczos' approximation.
 * This function takes as input any real-value n greater than 0.
 * This function is useful for values of n too large for the normal gamma function (n > 165).
 * The code is based on Lanczo's Gamma approximation, defined [here](http://my.fit.edu/~gabdo/gamma.txt).
 *
 * @param {number} n Any real number greater than zero.
 * @returns {number} The logarithm of gamma of the input value.
 *
 * @example
 * gammaln(500); // 2605.1158503617335
 * gammaln(2.4); // 0.21685932244884043
 */
function gammaln(n) {
    // Return infinity if value not in domain
    if (n <= 0) {
        return Number.POSITIVE_INFINITY;
    }

    // Decrement n, because approximation is defined for n - 1
    n--;

    // Create series approximation
    var a = COEFFICIENTS[0];

    for (var i = 1; i < 15; i++) {
        a += COEFFICIENTS[i] / (n + i);
    }

    var tmp = g + 0.5 + n;

    // Return natural logarithm of gamma(n)
    return LOGSQRT2PI + Math.log(a) - tmp + (n + 0.5) * Math.log(tmp);
}

/**
 * Discrete distributions are tabulated cell by cell, and the Poisson
 * distribution has no upper bound at all, so their tables need a length we can
 * still allocate. Past this, `binomialDistribution` and `poissonDistribution`
 * report a distribution they cannot produce rather than a partial one.
 */
var maxDistributionCells = 1e6;

/**
 * The [Binomial Distribution](http://en.wikipedia.org/wiki/Binomial_distribution) is the discrete probability
 * distribution of the number of successes in a sequence of n independent yes/no experiments, each of which yields
 * success with probability `probability`. Such a success/failure experiment is also called a Bernoulli experiment or
 * Bernoulli trial; when trials = 1, the Binomial Distribution is a Bernoulli Distribution.
 *
 * Returns `undefined` when the distribution cannot be calculated: either
 * argument is outside its domain or is not a number, or when `trials` is large
 * enough that the table would run past a million cells.
 *
 * @param {number} trials number of trials to simulate
 * @param {number} probability
 * @returns {number[] | undefined} output
 */
function binomialDistribution(trials, probability) /*: ?number[] */ {
    // Check that `p` is a valid probability (0 ≤ p ≤ 1),
    // that `n` is an integer, strictly positive.
    if (probability < 0 || probability > 1 || trials <= 0 || trials % 1 !== 0) {
        return undefined;
    }

    // More successes than trials are impossible, and the table cannot outgrow
    // what we can allocate.
    var lastCell = Math.min(trials, maxDistributionCells - 1);

    // The logarithms below are undefined at the ends of the probability range,
    // where the outcome is certain anyway.
    if (probability === 0) {
        return [1];
    }
    if (probability === 1) {
        if (trials > lastCell) {
            return undefined;
        }
        var certain = new Array(trials + 1).fill(0);
        certain[trials] = 1;
        return certain;
    }

    // `x` is the random variable: the number of successes. We iterate until
    // the cumulative probability is within `epsilon` of 1.0, at which point we
    // have the useful range of the distribution.
    var x = 0;
    var cumulativeProbability = 0;
    var cells = [];

    // The terms of the mass function below that do not vary with `x`
    var logTrialsFactorial = gammaln(trials + 1);
    var logProbability = Math.log(probability);
    // `log1p` rather than `Math.log(1 - probability)`, which cancels away the
    // low digits of the complement as `probability` approaches 1.
    var log1mProbability = Math.log1p(-probability);

    // This algorithm iterates through each potential outcome,
    // until the `cumulativeProbability` is very close to 1, at
    // which point we've defined the vast majority of outcomes
    do {
        // A [probability mass function](https://en.wikipedia.org/wiki/Probability_mass_function),
        // taken through its logarithm: the binomial coefficient and the two
        // powers each leave floating-point range long before the product they
        // form does, so computing them separately loses cells the distribution
        // needs.
        cells[x] = Math.exp(
            logTrialsFactorial -
                gammaln(x + 1) -
                gammaln(trials - x + 1) +
                x * logProbability +
                (trials - x) * log1mProbability
        );
        cumulativeProbability += cells[x];
        x++;
        // When the `cumulativeProbability` is nearly 1, we've calculated
        // the useful range of this distribution
    } while (cumulativeProbability < 1 - epsilon && x <= lastCell);

    // Stopping for any other reason - a probability that is not a number, or
    // more trials than the table can hold - leaves cells that do not add up to
    // a distribution, so report that rather than returning them.
    if (
        Number.isNaN(cumulativeProbability) ||
        cumulativeProbability < 1 - epsilon
    ) {
        return undefined;
    }

    return cells;
}

/**
 * [Sign](https://en.wikipedia.org/wiki/Sign_function) is a function
 * that extracts the sign of a real number
 *
 * @param {number} x input value
 * @returns {number} sign value either 1, 0 or -1
 * @throws {TypeError} if the input argument x is not a number
 * @private
 *
 * @example
 * sign(2); // => 1
 */
function sign(x) {
    if (typeof x === "number") {
        if (x < 0) {
            return -1;
        } else if (x === 0) {
            return 0;
        } else {
            return 1;
        }
    } else {
        throw new TypeError("not a number");
    }
}

/**
 * [Bisection method](https://en.wikipedia.org/wiki/Bisection_method) is a root-finding
 * method that repeatedly bisects an interval to find the root.
 *
 * This function returns a numerical approximation to the exact value.
 *
 * @param {Function} func input function
 * @param {number} start - start of interval
 * @param {number} end - end of interval
 * @param {number} maxIterations - the maximum number of iterations
 * @param {number} errorTolerance - the error tolerance
 * @returns {number} estimated root value
 * @throws {TypeError} Argument func must be a function
 *
 * @example
 * bisect(Math.cos,0,4,100,0.003); // => 1.572265625
 */
function bisect(func, start, end, maxIterations, errorTolerance) {
    if (typeof func !== "function")
        { throw new TypeError("func must be a function"); }

    for (var i = 0; i < maxIterations; i++) {
        var output = (start + end) / 2;

        if (
            func(output) === 0 ||
            Math.abs((end - start) / 2) < errorTolerance
        ) {
            return output;
        }

        if (sign(func(output)) === sign(func(start))) {
            start = output;
        } else {
            end = output;
        }
    }

    throw new Error("maximum number of iterations exceeded");
}

/**
 * **Percentage Points of the χ2 (Chi-Squared) Distribution**
 *
 * The [χ2 (Chi-Squared) Distribution](http://en.wikipedia.org/wiki/Chi-squared_distribution) is used in the common
 * chi-squared tests for goodness of fit of an observed distribution to a theoretical one, the independence of two
 * criteria of classification of qualitative data, and in confidence interval estimation for a population standard
 * deviation of a normal distribution from a sample standard deviation.
 *
 * Values from Appendix 1, Table III of William W. Hines & Douglas C. Montgomery, "Probability and Statistics in
 * Engineering and Management Science", Wiley (1980).
 */
var chiSquaredDistributionTable = {
    1: {
        0.995: 0,
        0.99: 0,
        0.975: 0,
        0.95: 0,
        0.9: 0.02,
        0.5: 0.45,
        0.1: 2.71,
        0.05: 3.84,
        0.025: 5.02,
        0.01: 6.63,
        0.005: 7.88
    },
    2: {
        0.995: 0.01,
        0.99: 0.02,
        0.975: 0.05,
        0.95: 0.1,
        0.9: 0.21,
        0.5: 1.39,
        0.1: 4.61,
        0.05: 5.99,
        0.025: 7.38,
        0.01: 9.21,
        0.005: 10.6
    },
    3: {
        0.995: 0.07,
        0.99: 0.11,
        0.975: 0.22,
        0.95: 0.35,
        0.9: 0.58,
        0.5: 2.37,
        0.1: 6.25,
        0.05: 7.81,
        0.025: 9.35,
        0.01: 11.34,
        0.005: 12.84
    },
    4: {
        0.995: 0.21,
        0.99: 0.3,
        0.975: 0.48,
        0.95: 0.71,
        0.9: 1.06,
        0.5: 3.36,
        0.1: 7.78,
        0.05: 9.49,
        0.025: 11.14,
        0.01: 13.28,
        0.005: 14.86
    },
    5: {
        0.995: 0.41,
        0.99: 0.55,
        0.975: 0.83,
        0.95: 1.15,
        0.9: 1.61,
        0.5: 4.35,
        0.1: 9.24,
        0.05: 11.07,
        0.025: 12.83,
        0.01: 15.09,
        0.005: 16.75
    },
    6: {
        0.995: 0.68,
        0.99: 0.87,
        0.975: 1.24,
        0.95: 1.64,
        0.9: 2.2,
        0.5: 5.35,
        0.1: 10.65,
        0.05: 12.59,
        0.025: 14.45,
        0.01: 16.81,
        0.005: 18.55
    },
    7: {
        0.995: 0.99,
        0.99: 1.24,
        0.975: 1.69,
        0.95: 2.17,
        0.9: 2.83,
        0.5: 6.35,
        0.1: 12.02,
        0.05: 14.07,
        0.025: 16.01,
        0.01: 18.48,
        0.005: 20.28
    },
    8: {
        0.995: 1.34,
        0.99: 1.65,
        0.975: 2.18,
        0.95: 2.73,
        0.9: 3.49,
        0.5: 7.34,
        0.1: 13.36,
        0.05: 15.51,
        0.025: 17.53,
        0.01: 20.09,
        0.005: 21.96
    },
    9: {
        0.995: 1.73,
        0.99: 2.09,
        0.975: 2.7,
        0.95: 3.33,
        0.9: 4.17,
        0.5: 8.34,
        0.1: 14.68,
        0.05: 16.92,
        0.025: 19.02,
        0.01: 21.67,
        0.005: 23.59
    },
    10: {
        0.995: 2.16,
        0.99: 2.56,
        0.975: 3.25,
        0.95: 3.94,
        0.9: 4.87,
        0.5: 9.34,
        0.1: 15.99,
        0.05: 18.31,
        0.025: 20.48,
        0.01: 23.21,
        0.005: 25.19
    },
    11: {
        0.995: 2.6,
        0.99: 3.05,
        0.975: 3.82,
        0.95: 4.57,
        0.9: 5.58,
        0.5: 10.34,
        0.1: 17.28,
        0.05: 19.68,
        0.025: 21.92,
        0.01: 24.72,
        0.005: 26.76
    },
    12: {
        0.995: 3.07,
        0.99: 3.57,
        0.975: 4.4,
        0.95: 5.23,
        0.9: 6.3,
        0.5: 11.34,
        0.1: 18.55,
        0.05: 21.03,
        0.025: 23.34,
        0.01: 26.22,
        0.005: 28.3
    },
    13: {
        0.995: 3.57,
        0.99: 4.11,
        0.975: 5.01,
        0.95: 5.89,
        0.9: 7.04,
        0.5: 12.34,
        0.1: 19.81,
        0.05: 22.36,
        0.025: 24.74,
        0.01: 27.69,
        0.005: 29.82
    },
    14: {
        0.995: 4.07,
        0.99: 4.66,
        0.975: 5.63,
        0.95: 6.57,
        0.9: 7.79,
        0.5: 13.34,
        0.1: 21.06,
        0.05: 23.68,
        0.025: 26.12,
        0.01: 29.14,
        0.005: 31.32
    },
    15: {
        0.995: 4.6,
        0.99: 5.23,
        0.975: 6.27,
        0.95: 7.26,
        0.9: 8.55,
        0.5: 14.34,
        0.1: 22.31,
        0.05: 25,
        0.025: 27.49,
        0.01: 30.58,
        0.005: 32.8
    },
    16: {
        0.995: 5.14,
        0.99: 5.81,
        0.975: 6.91,
        0.95: 7.96,
        0.9: 9.31,
        0.5: 15.34,
        0.1: 23.54,
        0.05: 26.3,
        0.025: 28.85,
        0.01: 32,
        0.005: 34.27
    },
    17: {
        0.995: 5.7,
        0.99: 6.41,
        0.975: 7.56,
        0.95: 8.67,
        0.9: 10.09,
        0.5: 16.34,
        0.1: 24.77,
        0.05: 27.59,
        0.025: 30.19,
        0.01: 33.41,
        0.005: 35.72
    },
    18: {
        0.995: 6.26,
        0.99: 7.01,
        0.975: 8.23,
        0.95: 9.39,
        0.9: 10.87,
        0.5: 17.34,
        0.1: 25.99,
        0.05: 28.87,
        0.025: 31.53,
        0.01: 34.81,
        0.005: 37.16
    },
    19: {
        0.995: 6.84,
        0.99: 7.63,
        0.975: 8.91,
        0.95: 10.12,
        0.9: 11.65,
        0.5: 18.34,
        0.1: 27.2,
        0.05: 30.14,
        0.025: 32.85,
        0.01: 36.19,
        0.005: 38.58
    },
    20: {
        0.995: 7.43,
        0.99: 8.26,
        0.975: 9.59,
        0.95: 10.85,
        0.9: 12.44,
        0.5: 19.34,
        0.1: 28.41,
        0.05: 31.41,
        0.025: 34.17,
        0.01: 37.57,
        0.005: 40
    },
    21: {
        0.995: 8.03,
        0.99: 8.9,
        0.975: 10.28,
        0.95: 11.59,
        0.9: 13.24,
        0.5: 20.34,
        0.1: 29.62,
        0.05: 32.67,
        0.025: 35.48,
        0.01: 38.93,
        0.005: 41.4
    },
    22: {
        0.995: 8.64,
        0.99: 9.54,
        0.975: 10.98,
        0.95: 12.34,
        0.9: 14.04,
        0.5: 21.34,
        0.1: 30.81,
        0.05: 33.92,
        0.025: 36.78,
        0.01: 40.29,
        0.005: 42.8
    },
    23: {
        0.995: 9.26,
        0.99: 10.2,
        0.975: 11.69,
        0.95: 13.09,
        0.9: 14.85,
        0.5: 22.34,
        0.1: 32.01,
        0.05: 35.17,
        0.025: 38.08,
        0.01: 41.64,
        0.005: 44.18
    },
    24: {
        0.995: 9.89,
        0.99: 10.86,
        0.975: 12.4,
        0.95: 13.85,
        0.9: 15.66,
        0.5: 23.34,
        0.1: 33.2,
        0.05: 36.42,
        0.025: 39.36,
        0.01: 42.98,
        0.005: 45.56
    },
    25: {
        0.995: 10.52,
        0.99: 11.52,
        0.975: 13.12,
        0.95: 14.61,
        0.9: 16.47,
        0.5: 24.34,
        0.1: 34.38,
        0.05: 37.65,
        0.025: 40.65,
        0.01: 44.31,
        0.005: 46.93
    },
    26: {
        0.995: 11.16,
        0.99: 12.2,
        0.975: 13.84,
        0.95: 15.38,
        0.9: 17.29,
        0.5: 25.34,
        0.1: 35.56,
        0.05: 38.89,
        0.025: 41.92,
        0.01: 45.64,
        0.005: 48.29
    },
    27: {
        0.995: 11.81,
        0.99: 12.88,
        0.975: 14.57,
        0.95: 16.15,
        0.9: 18.11,
        0.5: 26.34,
        0.1: 36.74,
        0.05: 40.11,
        0.025: 43.19,
        0.01: 46.96,
        0.005: 49.65
    },
    28: {
        0.995: 12.46,
        0.99: 13.57,
        0.975: 15.31,
        0.95: 16.93,
        0.9: 18.94,
        0.5: 27.34,
        0.1: 37.92,
        0.05: 41.34,
        0.025: 44.46,
        0.01: 48.28,
        0.005: 50.99
    },
    29: {
        0.995: 13.12,
        0.99: 14.26,
        0.975: 16.05,
        0.95: 17.71,
        0.9: 19.77,
        0.5: 28.34,
        0.1: 39.09,
        0.05: 42.56,
        0.025: 45.72,
        0.01: 49.59,
        0.005: 52.34
    },
    30: {
        0.995: 13.79,
        0.99: 14.95,
        0.975: 16.79,
        0.95: 18.49,
        0.9: 20.6,
        0.5: 29.34,
        0.1: 40.26,
        0.05: 43.77,
        0.025: 46.98,
        0.01: 50.89,
        0.005: 53.67
    },
    40: {
        0.995: 20.71,
        0.99: 22.16,
        0.975: 24.43,
        0.95: 26.51,
        0.9: 29.05,
        0.5: 39.34,
        0.1: 51.81,
        0.05: 55.76,
        0.025: 59.34,
        0.01: 63.69,
        0.005: 66.77
    },
    50: {
        0.995: 27.99,
        0.99: 29.71,
        0.975: 32.36,
        0.95: 34.76,
        0.9: 37.69,
        0.5: 49.33,
        0.1: 63.17,
        0.05: 67.5,
        0.025: 71.42,
        0.01: 76.15,
        0.005: 79.49
    },
    60: {
        0.995: 35.53,
        0.99: 37.48,
        0.975: 40.48,
        0.95: 43.19,
        0.9: 46.46,
        0.5: 59.33,
        0.1: 74.4,
        0.05: 79.08,
        0.025: 83.3,
        0.01: 88.38,
        0.005: 91.95
    },
    70: {
        0.995: 43.28,
        0.99: 45.44,
        0.975: 48.76,
        0.95: 51.74,
        0.9: 55.33,
        0.5: 69.33,
        0.1: 85.53,
        0.05: 90.53,
        0.025: 95.02,
        0.01: 100.42,
        0.005: 104.22
    },
    80: {
        0.995: 51.17,
        0.99: 53.54,
        0.975: 57.15,
        0.95: 60.39,
        0.9: 64.28,
        0.5: 79.33,
        0.1: 96.58,
        0.05: 101.88,
        0.025: 106.63,
        0.01: 112.33,
        0.005: 116.32
    },
    90: {
        0.995: 59.2,
        0.99: 61.75,
        0.975: 65.65,
        0.95: 69.13,
        0.9: 73.29,
        0.5: 89.33,
        0.1: 107.57,
        0.05: 113.14,
        0.025: 118.14,
        0.01: 124.12,
        0.005: 128.3
    },
    100: {
        0.995: 67.33,
        0.99: 70.06,
        0.975: 74.22,
        0.95: 77.93,
        0.9: 82.36,
        0.5: 99.33,
        0.1: 118.5,
        0.05: 124.34,
        0.025: 129.56,
        0.01: 135.81,
        0.005: 140.17
    }
};

/**
 * The [χ2 (Chi-Squared) Goodness-of-Fit Test](http://en.wikipedia.org/wiki/Goodness_of_fit#Pearson.27s_chi-squared_test)
 * uses a measure of goodness of fit which is the sum of differences between observed and expected outcome frequencies
 * (that is, counts of observations), each squared and divided by the number of observations expected given the
 * hypothesized distribution. The resulting χ2 statistic, `chiSquared`, can be compared to the chi-squared distribution
 * to determine the goodness of fit. In order to determine the degrees of freedom of the chi-squared distribution, one
 * takes the total number of observed frequencies and subtracts the number of estimated parameters. The test statistic
 * follows, approximately, a chi-square distribution with (k − c) degrees of freedom where `k` is the number of non-empty
 * cells and `c` is the number of estimated parameters for the distribution.
 *
 * @param {Array<number>} data
 * @param {Function} distributionType a function that returns a point in a distribution:
 * for instance, binomial, bernoulli, or poisson
 * @param {number} significance
 * @returns {number} chi squared goodness of fit
 * @example
 * // Data from Poisson goodness-of-fit example 10-19 in William W. Hines & Douglas C. Montgomery,
 * // "Probability and Statistics in Engineering and Management Science", Wiley (1980).
 * var data1019 = [
 *     0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
 *     0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
 *     1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
 *     2, 2, 2, 2, 2, 2, 2, 2, 2,
 *     3, 3, 3, 3
 * ];
 * ss.chiSquaredGoodnessOfFit(data1019, ss.poissonDistribution, 0.05); //= false
 */
function chiSquaredGoodnessOfFit(data, distributionType, significance) {
    // Estimate from the sample data, a weighted mean.
    var inputMean = mean(data);
    // Calculated value of the χ2 statistic.
    var chiSquared = 0;
    // Number of hypothesized distribution parameters estimated, expected to be supplied in the distribution test.
    // Lose one degree of freedom for estimating `lambda` from the sample data.
    var c = 1;
    // The hypothesized distribution.
    // Generate the hypothesized distribution.
    var hypothesizedDistribution = distributionType(inputMean);
    var observedFrequencies = [];
    var expectedFrequencies = [];

    // Create an array holding a histogram from the sample data, of
    // the form `{ value: numberOfOcurrences }`
    for (var i = 0; i < data.length; i++) {
        if (observedFrequencies[data[i]] === undefined) {
            observedFrequencies[data[i]] = 0;
        }
        observedFrequencies[data[i]]++;
    }

    // The histogram we created might be sparse - there might be gaps
    // between values. So we iterate through the histogram, making
    // sure that instead of undefined, gaps have 0 values.
    for (var i$1 = 0; i$1 < observedFrequencies.length; i$1++) {
        if (observedFrequencies[i$1] === undefined) {
            observedFrequencies[i$1] = 0;
        }
    }

    // Create an array holding a histogram of expected data given the
    // sample size and hypothesized distribution.
    for (var k in hypothesizedDistribution) {
        if (k in observedFrequencies) {
            expectedFrequencies[+k] = hypothesizedDistribution[k] * data.length;
        }
    }

    if (expectedFrequencies.length === 0) {
        throw new Error(
            "chiSquaredGoodnessOfFit requires distributionType to return a distribution for the mean of the data"
        );
    }

    // The hypothesized distribution can stop short of the largest observation,
    // leaving those observations with no expected frequency to be compared
    // against. Fold them into the last class the distribution does cover, the
    // same treatment the collapse below gives to sparse classes, so that the
    // two histograms describe the same classes.
    var lastClass = expectedFrequencies.length - 1;
    for (var k$1 = observedFrequencies.length - 1; k$1 > lastClass; k$1--) {
        observedFrequencies[lastClass] += observedFrequencies[k$1];
        observedFrequencies.pop();
    }

    // Working backward through the expected frequencies, collapse classes
    // if less than three observations are expected for a class.
    // This transformation is applied to the observed frequencies as well.
    // The class that was merged is the one that has to go: popping instead
    // drops the last class, which is only the same thing until a class is
    // large enough to keep. The first class is left alone, since there is no
    // class before it to collapse it into.
    for (var k$2 = expectedFrequencies.length - 1; k$2 >= 1; k$2--) {
        if (expectedFrequencies[k$2] < 3) {
            expectedFrequencies[k$2 - 1] += expectedFrequencies[k$2];
            expectedFrequencies.splice(k$2, 1);

            observedFrequencies[k$2 - 1] += observedFrequencies[k$2];
            observedFrequencies.splice(k$2, 1);
        }
    }

    // Iterate through the squared differences between observed & expected
    // frequencies, accumulating the `chiSquared` statistic.
    for (var k$3 = 0; k$3 < observedFrequencies.length; k$3++) {
        chiSquared +=
            Math.pow(observedFrequencies[k$3] - expectedFrequencies[k$3], 2) /
            expectedFrequencies[k$3];
    }

    if (!Number.isFinite(chiSquared)) {
        throw new Error(
            "chiSquaredGoodnessOfFit could not compute a test statistic for this data and distribution"
        );
    }

    // Calculate degrees of freedom for this test and look it up in the
    // `chiSquaredDistributionTable` in order to
    // accept or reject the goodness-of-fit of the hypothesized distribution.
    // Degrees of freedom, calculated as (number of class intervals -
    // number of hypothesized distribution parameters estimated - 1)
    var degreesOfFreedom = observedFrequencies.length - c - 1;
    if (degreesOfFreedom < 1) {
        throw new Error(
            "chiSquaredGoodnessOfFit requires more data: the classes that survive collapsing leave no degrees of freedom"
        );
    }

    var criticalValues = chiSquaredDistributionTable[degreesOfFreedom];
    if (criticalValues === undefined) {
        throw new Error(
            ("chiSquaredGoodnessOfFit has no critical values tabulated for " + degreesOfFreedom + " degrees of freedom")
        );
    }
    if (criticalValues[significance] === undefined) {
        throw new Error(
            ("chiSquaredGoodnessOfFit has no critical value tabulated for a significance of " + significance)
        );
    }

    return criticalValues[significance] < chiSquared;
}

/**
 * **[Logistic Cumulative Distribution Function](https://en.wikipedia.org/wiki/Logistic_distribution)**
 *
 * @param {number} x
 * @returns {number} cumulative standard logistic probability
 */
function cumulativeStdLogisticProbability(x) {
    return 1 / (Math.exp(-x) + 1);
}

var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);

function cumulativeDistribution(z) {
    var sum = z;
    var tmp = z;

    // The series converges more slowly as z grows: 15 terms fall short of
    // 4-digit precision above z = 2.9. 30 terms converge across the whole
    // domain of the table below, which ends at z = 3.09.
    for (var i = 1; i < 30; i++) {
        tmp *= (z * z) / (2 * i + 1);
        sum += tmp;
    }
    return (
        Math.round((0.5 + (sum / SQRT_2PI$1) * Math.exp((-z * z) / 2)) * 1e4) /
        1e4
    );
}

/**
 * A standard normal table, also called the unit normal table or Z table,
 * is a mathematical table for the values of Φ (phi), which are the values of
 * the [cumulative distribution function](https://en.wikipedia.org/wiki/Normal_distribution#Cumulative_distribution_function)
 * of the normal distribution. It is used to find the probability that a
 * statistic is observed below, above, or between values on the standard
 * normal distribution, and by extension, any normal distribution.
 */
var standardNormalTable = [];

for (var z = 0; z <= 3.09; z += 0.01) {
    standardNormalTable.push(cumulativeDistribution(z));
}

/**
 * **[Cumulative Standard Normal Probability](http://en.wikipedia.org/wiki/Standard_normal_table)**
 *
 * Since probability tables cannot be
 * printed for every normal distribution, as there are an infinite variety
 * of normal distributions, it is common practice to convert a normal to a
 * standard normal and then use the standard normal table to find probabilities.
 *
 * You can use `.5 + .5 * errorFunction(x / Math.sqrt(2))` to calculate the probability
 * instead of looking it up in a table.
 *
 * @param {number} z
 * @returns {number} cumulative standard normal probability
 */
function cumulativeStdNormalProbability(z) {
    // Calculate the position of this value.
    var absZ = Math.abs(z);
    // Each row begins with a different
    // significant digit: 0.5, 0.6, 0.7, and so on. Each value in the table
    // corresponds to a range of 0.01 in the input values, so the value is
    // multiplied by 100.
    var index = Math.min(
        Math.round(absZ * 100),
        standardNormalTable.length - 1
    );

    // The index we calculate must be in the table as a positive value,
    // but we still pay attention to whether the input is positive
    // or negative, and flip the output value as a last step.
    if (z >= 0) {
        return standardNormalTable[index];
    } else {
        // due to floating-point arithmetic, values in the table with
        // 4 significant figures can nevertheless end up as repeating
        // fractions when they're computed here.
        return Math.round((1 - standardNormalTable[index]) * 1e4) / 1e4;
    }
}

/**
 * **[Gaussian error function](http://en.wikipedia.org/wiki/Error_function)**
 *
 * The `errorFunction(x/(sd * Math.sqrt(2)))` is the probability that a value in a
 * normal distribution with standard deviation sd is within x of the mean.
 *
 * This function returns a numerical approximation to the exact value.
 * It uses Horner's method to evaluate the polynomial of τ (tau).
 *
 * @param {number} x input
 * @return {number} error estimation
 * @example
 * errorFunction(1).toFixed(2); // => '0.84'
 */
function errorFunction(x) {
    var t = 1 / (1 + 0.5 * Math.abs(x));
    var tau =
        t *
        Math.exp(
            -x * x +
                ((((((((0.17087277 * t - 0.82215223) * t + 1.48851587) * t -
                    1.13520398) *
                    t +
                    0.27886807) *
                    t -
                    0.18628806) *
                    t +
                    0.09678418) *
                    t +
                    0.37409196) *
                    t +
                    1.00002368) *
                    t -
                1.26551223
        );
    if (x >= 0) {
        return 1 - tau;
    } else {
        return tau - 1;
    }
}

/**
 * A [Factorial](https://en.wikipedia.org/wiki/Factorial), usually written n!, is the product of all positive
 * integers less than or equal to n. Often factorial is implemented
 * recursively, but this iterative approach is significantly faster
 * and simpler.
 *
 * @param {number} n input, must be an integer number 1 or greater
 * @returns {number} factorial: n!
 * @throws {Error} if n is less than 0 or not an integer
 * @example
 * factorial(5); // => 120
 */
function factorial(n) {
    // factorial is mathematically undefined for negative numbers
    if (n < 0) {
        throw new Error("factorial requires a non-negative value");
    }

    if (Math.floor(n) !== n) {
        throw new Error("factorial requires an integer input");
    }

    // typically you'll expand the factorial function going down, like
    // 5! = 5 * 4 * 3 * 2 * 1. This is going in the opposite direction,
    // counting from 2 up to the number in question, and since anything
    // multiplied by 1 is itself, the loop only needs to start at 2.
    var accumulator = 1;
    for (var i = 2; i <= n; i++) {
        // for each number up to and including the number `n`, multiply
        // the accumulator my that number.
        accumulator *= i;
    }
    return accumulator;
}

/**
 * Compute the [gamma function](https://en.wikipedia.org/wiki/Gamma_function) of a value using Nemes' approximation.
 * The gamma of n is equivalent to (n-1)!, but unlike the factorial function, gamma is defined for all real n except zero
 * and negative integers (where NaN is returned). Note, the gamma function is also well-defined for complex numbers,
 * though this implementation currently does not handle complex numbers as input values.
 * Nemes' approximation is defined [here](https://arxiv.org/abs/1003.6020) as Theorem 2.2.
 * Negative values use [Euler's reflection formula](https://en.wikipedia.org/wiki/Gamma_function#Properties) for computation.
 *
 * @param {number} n Any real number except for zero and negative integers.
 * @returns {number} The gamma of the input value.
 *
 * @example
 * gamma(11.5); // 11899423.083964102
 * gamma(-11.5); // 2.2957581048237436e-8
 * gamma(5); // 24
 */
// The Nemes expansion is asymptotic, so it is only accurate for large
// arguments. Below this the recurrence lifts the argument first. At 20
// the worst relative error over (0, 30] is 1.9e-13, against 1.8 for the
// expansion applied directly.
var NEMES_MIN = 20;

function gamma(n) {
    if (Number.isInteger(n)) {
        if (n <= 0) {
            // gamma not defined for zero or negative integers
            return Number.NaN;
        } else {
            // use factorial for integer inputs
            return factorial(n - 1);
        }
    }

    if (n > 0 && n < NEMES_MIN) {
        // The Nemes expansion below divides its terms by powers of
        // `n - 3/4`, so they stop shrinking once the argument is small
        // and the series is worthless there: gamma(1.01) came back as
        // 1.8 times its true value. Arguments in (0, 1) additionally
        // recursed forever through the reflection branch, because the
        // reflected argument stayed in (0, 1) and never reached the
        // expansion at all.
        //
        // Lift into the range where the expansion converges, using the
        // recurrence gamma(n) = gamma(n + 1) / n.
        return gamma(n + 1) / n;
    }

    // Decrement n, because approximation is defined for n - 1
    n--;

    if (n < 0) {
        // Use Euler's reflection formula for negative inputs
        // see:  https://en.wikipedia.org/wiki/Gamma_function#Properties
        return Math.PI / (Math.sin(Math.PI * -n) * gamma(-n));
    } else {
        // Nemes' expansion approximation
        var seriesCoefficient =
            Math.pow(n / Math.E, n) * Math.sqrt(2 * Math.PI * (n + 1 / 6));

        var seriesDenom = n + 1 / 4;

        var seriesExpansion =
            1 +
            1 / 144 / Math.pow(seriesDenom, 2) -
            1 / 12960 / Math.pow(seriesDenom, 3) -
            257 / 207360 / Math.pow(seriesDenom, 4) -
            52 / 2612736 / Math.pow(seriesDenom, 5) +
            5741173 / 9405849600 / Math.pow(seriesDenom, 6) +
            37529 / 18811699200 / Math.pow(seriesDenom, 7);

        return seriesCoefficient * seriesExpansion;
    }
}

/**
 * The Inverse [Gaussian error function](http://en.wikipedia.org/wiki/Error_function)
 * returns a numerical approximation to the value that would have caused
 * `errorFunction()` to return x.
 *
 * @param {number} x value of error function
 * @returns {number} estimated inverted value
 */
function inverseErrorFunction(x) {
    var a = (8 * (Math.PI - 3)) / (3 * Math.PI * (4 - Math.PI));

    var inv = Math.sqrt(
        Math.sqrt(
            Math.pow(2 / (Math.PI * a) + Math.log(1 - x * x) / 2, 2) -
                Math.log(1 - x * x) / a
        ) -
            (2 / (Math.PI * a) + Math.log(1 - x * x) / 2)
    );

    if (x >= 0) {
        return inv;
    } else {
        return -inv;
    }
}

/**
 * Calculate Euclidean distance between two points.
 * @param {Array<number>} left First N-dimensional point.
 * @param {Array<number>} right Second N-dimensional point.
 * @returns {number} Distance.
 */
function euclideanDistance(left, right) {
    var sum = 0;
    for (var i = 0; i < left.length; i++) {
        var diff = left[i] - right[i];
        sum += diff * diff;
    }
    return Math.sqrt(sum);
}

/**
 * @typedef {Object} kMeansReturn
 * @property {Array<number>} labels The labels.
 * @property {Array<Array<number>>} centroids The cluster centroids.
 */

/**
 * Perform k-means clustering.
 *
 * @param {Array<Array<number>>} points N-dimensional coordinates of points to be clustered.
 * @param {number} numCluster How many clusters to create.
 * @param {Function} randomSource An optional entropy source that generates uniform values in [0, 1).
 * @return {kMeansReturn} Labels (same length as data) and centroids (same length as numCluster).
 * @throws {Error} If any centroids wind up friendless (i.e., without associated points).
 *
 * @example
 * kMeansCluster([[0.0, 0.5], [1.0, 0.5]], 2); // => {labels: [0, 1], centroids: [[0.0, 0.5], [1.0, 0.5]]}
 */
function kMeansCluster(points, numCluster, randomSource) {
    if ( randomSource === void 0 ) randomSource = Math.random;

    var oldCentroids = null;
    var newCentroids = sample(points, numCluster, randomSource);
    var labels = null;
    var change = Number.MAX_VALUE;
    while (change !== 0) {
        labels = labelPoints(points, newCentroids);
        oldCentroids = newCentroids;
        newCentroids = calculateCentroids(points, labels, numCluster);
        change = calculateChange(newCentroids, oldCentroids);
    }
    return {
        labels: labels,
        centroids: newCentroids
    };
}

/**
 * Label each point according to which centroid it is closest to.
 *
 * @private
 * @param {Array<Array<number>>} points Array of XY coordinates.
 * @param {Array<Array<number>>} centroids Current centroids.
 * @return {Array<number>} Group labels.
 */
function labelPoints(points, centroids) {
    return points.map(function (p) {
        var minDist = Number.MAX_VALUE;
        var label = -1;
        for (var i = 0; i < centroids.length; i++) {
            var dist = euclideanDistance(p, centroids[i]);
            if (dist < minDist) {
                minDist = dist;
                label = i;
            }
        }
        return label;
    });
}

/**
 * Calculate centroids for points given labels.
 *
 * @private
 * @param {Array<Array<number>>} points Array of XY coordinates.
 * @param {Array<number>} labels Which groups points belong to.
 * @param {number} numCluster Number of clusters being created.
 * @return {Array<Array<number>>} Centroid for each group.
 * @throws {Error} If any centroids wind up friendless (i.e., without associated points).
 */
function calculateCentroids(points, labels, numCluster) {
    // Initialize accumulators.
    var dimension = points[0].length;
    var centroids = makeMatrix(numCluster, dimension);
    var counts = Array(numCluster).fill(0);

    // Add points to centroids' accumulators and count points per centroid.
    var numPoints = points.length;
    for (var i = 0; i < numPoints; i++) {
        var point = points[i];
        var label = labels[i];
        var current = centroids[label];
        for (var j = 0; j < dimension; j++) {
            current[j] += point[j];
        }
        counts[label] += 1;
    }

    // Rescale centroids, checking for any that have no points.
    for (var i$1 = 0; i$1 < numCluster; i$1++) {
        if (counts[i$1] === 0) {
            throw new Error(("Centroid " + i$1 + " has no friends"));
        }
        var centroid = centroids[i$1];
        for (var j$1 = 0; j$1 < dimension; j$1++) {
            centroid[j$1] /= counts[i$1];
        }
    }

    return centroids;
}

/**
 * Calculate the difference between old centroids and new centroids.
 *
 * @private
 * @param {Array<Array<number>>} left One list of centroids.
 * @param {Array<Array<number>>} right Another list of centroids.
 * @return {number} Distance between centroids.
 */
function calculateChange(left, right) {
    var total = 0;
    for (var i = 0; i < left.length; i++) {
        total += euclideanDistance(left[i], right[i]);
    }
    return total;
}

var SQRT_2PI = Math.sqrt(2 * Math.PI);

/**
 * [Well-known kernels](https://en.wikipedia.org/wiki/Kernel_(statistics)#Kernel_functions_in_common_use)
 * @private
 */
var kernels = {
    /**
     * The gaussian kernel.
     * @private
     */
    gaussian: function (u) {
        return Math.exp(-0.5 * u * u) / SQRT_2PI;
    }
};

/**
 * Well known bandwidth selection methods
 * @private
 */
var bandwidthMethods = {
    /**
     * The ["normal reference distribution"
     * rule-of-thumb](https://stat.ethz.ch/R-manual/R-devel/library/MASS/html/bandwidth.nrd.html),
     * a commonly used version of [Silverman's
     * rule-of-thumb](https://en.wikipedia.org/wiki/Kernel_density_estimation#A_rule-of-thumb_bandwidth_estimator).
     * @private
     */
    nrd: function (x) {
        var s = sampleStandardDeviation(x);
        var iqr = interquartileRange(x);
        if (typeof iqr === "number") {
            s = Math.min(s, iqr / 1.34);
        }
        return 1.06 * s * Math.pow(x.length, -0.2);
    }
};

/**
 * [Kernel density estimation](https://en.wikipedia.org/wiki/Kernel_density_estimation)
 * is a useful tool for, among other things, estimating the shape of the
 * underlying probability distribution from a sample.
 *
 * @name kernelDensityEstimation
 * @param X sample values
 * @param kernel The kernel function to use. If a function is provided, it should return non-negative values and integrate to 1. Defaults to 'gaussian'.
 * @param bandwidthMethod The "bandwidth selection" method to use, or a fixed bandwidth value. Defaults to "nrd", the commonly-used ["normal reference distribution" rule-of-thumb](https://stat.ethz.ch/R-manual/R-devel/library/MASS/html/bandwidth.nrd.html).
 * @returns {Function} An estimated [probability density function](https://en.wikipedia.org/wiki/Probability_density_function) for the given sample. The returned function runs in `O(X.length)`.
 */
function kernelDensityEstimation(X, kernel, bandwidthMethod) {
    var kernelFn;
    if (kernel === undefined) {
        kernelFn = kernels.gaussian;
    } else if (typeof kernel === "string") {
        if (!kernels[kernel]) {
            throw new Error('Unknown kernel "' + kernel + '"');
        }
        kernelFn = kernels[kernel];
    } else {
        kernelFn = kernel;
    }

    var bandwidth;
    if (typeof bandwidthMethod === "undefined") {
        bandwidth = bandwidthMethods.nrd(X);
    } else if (typeof bandwidthMethod === "string") {
        if (!bandwidthMethods[bandwidthMethod]) {
            throw new Error(
                'Unknown bandwidth method "' + bandwidthMethod + '"'
            );
        }
        bandwidth = bandwidthMethods[bandwidthMethod](X);
    } else {
        bandwidth = bandwidthMethod;
    }

    return function (x) {
        var i = 0;
        var sum = 0;
        for (i = 0; i < X.length; i++) {
            sum += kernelFn((x - X[i]) / bandwidth);
        }
        return sum / bandwidth / X.length;
    };
}

/**
 * The [Logit](https://en.wikipedia.org/wiki/Logit)
 * is the inverse of cumulativeStdLogisticProbability,
 * and is also known as the logistic quantile function.
 *
 * @param {number} p
 * @returns {number} logit
 */
function logit(p) {
    if (p <= 0 || p >= 1) {
        throw new Error("p must be strictly between zero and one");
    }
    return Math.log(p / (1 - p));
}

/**
 * **[Normal distribution](https://en.wikipedia.org/wiki/Normal_distribution)**
 *
 * Returns either the probability density or the cumulative probability of a
 * normal distribution with the given mean and standard deviation, evaluated
 * at x. It is the equivalent of the NORM.DIST function found in spreadsheet
 * software.
 *
 * The cumulative form is computed with `errorFunction`, so it is more precise
 * than converting x to a z-score and looking it up in the four-decimal
 * `standardNormalTable` used by `cumulativeStdNormalProbability`.
 *
 * @param {number} x the value for which you want the distribution
 * @param {number} mean the mean of the distribution
 * @param {number} standardDeviation the standard deviation of the distribution
 * @param {boolean} [cumulative=false] if true, return the cumulative
 * distribution function; if false, return the probability density function
 * @returns {number} the probability density at x, or the probability of a
 * value at most x
 * @throws {Error} if standardDeviation is not greater than zero
 * @example
 * normalDistribution(42, 40, 1.5, true).toFixed(4); // => '0.9088'
 * normalDistribution(42, 40, 1.5, false).toFixed(4); // => '0.1093'
 */
function normalDistribution(x, mean, standardDeviation, cumulative) {
    if ( cumulative === void 0 ) cumulative = false;

    if (standardDeviation <= 0) {
        throw new Error(
            "normalDistribution requires a standard deviation greater than zero"
        );
    }

    var standardizedX = (x - mean) / standardDeviation;

    if (cumulative) {
        return 0.5 * (1 + errorFunction(standardizedX / Math.SQRT2));
    }
    return (
        Math.exp(-0.5 * standardizedX * standardizedX) /
        (standardDeviation * Math.sqrt(2 * Math.PI))
    );
}

/**
 * This is a single-layer [Perceptron Classifier](http://en.wikipedia.org/wiki/Perceptron) that takes
 * arrays of numbers and predicts whether they should be classified
 * as either 0 or 1 (negative or positive examples).
 * @class
 * @example
 * // Create the model
 * var p = new PerceptronModel();
 * // Train the model with input with a diagonal boundary.
 * for (var i = 0; i < 5; i++) {
 *     p.train([1, 1], 1);
 *     p.train([0, 1], 0);
 *     p.train([1, 0], 0);
 *     p.train([0, 0], 0);
 * }
 * p.predict([0, 0]); // 0
 * p.predict([0, 1]); // 0
 * p.predict([1, 0]); // 0
 * p.predict([1, 1]); // 1
 */
var PerceptronModel = function PerceptronModel() {
    // The weights, or coefficients of the model;
    // weights are only populated when training with data.
    this.weights = [];
    // The bias term, or intercept; it is also a weight but
    // it's stored separately for convenience as it is always
    // multiplied by one.
    this.bias = 0;
};
/**
 * **Predict**: Use an array of features with the weight array and bias
 * to predict whether an example is labeled 0 or 1.
 *
 * @param {Array<number>} features an array of features as numbers
 * @returns {number|null} 1 if the score is over 0, otherwise 0; null if
 * the model has not been trained on feature arrays of this length
 */
PerceptronModel.prototype.predict = function predict (features) {
    // Only predict if previously trained
    // on the same size feature array(s).
    if (features.length !== this.weights.length) {
        return null;
    }

    // Calculate the sum of features times weights,
    // with the bias added (implicitly times one).
    var score = 0;
    for (var i = 0; i < this.weights.length; i++) {
        score += this.weights[i] * features[i];
    }
    score += this.bias;

    // Classify as 1 if the score is over 0, otherwise 0.
    if (score > 0) {
        return 1;
    } else {
        return 0;
    }
};

/**
 * **Train** the classifier with a new example, which is
 * a numeric array of features and a 0 or 1 label.
 *
 * @param {Array<number>} features an array of features as numbers
 * @param {number} label either 0 or 1
 * @returns {PerceptronModel|null} this, or null if the label is not 0 or 1
 */
PerceptronModel.prototype.train = function train (features, label) {
    // Require that only labels of 0 or 1 are considered.
    if (label !== 0 && label !== 1) {
        return null;
    }
    // The length of the feature array determines
    // the length of the weight array.
    // The perceptron will continue learning as long as
    // it keeps seeing feature arrays of the same length.
    // When it sees a new data shape, it initializes.
    if (features.length !== this.weights.length) {
        this.weights = features.slice();
        this.bias = 1;
    }
    // Make a prediction based on current weights.
    var prediction = this.predict(features);
    // Update the weights if the prediction is wrong.
    if (typeof prediction === "number" && prediction !== label) {
        var gradient = label - prediction;
        for (var i = 0; i < this.weights.length; i++) {
            this.weights[i] += gradient * features[i];
        }
        this.bias += gradient;
    }
    return this;
};

/**
 * Conducts a [permutation test](https://en.wikipedia.org/wiki/Resampling_(statistics)#Permutation_tests)
 * to determine if two data sets are *significantly* different from each other, using
 * the difference of means between the groups as the test statistic.
 * The function allows for the following hypotheses:
 * - two_side = Null hypothesis: the two distributions are equal.
 * - greater = Null hypothesis: observations from sampleX tend to be smaller than those from sampleY.
 * - less = Null hypothesis: observations from sampleX tend to be greater than those from sampleY.
 * [Learn more about one-tail vs two-tail tests.](https://en.wikipedia.org/wiki/One-_and_two-tailed_tests)
 *
 * @param {Array<number>} sampleX first dataset (e.g. treatment data)
 * @param {Array<number>} sampleY second dataset (e.g. control data)
 * @param {'two_side'|'greater'|'less'} [alternative='two_side'] alternative hypothesis
 * @param {number} k number of values in permutation distribution.
 * @param {Function} [randomSource=Math.random] an optional entropy source
 * @returns {number} p-value The probability of observing the difference between groups (as or more extreme than what we did), assuming the null hypothesis.
 *
 * @example
 * var control = [2, 5, 3, 6, 7, 2, 5];
 * var treatment = [20, 5, 13, 12, 7, 2, 2];
 * permutationTest(control, treatment); // ~0.1324
 */
function permutationTest(sampleX, sampleY, alternative, k, randomSource) {
    // Set default arguments
    if (k === undefined) {
        k = 10000;
    }
    if (alternative === undefined) {
        alternative = "two_side";
    }
    if (
        alternative !== "two_side" &&
        alternative !== "greater" &&
        alternative !== "less"
    ) {
        throw new Error(
            "`alternative` must be either 'two_side', 'greater', or 'less'."
        );
    }

    // get means for each sample
    var meanX = mean(sampleX);
    var meanY = mean(sampleY);

    // calculate initial test statistic. This will be our point of comparison with
    // the generated test statistics.
    var testStatistic = meanX - meanY;

    // create test-statistic distribution
    var testStatDsn = new Array(k);

    // combine datsets so we can easily shuffle later
    var allData = sampleX.concat(sampleY);
    // Each permutation reassigns the pooled values into two groups that keep
    // the original sample sizes. Splitting at the midpoint only matches when
    // both samples are the same length; for unequal samples it built the
    // permutation distribution from the wrong group sizes.
    var splitIndex = sampleX.length;

    for (var i = 0; i < k; i++) {
        // 1. shuffle data assignments
        shuffleInPlace(allData, randomSource);
        var permLeft = allData.slice(0, splitIndex);
        var permRight = allData.slice(splitIndex, allData.length);

        // 2.re-calculate test statistic
        var permTestStatistic = mean(permLeft) - mean(permRight);

        // 3. store test statistic to build test statistic distribution
        testStatDsn[i] = permTestStatistic;
    }

    // Calculate p-value depending on alternative
    // For this test, we calculate the percentage of 'extreme' test statistics (subject to our hypothesis)
    // more info on permutation test p-value calculations: https://onlinecourses.science.psu.edu/stat464/node/35
    var numExtremeTStats = 0;
    if (alternative === "two_side") {
        for (var i$1 = 0; i$1 <= k; i$1++) {
            if (Math.abs(testStatDsn[i$1]) >= Math.abs(testStatistic)) {
                numExtremeTStats += 1;
            }
        }
    } else if (alternative === "greater") {
        for (var i$2 = 0; i$2 <= k; i$2++) {
            if (testStatDsn[i$2] >= testStatistic) {
                numExtremeTStats += 1;
            }
        }
    } else {
        // alternative === 'less'
        for (var i$3 = 0; i$3 <= k; i$3++) {
            /* c8 ignore start */
            if (testStatDsn[i$3] <= testStatistic) {
                numExtremeTStats += 1;
            }
            /* c8 ignore end */
        }
    }

    return numExtremeTStats / k;
}

/**
 * The [Poisson Distribution](http://en.wikipedia.org/wiki/Poisson_distribution)
 * is a discrete probability distribution that expresses the probability
 * of a given number of events occurring in a fixed interval of time
 * and/or space if these events occur with a known average rate and
 * independently of the time since the last event.
 *
 * The Poisson Distribution is characterized by the strictly positive
 * mean arrival or occurrence rate, `λ`.
 *
 * Returns `undefined` when the distribution cannot be calculated: when `lambda`
 * is not a strictly positive number, or when it is large enough that the table
 * would run past a million cells.
 *
 * @param {number} lambda location poisson distribution
 * @returns {number[] | undefined} values of poisson distribution at that point
 */
function poissonDistribution(lambda) /*: ?number[] */ {
    // Check that lambda is strictly positive
    if (lambda <= 0) {
        return undefined;
    }

    // The distribution peaks at `lambda`, so past the length of the table
    // there is nothing to tabulate and no reason to start.
    if (lambda >= maxDistributionCells) {
        return undefined;
    }

    // Our current place in the distribution
    var x = 0;
    // And we keep track of the current cumulative probability, in
    // order to know when to stop calculating chances.
    var cumulativeProbability = 0;
    // The calculated cells to be returned
    var cells = [];

    // The only term of the mass function below that does not vary with `x`
    var logLambda = Math.log(lambda);

    // This algorithm iterates through each potential outcome,
    // until the `cumulativeProbability` is very close to 1, at
    // which point we've defined the vast majority of outcomes
    do {
        // a [probability mass function](https://en.wikipedia.org/wiki/Probability_mass_function),
        // taken through its logarithm: `lambda` raised to `x` and the factorial
        // of `x` each leave floating-point range long before their ratio does,
        // so computing them separately loses cells the distribution needs.
        cells[x] = Math.exp(x * logLambda - lambda - gammaln(x + 1));
        cumulativeProbability += cells[x];
        x++;
        // When the `cumulativeProbability` is nearly 1, we've calculated
        // the useful range of this distribution
    } while (cumulativeProbability < 1 - epsilon && x < maxDistributionCells);

    // Stopping for any other reason - a lambda that is not a number, or a
    // distribution too wide for the table - leaves cells that do not add up to
    // a distribution, so report that rather than returning them.
    if (
        Number.isNaN(cumulativeProbability) ||
        cumulativeProbability < 1 - epsilon
    ) {
        return undefined;
    }

    return cells;
}

/**
 * The [Probit](http://en.wikipedia.org/wiki/Probit)
 * is the inverse of cumulativeStdNormalProbability(),
 * and is also known as the normal quantile function.
 *
 * It returns the number of standard deviations from the mean
 * where the p'th quantile of values can be found in a normal distribution.
 * So, for example, probit(0.5 + 0.6827/2) ≈ 1 because 68.27% of values are
 * normally found within 1 standard deviation above or below the mean.
 *
 * @param {number} p
 * @returns {number} probit
 */
function probit(p) {
    if (p === 0) {
        p = epsilon;
    } else if (p >= 1) {
        p = 1 - epsilon;
    }
    return Math.sqrt(2) * inverseErrorFunction(2 * p - 1);
}

/**
 * Calculate the [silhouette values](https://en.wikipedia.org/wiki/Silhouette_(clustering))
 * for clustered data.
 *
 * @param {Array<Array<number>>} points N-dimensional coordinates of points.
 * @param {Array<number>} labels Labels of points. This must be the same length as `points`,
 * and values must lie in [0..G-1], where G is the number of groups.
 * @return {Array<number>} The silhouette value for each point.
 *
 * @example
 * silhouette([[0.25], [0.75]], [0, 0]); // => [1.0, 1.0]
 */
function silhouette(points, labels) {
    if (points.length !== labels.length) {
        throw new Error("must have exactly as many labels as points");
    }
    var groupings = createGroups(labels);
    var distances = calculateAllDistances(points);
    var result = [];
    for (var i = 0; i < points.length; i++) {
        var s = 0;
        if (groupings[labels[i]].length > 1) {
            var a = meanDistanceFromPointToGroup(
                i,
                groupings[labels[i]],
                distances
            );
            var b = meanDistanceToNearestGroup(
                i,
                labels,
                groupings,
                distances
            );
            s = (b - a) / Math.max(a, b);
        }
        result.push(s);
    }
    return result;
}

/**
 * Create a lookup table mapping group IDs to point IDs.
 *
 * @private
 * @param {Array<number>} labels Labels of points. This must be the same length as `points`,
 * and values must lie in [0..G-1], where G is the number of groups.
 * @return {Array<Array<number>>} An array of length G, each of whose entries is an array
 * containing the indices of the points in that group.
 */
function createGroups(labels) {
    var numGroups = 1 + max(labels);
    var result = Array(numGroups);
    for (var i = 0; i < labels.length; i++) {
        var label = labels[i];
        if (result[label] === undefined) {
            result[label] = [];
        }
        result[label].push(i);
    }
    return result;
}

/**
 * Create a lookup table of all inter-point distances.
 *
 * @private
 * @param {Array<Array<number>>} points N-dimensional coordinates of points.
 * @return {Array<Array<number>>} A symmetric square array of inter-point distances
 * (zero on the diagonal).
 */
function calculateAllDistances(points) {
    var numPoints = points.length;
    var result = makeMatrix(numPoints, numPoints);
    for (var i = 0; i < numPoints; i++) {
        for (var j = 0; j < i; j++) {
            result[i][j] = euclideanDistance(points[i], points[j]);
            result[j][i] = result[i][j];
        }
    }
    return result;
}

/**
 * Calculate the mean distance between this point and all the points in the
 * nearest group (as determined by which point in another group is closest).
 *
 * @private
 * @param {number} which The index of this point.
 * @param {Array<number>} labels Labels of points.
 * @param {Array<Array<number>>} groupings An array whose entries are arrays
 * containing the indices of the points in that group.
 * @param {Array<Array<number>>} distances A symmetric square array of inter-point
 * distances.
 * @return {number} The mean distance from this point to others in the nearest
 * group.
 */
function meanDistanceToNearestGroup(which, labels, groupings, distances) {
    var label = labels[which];
    var result = Number.MAX_VALUE;
    for (var i = 0; i < groupings.length; i++) {
        if (i !== label) {
            var d = meanDistanceFromPointToGroup(
                which,
                groupings[i],
                distances
            );
            if (d < result) {
                result = d;
            }
        }
    }
    return result;
}

/**
 * Calculate the mean distance from a point to the other members of a group,
 * which may be the point's own group.
 *
 * @private
 * @param {number} which The index of this point.
 * @param {Array<number>} group The indices of all the points in the group in
 * question.
 * @param {Array<Array<number>>} distances A symmetric square array of inter-point
 * distances.
 * @return {number} The mean distance from this point to others in the
 * specified group.
 */
function meanDistanceFromPointToGroup(which, group, distances) {
    var total = 0;
    var count = 0;
    for (var i = 0; i < group.length; i++) {
        if (group[i] === which) {
            continue;
        }
        total += distances[which][group[i]];
        count++;
    }
    return total / count;
}

/**
 * Calculate the [silhouette metric](https://en.wikipedia.org/wiki/Silhouette_(clustering))
 * for a set of N-dimensional points arranged in groups. The metric is the largest
 * individual silhouette value for the data.
 *
 * @param {Array<Array<number>>} points N-dimensional coordinates of points.
 * @param {Array<number>} labels Labels of points. This must be the same length as `points`,
 * and values must lie in [0..G-1], where G is the number of groups.
 * @return {number} The silhouette metric for the groupings.
 *
 * @example
 * silhouetteMetric([[0.25], [0.75]], [0, 0]); // => 1.0
 */
function silhouetteMetric(points, labels) {
    var values = silhouette(points, labels);
    return max(values);
}

/**
 * The [Z-Score, or Standard Score](http://en.wikipedia.org/wiki/Standard_score).
 *
 * The standard score is the number of standard deviations an observation
 * or datum is above or below the mean. Thus, a positive standard score
 * represents a datum above the mean, while a negative standard score
 * represents a datum below the mean. It is a dimensionless quantity
 * obtained by subtracting the population mean from an individual raw
 * score and then dividing the difference by the population standard
 * deviation.
 *
 * The z-score is only defined if one knows the population parameters;
 * if one only has a sample set, then the analogous computation with
 * sample mean and sample standard deviation yields the
 * Student's t-statistic.
 *
 * @param {number} x
 * @param {number} mean
 * @param {number} standardDeviation
 * @return {number} z score
 * @example
 * zScore(78, 80, 5); // => -0.4
 */
function zScore(x, mean, standardDeviation) {
    return (x - mean) / standardDeviation;
}


//# sourceMappingURL=simple-statistics.mjs.map

;// CONCATENATED MODULE: ./src/profile/worker-group.ts
/** The group that best stands for "the workers": the largest total among groups running 2+ at once. */
function mainWorkerGroup(phase) {
    const concurrent = phase.workerGroups.filter((group) => group.maxConcurrency >= 2);
    const candidates = concurrent.length > 0 ? concurrent : phase.workerGroups;
    let best = null;
    for (const group of candidates)
        if (!best || group.peakTotalBytes > best.peakTotalBytes)
            best = group;
    return best;
}
/**
 * How many of the group ran at once: the sustained count where the profile has it (v3), else the
 * most alive in one sample (a tool's brief helper or replacement worker inflates that one).
 */
function workersRan(group) {
    return group.concurrency?.sustainedAlive ?? group.maxConcurrency;
}

;// CONCATENATED MODULE: ./src/shared/stats.ts
/**
 * Small statistics helpers shared by the profile builder, the estimator and the drift test.
 * Pure; inputs are not modified.
 */
/**
 * Quantile of an ascending-sorted array by linear interpolation between order statistics
 * (Hyndman & Fan type 7, the default of R and numpy). 0 for an empty array.
 * @example quantileSorted([1, 2, 3, 4], 0.5) === 2.5
 */
function stats_quantileSorted(sorted, p) {
    if (sorted.length === 0)
        return 0;
    if (!(p >= 0 && p <= 1))
        throw new RangeError(`quantile probability must be in [0, 1], got ${p}`);
    const position = (sorted.length - 1) * p;
    const below = Math.floor(position);
    const lower = sorted[below];
    const upper = sorted[Math.min(below + 1, sorted.length - 1)];
    return lower + (upper - lower) * (position - below);
}
/** Quantile (type 7) of an unsorted array. */
function stats_quantile(values, p) {
    return stats_quantileSorted([...values].sort((a, b) => a - b), p);
}
/** The median (type 7: the mean of the two middle values for an even count). */
function stats_median(values) {
    return stats_quantile(values, 0.5);
}
/** Median absolute deviation from the median (unscaled). */
function stats_medianAbsoluteDeviation(values) {
    const center = stats_median(values);
    return stats_median(values.map((value) => Math.abs(value - center)));
}
/**
 * Weighted quantile: the smallest value whose cumulative weight reaches p of the total
 * (the inverse of the weighted empirical CDF). Weights must be non-negative.
 * @example weightedQuantile([10, 20, 30], [1, 1, 2], 0.5) === 20
 */
function stats_weightedQuantile(values, weights, p) {
    if (values.length !== weights.length)
        throw new RangeError('values and weights differ in length');
    const pairs = values
        .map((value, index) => [value, weights[index]])
        .sort((a, b) => a[0] - b[0]);
    const total = pairs.reduce((sum, [, weight]) => sum + weight, 0);
    if (pairs.length === 0 || total <= 0)
        return 0;
    let cumulative = 0;
    for (const [value, weight] of pairs) {
        cumulative += weight;
        if (cumulative >= p * total - 1e-12)
            return value;
    }
    return pairs[pairs.length - 1][0];
}
/**
 * Theil–Sen slope: the median of the slopes between all pairs of points (robust to outliers).
 * Also returns the share of pairwise slopes that are positive.
 */
function theilSen(points) {
    const slopes = [];
    for (let i = 0; i < points.length; i++) {
        for (let j = i + 1; j < points.length; j++) {
            const a = points[i];
            const b = points[j];
            if (b.x !== a.x)
                slopes.push((b.y - a.y) / (b.x - a.x));
        }
    }
    if (slopes.length === 0)
        return { slope: 0, positiveShare: 0 };
    return {
        slope: stats_median(slopes),
        positiveShare: slopes.filter((slope) => slope > 0).length / slopes.length,
    };
}

;// CONCATENATED MODULE: ./src/estimate/speedup.ts
/**
 * How a phase's duration falls with more workers, fitted to Amdahl's law
 * T(n) = T1 · (s + (1 − s) / n). T is linear in 1/n, so ordinary least squares of T on 1/n
 * gives intercept a = T1·s and slope b = T1·(1 − s): T1 = a + b, s = a / (a + b). Pure.
 */


/**
 * Default `min-speedup-gain`: stop adding workers when one more would cut the duration by less
 * than 5%. Beyond that point each worker costs memory and CPU contention for little benefit.
 */
const DEFAULT_MIN_SPEEDUP_GAIN = 0.05;
/** Never extrapolate the curve further than this many times the largest count observed. */
const MAX_EXTRAPOLATION = 4;
/** Nor past this many workers (the planner's MAX_WORKERS_CONSIDERED). */
const MAX_WORKERS_FITTED = 4096;
/** Amdahl: T(n) = T1 · (s + (1 − s) / n). */
function predictDurationMs(model, workers) {
    return (model.singleWorkerMs *
        (model.serialFraction + (1 - model.serialFraction) / Math.max(1, workers)));
}
/**
 * Fits the model; null without at least 3 points at 2 or more distinct worker counts, or when the
 * data neither speed up with workers nor clearly slow down.
 *
 * Durations that do not fall at all (the least-squares slope on 1/n is not positive) are a
 * measurement too: when the median at the fastest count beats the median at every larger count
 * by at least `minGain`, the model is `no-gain` and that count is the most worth running (Jest at
 * one worker runs in its own process and skips starting workers, which can beat two workers on a
 * small runner). Between the two (mixed, within noise) nothing is claimed.
 * @example fitSpeedup([{workers:1,durationMs:100},{workers:2,durationMs:60},{workers:4,durationMs:40}])
 */
function fitSpeedup(points, minGain = DEFAULT_MIN_SPEEDUP_GAIN) {
    const usable = points.filter((point) => point.workers >= 1 && point.durationMs > 0);
    const distinct = [...new Set(usable.map((point) => point.workers))].sort((a, b) => a - b);
    if (usable.length < 3 || distinct.length < 2)
        return null;
    const medianDurationsMs = distinct.map((workers) => median(usable.filter((point) => point.workers === workers).map((point) => point.durationMs)));
    const { m: slope, b: intercept } = linearRegression(usable.map((point) => [1 / point.workers, point.durationMs]));
    if (!(slope > 0))
        return noGain(distinct, medianDurationsMs, minGain);
    const singleWorkerMs = Math.max(1, intercept + slope);
    const serialFraction = Math.min(1, Math.max(0, intercept / singleWorkerMs));
    const model = { serialFraction, singleWorkerMs };
    const largest = distinct[distinct.length - 1];
    let maxUsefulWorkers = 1;
    // Bounded twice: by how far the data reach, and by the most workers any plan considers, so a
    // min-speedup-gain of 0 (which never stops the loop by itself) cannot make it run for seconds.
    const last = Math.min(largest * MAX_EXTRAPOLATION, MAX_WORKERS_FITTED);
    for (let workers = 2; workers <= last; workers++) {
        const gain = predictDurationMs(model, workers - 1) / predictDurationMs(model, workers) - 1;
        if (gain < minGain)
            break;
        maxUsefulWorkers = workers;
    }
    return {
        kind: 'amdahl',
        serialFraction,
        singleWorkerMs,
        maxUsefulWorkers,
        observedWorkers: distinct,
        medianDurationsMs,
    };
}
/**
 * The `no-gain` model, or null when the medians do not show it beyond `minGain`: the fastest
 * count's median must beat every larger count's median by that share.
 */
function noGain(distinct, medianDurationsMs, minGain) {
    let fastest = 0;
    medianDurationsMs.forEach((ms, index) => {
        if (ms < medianDurationsMs[fastest])
            fastest = index;
    });
    const fastestMs = medianDurationsMs[fastest];
    const larger = medianDurationsMs.slice(fastest + 1);
    if (larger.length === 0 || larger.some((ms) => ms < fastestMs * (1 + minGain)))
        return null;
    return {
        kind: 'no-gain',
        // A flat curve at the fastest count's median: more workers are predicted no faster.
        serialFraction: 1,
        singleWorkerMs: fastestMs,
        maxUsefulWorkers: distinct[fastest],
        observedWorkers: distinct,
        medianDurationsMs,
    };
}
/** One line for the estimate's notes: what the durations showed. */
function speedupNote(model) {
    if (model.kind === 'amdahl')
        return `Durations at ${model.observedWorkers.join(', ')} workers fit Amdahl's law with ${Math.round(model.serialFraction * 100)}% serial work: more than ${model.maxUsefulWorkers} workers gain too little.`;
    const medians = model.observedWorkers
        .map((workers, index) => `${workers}: ${formatDuration(model.medianDurationsMs[index])}`)
        .join(', ');
    return `Durations did not fall with more workers (median per count, ${medians}): ${model.maxUsefulWorkers} is the fastest count measured.`;
}

;// CONCATENATED MODULE: ./src/estimate/concurrency.ts
/**
 * How the memory of N concurrent workers of one group adds up, calibrated from what earlier runs
 * recorded about the group. Sizes are in bytes and exclude the phase's non-worker ("base") memory.
 *
 * Summing per-worker peaks (N × member peak) is right for workers that move in lockstep (all load
 * the same thing at start) but far too pessimistic for workers whose peaks come at different
 * moments: the sum of N independent members' RSS has mean N·μ and standard deviation σ·√N, so its
 * highest point over a run sits near N·μ + z·σ·√N, not N·(μ + z·σ). The model spans both:
 *
 *   peak(N) = N·μ + (memberPeak − μ) · m(N),   m(N) = N^β for N up to the largest observed count,
 *
 * with β ∈ [0.5, 1] fitted from the observations (0.5 = independent, 1 = lockstep), and m(1) = 1 so
 * one worker peaks at the member peak: memberPeak − μ plays the part of z·σ, calibrated from the
 * same run. Beyond the largest observed count m grows as it would for members whose RSS has the
 * pairwise correlation the fit implies (see {@link predictConcurrentPeakBytes}). Pure.
 */
/** At or below this exponent the group is reported as independent (ratio ≈ 1/√n). */
const INDEPENDENT_EXPONENT = 0.6;
/**
 * At or above this exponent the group is treated as lockstep and β is set to 1. Close to 1 the
 * difference is within the noise of one run's peak, and rounding down there is the one mistake that
 * under-predicts lockstep workers, so near-lockstep is planned as lockstep.
 */
const LOCKSTEP_EXPONENT = 0.9;
/**
 * The pairwise correlation assumed at least when predicting beyond the largest observed count.
 * A power law fitted at small n under-predicts correlated members further out (their excess grows
 * as √(N·(1 + (N − 1)·ρ)), whose log-log slope rises towards 1), and one run at 2 or 3 workers
 * cannot tell ρ = 0 from a small ρ: the peak of a sum is itself noisy (its spread is about a tenth
 * of z·σ). At 0.03 an independent group observed at 2 workers is planned ~19% above its true excess
 * at 16 workers (~3% of the total for μ 300 MiB, σ 60 MiB) and ~70% above at 64, where a weak
 * common factor would matter most.
 */
const EXTRAPOLATION_MIN_CORRELATION = 0.03;
/** Peak totals above this multiple of workers × member peak are treated as broken records. */
const MAX_PEAK_TOTAL_OVER_LOCKSTEP = 1.5;
/**
 * The model for workers assumed to peak together: peak(N) = N × member peak. The safe default when
 * there is no evidence of how the members' peaks overlap.
 * @example lockstepModel(512 * 2 ** 20, 'no per-sample record').kind === 'lockstep'
 */
function lockstepModel(memberPeakBytes, reason) {
    if (!(Number.isFinite(memberPeakBytes) && memberPeakBytes > 0)) {
        throw new RangeError(`lockstepModel: memberPeakBytes must be a positive number, got ${memberPeakBytes}`);
    }
    return {
        kind: 'lockstep',
        meanMemberBytes: memberPeakBytes,
        memberPeakBytes,
        sdMemberBytes: 0,
        exponent: 1,
        observedWorkers: [],
        reason,
    };
}
function isNonNegative(value) {
    return Number.isFinite(value) && value >= 0;
}
/** Splits an observation into what can be trusted: sizes, moments, coupling evidence. */
function screen(observation) {
    const weight = observation.weight ?? 1;
    if (!(Number.isFinite(weight) && weight > 0))
        return 'weight is not a positive number';
    const peak = observation.memberPeakBytes;
    if (!(Number.isFinite(peak) && peak > 0))
        return 'member peak is not a positive number';
    const result = {
        weight,
        memberPeakBytes: peak,
        moments: null,
        coupling: null,
        problem: null,
    };
    const mean = observation.meanMemberBytes;
    const sd = observation.sdMemberBytes;
    if (!(isNonNegative(mean) && mean > 0 && isNonNegative(sd))) {
        result.problem = 'mean or standard deviation is not a usable number';
        return result;
    }
    if (mean > peak) {
        result.problem = 'mean above the member peak';
        return result;
    }
    result.moments = { meanBytes: mean, sdBytes: sd };
    const workers = observation.aliveAtPeak;
    const total = observation.peakTotalBytes;
    if (!(Number.isInteger(workers) && workers >= 2)) {
        result.problem = 'fewer than 2 workers alive at the peak';
    }
    else if (!(sd > 0 && peak > mean)) {
        result.problem = 'member RSS did not vary (σ = 0)';
    }
    else if (!Number.isFinite(total)) {
        result.problem = 'peak total is not a number';
    }
    else if (total <= workers * mean) {
        result.problem = 'peak total not above workers × mean';
    }
    else if (total > workers * peak * MAX_PEAK_TOTAL_OVER_LOCKSTEP) {
        result.problem = `peak total above ${MAX_PEAK_TOTAL_OVER_LOCKSTEP} × workers × member peak`;
    }
    else {
        // Share of the way from the mean (N·μ) to all-at-peak (N·peak): ≈ 1/√n independent, 1 lockstep.
        const share = (total - workers * mean) / (workers * (peak - mean));
        result.coupling = { workers, share, peakTotalBytes: total };
    }
    return result;
}
/**
 * Weighted median: the value where the cumulative weight reaches half the total; the mean of the
 * two neighbours when it lands exactly on a boundary (so two equal weights give their mean).
 */
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
        if (cumulative > half)
            return value;
    }
    return pairs[pairs.length - 1][0];
}
const concurrency_MiB = 1024 * 1024;
const concurrency_GiB = 1024 * concurrency_MiB;
/** `300 MiB`, `1.1 GiB` (local so the module depends on nothing in the project). */
function concurrency_formatBytes(bytes) {
    if (bytes >= concurrency_GiB)
        return `${(bytes / concurrency_GiB).toFixed(1).replace(/\.0$/, '')} GiB`;
    return `${Math.round(bytes / concurrency_MiB)} MiB`;
}
function kindFor(exponent) {
    if (exponent >= LOCKSTEP_EXPONENT)
        return 'lockstep';
    if (exponent <= INDEPENDENT_EXPONENT)
        return 'independent';
    return 'partly-correlated';
}
const KIND_LABEL = {
    independent: 'independent-like',
    'partly-correlated': 'partly correlated',
    lockstep: 'lockstep-like',
};
/**
 * Fits the concurrency model of one worker group from one or more runs' observations.
 *
 * Method: μ, σ and the member peak are weighted medians over the usable observations. Each
 * observation with n ≥ 2 members alive at the peak gives the share s = (peakTotal − n·μ) /
 * (n·(peak − μ)) of the way from the mean to all-at-peak, hence β = 1 + ln s / ln n. Several
 * observations are combined by weighted least squares through the origin in log-log space
 * (ln(excess / (peak − μ)) = β·ln n; the line passes through N = 1, where the excess is peak − μ),
 * i.e. the mean of the per-observation β weighted by weight·(ln n)²; the result is clamped to
 * [0.5, 1], and β ≥ 0.9 is rounded up to lockstep. Observations with broken figures are no evidence; without coupling evidence (no
 * observation at n ≥ 2, σ = 0, peak total below the mean or far above all-at-peak) the model is
 * lockstep, and the reason says why.
 *
 * Throws when the list is empty or no observation has a usable member peak: there is nothing to
 * size a worker by; callers then use {@link lockstepModel} with their own per-worker estimate.
 * @example
 * // 3 independent-like members (μ 300 MiB, peak 500 MiB) peaking together at 1,246 MiB:
 * // share (1246 − 900) / (3 × 200) ≈ 1/√3 → β = 0.5, kind 'independent'.
 * fitConcurrencyModel([{ aliveAtPeak: 3, peakTotalBytes: 1246 * MiB, meanMemberBytes: 300 * MiB,
 *   sdMemberBytes: 60 * MiB, memberPeakBytes: 500 * MiB }]).kind === 'independent'
 */
function fitConcurrencyModel(observations) {
    if (observations.length === 0)
        throw new RangeError('fitConcurrencyModel: no observations');
    const screened = [];
    const problems = [];
    for (const observation of observations) {
        const result = screen(observation);
        if (typeof result === 'string')
            problems.push(result);
        else {
            screened.push(result);
            if (result.problem !== null)
                problems.push(result.problem);
        }
    }
    if (screened.length === 0) {
        throw new RangeError(`fitConcurrencyModel: no observation has a usable member peak (${problems[0] ?? 'none'})`);
    }
    const ignored = problems.length === 0
        ? ''
        : `; ${problems.length} of ${observations.length} observation(s) not used as evidence (${problems[0]})`;
    const withMoments = screened.filter((item) => item.moments !== null);
    if (withMoments.length === 0) {
        const peak = weightedMedian(screened.map((item) => item.memberPeakBytes), screened.map((item) => item.weight));
        return lockstepModel(peak, `no usable mean and spread of member RSS: assuming lockstep, N × ${concurrency_formatBytes(peak)}${ignored}`);
    }
    const weights = withMoments.map((item) => item.weight);
    const peak = weightedMedian(withMoments.map((item) => item.memberPeakBytes), weights);
    // Each observation has mean ≤ peak, so the medians keep that order; min() guards rounding.
    const mean = Math.min(peak, weightedMedian(withMoments.map((item) => item.moments?.meanBytes ?? peak), weights));
    const sd = weightedMedian(withMoments.map((item) => item.moments?.sdBytes ?? 0), weights);
    const evidence = withMoments.filter((item) => item.coupling !== null);
    if (evidence.length === 0) {
        return {
            kind: 'lockstep',
            meanMemberBytes: mean,
            memberPeakBytes: peak,
            sdMemberBytes: sd,
            exponent: 1,
            observedWorkers: [],
            reason: `no evidence of how the members' peaks overlap: assuming lockstep, N × ${concurrency_formatBytes(peak)}${ignored}`,
        };
    }
    let numerator = 0;
    let denominator = 0;
    for (const item of evidence) {
        const { workers, share } = item.coupling;
        const logWorkers = Math.log(workers);
        // Clamped wide, not to [0.5, 1]: one run's β scatters about ±0.2 at n = 2 (the peak of a sum is
        // noisy), and clamping each at 0.5 before averaging would bias independent groups upwards.
        const beta = Math.min(1.5, Math.max(0, 1 + Math.log(share) / logWorkers));
        numerator += item.weight * logWorkers * logWorkers * beta;
        denominator += item.weight * logWorkers * logWorkers;
    }
    const fitted = Math.min(1, Math.max(0.5, numerator / denominator));
    const kind = kindFor(fitted);
    const exponent = kind === 'lockstep' ? 1 : fitted;
    const observedWorkers = [
        ...new Set(evidence.map((item) => item.coupling.workers)),
    ].sort((a, b) => a - b);
    // Quote the observation at the largest count (the heaviest of those): it says most about N.
    const quoted = evidence.reduce((best, item) => {
        const a = item.coupling;
        const b = best.coupling;
        return a.workers > b.workers || (a.workers === b.workers && item.weight > best.weight)
            ? item
            : best;
    });
    const coupling = quoted.coupling;
    const percent = Math.round(coupling.share * 100);
    const range = observedWorkers.length === 1
        ? `${observedWorkers[0]}`
        : `${observedWorkers[0]}–${observedWorkers[observedWorkers.length - 1]}`;
    const reason = `at ${coupling.workers} workers the group peaked at ${concurrency_formatBytes(coupling.peakTotalBytes)}, ` +
        `${percent}% of the way from the mean to all-at-peak: ${KIND_LABEL[kind]} ` +
        `(exponent ${fitted.toFixed(2)} from ${evidence.length} observation(s) at ${range} workers)${ignored}`;
    return {
        kind,
        meanMemberBytes: mean,
        memberPeakBytes: peak,
        sdMemberBytes: sd,
        exponent,
        observedWorkers,
        reason,
    };
}
/** N·(1 + (N − 1)·ρ): the variance of a sum of N members with pairwise correlation ρ, over σ². */
function sumVariance(workers, correlation) {
    return workers * (1 + (workers - 1) * correlation);
}
function assertUsableModel(model) {
    const { meanMemberBytes: mean, memberPeakBytes: peak, exponent } = model;
    if (!(isNonNegative(mean) && Number.isFinite(peak) && peak >= mean)) {
        throw new RangeError(`concurrency model needs 0 ≤ meanMemberBytes ≤ memberPeakBytes, got ${mean} and ${peak}`);
    }
    if (!(exponent >= 0.5 && exponent <= 1)) {
        throw new RangeError(`concurrency model exponent must be in [0.5, 1], got ${exponent}`);
    }
    if (!model.observedWorkers.every((count) => Number.isFinite(count) && count >= 1)) {
        throw new RangeError('concurrency model observedWorkers must be counts ≥ 1');
    }
}
/**
 * Predicted peak of the summed RSS of `workers` concurrent members (bytes, base memory excluded).
 *
 * Method: N·μ + (peak − μ)·m(N). Up to the largest observed count n, m(N) = N^β, the fitted power
 * law. Beyond n the prediction continues from m(n) as the excess of members with pairwise
 * correlation ρ does, √(N·(1 + (N − 1)·ρ)), where ρ = (n^(2β−1) − 1)/(n − 1) is the correlation that
 * reproduces the fit at n, raised to at least {@link EXTRAPOLATION_MIN_CORRELATION}. That curve's
 * log-log slope rises with N (towards 1), so the implied exponent beyond n is never below β and
 * grows with N/n: a power law fitted at 2–3 workers would under-predict correlated members at 16.
 * Lockstep gives N × peak exactly. Always between N·μ and N·peak, and non-decreasing in N.
 *
 * Throws on a worker count that is not a whole number ≥ 0, or a model with broken figures.
 * @example
 * // μ 300 MiB, peak 500 MiB, independent (β 0.5) observed at 4: 4 workers → 1200 + 200·2 = 1600 MiB.
 * const model = { ...lockstepModel(500 * MiB, 'example'), kind: 'independent' as const,
 *   meanMemberBytes: 300 * MiB, exponent: 0.5, observedWorkers: [4] };
 * predictConcurrentPeakBytes(model, 4) === 1600 * MiB
 */
function predictConcurrentPeakBytes(model, workers) {
    if (!(Number.isInteger(workers) && workers >= 0)) {
        throw new RangeError(`workers must be a whole number ≥ 0, got ${workers}`);
    }
    assertUsableModel(model);
    const { meanMemberBytes: mean, memberPeakBytes: peak } = model;
    const lockstepBytes = workers * peak;
    if (workers === 0)
        return 0;
    // The kind wins over a hand-edited exponent: lockstep is the safe reading of a mismatch.
    const exponent = model.kind === 'lockstep' ? 1 : model.exponent;
    if (exponent >= 1)
        return lockstepBytes;
    const largestObserved = Math.max(1, ...model.observedWorkers);
    let multiple = workers ** exponent;
    if (workers > largestObserved) {
        const fittedCorrelation = largestObserved >= 2
            ? (largestObserved ** (2 * exponent - 1) - 1) / (largestObserved - 1)
            : 0;
        const correlation = Math.min(1, Math.max(EXTRAPOLATION_MIN_CORRELATION, fittedCorrelation));
        const growth = Math.sqrt(sumVariance(workers, correlation) / sumVariance(largestObserved, correlation));
        multiple = Math.max(multiple, largestObserved ** exponent * growth);
    }
    const predicted = workers * mean + (peak - mean) * Math.min(workers, multiple);
    return Math.min(lockstepBytes, Math.max(workers * mean, predicted));
}
/**
 * The largest worker count N ≤ cap whose predicted peak fits in `availableBytes`; 0 when not even
 * one worker fits (including when the available memory is negative: base memory over the limit).
 *
 * Method: binary search, valid because the prediction is non-decreasing in N.
 * @example maxWorkersWithin(lockstepModel(512 * MiB, 'x'), 2 * 1024 * MiB, 8) === 4
 */
function maxWorkersWithin(model, availableBytes, cap) {
    if (Number.isNaN(availableBytes))
        throw new RangeError('availableBytes is NaN');
    if (!(Number.isInteger(cap) && cap >= 0)) {
        throw new RangeError(`cap must be a whole number ≥ 0, got ${cap}`);
    }
    assertUsableModel(model);
    if (availableBytes < 0)
        return 0;
    let fits = 0;
    let tooMany = cap + 1;
    while (tooMany - fits > 1) {
        const middle = Math.floor((fits + tooMany) / 2);
        if (predictConcurrentPeakBytes(model, middle) <= availableBytes)
            fits = middle;
        else
            tooMany = middle;
    }
    return fits;
}

;// CONCATENATED MODULE: ./src/estimate/estimate.ts
/**
 * Memory per worker from earlier runs' profiles. Pure. The method, its constants and their
 * sources are explained in docs/algorithm.md §3.
 */







/** +15% safety margin on the target, as the Kubernetes VPA recommender. */
const SAFETY_MARGIN = 0.15;
/** Below this many runs the maximum, not the p90, is the target (VPA keeps bounds wide early). */
const MIN_RUNS_FOR_QUANTILE = 5;
const TARGET_QUANTILE = 0.9;
/**
 * Half-life of a run's weight. VPA decays pod samples with a 24 h half-life because pods run
 * continuously; CI runs are sparse (a few a day on a busy branch) and a change to the code moves
 * memory for good, so a week lets ~20 recent runs count while old behaviour fades.
 */
const DEFAULT_HALF_LIFE_DAYS = 7;
/** VPA's bump after an OOM kill: max(used + 100 MiB, used × 1.2). */
const OOM_BUMP_BYTES = 100 * units_MiB;
const OOM_BUMP_FACTOR = 1.2;
const DAY_MS = 86_400_000;
/** The smallest weight a run can have (it still counts, if every other run is as old). */
const MIN_WEIGHT = 1e-300;
/**
 * Runtimes that size their heap from the memory they can see, a cgroup limit included: Node (V8's
 * default heap limit follows the constrained memory) and the JVM (container support since JDK 10,
 * heap = MaxRAMPercentage of it). Matched against the worker group's executable name.
 */
const ELASTIC_RUNTIMES = new Set(['node', 'java']);
/**
 * The smallest share of a per-worker figure learned with more memory that such workers are
 * assumed to need when they run with less. docs/measurements.md M2: Jest workers that peaked at 652 MiB on a
 * 24 GiB host passed at 333 MiB (51%) inside an 800 MiB limit, and four of them were OOM-killed at
 * ~307 MiB each (47%) inside 1.2 GiB: the need sat at about half the unconstrained peak.
 */
const ELASTIC_MIN_SHARE = 0.5;
/** True for an executable name (any case, `.exe` or not) of a runtime in ELASTIC_RUNTIMES. */
function isElasticRuntime(name) {
    return name !== null && ELASTIC_RUNTIMES.has(name.toLowerCase().replace(/\.exe$/, ''));
}
/** Confidence multiplier √(1 + 1/n): 1.41 after one run, 1.10 after five, 1.02 after twenty. */
function confidenceMultiplier(runs) {
    return runs <= 0 ? Number.POSITIVE_INFINITY : Math.sqrt(1 + 1 / runs);
}
function confidenceFor(runs) {
    if (runs <= 0)
        return 'none';
    if (runs < MIN_RUNS_FOR_QUANTILE)
        return 'low';
    if (runs < 15)
        return 'medium';
    return 'high';
}
/**
 * The figures of every phase of a profile that ran `phaseName`. One phase per run in the action;
 * `resource-planner exec` records each attempt as a phase of its own (an OOM-killed one and the
 * run after it), and each is evidence of the count it ran.
 */
function figuresOf(entry, phaseName, nowMs, halfLifeDays) {
    return entry.profile.phases
        .filter((phase) => phase.name === phaseName)
        .map((phase) => figuresFor(entry, phase, nowMs, halfLifeDays))
        .filter((figures) => figures !== null);
}
/** The moment a phase started, from the profile's start: orders the attempts of one run. */
function phaseStartedAt(startedAt, phase) {
    const moved = new Date(Date.parse(startedAt) + phase.startMs);
    // An unreadable start (untrusted text) or one moved out of the Date range stays as it was.
    return phase.startMs > 0 && Number.isFinite(moved.getTime()) ? moved.toISOString() : startedAt;
}
function figuresFor(entry, phase, nowMs, halfLifeDays) {
    const group = mainWorkerGroup(phase);
    if (!group || group.peakRss.p90Bytes <= 0)
        return null;
    const oom = phase.oomKills > 0;
    // Summed RSS counts shared pages (libraries, copy-on-write) once per process; the cgroup charges
    // them once. Where the cgroup charged less than the summed peak, scale down to its charge.
    const treePeak = phase.treeRss.peakBytes;
    const charged = phase.peakCgroupUsageBytes;
    const sharedPageScale = charged !== null && charged > 0 && charged < treePeak ? charged / treePeak : 1;
    const measuredPerWorker = group.peakRss.p90Bytes * sharedPageScale;
    let perWorker = measuredPerWorker;
    if (oom)
        perWorker = Math.max(perWorker + OOM_BUMP_BYTES, perWorker * OOM_BUMP_FACTOR);
    const workers = Math.max(1, workersRan(group));
    const peak = treePeak * sharedPageScale;
    const startedMs = Date.parse(entry.profile.run.startedAt);
    const ageDays = Number.isFinite(startedMs) ? Math.max(0, (nowMs - startedMs) / DAY_MS) : 0;
    // Never exactly 0: 0.5 ** age underflows past ~1075 half-lives (20 years at 7 days), and a
    // history whose weights are all 0 would make every weighted quantile 0 B.
    const weight = Math.max(MIN_WEIGHT, 0.5 ** (ageDays / halfLifeDays));
    const host = entry.profile.host;
    const constrained = host.cgroupMemoryLimitBytes !== null && host.cgroupMemoryLimitBytes < host.memoryTotalBytes
        ? host.cgroupMemoryLimitBytes
        : null;
    const concurrency = group.concurrency;
    const observation = concurrency && concurrency.aliveAtPeak >= 2
        ? {
            aliveAtPeak: concurrency.aliveAtPeak,
            peakTotalBytes: group.peakTotalBytes * sharedPageScale,
            meanMemberBytes: concurrency.memberMeanBytes * sharedPageScale,
            sdMemberBytes: concurrency.memberSdBytes * sharedPageScale,
            memberPeakBytes: measuredPerWorker,
            weight,
        }
        : null;
    return {
        ref: {
            runId: entry.profile.run.runId,
            runAttempt: entry.profile.run.runAttempt,
            sha: entry.profile.run.sha,
            startedAt: entry.profile.run.startedAt,
            url: entry.url,
            perWorkerBytes: perWorker,
            workers,
            oomKills: phase.oomKills,
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
        succeeded: entry.failed !== true &&
            (entry.profile.run.exitCode === null || entry.profile.run.exitCode === 0),
        phaseStartedAt: phaseStartedAt(entry.profile.run.startedAt, phase),
        constrainedLimitBytes: constrained,
        memoryLimitBytes: host.memoryLimitBytes,
        workerName: group.name,
        observation,
    };
}
/** Runs recorded on another OS count memory differently (e.g. `ps` RSS on macOS): left out. */
function sameOs(profiles, os) {
    if (os === undefined)
        return { kept: profiles, note: null };
    const kept = profiles.filter((entry) => entry.profile.host.os === os);
    const others = [
        ...new Set(profiles
            .filter((entry) => entry.profile.host.os !== os)
            .map((entry) => entry.profile.host.os)),
    ];
    return {
        kept,
        note: kept.length === profiles.length
            ? null
            : `${profiles.length - kept.length} profile(s) from another OS (${others.slice(0, 3).join(', ')}) ignored: memory is counted differently there.`,
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
        if (input.profiles.length === 0)
            return { ...input.fallback, notes: input.fallback.notes };
        // History there is, just not for this phase: name the phases it has, not "no history yet".
        const phases = kept.flatMap((entry) => entry.profile.phases.map((phase) => phase.name));
        notes.push(`${input.profiles.length} earlier profile(s) found, but none recorded workers in phase '${input.phase}'` +
            (phases.length > 0 ? `; they have phase(s) ${(0,inert_text/* quotedNames */.l9)(phases)}.` : '.') +
            ` Assuming ${formatBytes(input.fallback.perWorkerBytes)} per worker (the fallback).`);
        return { ...input.fallback, notes };
    }
    const n = runs.length;
    if (missing > 0)
        notes.push(`${missing} of ${kept.length} earlier profile(s) had no workers in phase '${input.phase}'.`);
    const target = perWorkerTarget(runs, halfLife, notes);
    const ooms = runs.filter((run) => run.oom);
    if (ooms.length > 0) {
        // An OOM kill is hard evidence the workers needed more: the target never falls below the
        // bumped figure of such a run, whatever the quantile says.
        const bumped = Math.max(...ooms.map((run) => run.perWorkerBytes));
        target.perWorkerBytes = Math.max(target.perWorkerBytes, bumped);
        notes.push(`${ooms.length} earlier run(s) had OOM kills: raised to max(used + 100 MiB, used × 1.2) = ${formatBytes(bumped)} per worker at least.`);
    }
    const multiplier = (1 + SAFETY_MARGIN) * confidenceMultiplier(n);
    let perWorkerBytes = Math.round(target.perWorkerBytes * multiplier);
    notes.push(`+15% margin and ×${confidenceMultiplier(n).toFixed(2)} for ${n} run(s) of evidence: ${formatBytes(perWorkerBytes)} per worker.`);
    const latestName = runs.reduce((latest, run) => Date.parse(run.ref.startedAt) > Date.parse(latest.ref.startedAt) ? run : latest).workerName;
    const elastic = isElasticRuntime(latestName) && ooms.length === 0 && input.elasticMemory !== false;
    const elasticShare = elastic ? elasticPriorShare(runs, input.capacityMemoryLimitBytes) : 1;
    if (elasticShare < 1) {
        const leastSeenBytes = Math.min(...runs.map((run) => run.memoryLimitBytes));
        perWorkerBytes = Math.round(perWorkerBytes * elasticShare);
        notes.push(`Elastic memory: '${latestName}' workers size their heap from the memory they see; every run learned from saw at least ${formatBytes(leastSeenBytes)}, this runner ${formatBytes(input.capacityMemoryLimitBytes)}: ×${elasticShare.toFixed(2)} = ${formatBytes(perWorkerBytes)} per worker.${latestName.toLowerCase().startsWith('node') ? ' Pass node-heap-mb to the workers as --max-old-space-size.' : ''} Set elastic-memory: off if their memory is held rather than garbage (large caches, syntax trees).`);
    }
    perWorkerBytes = provenUnderTighterLimit(runs, input.capacityMemoryLimitBytes, perWorkerBytes, notes);
    const concurrency = concurrencyModelFor(runs, notes);
    // A failed run's duration says how long it took to fail, not how long the work takes; so does
    // an attempt that ran out of memory in a run that succeeded later (exec's retry).
    const speedup = fitSpeedup(runs
        .filter((run) => run.succeeded && !run.oom && run.heapLimitKills === 0)
        .map((run) => ({ workers: run.workers, durationMs: run.durationMs })), input.minSpeedupGain ?? DEFAULT_MIN_SPEEDUP_GAIN);
    if (speedup)
        notes.push(speedupNote(speedup));
    const perWorkerValues = runs.map((run) => run.perWorkerBytes);
    return {
        source: 'history',
        perWorkerBytes,
        memberPeakBytes: Math.round(target.perWorkerBytes),
        baseBytes: Math.round(target.baseBytes),
        confidence: confidenceFor(n),
        historyRuns: n,
        spread: {
            p50Bytes: Math.round(stats_quantile(perWorkerValues, 0.5)),
            p90Bytes: Math.round(stats_quantile(perWorkerValues, 0.9)),
            maxBytes: Math.max(...perWorkerValues),
        },
        workerName: latestName,
        oomInHistory: ooms.length > 0,
        speedup,
        concurrency,
        elasticShare,
        elastic,
        baseMeasured: true,
        countEvidence: runs.map(countEvidenceOf),
        runs: runs.map((run) => run.ref),
        notes,
    };
}
/**
 * The per-worker target before margins and the base memory: the largest of few runs or the
 * time-weighted p90 of more, and where runs at 3+ worker counts allow, the slope of peak memory
 * on workers (regression) to separate per-worker from base memory.
 */
function perWorkerTarget(runs, halfLife, notes) {
    const n = runs.length;
    const perWorkerValues = runs.map((run) => run.perWorkerBytes);
    const weights = runs.map((run) => run.weight);
    let target;
    let baseBytes = stats_weightedQuantile(runs.map((run) => run.baseBytes), weights, 0.5);
    if (n < MIN_RUNS_FOR_QUANTILE) {
        target = Math.max(...perWorkerValues);
        notes.push(`Per worker: the largest of ${n} run(s) (${formatBytes(target)}), as fewer than ${MIN_RUNS_FOR_QUANTILE} runs make a quantile unreliable.`);
    }
    else {
        target = stats_weightedQuantile(perWorkerValues, weights, TARGET_QUANTILE);
        notes.push(`Per worker: the p90 of ${n} runs, recent runs weighted more (half-life ${halfLife} days): ${formatBytes(target)}.`);
    }
    const counts = new Set(runs.map((run) => run.workers));
    if (counts.size >= 3) {
        const { m: slope, b: intercept } = linearRegression(runs.map((run) => [run.workers, run.peakBytes]));
        if (slope > 0 && intercept >= 0) {
            notes.push(`Peak memory rises by ${formatBytes(slope)} per worker across ${counts.size} worker counts (regression); base ${formatBytes(intercept)}.`);
            target = Math.max(target, slope);
            baseBytes = intercept;
        }
    }
    return { perWorkerBytes: target, baseBytes };
}
/**
 * Elastic memory, the prior: Node and JVM workers size their heaps from the memory they see, so
 * figures learned where every run saw more memory than this runner has overstate the need here.
 * The ratio of memories, never below half (docs/measurements.md M2); 1 when no run saw more.
 */
function elasticPriorShare(runs, capacityMemoryLimitBytes) {
    const leastSeenBytes = Math.min(...runs.map((run) => run.memoryLimitBytes));
    return capacityMemoryLimitBytes < leastSeenBytes
        ? Math.max(ELASTIC_MIN_SHARE, capacityMemoryLimitBytes / leastSeenBytes)
        : 1;
}
/**
 * Elastic memory, the evidence: garbage-collected workers grow into what they see, so a run that
 * finished inside a tighter cgroup limit without an OOM kill proves its workers fit in
 * (limit − base) ÷ workers.
 */
function provenUnderTighterLimit(runs, capacityMemoryLimitBytes, perWorkerBytes, notes) {
    const feasible = runs
        .filter((run) => !run.oom &&
        run.succeeded &&
        run.constrainedLimitBytes !== null &&
        run.constrainedLimitBytes < capacityMemoryLimitBytes)
        .map((run) => Math.max(1, (run.constrainedLimitBytes - run.baseBytes) / run.workers));
    if (feasible.length === 0)
        return perWorkerBytes;
    const proven = Math.round(Math.min(...feasible));
    if (proven >= perWorkerBytes)
        return perWorkerBytes;
    notes.push(`${feasible.length} run(s) under a tighter memory limit finished without OOM at ${formatBytes(proven)} per worker: using that (garbage-collected workers use less when they see less).`);
    return proven;
}
/** The concurrency model from the runs that recorded 2+ workers alive at once (v2 profiles). */
function concurrencyModelFor(runs, notes) {
    const observations = runs
        .map((run) => run.observation)
        .filter((observation) => observation !== null);
    if (observations.length === 0) {
        notes.push('Concurrency: no run recorded 2+ workers at once with per-sample figures (v1 profiles or one worker): workers are planned as if they peak together.');
        return null;
    }
    try {
        const model = fitConcurrencyModel(observations);
        notes.push(`Concurrency (${model.kind}): ${model.reason}.`);
        return model;
    }
    catch (error) {
        notes.push(`Concurrency: no usable evidence (${error instanceof Error ? error.message : String(error)}).`);
        return null;
    }
}
function countEvidenceOf(run) {
    return {
        runId: run.ref.runId,
        workers: run.workers,
        memoryLimitBytes: run.memoryLimitBytes,
        clean: !run.oom && run.heapLimitKills === 0 && run.succeeded,
        oomKills: run.ref.oomKills,
        heapLimitKills: run.heapLimitKills,
        perWorkerBytes: run.measuredPerWorkerBytes,
        startedAt: run.phaseStartedAt,
        weight: run.weight,
    };
}

;// CONCATENATED MODULE: ./src/history/learn.ts


/** The estimate for `settings.profile` from loaded history; the loader's notes come first. */
function estimateFromLoaded(history, settings, capacity, fallback, nowMs) {
    const estimate = estimateFromHistory({
        profiles: history.profiles.map((entry) => ({
            profile: entry.profile,
            url: entry.url,
            failed: entry.failed,
        })),
        phase: settings.profile,
        capacityMemoryLimitBytes: capacity.memoryLimitBytes,
        capacityOs: capacity.os,
        nowMs,
        minSpeedupGain: settings.minSpeedupGain,
        elasticMemory: settings.elasticMemory,
        fallback,
    });
    return { ...estimate, notes: [...history.notes, ...estimate.notes] };
}
/**
 * The profiles of one job (`run.job`, which the CLI's `run --name` sets), so that recordings of
 * different commands do not mix into one estimate. With no name, every profile is kept, and a
 * folder that holds several jobs gets a note saying so.
 */
function onlyJob(history, job) {
    const jobs = history.profiles.map((entry) => entry.profile.run.job);
    if (job === null) {
        const distinct = new Set(jobs);
        if (distinct.size < 2)
            return history;
        return {
            ...history,
            notes: [
                ...history.notes,
                `The profiles are of ${distinct.size} jobs (${(0,inert_text/* quotedNames */.l9)(distinct)}): --name NAME learns from one.`,
            ],
        };
    }
    const kept = history.profiles.filter((entry) => entry.profile.run.job === job);
    if (kept.length === history.profiles.length)
        return history;
    const others = jobs.filter((name) => name !== job);
    return {
        ...history,
        profiles: kept,
        notes: [
            ...history.notes,
            `${others.length} of ${jobs.length} profiles left out: of other jobs (${(0,inert_text/* quotedNames */.l9)(others)}), not ${(0,inert_text/* quoteUntrusted */.X0)(job, 60)}.`,
        ],
    };
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: ./src/probe/cgroup.ts
/**
 * Cgroup parsing and limit resolution. Pure: every function takes file contents (or a reader
 * passed in) and returns data. Kernel documentation: Documentation/admin-guide/cgroup-v2.rst and
 * cgroup-v1/memory.rst; see ../../docs/algorithm.md §1.
 */

/** Parses /proc/<pid>/cgroup. Malformed lines are skipped. */
function parseProcCgroup(text) {
    const memberships = [];
    for (const line of text.split('\n')) {
        const first = line.indexOf(':');
        const second = line.indexOf(':', first + 1);
        if (first < 0 || second < 0)
            continue;
        const hierarchyId = Number(line.slice(0, first));
        if (!Number.isInteger(hierarchyId))
            continue;
        const controllerList = line.slice(first + 1, second);
        memberships.push({
            hierarchyId,
            controllers: controllerList === '' ? [] : controllerList.split(','),
            path: line.slice(second + 1) || '/',
        });
    }
    return memberships;
}
/** mountinfo escapes space, tab, newline and backslash as octal (`\040`). */
function unescapeMountField(field) {
    return field.replace(/\\([0-7]{3})/g, (_, octal) => String.fromCharCode(parseInt(octal, 8)));
}
const V1_NON_CONTROLLER_OPTIONS = new Set([
    'rw',
    'ro',
    'relatime',
    'noatime',
    'nosuid',
    'nodev',
    'noexec',
]);
/**
 * Parses the cgroup and cgroup2 mounts of /proc/<pid>/mountinfo. Line format (proc(5)):
 * `id parent major:minor root mount-point options [optional...] - fstype source super-options`.
 */
function parseCgroupMounts(text) {
    const mounts = [];
    for (const line of text.split('\n')) {
        const separator = line.indexOf(' - ');
        if (separator < 0)
            continue;
        const left = line.slice(0, separator).split(' ');
        const right = line.slice(separator + 3).split(' ');
        const [fsType, , superOptions = ''] = right;
        const root = left[3];
        const mountPoint = left[4];
        if (root === undefined || mountPoint === undefined)
            continue;
        if (fsType === 'cgroup2') {
            mounts.push({
                version: 2,
                root: unescapeMountField(root),
                mountPoint: unescapeMountField(mountPoint),
                controllers: [],
            });
        }
        else if (fsType === 'cgroup') {
            const controllers = superOptions
                .split(',')
                .filter((option) => option !== '' && !V1_NON_CONTROLLER_OPTIONS.has(option) && !option.includes('='));
            // Named hierarchies (`name=systemd`) have no resource controllers; keep the name for matching.
            const named = superOptions.split(',').filter((option) => option.startsWith('name='));
            mounts.push({
                version: 1,
                root: unescapeMountField(root),
                mountPoint: unescapeMountField(mountPoint),
                controllers: [...controllers, ...named],
            });
        }
    }
    return mounts;
}
/**
 * The directory of a cgroup on disk. The mount shows the hierarchy from `mount.root` down; a
 * cgroup path under that root maps below the mount point. Inside a container (cgroup
 * namespace) the path is already relative to the container's root and the mount root is `/`;
 * when the path is not under the mount root at all (a container without a cgroup namespace
 * sees the host's path but only its own subtree mounted), the mount point itself is the cgroup.
 */
function cgroupDirectory(mount, cgroupPath) {
    const root = mount.root === '/' ? '' : mount.root.replace(/\/+$/, '');
    let relative;
    if (root === '')
        relative = cgroupPath;
    else if (cgroupPath === root)
        relative = '/';
    else if (cgroupPath.startsWith(`${root}/`))
        relative = cgroupPath.slice(root.length);
    else
        return mount.mountPoint;
    return external_node_path_.posix.join(mount.mountPoint, relative).replace(/(.)\/+$/, '$1');
}
/** Directories from the leaf up to (and including) the mount point. */
function directoriesUpToMount(leafDirectory, mountPoint) {
    const clean = (path) => external_node_path_.posix.normalize(path).replace(/(.)\/+$/, '$1');
    const directories = [];
    let current = clean(leafDirectory);
    const top = clean(mountPoint);
    if (current !== top && !current.startsWith(`${top}/`))
        return [top];
    while (current !== top && current !== external_node_path_.posix.dirname(current)) {
        directories.push(current);
        current = external_node_path_.posix.dirname(current);
    }
    directories.push(top);
    return directories;
}
/** v1 writes "no limit" as a huge page-aligned number (e.g. 9223372036854771712): ≥ 2^62 is none. */
const V1_UNLIMITED_THRESHOLD = 2 ** 62;
/** Parses a memory limit file (`max`, a byte count, or v1's huge "unlimited" value). */
function parseMemoryLimit(text) {
    const value = text.trim();
    if (value === 'max')
        return { kind: 'none' };
    if (!/^\d+$/.test(value))
        return { kind: 'invalid', text: value };
    const bytes = Number(value);
    if (bytes >= V1_UNLIMITED_THRESHOLD)
        return { kind: 'none' };
    return { kind: 'limit', bytes };
}
/** Parses a plain non-negative integer file (usage, peak); null when odd. */
function parseCounter(text) {
    const value = text.trim();
    return /^\d+$/.test(value) ? Number(value) : null;
}
/** Reads `key value` lines (memory.stat, memory.events, memory.oom_control). */
function parseKeyValues(text) {
    const values = new Map();
    for (const line of text.split('\n')) {
        const [key, value] = line.trim().split(/\s+/);
        if (key && value !== undefined && /^-?\d+$/.test(value))
            values.set(key, Number(value));
    }
    return values;
}
/** v2 `cpu.max`: `quota period` or `max period` → CPUs (quota ÷ period), null for none. */
function parseCpuMax(text) {
    const [quota, period = '100000'] = text.trim().split(/\s+/);
    if (quota === 'max')
        return null;
    if (!quota || !/^\d+$/.test(quota) || !/^\d+$/.test(period) || Number(period) === 0)
        return 'invalid';
    return Number(quota) / Number(period);
}
/** v1 `cpu.cfs_quota_us` and `cpu.cfs_period_us` → CPUs, null for none (quota -1). */
function parseCfsQuota(quotaText, periodText) {
    const quota = quotaText.trim();
    const period = periodText.trim();
    if (quota === '-1')
        return null;
    if (!/^\d+$/.test(quota) || !/^\d+$/.test(period) || Number(period) === 0)
        return 'invalid';
    return Number(quota) / Number(period);
}
/** Counts CPUs in a kernel list such as `0-3,8,10-11`; null when empty or malformed. */
function countCpuList(text) {
    const list = text.trim();
    if (list === '')
        return null;
    let count = 0;
    for (const part of list.split(',')) {
        const match = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
        if (!match)
            return null;
        const start = Number(match[1]);
        const end = match[2] === undefined ? start : Number(match[2]);
        if (end < start)
            return null;
        count += end - start + 1;
    }
    return count;
}
/** The PSI `some avg10` percentage from a `memory.pressure` file. */
function parsePressureSomeAvg10(text) {
    const match = /^some\s+avg10=(\d+(?:\.\d+)?)/m.exec(text);
    return match ? Number(match[1]) : null;
}

;// CONCATENATED MODULE: ./src/probe/host.ts
/**
 * Host memory and cores on macOS and Windows, from what systeminformation reports: pure, data in
 * and data out. The adapter that asks systeminformation is ./systeminformation.ts; Linux never
 * comes here (it reads /proc and the cgroup files, see ./probe.ts).
 */
/**
 * Available memory as each OS counts it.
 *
 * macOS: free + inactive pages (systeminformation's `free` + `reclaimable`). `os.freemem()`
 * (libuv's `free_count` from `host_statistics(HOST_VM_INFO)`, speculative read-ahead pages
 * included) counts free pages only, so a Mac with gigabytes of reclaimable cache looks nearly
 * full. Inactive pages are the ones the kernel hands out next: clean file pages by dropping them,
 * anonymous ones by compressing them. free + inactive is psutil's `virtual_memory().available` on
 * macOS, and libuv's `uv_get_available_memory` (since libuv PR 4908, 2025) less purgeable pages.
 * Not added:
 * - purgeable pages: systeminformation does not report them on their own, and as resident pages
 *   they sit on the active or inactive queue, so the inactive ones are counted already;
 * - systeminformation's own `available`, total − (app memory + wired + compressed) as Activity
 *   Monitor shows "Memory Used": being total minus something, it also counts memory the VM's page
 *   queues do not track and active file pages in use by running programs. On the recorded macOS
 *   runner (test/fixtures/host) it says 2.16 GiB where free + inactive says 2.27 GiB and
 *   `os.freemem()` 97 MiB: the two heuristics agree within 5%, the old figure was 24× too low.
 *
 * Windows: `available` as systeminformation reports it, which is `os.freemem()`: libuv reads
 * `ullAvailPhys` from `GlobalMemoryStatusEx`, memory that "can be immediately reused without
 * having to write its contents to disk first" (the standby, free and zero lists; Microsoft's
 * MEMORYSTATUSEX documentation), the "Available" of Task Manager.
 */
function hostFactsFromSystemInformation(platform, memory, cpu) {
    const notes = [];
    const total = bytesOrNull(memory.total);
    if (total === null || total === 0)
        throw new Error(`systeminformation reported no total memory (${String(memory.total)})`);
    const free = bytesOrNull(memory.free) ?? 0;
    let available;
    if (platform === 'darwin') {
        const inactive = bytesOrNull(memory.reclaimable) ?? 0;
        // systeminformation leaves `reclaimable` at 0 when `vm_stat` fails: free pages are all it has.
        if (inactive === 0)
            notes.push('vm_stat gave no inactive pages: available memory counts free pages only and is likely too low.');
        available = free + inactive;
    }
    else {
        available = bytesOrNull(memory.available) ?? free;
    }
    const swapTotal = bytesOrNull(memory.swaptotal);
    return {
        totalMemoryBytes: total,
        availableMemoryBytes: Math.min(available, total),
        physicalCpus: positiveIntegerOrNull(cpu.physicalCores),
        swapTotalBytes: swapTotal,
        swapFreeBytes: swapTotal === null ? null : bytesOrNull(memory.swapfree),
        notes,
    };
}
/** Host facts from node:os alone, for when systeminformation fails or is too slow. */
function fallbackHostFacts(platform, osFacts, reason) {
    const caveat = platform === 'darwin'
        ? ' (on macOS that counts free pages only, so available memory is likely too low)'
        : '';
    return {
        totalMemoryBytes: osFacts.totalMemoryBytes,
        availableMemoryBytes: Math.min(osFacts.freeMemoryBytes, osFacts.totalMemoryBytes),
        physicalCpus: null,
        swapTotalBytes: null,
        swapFreeBytes: null,
        notes: [
            `systeminformation could not read memory and cores (${reason}): using os.totalmem(), os.freemem() and os.availableParallelism()${caveat}.`,
        ],
    };
}
function bytesOrNull(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? Math.floor(value)
        : null;
}
function positiveIntegerOrNull(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

;// CONCATENATED MODULE: ./src/probe/systeminformation.ts
/**
 * The macOS and Windows host adapter: memory and physical cores from systeminformation. The
 * package is imported here, on first use, and never at start-up: Linux reads /proc instead and
 * never loads it (the bundler puts it in a chunk of its own that only this import pulls in).
 *
 * Only `mem()` and `cpu()` are called, with no arguments: systeminformation's command-injection
 * advisories were all in functions that take strings.
 */

/**
 * Long enough for Windows, where `cpu()` starts three PowerShell processes at once (a cold
 * PowerShell takes about a second to start), short enough that a stuck one cannot hold the step.
 */
const HOST_PROBE_TIMEOUT_MS = 5_000;
const loadSystemInformation = async () => {
    const si = await __nccwpck_require__.e(/* import() */ 754).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2754, 23));
    return { mem: () => si.mem(), cpu: () => si.cpu() };
};
/** Memory and cores from systeminformation; rejects on its errors and after `timeoutMs`. */
async function readHostWithSystemInformation(options) {
    const timeoutMs = options.timeoutMs ?? HOST_PROBE_TIMEOUT_MS;
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        // A late answer must not keep the step's process alive.
        timer.unref();
    });
    try {
        const read = (async () => {
            const si = await (options.load ?? loadSystemInformation)();
            const [memory, cpu] = await Promise.all([si.mem(), si.cpu()]);
            return hostFactsFromSystemInformation(options.platform, memory, cpu);
        })();
        return await Promise.race([read, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}

;// CONCATENATED MODULE: ./src/probe/probe.ts
/**
 * The probe: what this machine (and this container) can give a job. Linux reads /proc and the
 * cgroup files directly, a few small reads (~0.2 ms each), no subprocess; macOS and Windows ask a
 * host adapter (systeminformation, loaded only there) for available memory as the OS counts it and
 * physical cores. Trouble never throws: it falls back and says so once in `warnings`.
 */








function readFileOrNull(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return null;
    }
}
/** node:os facts, read when the probe runs (never at import). */
function currentOsFacts() {
    const cpus = external_node_os_default().cpus();
    return {
        platform: process.platform,
        arch: process.arch,
        totalMemoryBytes: external_node_os_default().totalmem(),
        freeMemoryBytes: external_node_os_default().freemem(),
        logicalCpus: cpus.length || external_node_os_default().availableParallelism(),
        availableParallelism: external_node_os_default().availableParallelism(),
        cpuModel: cpus[0]?.model.trim() || null,
    };
}
/**
 * Probes the machine, as the action and the CLI do. Linux: `probeCapacity` as it is, nothing else
 * loaded. macOS and Windows: first the host adapter; if it throws or times out, node:os's figures
 * with a warning (fail open).
 */
async function probeMachine(options = {}) {
    const { readHost, ...probeOptions } = options;
    const platform = options.platform ?? options.os?.platform ?? process.platform;
    if (platform === 'linux')
        return probeCapacity(probeOptions);
    const read = readHost ?? ((name) => readHostWithSystemInformation({ platform: name }));
    let host;
    try {
        host = await read(platform);
    }
    catch (error) {
        const facts = {
            totalMemoryBytes: options.os?.totalMemoryBytes ?? external_node_os_default().totalmem(),
            freeMemoryBytes: options.os?.freeMemoryBytes ?? external_node_os_default().freemem(),
        };
        host = fallbackHostFacts(platform, facts, (0,shared_errors/* errorMessage */.gJ)(error));
    }
    return probeCapacity({ ...probeOptions, host });
}
/**
 * The capacity from what can be read synchronously: /proc and cgroups on Linux, node:os or the
 * host adapter's report elsewhere. Cheap: it runs on the main step's start-up path.
 */
function probeCapacity(options = {}) {
    const facts = { ...currentOsFacts(), ...options.os };
    const platform = options.platform ?? facts.platform;
    const root = options.root ?? '';
    const read = options.readFile ?? readFileOrNull;
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
    if (platform === 'linux') {
        const procDir = `/proc/${options.pid ?? 'self'}`;
        const meminfo = readAt('/proc/meminfo');
        if (meminfo === null) {
            warnings.add('Could not read /proc/meminfo: using what Node reports for memory.');
        }
        else {
            const memory = parseMeminfo(meminfo);
            if (memory.totalBytes !== null)
                hostTotal = memory.totalBytes;
            if (memory.availableBytes !== null)
                hostAvailable = memory.availableBytes;
            else
                warnings.add('/proc/meminfo has no MemAvailable: estimating it from MemFree, Buffers and Cached.');
            swapTotal = memory.swapTotalBytes;
            swapFree = memory.swapFreeBytes;
            if (memory.availableBytes === null && memory.fallbackAvailableBytes !== null) {
                hostAvailable = memory.fallbackAvailableBytes;
            }
        }
        const status = readAt(`${procDir}/status`);
        const allowed = status ? /^Cpus_allowed_list:\s*(.+)$/m.exec(status)?.[1] : undefined;
        affinityCpus = allowed ? countCpuList(allowed) : null;
        const cpuinfo = readAt('/proc/cpuinfo');
        physicalCpus = cpuinfo ? countPhysicalCores(cpuinfo) : null;
        cgroup = probeCgroup(readAt, procDir, warnings);
    }
    else if (options.host) {
        hostTotal = options.host.totalMemoryBytes;
        hostAvailable = options.host.availableMemoryBytes;
        physicalCpus = options.host.physicalCpus;
        swapTotal = options.host.swapTotalBytes;
        swapFree = options.host.swapFreeBytes;
        for (const note of options.host.notes)
            warnings.add(note);
    }
    const ceiling = cgroup?.memoryLimitBytes ?? null;
    const memoryLimitBytes = ceiling === null ? hostTotal : Math.min(hostTotal, ceiling);
    let memoryAvailableBytes = Math.min(hostAvailable, memoryLimitBytes);
    if (ceiling !== null && cgroup) {
        // The working set, as kubelet computes it: the charge minus reclaimable inactive file cache.
        const workingSet = cgroup.memoryUsageBytes === null
            ? 0
            : Math.max(0, cgroup.memoryUsageBytes - (cgroup.memoryInactiveFileBytes ?? 0));
        memoryAvailableBytes = Math.min(memoryAvailableBytes, Math.max(0, ceiling - workingSet));
    }
    const cpuCandidates = [
        ['host', platform === 'linux' ? logicalCpus : Math.max(1, facts.availableParallelism)],
        ['affinity', affinityCpus],
        ['cpuset', cgroup?.cpusetCpus ?? null],
        [
            'cgroup-quota',
            cgroup?.cpuQuota === null || cgroup?.cpuQuota === undefined
                ? null
                : Math.floor(cgroup.cpuQuota),
        ],
    ];
    let cpus = Number.POSITIVE_INFINITY;
    let cpuBinding = 'host';
    for (const [binding, count] of cpuCandidates) {
        if (count !== null && count < cpus) {
            cpus = count;
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
        memoryBinding: ceiling !== null && ceiling < hostTotal ? 'cgroup' : 'host',
        cpuBinding,
        warnings: warnings.list(),
    };
}
class Warnings {
    seen = new Set();
    add(message) {
        this.seen.add(message);
    }
    list() {
        return [...this.seen];
    }
}
/** /proc/meminfo values are in kB (KiB). */
function parseMeminfo(text) {
    const values = new Map();
    for (const match of text.matchAll(/^(\w+(?:\(\w+\))?):\s+(\d+)\s*kB$/gm)) {
        const [, key, value] = match;
        if (key && value)
            values.set(key, Number(value) * KiB);
    }
    const get = (key) => values.get(key) ?? null;
    const free = get('MemFree');
    return {
        totalBytes: get('MemTotal'),
        availableBytes: get('MemAvailable'),
        // Kernels before 3.14 lack MemAvailable; free + buffers + page cache is the usual stand-in.
        fallbackAvailableBytes: free === null ? null : free + (get('Buffers') ?? 0) + (get('Cached') ?? 0),
        swapTotalBytes: get('SwapTotal'),
        swapFreeBytes: get('SwapFree'),
    };
}
/** Distinct (physical id, core id) pairs of /proc/cpuinfo; null when it does not list them. */
function countPhysicalCores(cpuinfo) {
    const cores = new Set();
    for (const block of cpuinfo.split(/\n\s*\n/)) {
        const physical = /^physical id\s*:\s*(\d+)/m.exec(block)?.[1];
        const core = /^core id\s*:\s*(\d+)/m.exec(block)?.[1];
        if (physical !== undefined && core !== undefined)
            cores.add(`${physical}:${core}`);
    }
    return cores.size > 0 ? cores.size : null;
}
/**
 * The hierarchy that holds a controller. A controller is bound to one hierarchy at a time: v2 when
 * the unified mount lists it in cgroup.controllers, otherwise the v1 mount that names it. Hybrid
 * hosts (v1 controllers plus a unified mount without them) resolve to v1.
 */
function hierarchyFor(controller, memberships, mounts, readAt) {
    const unified = memberships.find((membership) => membership.hierarchyId === 0 && membership.controllers.length === 0);
    for (const mount of mounts.filter((candidate) => candidate.version === 2)) {
        if (!unified)
            break;
        const leaf = cgroupDirectory(mount, unified.path);
        const available = readAt(external_node_path_.posix.join(mount.mountPoint, 'cgroup.controllers')) ??
            readAt(external_node_path_.posix.join(leaf, 'cgroup.controllers'));
        if (available?.split(/\s+/).includes(controller))
            return { version: 2, mount, membership: unified, leaf };
    }
    for (const mount of mounts.filter((candidate) => candidate.version === 1)) {
        if (!mount.controllers.includes(controller))
            continue;
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
        warnings.add(`Could not read ${procDir}/cgroup or mountinfo: container limits are unknown, planning on the host's.`);
        return null;
    }
    const memberships = parseProcCgroup(cgroupText);
    const mounts = parseCgroupMounts(mountText);
    const memory = hierarchyFor('memory', memberships, mounts, readAt);
    const cpu = hierarchyFor('cpu', memberships, mounts, readAt);
    const cpuset = hierarchyFor('cpuset', memberships, mounts, readAt);
    if (!memory && !cpu && !cpuset)
        return null;
    const odd = (path, text) => warnings.add(`Ignoring ${path}: unexpected value ${JSON.stringify(text.trim().slice(0, 40))}.`);
    const memoryFacts = memory ? readMemoryFacts(memory, readAt, odd) : NO_MEMORY_FACTS;
    return {
        version: memory?.version ?? cpu?.version ?? cpuset?.version ?? 2,
        memoryCgroupPath: memory?.membership.path ?? null,
        ...memoryFacts,
        cpuQuota: cpu ? readCpuQuota(cpu, readAt, odd) : null,
        cpusetCpus: cpuset ? readCpusetCpus(cpuset, readAt, odd) : null,
        memoryCgroupDir: memory?.leaf ?? null,
        layout: layoutOf(mounts),
    };
}
const NO_MEMORY_FACTS = {
    memoryLimitBytes: null,
    memoryLimitSource: null,
    memoryUsageBytes: null,
    memoryInactiveFileBytes: null,
    memoryPeakBytes: null,
    oomKills: null,
};
/**
 * The memory ceiling (the smallest limit from the leaf up to the mount: `memory.max` and
 * `memory.high` on v2, `memory.limit_in_bytes` and v1's `hierarchical_memory_limit`), with the
 * current charge, reclaimable page cache, peak and OOM-kill count of the leaf.
 */
function readMemoryFacts(memory, readAt, odd) {
    const v2 = memory.version === 2;
    let memoryLimitBytes = null;
    let memoryLimitSource = null;
    const considerLimit = (path, text) => {
        if (text === null)
            return;
        const value = parseMemoryLimit(text);
        if (value.kind === 'invalid')
            odd(path, value.text);
        else if (value.kind === 'limit' &&
            (memoryLimitBytes === null || value.bytes < memoryLimitBytes)) {
            memoryLimitBytes = value.bytes;
            memoryLimitSource = path;
        }
    };
    const limitFiles = v2 ? ['memory.max', 'memory.high'] : ['memory.limit_in_bytes'];
    for (const directory of directoriesUpToMount(memory.leaf, memory.mount.mountPoint)) {
        for (const file of limitFiles)
            considerLimit(external_node_path_.posix.join(directory, file), readAt(external_node_path_.posix.join(directory, file)));
    }
    const stat = readAt(external_node_path_.posix.join(memory.leaf, 'memory.stat'));
    const statValues = stat === null ? new Map() : parseKeyValues(stat);
    const hierarchical = statValues.get('hierarchical_memory_limit');
    if (!v2 && hierarchical !== undefined) {
        considerLimit(`${external_node_path_.posix.join(memory.leaf, 'memory.stat')} (hierarchical_memory_limit)`, String(hierarchical));
    }
    const usagePath = external_node_path_.posix.join(memory.leaf, v2 ? 'memory.current' : 'memory.usage_in_bytes');
    const usageText = readAt(usagePath);
    const usage = usageText === null ? null : parseCounter(usageText);
    if (usageText !== null && usage === null)
        odd(usagePath, usageText);
    const peakText = readAt(external_node_path_.posix.join(memory.leaf, v2 ? 'memory.peak' : 'memory.max_usage_in_bytes'));
    const oomText = readAt(external_node_path_.posix.join(memory.leaf, v2 ? 'memory.events' : 'memory.oom_control'));
    return {
        memoryLimitBytes,
        memoryLimitSource,
        memoryUsageBytes: usage,
        memoryInactiveFileBytes: statValues.get(v2 ? 'inactive_file' : 'total_inactive_file') ?? null,
        memoryPeakBytes: peakText === null ? null : parseCounter(peakText),
        oomKills: oomText === null ? null : (parseKeyValues(oomText).get('oom_kill') ?? null),
    };
}
/** The smallest CPU quota (CPUs) from the leaf up to the mount: `cpu.max` or cfs quota ÷ period. */
function readCpuQuota(cpu, readAt, odd) {
    let cpuQuota = null;
    for (const directory of directoriesUpToMount(cpu.leaf, cpu.mount.mountPoint)) {
        let quota;
        if (cpu.version === 2) {
            const path = external_node_path_.posix.join(directory, 'cpu.max');
            const text = readAt(path);
            if (text === null)
                continue;
            quota = parseCpuMax(text);
            if (quota === 'invalid')
                odd(path, text);
        }
        else {
            const path = external_node_path_.posix.join(directory, 'cpu.cfs_quota_us');
            const quotaText = readAt(path);
            const periodText = readAt(external_node_path_.posix.join(directory, 'cpu.cfs_period_us'));
            if (quotaText === null || periodText === null)
                continue;
            quota = parseCfsQuota(quotaText, periodText);
            if (quota === 'invalid')
                odd(path, quotaText);
        }
        if (typeof quota === 'number' && quota > 0 && (cpuQuota === null || quota < cpuQuota))
            cpuQuota = quota;
    }
    return cpuQuota;
}
/** CPUs the cpuset lets the job use, from the first readable effective-CPUs file. */
function readCpusetCpus(cpuset, readAt, odd) {
    const files = cpuset.version === 2 ? ['cpuset.cpus.effective'] : ['cpuset.effective_cpus', 'cpuset.cpus'];
    for (const file of files) {
        const text = readAt(external_node_path_.posix.join(cpuset.leaf, file));
        if (text === null)
            continue;
        const count = countCpuList(text);
        if (count !== null)
            return count;
        if (text.trim() !== '')
            odd(external_node_path_.posix.join(cpuset.leaf, file), text);
    }
    return null;
}
function layoutOf(mounts) {
    const v1 = mounts.some((mount) => mount.version === 1);
    const v2 = mounts.some((mount) => mount.version === 2);
    return v1 && v2 ? 'hybrid' : v2 ? 'v2' : 'v1';
}
/** Current charge, OOM kills and memory pressure of a cgroup: what the sampler reads each tick. */
function readCgroupMemoryNow(limits, readAt = readFileOrNull) {
    const directory = limits.memoryCgroupDir;
    if (!directory)
        return { usageBytes: null, oomKills: null, pressureSomeAvg10: null };
    const v2 = limits.version === 2;
    const usageText = readAt(external_node_path_.posix.join(directory, v2 ? 'memory.current' : 'memory.usage_in_bytes'));
    const oomText = readAt(external_node_path_.posix.join(directory, v2 ? 'memory.events' : 'memory.oom_control'));
    const pressureText = v2 ? readAt(external_node_path_.posix.join(directory, 'memory.pressure')) : null;
    return {
        usageBytes: usageText === null ? null : parseCounter(usageText),
        oomKills: oomText === null ? null : (parseKeyValues(oomText).get('oom_kill') ?? null),
        pressureSomeAvg10: pressureText === null ? null : parsePressureSomeAvg10(pressureText),
    };
}

;// CONCATENATED MODULE: ./src/probe/index.ts


;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Escaping for untrusted text (process, branch, job and matrix names; anything read from an
 * earlier run's artifact) before it enters Markdown, HTML comments, Mermaid or the log.
 * GitHub's GFM (cmark-gfm): `|` must be escaped in table cells even inside code spans, CR/LF end a table
 * row, `< > &` open HTML, `@name` pings people and `#123` links issues. Invisible and reordering
 * characters (controls, bidi overrides, zero-width characters) are shown as escapes, so a name
 * cannot pass for another in a pull-request comment.
 */

/** Untrusted strings are cut to this many characters (an ellipsis marks the cut). */
const UNTRUSTED_MAX_LENGTH = 100;
const ZERO_WIDTH_JOINER = '\u200d';
/** Cuts untrusted text to `maxLength` code points; an ellipsis marks the cut. */
function truncate(text, maxLength = UNTRUSTED_MAX_LENGTH) {
    return (0,inert_text/* cut */.Jj)(text, maxLength);
}
/**
 * Untrusted text as inert inline Markdown: no HTML, links, images, emphasis, code spans,
 * mentions or issue references; one line; bounded length; controls, bidi controls and
 * zero-width characters shown as `\uXXXX` text (the backslash is escaped below, so GitHub shows
 * `\u202E` where a right-to-left override was).
 */
function escapeMarkdownText(text, maxLength = UNTRUSTED_MAX_LENGTH) {
    return (truncate((0,inert_text/* showInvisible */.jQ)(oneLine(text)), maxLength)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        // Backslash first, then every character GFM gives a meaning to inline.
        .replace(/[\\`*_[\]()!~|+=-]/g, (character) => `\\${character}`)
        // `@org/team`, `@user` and `#123` are linked by GitHub after Markdown is rendered, so
        // escaping is not enough: a zero-width joiner after `@` and `#` keeps them readable but inert.
        .replace(/@/g, `@${ZERO_WIDTH_JOINER}`)
        .replace(/#/g, `#${ZERO_WIDTH_JOINER}`)
        // `::` keeps its look but cannot read as a workflow command if the text reaches a log.
        .replace(/:/g, '&#58;')
        // GFM autolinks `www.example.com` even without a scheme; an entity for the dot stops it.
        .replace(/(www)\./gi, '$1&#46;'));
}
/**
 * Line breaks and tabs (CR, LF, TAB) become single spaces, a run of them one space: the text
 * stays on one line (a table row, a list item) and reads as it was written. Other controls are
 * left for `showInvisible`, which shows them.
 */
function oneLine(text) {
    return text.replace(/[\r\n\t]+/g, ' ');
}
/** Untrusted text for a GFM table cell: inline-escaped (which escapes `|`) and on one line. */
function escapeTableCell(text, maxLength = UNTRUSTED_MAX_LENGTH) {
    return escapeMarkdownText(text, maxLength);
}
/** A value safe inside an HTML comment: no `--`, `>` or line breaks that could close or forge it. */
function escapeHtmlComment(text) {
    return text
        .replace(/[\r\n]/g, ' ')
        .replace(/-/g, '&#45;')
        .replace(/>/g, '&gt;')
        .replace(/</g, '&lt;');
}
/**
 * A Mermaid label: quotes, brackets, semicolons, `%%`, backticks and line breaks removed;
 * invisible and reordering characters shown as ` U+XXXX ` (a label cannot carry a backslash).
 */
function escapeMermaidLabel(text, maxLength = 40) {
    return truncate((0,inert_text/* showInvisible */.jQ)(oneLine(text), (character) => ` ${(0,inert_text/* codePointName */.R8)(character)} `)
        .replace(/["'`[\]{}();:#%<>\\|\r\n]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(), maxLength);
}

;// CONCATENATED MODULE: ./src/plan/advisory.ts


const LEAK_GROWTH_SHARE_OF_PEAK = 0.2;
const LEAK_POSITIVE_SHARE = 0.75;
const LEAK_MIN_POINTS = 20;
const LEAK_MIN_DURATION_MS = 60_000;
const SWING_RATIO = 1.5;
const LEAK_MAX_POINTS = 200;
/** Points of the phase's tree RSS from the timeline, in time order. */
function phasePoints(profile, phaseIndex) {
    const points = [];
    profile.timeline.tMs.forEach((t, index) => {
        if (profile.timeline.phase[index] === phaseIndex)
            points.push({ x: t, y: profile.timeline.treeRssBytes[index] });
    });
    return points;
}
/** Growth over the second half of the phase when it is steady and large against the peak. */
function steadyGrowthBytes(phase, points) {
    if (phase.durationMs < LEAK_MIN_DURATION_MS || phase.treeRss.peakBytes <= 0)
        return null;
    const secondHalf = points.slice(Math.floor(points.length / 2));
    if (secondHalf.length < LEAK_MIN_POINTS / 2 || points.length < LEAK_MIN_POINTS)
        return null;
    const step = Math.max(1, Math.ceil(secondHalf.length / LEAK_MAX_POINTS));
    const thinned = secondHalf.filter((_, index) => index % step === 0);
    const span = (thinned.at(-1)?.x ?? 0) - (thinned[0]?.x ?? 0);
    if (span <= 0)
        return null;
    const { slope, positiveShare } = theilSen(thinned);
    const growth = slope * span;
    return growth >= LEAK_GROWTH_SHARE_OF_PEAK * phase.treeRss.peakBytes &&
        positiveShare >= LEAK_POSITIVE_SHARE
        ? growth
        : null;
}
function advisePhase(profile, phaseIndex, settings) {
    const phase = profile.phases[phaseIndex];
    const group = mainWorkerGroup(phase);
    const cpuBound = Math.max(1, Math.floor(profile.host.cpus / settings.cpusPerWorker + 1e-9));
    const baseBytes = group ? Math.max(0, phase.treeRss.peakBytes - group.peakTotalBytes) : 0;
    const perWorker = group?.peakRss.p90Bytes ?? 0;
    const memoryFits = group && perWorker > 0
        ? Math.max(0, Math.floor((settings.budgetBytes - baseBytes) / perWorker))
        : null;
    let workers = null;
    let limitedBy = null;
    // One process at a time is no pool: nothing to say about how many could run together.
    if (group && memoryFits !== null && group.maxConcurrency > 1) {
        const bounds = [
            ['memory', memoryFits],
            ['cpu', cpuBound],
        ];
        if (settings.maxWorkers !== null)
            bounds.push(['max-workers', settings.maxWorkers]);
        if (phase.oomKills > 0)
            bounds.push(['oom', group.maxConcurrency - 1]);
        const [limit, count] = bounds.reduce((low, bound) => (bound[1] < low[1] ? bound : low));
        workers = Math.max(1, count);
        limitedBy = limit;
    }
    const concurrency = group?.concurrency ?? null;
    const swing = group &&
        concurrency &&
        concurrency.memberMeanBytes > 0 &&
        group.peakRss.p90Bytes > SWING_RATIO * concurrency.memberMeanBytes
        ? { meanBytes: concurrency.memberMeanBytes, peakBytes: group.peakRss.p90Bytes }
        : null;
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
        swing,
    };
}

;// CONCATENATED MODULE: ./src/plan/budget.ts
/**
 * The memory budget workers may use, and the reserve taken off first: one formula for the plan
 * and the post-run advisory. Pure. docs/algorithm.md §2 explains the defaults.
 */

/**
 * The reserve before history has measured the job's own non-worker memory: the runner worker,
 * the OS and the job's other processes, whose growth during the job is unknown. 512 MiB keeps a
 * 2 GiB container useful where the older in-house formula's 1,000 MB left nothing.
 */
const UNMEASURED_RESERVE_BYTES = 512 * units_MiB;
/**
 * ...but never more than this share of the memory limit: a flat 512 MiB took 64% of an 800 MiB
 * container. The non-worker memory measured in the convergence benchmark (bench/RESULTS.md §5:
 * a Python pool's parent, Jest's own process, a Node pool's parent) was 16–142 MiB in limits of
 * 768–2048 MiB; a quarter of the limit covers that 1.3× or more in every one of them.
 */
const UNMEASURED_RESERVE_SHARE = 0.25;
/**
 * The reserve once history measures the job's base (its non-worker processes): only what history
 * cannot see is left, the runner's own growth and the kernel. 100 MiB is the kubelet's default
 * hard-eviction threshold (`memory.available<100Mi`): the floor Kubernetes keeps free on a node.
 */
const MEASURED_RESERVE_BYTES = 100 * units_MiB;
/**
 * The reserve in bytes: the `memory-reserve` input, or `auto` (null) by what history measured:
 * 100 MiB once it measured the base; before that 512 MiB, or a quarter of a smaller memory limit
 * (`memoryLimitBytes`, the runner's or the container's ceiling).
 */
function resolveReserve(setting, baseMeasured, memoryLimitBytes = Number.POSITIVE_INFINITY) {
    if (setting !== null)
        return { bytes: setting, source: 'input' };
    if (baseMeasured)
        return { bytes: MEASURED_RESERVE_BYTES, source: 'auto, base measured' };
    const share = Math.floor(memoryLimitBytes * UNMEASURED_RESERVE_SHARE);
    return share < UNMEASURED_RESERVE_BYTES
        ? {
            bytes: Math.max(MEASURED_RESERVE_BYTES, share),
            source: 'auto, base unknown, a quarter of the limit',
        }
        : { bytes: UNMEASURED_RESERVE_BYTES, source: 'auto, base unknown' };
}
/**
 * budget = max(0, (memory − reserve) × fraction), in bytes, rounded down.
 * @example memoryBudgetBytes(8 * GiB, { memoryReserveBytes: 512 * MiB, memoryFraction: 0.9 }) // 6.75 GiB
 */
function memoryBudgetBytes(memoryBytes, settings) {
    return Math.max(0, Math.floor((memoryBytes - settings.memoryReserveBytes) * settings.memoryFraction));
}

;// CONCATENATED MODULE: ./src/report/chart.ts
/**
 * Charts as Mermaid `xychart-beta` blocks, drawn by GitHub itself (no external image service).
 * Pure. What the layout relies on, checked with mermaid-cli 11 in Chromium:
 *  - the default theme draws the first series almost white and shows no legend, so colours come
 *    from an init directive (readable on light and dark backgrounds) and a caption under the chart
 *    names each series by its colour;
 *  - a categorical x axis draws every label (past ~12 they overlap, repeated labels draw false
 *    jumps), while a numeric axis, `x-axis "minutes" 0 --> 60`, spreads the points evenly over the
 *    range and draws ~10 ticks by itself: time charts resample onto an even grid for it;
 *  - a `line` with one point draws nothing: comparisons are `bar` series over at most 12 labels;
 *  - Mermaid has no gaps in a series and no vertical marks: phase boundaries go in the caption.
 */


/** Points per time series: enough for the eye, small enough for GitHub to draw quickly. */
const CHART_MAX_POINTS = 240;
/** Categorical labels beyond this overlap. */
const CHART_MAX_LABELS = 12;
/** Bar slots drawn: each label is `<phase, 10 characters> <short>`, which 8 slots fit (see initDirective). */
const BAR_MAX_SLOTS = 8;
/** Named colours, each readable on white and on GitHub's dark background. */
const COLOURS = {
    red: '#d62728',
    blue: '#1f77b4',
    green: '#2ca02c',
    orange: '#ff7f0e',
    grey: '#8c8c8c',
};
/**
 * Resamples points onto `buckets` even time slots from 0 to `endMs`, each slot holding the
 * highest value that fell in it (peaks survive), an empty slot repeating the one before (Mermaid
 * has no gaps). Null when no point has a value.
 */
function resampleMax(points, endMs, buckets = CHART_MAX_POINTS) {
    if (buckets < 2 || endMs <= 0)
        return null;
    const slots = Array.from({ length: buckets }, () => null);
    for (const point of points) {
        if (point.value === null || !Number.isFinite(point.value))
            continue;
        const slot = Math.min(buckets - 1, Math.max(0, Math.round((point.tMs / endMs) * (buckets - 1))));
        const held = slots[slot];
        slots[slot] = held === null || held === undefined ? point.value : Math.max(held, point.value);
    }
    const first = slots.find((value) => value !== null);
    if (first === undefined || first === null)
        return null;
    let last = first;
    return slots.map((value) => (value === null ? last : (last = value)));
}
const TIME_UNITS = [
    { name: 'seconds', ms: 1000 },
    { name: 'minutes', ms: 60_000 },
    { name: 'hours', ms: 3_600_000 },
];
/**
 * The time axis: its unit and its end. Mermaid's ticks are round only for some ends (see
 * axisTickCount), so the axis may run on past the recording; of the units in which the job
 * lasts at least 1, the one that needs the least of that wins, the natural one on a tie (a
 * six-hour job is drawn over 0–360 minutes rather than 0–7.08 hours).
 */
function timeAxisFor(durationMs) {
    const natural = naturalTimeUnit(durationMs);
    let best = {
        time: natural,
        axisEndUnits: niceAxisMax(durationMs / natural.ms, CHART_MAX_LABELS),
    };
    const padding = (choice) => (choice.axisEndUnits * choice.time.ms) / durationMs;
    for (const time of TIME_UNITS) {
        const units = durationMs / time.ms;
        if (units < 1 || units > 1000)
            continue;
        const choice = { time, axisEndUnits: niceAxisMax(units, CHART_MAX_LABELS) };
        if (padding(choice) < padding(best) - 0.01)
            best = choice;
    }
    return best;
}
/** Seconds up to 2 minutes, minutes up to 2 hours, hours beyond: ticks stay readable numbers. */
function naturalTimeUnit(durationMs) {
    if (durationMs <= 120_000)
        return { name: 'seconds', ms: 1000 };
    if (durationMs <= 7_200_000)
        return { name: 'minutes', ms: 60_000 };
    return { name: 'hours', ms: 3_600_000 };
}
/** `12.5` style numbers for a chart (no grouping, at most `digits` decimals). */
function chartNumber(value, digits = 1) {
    const factor = 10 ** digits;
    return String(Math.round(value * factor) / factor);
}
function sizeUnitFor(maxBytes) {
    return maxBytes >= 2 * GiB ? { name: 'GiB', bytes: GiB } : { name: 'MiB', bytes: units_MiB };
}
/**
 * Colours, and for bar charts a wider drawing with smaller axis labels: at Mermaid's default
 * 700 px and 14 px labels, eight labels such as `package now` touch (checked with mermaid-cli 11
 * in Chromium); at 900 px and 12 px they have room.
 */
function initDirective(colours, wide = false) {
    const palette = colours.map((name) => COLOURS[name]).join(', ');
    const layout = wide ? '"xyChart": {"width": 900, "xAxis": {"labelFontSize": 12}}, ' : '';
    return `%%{init: {${layout}"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`;
}
/** A caption naming each series by its colour: `red: job processes · grey: limit (7 GiB)`. */
function caption(entries) {
    return `<sub>${entries.map((entry) => `${entry.colour}: ${entry.name}`).join(' · ')}</sub>`;
}
/**
 * Memory over time: a numeric time axis in seconds, minutes or hours, each series resampled to
 * at most CHART_MAX_POINTS points keeping peaks, the limit as a constant line, and a caption.
 * Empty when nothing can be drawn.
 */
function timeChart(input) {
    const { time, axisEndUnits } = timeAxisFor(input.endMs);
    const endUnits = input.endMs / time.ms;
    const axisEndMs = axisEndUnits * time.ms;
    // No more slots than samples: an even grid finer than the data only repeats points.
    const samples = Math.max(2, ...input.series.map((series) => series.points.length));
    const buckets = Math.min(CHART_MAX_POINTS, Math.ceil((samples * axisEndMs) / input.endMs));
    const drawn = input.series
        .map((series) => ({ series, values: resampleMax(series.points, axisEndMs, buckets) }))
        .filter((entry) => entry.values !== null);
    if (drawn.length === 0)
        return '';
    const max = Math.max(input.limit?.bytes ?? 0, ...drawn.flatMap((entry) => entry.values), 1);
    const size = sizeUnitFor(max);
    const scaled = (bytes) => chartNumber(bytes / size.bytes, 2);
    const length = drawn[0].values.length;
    const lines = drawn.map((entry) => `  line [${entry.values.map(scaled).join(', ')}]`);
    const colours = drawn.map((entry) => entry.series.colour);
    const legend = drawn.map((entry) => ({ colour: entry.series.colour, name: entry.series.name }));
    if (input.limit) {
        lines.push(`  line [${Array.from({ length }, () => scaled(input.limit?.bytes ?? 0)).join(', ')}]`);
        colours.push('grey');
        legend.push({ colour: 'grey', name: input.limit.name });
    }
    // Sub-second recordings (a CLI run of a quick command) need more digits than a job's minutes.
    const timeDigits = axisEndUnits < 1 ? 3 : axisEndUnits < 10 ? 2 : 1;
    const endText = chartNumber(endUnits, timeDigits);
    const axisEndText = chartNumber(axisEndUnits, timeDigits);
    const padded = axisEndUnits > endUnits * 1.005 && endText !== axisEndText
        ? [
            `<sub>The recording ended at ${endText} ${time.name}; the axis runs on to ${axisEndText} for round ticks, and the lines hold their last value there.</sub>`,
        ]
        : [];
    return [
        '```mermaid',
        initDirective(colours),
        'xychart-beta',
        `  title "${escapeMermaidLabel(input.title, 60)}"`,
        `  x-axis "${time.name}" 0 --> ${chartNumber(axisEndUnits, 3)}`,
        `  y-axis "${size.name}" 0 --> ${chartNumber(niceAxisMax((max * 1.05) / size.bytes, 10), 3)}`,
        ...lines,
        '```',
        '',
        caption(legend),
        ...[...padded, ...(input.notes ?? [])].map((note) => `\n${note}`),
    ].join('\n');
}
/**
 * How many ticks Mermaid draws on a numeric axis from 0 to `max`: it asks d3's linear scale for
 * `ticks()` (10 by default). d3-array's tickSpec picks a step of 1, 2, 5 or 10 × 10^k by how far
 * max ÷ 10 is from a power of ten (thresholds √50, √10, √2) and counts the multiples of the step
 * within the range, rounding as below. That gives up to 16 ticks (0 to 30 in steps of 2).
 */
function axisTickCount(max) {
    if (!(max > 0))
        return 1;
    const rough = max / 10;
    const power = Math.floor(Math.log10(rough));
    const error = rough / 10 ** power;
    const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
    let last;
    if (power < 0) {
        const inverse = 10 ** -power / factor;
        last = Math.round(max * inverse);
        if (last / inverse > max)
            last--;
    }
    else {
        const step = 10 ** power * factor;
        last = Math.round(max / step);
        if (last * step > max)
            last--;
    }
    return last + 1;
}
/**
 * The smallest axis end at or above `value` (within +40%) for which Mermaid draws at most
 * `maxTicks` ticks; `value` itself when none is found.
 */
function niceAxisMax(value, maxTicks) {
    if (!(value > 0))
        return 1;
    for (let step = 0; step <= 400; step++) {
        const candidate = Number((value * (1 + step / 1000)).toPrecision(3));
        if (candidate >= value && axisTickCount(candidate) <= maxTicks)
            return candidate;
    }
    return value;
}
/**
 * The value of a slot that belongs to another series. A zero still draws a sliver of colour on the
 * axis; a value below the axis's minimum gives the bar a negative height, which SVG does not draw
 * (checked with mermaid-cli 11 in Chromium).
 */
const EMPTY_BAR = '-1';
/**
 * Bars side by side per group (baseline vs this run, per phase). Mermaid draws the bars of
 * several series on top of each other, so each group gets one slot per series, labelled
 * `<group> <short>` (the series' names when there is one group), and each series is empty
 * outside its own slots; at most BAR_MAX_SLOTS slots, so groups beyond `floor(8 / series)` are
 * left out (the caller says so).
 */
function barChart(input) {
    const perGroup = input.series.length;
    const groups = input.groups.slice(0, Math.floor(BAR_MAX_SLOTS / Math.max(1, perGroup)));
    if (groups.length === 0 || perGroup === 0)
        return '';
    const max = Math.max(1, ...groups.flatMap((group) => group.values));
    const size = sizeUnitFor(max);
    const labels = groups.flatMap((group) => input.series.map((series) => {
        if (groups.length === 1)
            return `"${escapeMermaidLabel(series.name, 30)}"`;
        return `"${escapeMermaidLabel(group.label, 10)} ${series.short}"`;
    }));
    const bars = input.series.map((_, seriesIndex) => groups.flatMap((group) => input.series.map((__, slot) => slot === seriesIndex
        ? chartNumber((group.values[seriesIndex] ?? 0) / size.bytes, 2)
        : EMPTY_BAR)));
    return [
        '```mermaid',
        initDirective(input.series.map((series) => series.colour), true),
        'xychart-beta',
        `  title "${escapeMermaidLabel(input.title, 60)}"`,
        `  x-axis [${labels.join(', ')}]`,
        `  y-axis "${size.name}" 0 --> ${chartNumber((max * 1.1) / size.bytes, 2)}`,
        ...bars.map((values) => `  bar [${values.join(', ')}]`),
        '```',
        '',
        caption(input.series.map((series) => ({ colour: series.colour, name: series.name }))),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/** Small Markdown builders. Cells passed here are trusted; escape untrusted text first (./escape.ts). */
/** A GFM table. */
function table(header, rows, align) {
    const separator = header.map((_, index) => (align?.[index] === 'right' ? '---:' : '---'));
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(separator), ...rows.map(line)].join('\n');
}
/** A collapsed section. The blank lines let GitHub render Markdown inside. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
const SUMMARY_LIMIT_BYTES = 1_048_576;
const COMMENT_LIMIT_CHARACTERS = 65_536;
/**
 * Joins sections, dropping the lowest-priority ones until the result fits `limit` as measured
 * by `size`, and saying so at the end. Sections keep their order.
 */
function fitToLimit(sections, limit, size = (text) => Buffer.byteLength(text, 'utf8')) {
    const kept = sections.map((section, index) => ({ ...section, index }));
    const note = '\n\n_Some sections were left out to stay within GitHub\u2019s size limit._\n';
    let text = kept.map((section) => section.markdown).join('\n\n');
    while (size(text) > limit && kept.length > 1) {
        let lowest = 0;
        for (let index = 1; index < kept.length; index++) {
            if (kept[index].priority < kept[lowest].priority)
                lowest = index;
        }
        kept.splice(lowest, 1);
        text = kept.map((section) => section.markdown).join('\n\n') + note;
    }
    if (size(text) > limit) {
        // One section alone is still too long: cut it at a line boundary.
        let cut = text.slice(0, Math.max(0, limit - note.length - 16));
        cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
        while (size(cut + note) > limit)
            cut = cut.slice(0, Math.floor(cut.length * 0.9));
        text = cut + note;
    }
    return text;
}
/**
 * Whole sections joined by blank lines, in order, for as long as they fit in `limitBytes`
 * (UTF-8); those that do not are left out and a last line says how many. One step writes one
 * summary, and GitHub drops a step's summary whole past 1 MiB: every section a step writes goes
 * through one budget.
 */
function joinWithinLimit(sections, limitBytes) {
    const note = (left) => `\n_${left} section(s) left out to stay within GitHub\u2019s 1 MiB job-summary limit._\n`;
    const reserve = Buffer.byteLength(note(sections.length), 'utf8');
    let text = '';
    let kept = 0;
    for (const section of sections) {
        const next = kept === 0 ? section : `${text}\n${section}`;
        if (Buffer.byteLength(next, 'utf8') > limitBytes - reserve)
            break;
        text = next;
        kept++;
    }
    return kept === sections.length ? text : `${text}${note(sections.length - kept)}`;
}

;// CONCATENATED MODULE: ./src/report/post-run.ts
/**
 * The post-run report in the job summary: a headline with the job's peak against its limit,
 * notes that are worth acting on (each saying what to do), what this run alone would justify,
 * a chart of memory over time, and the detail tables collapsed. Pure; every string from the
 * profile is escaped.
 */






const TOP_GROUPS = 10;
/** A peak at or above this share of the limit leaves too little headroom to ignore. */
const NEAR_LIMIT_SHARE = 0.9;
/** PSI `some avg10` (percent) from which waiting on memory costs noticeable time. */
const PRESSURE_NOTE_PERCENT = 10;
/** `30 s`, `12 min 5 s`, and from two hours `6 h` or `5 h 20 min`. */
function humanDuration(ms) {
    if (ms < 7_200_000)
        return formatDuration(ms);
    const minutes = Math.round(ms / 60_000);
    return minutes % 60 === 0
        ? `${minutes / 60} h`
        : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
function orDash(bytes) {
    return bytes === null ? '—' : formatBytes(bytes);
}
function share(part, whole) {
    return whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—';
}
function plural(count, word) {
    if (count === 1)
        return `${count} ${word}`;
    return `${count} ${word}${word.endsWith('s') ? 'es' : 's'}`;
}
const MARKDOWN_STYLE = {
    phase: (name) => `**${escapeMarkdownText(name, 64)}**`,
    text: (value, maxLength) => escapeMarkdownText(value, maxLength),
    strong: (value) => `**${value}**`,
    code: (value) => `\`${value}\``,
};
function phaseName(phase) {
    return MARKDOWN_STYLE.phase(phase.name);
}
/** The phase with the highest peak (the first on a tie), or null without phases. */
function peakPhase(profile) {
    return profile.phases.reduce((best, phase) => best === null || phase.treeRss.peakBytes > best.treeRss.peakBytes ? phase : best, null);
}
/** `peak 2.2 GiB of the 7 GiB limit (31%) in **test**, no OOM kill`, or the OOM kills first. */
function postRunHeadline(profile, style = MARKDOWN_STYLE) {
    const phaseName = (phase) => style.phase(phase.name);
    const limit = profile.host.memoryLimitBytes;
    const top = peakPhase(profile);
    if (profile.sampler.samples === 0 || top === null)
        return 'no memory samples were recorded in this job';
    const oomKills = profile.phases.reduce((sum, phase) => sum + phase.oomKills, 0);
    const peak = `peak ${formatBytes(top.treeRss.peakBytes)} of the ${formatBytes(limit)} limit (${share(top.treeRss.peakBytes, limit)}) in ${phaseName(top)}`;
    const heapDeaths = profile.phases.reduce((sum, phase) => sum + (phase.heapLimitKills ?? 0), 0);
    if (oomKills === 0 && heapDeaths === 0)
        return `${peak}, no OOM kill`;
    const where = (lost) => profile.phases.length > 1 ? ` in ${profile.phases.filter(lost).map(phaseName).join(', ')}` : '';
    const losses = [
        ...(oomKills > 0
            ? [`${plural(oomKills, 'process')} OOM-killed${where((phase) => phase.oomKills > 0)}`]
            : []),
        ...(heapDeaths > 0
            ? [
                `${plural(heapDeaths, 'Node process')} out of heap${where((phase) => (phase.heapLimitKills ?? 0) > 0)}`,
            ]
            : []),
    ];
    return `⛔ ${losses.join(', ')}; ${peak}`;
}
function limitedByText(advice, cpus, cpusPerWorker) {
    switch (advice.limitedBy) {
        case 'cpu':
            return `CPUs: ${cpus} ÷ ${cpusPerWorker} per worker`;
        case 'max-workers':
            return 'max-workers';
        case 'oom':
            return `an OOM kill with ${advice.group?.maxConcurrency ?? 0} at once`;
        default:
            return 'memory';
    }
}
/** The advisory's lines: one for each phase that has a pool of workers to size. */
function adviceLines(profile, { budgetBytes, advices }, cpusPerWorker, style = MARKDOWN_STYLE) {
    return profile.phases
        .map((phase, index) => adviceLine(phase, advices[index], budgetBytes, profile, cpusPerWorker, style))
        .filter((line) => line !== null);
}
/** One line per phase: the count, what limited it, and what memory alone would allow. */
function adviceLine(phase, advice, budgetBytes, profile, cpusPerWorker, style = MARKDOWN_STYLE) {
    const group = advice.group;
    if (!group || advice.workers === null || advice.memoryFits === null)
        return null;
    const memory = `${plural(advice.memoryFits, 'worker')} fit${advice.memoryFits === 1 ? 's' : ''} the ${formatBytes(budgetBytes)} budget at ${formatBytes(group.peakRss.p90Bytes)} each (p90 of their peaks)${advice.baseBytes > 0 ? ` beside ${formatBytes(advice.baseBytes)} for the rest of the job` : ''}`;
    const why = advice.limitedBy === 'memory'
        ? memory
        : `limited by ${limitedByText(advice, profile.host.cpus, cpusPerWorker)}; ${memory}`;
    return `${style.strong(plural(advice.workers, 'worker'))} for ${style.phase(phase.name)} (${style.text(group.name, 40)}, ${group.maxConcurrency} ran at once): ${why}.`;
}
/** Notes strong enough to act on, each saying what to do. */
function findings(profile, advices, style = MARKDOWN_STYLE) {
    const { code } = style;
    const notes = [];
    const limit = profile.host.memoryLimitBytes;
    profile.phases.forEach((phase, index) => {
        const advice = advices[index];
        const name = style.phase(phase.name);
        const group = advice.group;
        if (phase.oomKills > 0) {
            notes.push(group && group.maxConcurrency > 1
                ? `⛔ ${style.strong(`${plural(phase.oomKills, 'process')} OOM-killed`)} in ${name}, with ${group.maxConcurrency} ${style.text(group.name, 40)} workers at once: run at most ${group.maxConcurrency - 1} (${code(`max-workers: ${group.maxConcurrency - 1}`)}), or cap each worker's memory (Node: ${code('--max-old-space-size')}).`
                : `⛔ ${style.strong(`${plural(phase.oomKills, 'process')} OOM-killed`)} in ${name}: lower the parallelism of the step or use a runner with more memory.`);
        }
        else if (limit > 0 && phase.treeRss.peakBytes >= NEAR_LIMIT_SHARE * limit) {
            notes.push(`⚠️ The peak of ${name} reached ${share(phase.treeRss.peakBytes, limit)} of the limit: a larger input may be OOM-killed. Keep the planned count, and do not raise ${code('max-workers')} for this job.`);
        }
        if ((phase.heapLimitKills ?? 0) > 0) {
            const kills = phase.heapLimitKills ?? 0;
            notes.push(`⛔ ${style.strong(`${plural(kills, 'Node process')} stopped at the V8 heap limit`)} in ${name} ("JavaScript heap out of memory")${group && group.maxConcurrency > 1 ? `, with ${group.maxConcurrency} ${style.text(group.name, 40)} workers at once` : ''}: at this count each worker's heap cap (${code('node-heap-mb')}) is smaller than it needs. The next plan treats this count as unsafe in this memory, as after an OOM kill; or give the job more memory.`);
        }
        if (advice.leakGrowthBytes !== null) {
            notes.push(`📈 Memory in ${name} kept rising through the second half of the phase, after the workers had started: +${formatBytes(advice.leakGrowthBytes)}, ${share(advice.leakGrowthBytes, phase.treeRss.peakBytes)} of its peak. If it does so again, look for a leak (Node: a heap snapshot of one worker); Jest's ${code('--workerIdleMemoryLimit')} restarts workers that grow.`);
        }
        if (advice.swing && group) {
            notes.push(`ℹ️ The ${style.text(group.name, 40)} workers of ${name} used ${formatBytes(advice.swing.meanBytes)} on average while alive but peaked at ${formatBytes(advice.swing.peakBytes)} (p90): the count below assumes every worker at its peak at once. Planning from history (the action's main step) models how their peaks line up and may allow more.`);
        }
        if (phase.pressureMaxAvg10 !== null && phase.pressureMaxAvg10 >= PRESSURE_NOTE_PERCENT) {
            notes.push(`⚠️ Memory pressure in ${name} reached ${phase.pressureMaxAvg10.toFixed(1)}% (share of time processes waited for memory, PSI some avg10): the job ran slower for it; fewer workers may finish sooner.`);
        }
    });
    for (const event of profile.events) {
        if (event.kind === 'sigkill')
            notes.push(`⚠️ A process, ${style.text(event.detail ?? 'unknown', 64)}, was killed by SIGKILL (exit 137). If the job did not kill it, the OOM killer outside the container or a timeout did: compare the peak above with the limit.`);
    }
    return notes;
}
/** Memory over time with the limit, the phases named under it. */
function memoryChart(profile) {
    const timeline = profile.timeline;
    if (timeline.tMs.length < 2)
        return '';
    const endMs = Math.max(timeline.tMs.at(-1) ?? 0, ...profile.phases.map((phase) => phase.endMs));
    const points = (values) => timeline.tMs.map((tMs, index) => ({ tMs, value: values[index] ?? null }));
    const hasCgroup = timeline.cgroupUsageBytes.some((value) => value !== null);
    const unit = timeAxisFor(endMs).time;
    const phaseNotes = profile.phases.length > 1
        ? [
            `<sub>Phases (${unit.name}): ${profile.phases
                .slice(0, 20)
                .map((phase) => `${escapeMarkdownText(phase.name, 40)} ${chartNumber(phase.startMs / unit.ms)}–${chartNumber(phase.endMs / unit.ms)}`)
                .join(' · ')}</sub>`,
        ]
        : [];
    return timeChart({
        title: 'Memory over time',
        endMs,
        series: [
            { name: 'job processes (sum of RSS)', colour: 'red', points: points(timeline.treeRssBytes) },
            hasCgroup
                ? { name: 'cgroup charge', colour: 'blue', points: points(timeline.cgroupUsageBytes) }
                : { name: 'system used', colour: 'blue', points: points(timeline.systemUsedBytes) },
        ],
        limit: {
            name: `limit (${formatBytes(profile.host.memoryLimitBytes)})`,
            bytes: profile.host.memoryLimitBytes,
        },
        notes: phaseNotes,
    });
}
function statisticsTable(profile) {
    return table(['Phase', 'Peak', 'p95', 'Mean', 'Last sample', 'Cgroup peak', 'Pressure (PSI)'], profile.phases.map((phase) => [
        escapeTableCell(phase.name, 64),
        formatBytes(phase.treeRss.peakBytes),
        formatBytes(phase.treeRss.p95Bytes),
        formatBytes(phase.treeRss.meanBytes),
        formatBytes(phase.treeRss.endBytes),
        orDash(phase.peakCgroupUsageBytes),
        phase.pressureMaxAvg10 === null ? '—' : `${phase.pressureMaxAvg10.toFixed(1)}%`,
    ]));
}
function groupTables(profile) {
    return profile.phases
        .filter((phase) => phase.workerGroups.length > 0)
        .map((phase) => {
        const rows = phase.workerGroups
            .slice(0, TOP_GROUPS)
            .map((group) => [
            escapeTableCell(group.name, 64),
            escapeTableCell(group.parentName ?? '—', 64),
            String(group.maxConcurrency),
            String(group.processes),
            formatBytes(group.peakRss.p50Bytes),
            formatBytes(group.peakRss.p90Bytes),
            formatBytes(group.peakRss.maxBytes),
            group.concurrency ? formatBytes(group.concurrency.memberMeanBytes) : '—',
        ]);
        return `${phaseName(phase)}\n\n${table(['Process', 'Parent', 'At once', 'Seen', 'Peak p50', 'Peak p90', 'Peak max', 'Mean while alive'], rows)}`;
    });
}
/** The budget the user's settings leave on this run's limit, and each phase's advice within it. */
function postRunAdvice(profile, settings) {
    const budgetBytes = memoryBudgetBytes(profile.host.memoryLimitBytes, {
        memoryReserveBytes: resolveReserve(settings.memoryReserveBytes, true).bytes,
        memoryFraction: settings.memoryFraction,
    });
    const advices = profile.phases.map((_, index) => advisePhase(profile, index, {
        budgetBytes,
        cpusPerWorker: settings.cpusPerWorker,
        maxWorkers: settings.maxWorkers,
    }));
    return { budgetBytes, advices };
}
function renderPostRunSummary(profile, options) {
    const settings = options.budget;
    const { budgetBytes, advices } = postRunAdvice(profile, settings);
    const sections = [];
    const sampled = profile.sampler.samples > 0;
    const totalMs = profile.phases.reduce((sum, phase) => sum + phase.durationMs, 0);
    const head = [`### resource-planner: ${postRunHeadline(profile)}`];
    if (sampled && profile.phases.length > 0)
        head.push('', `${humanDuration(totalMs)}${profile.phases.length > 1 ? ` in ${profile.phases.length} phases` : ''} on ${profile.host.cpus} CPU(s) with a ${formatBytes(profile.host.memoryLimitBytes)} memory limit.`);
    sections.push({ markdown: head.join('\n'), priority: 100 });
    const notes = [
        ...(options.notes ?? []).map((note) => escapeMarkdownText(note, 300)),
        ...(sampled ? findings(profile, advices) : []),
    ];
    if (notes.length > 0)
        sections.push({ markdown: notes.map((note) => `- ${note}`).join('\n'), priority: 90 });
    if (!sampled)
        return `${fitToLimit(sections, SUMMARY_LIMIT_BYTES - 1024)}\n`;
    if (profile.phases.length > 1) {
        // Deaths at the V8 heap limit get a column only where there were some (rare, and mostly null).
        const anyHeap = profile.phases.some((phase) => (phase.heapLimitKills ?? 0) > 0);
        const bold = (count) => (count > 0 ? `**${count}**` : '0');
        sections.push({
            markdown: table([
                'Phase',
                'Duration',
                'Workers planned',
                'Peak',
                'Of the limit',
                'OOM kills',
                ...(anyHeap ? ['Out of heap'] : []),
            ], profile.phases.map((phase) => [
                escapeTableCell(phase.name, 64),
                humanDuration(phase.durationMs),
                phase.workersRecommended === null ? '—' : String(phase.workersRecommended),
                formatBytes(phase.treeRss.peakBytes),
                share(phase.treeRss.peakBytes, profile.host.memoryLimitBytes),
                bold(phase.oomKills),
                ...(anyHeap ? [bold(phase.heapLimitKills ?? 0)] : []),
            ]), ['left', 'right', 'right', 'right', 'right', 'right', 'right']),
            priority: 85,
        });
    }
    const lines = adviceLines(profile, { budgetBytes, advices }, settings.cpusPerWorker);
    if (lines.length > 0)
        sections.push({
            markdown: [
                '**What this run alone would justify** (each worker at its peak at once; the plan learns from many runs):',
                '',
                ...lines.map((line) => `- ${line}`),
            ].join('\n'),
            priority: 80,
        });
    const chart = memoryChart(profile);
    if (chart)
        sections.push({ markdown: chart, priority: 50 });
    const detail = [statisticsTable(profile), ...groupTables(profile)].join('\n\n');
    sections.push({
        markdown: details('Memory statistics and worker groups (top 10 per phase)', detail),
        priority: 20,
    });
    sections.push({
        markdown: `<sub>Sampled every ${profile.sampler.intervalMs} ms from ${escapeMarkdownText(profile.sampler.source, 16)} (${profile.sampler.samples} samples) on ${escapeMarkdownText(profile.host.os, 16)}/${escapeMarkdownText(profile.host.arch, 16)}. Peak: the highest sum of the job's processes' RSS in one sample.</sub>`,
        priority: 10,
    });
    return `${fitToLimit(sections, SUMMARY_LIMIT_BYTES - 1024)}\n`;
}

;// CONCATENATED MODULE: ./src/report/terminal.ts




/** Worker groups listed per phase, at most. */
const terminal_TOP_GROUPS = 3;
/** Names in the tables are cut to this many code points, so the rows stay aligned and short. */
const NAME_COLUMN = 24;
/** The narrowest width notes are wrapped to. */
const MIN_WIDTH = 40;
/**
 * Whether the terminal report is coloured: https://no-color.org — NO_COLOR set to anything but
 * the empty string turns colour off; otherwise FORCE_COLOR (anything but `0`, `false` or empty)
 * turns it on, and without either a TTY decides.
 */
function colourWanted(env, isTty) {
    if ((env.NO_COLOR ?? '') !== '')
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined && force !== '')
        return force !== '0' && force !== 'false';
    return isTty;
}
function painter(colour) {
    return (text, ...codes) => colour && text !== '' ? `${codes.join('')}${text}${inert_text/* SGR */.NT.reset}` : text;
}
/** Untrusted text on one line, cut, with invisible characters (ESC included) shown as escapes. */
function plain(text, maxLength) {
    return (0,inert_text/* cut */.Jj)((0,inert_text/* showInvisible */.jQ)(oneLine(text)), maxLength);
}
function terminalStyle(paint) {
    return {
        phase: (name) => paint((0,inert_text/* quoteUntrusted */.X0)(name, 64), inert_text/* SGR */.NT.bold),
        text: (value, maxLength) => plain(value, maxLength),
        strong: (value) => paint(value, inert_text/* SGR */.NT.bold),
        code: (value) => `'${value}'`,
    };
}
/** Visible width: code points without SGR codes (names are cut; wide characters count as one). */
function visibleLength(text) {
    // eslint-disable-next-line no-control-regex -- ESC is what these sequences start with
    return [...text.replace(/\u001b\[\d+m/g, '')].length;
}
/**
 * Rows as aligned columns, two spaces apart: `right` columns (figures) padded on the left. Cells
 * may hold SGR codes; widths count what shows.
 */
function alignColumns(rows, right) {
    const widths = [];
    for (const row of rows)
        row.forEach((cell, index) => {
            widths[index] = Math.max(widths[index] ?? 0, visibleLength(cell));
        });
    return rows.map((row) => row
        .map((cell, index) => {
        const pad = ' '.repeat((widths[index] ?? 0) - visibleLength(cell));
        return right[index] ? pad + cell : index === row.length - 1 ? cell : cell + pad;
    })
        .join('  ')
        .trimEnd());
}
/** Words wrapped to `width`, the first line after `first`, the rest indented as deep. */
function wrap(text, width, first) {
    const indent = ' '.repeat(visibleLength(first));
    const lines = [];
    let line = first;
    for (const word of text.split(' ')) {
        const candidate = line === '' || line.endsWith(' ') ? line + word : `${line} ${word}`;
        if (visibleLength(candidate) > width && line.trim() !== '') {
            lines.push(line);
            line = indent + word;
        }
        else
            line = candidate;
    }
    lines.push(line);
    return lines;
}
const MARK_WIDTH = 5;
/** Emoji of the Markdown notes → a word a terminal shows in any font, coloured by weight. */
function noteMark(note, paint) {
    const marks = [
        ['⛔ ', 'OOM', inert_text/* SGR */.NT.red],
        ['⚠️ ', 'warn', inert_text/* SGR */.NT.yellow],
        ['📈 ', 'leak?', inert_text/* SGR */.NT.yellow],
        ['ℹ️ ', 'note', inert_text/* SGR */.NT.dim],
    ];
    for (const [emoji, word, colour] of marks)
        if (note.startsWith(emoji))
            return { mark: paint(word.padEnd(MARK_WIDTH), colour), text: note.slice(emoji.length) };
    return { mark: 'note'.padEnd(MARK_WIDTH), text: note };
}
function renderTerminalReport(profile, options) {
    const paint = painter(options.colour);
    const style = terminalStyle(paint);
    const width = Math.max(MIN_WIDTH, options.width);
    const limit = profile.host.memoryLimitBytes;
    // The OOM kills lead the headline (after ⛔ in Markdown): red here.
    const headline = postRunHeadline(profile, style).replace(/^⛔ ([^;]+);/, (_, killed) => `${paint(killed, inert_text/* SGR */.NT.red)};`);
    const out = ['', ...wrap(headline, width, `${paint('resource-planner:', inert_text/* SGR */.NT.bold)} `)];
    const sampled = profile.sampler.samples > 0 && profile.phases.length > 0;
    if (sampled) {
        const totalMs = profile.phases.reduce((sum, phase) => sum + phase.durationMs, 0);
        const about = `${humanDuration(totalMs)} on ${profile.host.cpus} CPU(s), memory limit ${formatBytes(limit)}; sampled every ${profile.sampler.intervalMs} ms (${profile.sampler.samples} samples).`;
        out.push(...wrap(about, width, '').map((line) => paint(line, inert_text/* SGR */.NT.dim)));
    }
    const { budgetBytes, advices } = postRunAdvice(profile, options.budget);
    const notes = [
        ...(options.notes ?? []).map((note) => plain(note, 300)),
        ...(sampled ? findings(profile, advices, style) : []),
    ];
    if (sampled) {
        out.push('', ...phaseRows(profile, paint));
        const groups = groupRows(profile);
        if (groups.length > 0)
            out.push('', paint('Main worker groups', inert_text/* SGR */.NT.bold), ...groups);
    }
    if (notes.length > 0) {
        out.push('');
        for (const note of notes) {
            const { mark, text } = noteMark(note, paint);
            out.push(...wrap(text, width, `  ${mark} `));
        }
    }
    const advice = adviceLines(profile, { budgetBytes, advices }, options.budget.cpusPerWorker, style);
    if (advice.length > 0) {
        out.push('', paint('What this run alone would justify', inert_text/* SGR */.NT.bold), ...wrap('(each worker at its peak at once; the plan learns from many runs):', width, ''));
        for (const line of advice)
            out.push(...wrap(line, width, '  - '));
    }
    return `${out.join('\n')}\n`;
}
/** One aligned row per phase: duration, workers at once, peak, share of the limit, OOM kills. */
function phaseRows(profile, paint) {
    const limit = profile.host.memoryLimitBytes;
    const anyKill = profile.phases.some((phase) => phase.oomKills > 0);
    const anyHeap = profile.phases.some((phase) => (phase.heapLimitKills ?? 0) > 0);
    const count = (value) => (value > 0 ? paint(String(value), inert_text/* SGR */.NT.red) : '0');
    const header = [
        'Phase',
        'Duration',
        'At once',
        'Peak',
        'Of limit',
        ...(anyKill ? ['OOM kills'] : []),
        ...(anyHeap ? ['Out of heap'] : []),
    ];
    const rows = profile.phases.map((phase) => {
        const atOnce = Math.max(0, ...phase.workerGroups.map((group) => group.maxConcurrency));
        const ofLimit = share(phase.treeRss.peakBytes, limit);
        const high = limit > 0 && phase.treeRss.peakBytes >= 0.9 * limit;
        return [
            plain(phase.name, NAME_COLUMN),
            humanDuration(phase.durationMs),
            atOnce > 0 ? String(atOnce) : '—',
            formatBytes(phase.treeRss.peakBytes),
            high ? paint(ofLimit, inert_text/* SGR */.NT.yellow) : ofLimit,
            ...(anyKill ? [count(phase.oomKills)] : []),
            ...(anyHeap ? [count(phase.heapLimitKills ?? 0)] : []),
        ];
    });
    const lines = alignColumns([header, ...rows], [false, true, true, true, true, true, true]);
    return lines.map((line, index) => `  ${index === 0 ? paint(line, inert_text/* SGR */.NT.dim) : line}`);
}
/** The largest worker groups of each phase: at once, peak p90 and max of one worker. */
function groupRows(profile) {
    const several = profile.phases.length > 1;
    const rows = [];
    for (const phase of profile.phases)
        for (const group of phase.workerGroups.slice(0, terminal_TOP_GROUPS))
            rows.push([
                ...(several ? [plain(phase.name, NAME_COLUMN)] : []),
                plain(group.name, NAME_COLUMN),
                `${group.maxConcurrency} at once`,
                `${group.processes} seen`,
                `p90 ${formatBytes(group.peakRss.p90Bytes)}`,
                `max ${formatBytes(group.peakRss.maxBytes)}`,
            ]);
    if (rows.length === 0)
        return [];
    const right = several ? [false, false, true, true, true, true] : [false, true, true, true, true];
    return alignColumns(rows, right).map((line) => `  ${line}`);
}

;// CONCATENATED MODULE: ./src/shared/version.ts
/** The tool's version, recorded in every run profile. Kept in step with package.json by a test. */
const TOOL_VERSION = '0.1.0';

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __nccwpck_require__(8179);
;// CONCATENATED MODULE: ./src/drift/drift.ts
/**
 * Peak-memory drift of this run against the baseline branch's runs. Pure.
 *
 * With 5 or more baseline runs (`auto`, `robust`): drift when the modified z-score of log(peak),
 * 0.6745·(x − median)/MAD, exceeds 3.5 (Iglewicz & Hoaglin) AND the change against the baseline
 * median is at least the threshold. The log scale makes the test relative; the threshold keeps a
 * statistically clear but tiny change from raising an alarm. With fewer runs (or `max`): drift
 * when the peak exceeds the baseline maximum by more than the threshold. Decreases past the same
 * tests are improvements. An OOM kill in this run is always drift.
 */


const MODIFIED_Z_LIMIT = 3.5;
const ROBUST_MIN_RUNS = 5;
/**
 * When the baseline's MAD is 0 (identical peaks), the spread is taken as 1% of the median
 * (0.01 in log space), so the relative threshold alone decides.
 */
const MAD_FLOOR_LOG = 0.01;
/** The peak a phase is judged on: the cgroup's charge where recorded (no double-counted shared pages), else the tree RSS. */
function phasePeak(phase) {
    return phase.treeRss.peakBytes;
}
function compareMetric(current, baseline, thresholdFraction, method) {
    const values = baseline.filter((value) => value > 0);
    if (values.length === 0)
        return {
            verdict: 'no-baseline',
            currentBytes: current,
            baseline: null,
            changeFraction: null,
            zScore: null,
            method: null,
        };
    const stats = {
        n: values.length,
        medianBytes: stats_median(values),
        minBytes: Math.min(...values),
        maxBytes: Math.max(...values),
        madBytes: stats_medianAbsoluteDeviation(values),
    };
    const changeFraction = (current - stats.medianBytes) / stats.medianBytes;
    const robust = method === 'robust' || (method === 'auto' && values.length >= ROBUST_MIN_RUNS);
    if (robust) {
        const logs = values.map(Math.log);
        const mad = Math.max(stats_medianAbsoluteDeviation(logs), MAD_FLOOR_LOG);
        const zScore = (0.6745 * (Math.log(Math.max(1, current)) - stats_median(logs))) / mad;
        let verdict = 'ok';
        if (zScore > MODIFIED_Z_LIMIT && changeFraction >= thresholdFraction)
            verdict = 'drift';
        else if (zScore < -MODIFIED_Z_LIMIT && changeFraction <= -thresholdFraction)
            verdict = 'improvement';
        return {
            verdict,
            currentBytes: current,
            baseline: stats,
            changeFraction,
            zScore,
            method: 'robust',
        };
    }
    let verdict = 'ok';
    if (current > stats.maxBytes * (1 + thresholdFraction))
        verdict = 'drift';
    else if (current < stats.minBytes * (1 - thresholdFraction))
        verdict = 'improvement';
    return {
        verdict,
        currentBytes: current,
        baseline: stats,
        changeFraction,
        zScore: null,
        method: 'max',
    };
}
function combine(verdicts) {
    if (verdicts.includes('drift'))
        return 'drift';
    if (verdicts.includes('improvement'))
        return 'improvement';
    if (verdicts.every((verdict) => verdict === 'no-baseline'))
        return 'no-baseline';
    return 'ok';
}
function detectDrift({ current, baseline, thresholdFraction = 0.1, method = 'auto', }) {
    const phases = current.phases.map((phase) => {
        const matching = baseline
            .map((profile) => profile.phases.find((candidate) => candidate.name === phase.name))
            .filter((candidate) => candidate !== undefined);
        const peak = compareMetric(phasePeak(phase), matching.map(phasePeak), thresholdFraction, method);
        const group = mainWorkerGroup(phase);
        let perWorker = null;
        if (group) {
            const baselineWorkers = matching
                .map((candidate) => candidate.workerGroups.find((other) => other.name === group.name)?.peakRss.p90Bytes)
                .filter((value) => value !== undefined);
            perWorker = compareMetric(group.peakRss.p90Bytes, baselineWorkers, thresholdFraction, method);
        }
        const verdicts = [peak.verdict, ...(perWorker ? [perWorker.verdict] : [])];
        const verdict = phase.oomKills > 0 ? 'drift' : combine(verdicts);
        return {
            name: phase.name,
            peak,
            perWorker,
            workerName: group?.name ?? null,
            oomKills: phase.oomKills,
            verdict,
        };
    });
    const workersOf = (profile) => profile.phases.find((phase) => phase.workersRecommended !== null)?.workersRecommended ?? null;
    const baselineWorkers = baseline
        .map(workersOf)
        .filter((value) => value !== null);
    return {
        verdict: phases.length === 0 ? 'no-baseline' : combine(phases.map((phase) => phase.verdict)),
        phases,
        baselineRuns: baseline.length,
        thresholdFraction,
        currentWorkers: workersOf(current),
        baselineWorkers: baselineWorkers.length > 0 ? Math.round(stats_median(baselineWorkers)) : null,
    };
}
/** The drift test as the action's inputs configure it: one call for the post step and report mode. */
function driftReportFor(current, baseline, settings) {
    return detectDrift({
        current,
        baseline,
        thresholdFraction: settings.driftThresholdFraction,
        method: settings.driftMethod,
    });
}

;// CONCATENATED MODULE: ./src/report/comment.ts
/**
 * The drift report as Markdown: the job-summary section and the sticky pull-request comment.
 * Both open with one headline that names the phase and the number ("`test` peak +52%: 1.4 →
 * 2.2 GiB"), say what to do next, give the baseline of that phase, then one row per phase; the
 * chart and the method are collapsed. Pure. The comment starts with a hidden marker built from a
 * hash only (no untrusted text), so it cannot be forged or closed by a name, and stays within
 * GitHub's 65,536-character limit.
 */






/** `<!-- resource-planner:v1 key=<sha256> -->`: one comment per workflow + job + matrix combination. */
function markerFor(identity) {
    const key = (0,external_node_crypto_namespaceObject.createHash)('sha256')
        .update(JSON.stringify([identity.workflow ?? '', identity.job ?? '', identity.matrixKey ?? '']))
        .digest('hex');
    return `<!-- resource-planner:v1 key=${key} -->`;
}
function percent(fraction) {
    if (fraction === null)
        return '—';
    const value = Math.round(fraction * 1000) / 10;
    return `${value > 0 ? '+' : ''}${value}%`;
}
function comment_name(phase) {
    return `**${escapeMarkdownText(phase.name, 64)}**`;
}
/** The phase the headline is about: the largest rise among drifts, the largest fall among improvements, else the largest change. */
function headlinePhase(report) {
    const change = (phase) => phase.peak.changeFraction ?? 0;
    const pick = (phases, score) => phases.reduce((best, phase) => (best === null || score(phase) > score(best) ? phase : best), null);
    const drifted = report.phases.filter((phase) => phase.verdict === 'drift');
    if (drifted.length > 0)
        return pick(drifted, (phase) => phase.oomKills * 1000 + change(phase));
    const improved = report.phases.filter((phase) => phase.verdict === 'improvement');
    if (improved.length > 0)
        return pick(improved, (phase) => -change(phase));
    return (pick(report.phases.filter((phase) => phase.peak.baseline), (phase) => Math.abs(change(phase))) ??
        report.phases[0] ??
        null);
}
function limitText(limitBytes, currentBytes) {
    if (limitBytes === null || limitBytes <= 0)
        return '';
    return ` (limit ${formatBytes(limitBytes)}: this run used ${Math.round((currentBytes / limitBytes) * 100)}% of it)`;
}
/** `1.4 GiB → 2.2 GiB`; two decimals when the short forms would read the same. */
function change(metric) {
    if (!metric.baseline)
        return formatBytes(metric.currentBytes);
    const before = formatBytes(metric.baseline.medianBytes);
    const after = formatBytes(metric.currentBytes);
    if (before !== after || metric.baseline.medianBytes === metric.currentBytes)
        return `${before} → ${after}`;
    return `${precise(metric.baseline.medianBytes)} → ${precise(metric.currentBytes)}`;
}
function precise(bytes) {
    return bytes >= GiB ? `${(bytes / GiB).toFixed(2)} GiB` : `${(bytes / units_MiB).toFixed(1)} MiB`;
}
/** One line: the verdict, the phase, the number, and the limit. */
function driftHeadline(report, limitBytes, resolved = false) {
    const phase = headlinePhase(report);
    if (report.verdict === 'no-baseline' || phase === null || !phase.peak.baseline) {
        const peak = phase
            ? `: peak ${formatBytes(phase.peak.currentBytes)}${limitText(limitBytes, phase.peak.currentBytes)}`
            : '';
        return `ℹ️ **No baseline yet**${peak}. The base branch has no recorded runs to compare with.`;
    }
    const figures = `${change(phase.peak)} against the base branch${limitText(limitBytes, phase.peak.currentBytes)}`;
    const multi = report.phases.length > 1;
    switch (report.verdict) {
        case 'drift':
            return phase.oomKills > 0
                ? `⛔ **${phase.oomKills} OOM kill(s)** in ${comment_name(phase)}: peak ${figures}.`
                : `🔺 ${comment_name(phase)} **peak ${percent(phase.peak.changeFraction)}**: ${figures}.`;
        case 'improvement':
            return `✅ ${comment_name(phase)} **peak ${percent(phase.peak.changeFraction)}**: ${figures}.`;
        default:
            return resolved
                ? `✅ **Memory drift resolved**: ${multi ? `${comment_name(phase)} ` : ''}peak ${percent(phase.peak.changeFraction)}, ${figures}, within the baseline's range.`
                : `✅ **No memory drift**: ${multi ? `${comment_name(phase)} ` : ''}peak ${percent(phase.peak.changeFraction)}, ${figures}.`;
    }
}
/** What the reader should do next. */
function nextStep(report, resolved = false) {
    const phase = headlinePhase(report);
    switch (report.verdict) {
        case 'drift': {
            if (!phase)
                return '';
            if (phase.oomKills > 0)
                return `**What to do:** processes of ${comment_name(phase)} ran out of memory. Lower its parallelism (\`max-workers\`) or find what grew; merging would make the base branch fail the same way.`;
            const worker = phase.perWorker?.baseline && phase.workerName
                ? ` The ${escapeMarkdownText(phase.workerName, 40)} workers went ${change(phase.perWorker)} each (p90 of their peaks, ${percent(phase.perWorker.changeFraction)}).`
                : '';
            return `**What to do:** if the rise is expected (more tests, a bigger input, a new dependency), merge: the baseline follows the base branch. If not, look at what this pull request changed in ${comment_name(phase)}.${worker}`;
        }
        case 'improvement':
            return '**What to do:** nothing; after the merge the baseline follows and the plan may allow more workers.';
        case 'no-baseline':
            return '**What to do:** nothing yet. Comparisons start once runs on the base branch have recorded a profile (the action with `history: true` on pushes to it).';
        default:
            return resolved
                ? '**What to do:** nothing; the drift reported earlier on this pull request is gone.'
                : '**What to do:** nothing.';
    }
}
/** `1.38–1.45 GiB`: two decimals when the short forms would read the same. */
function rangeText(minBytes, maxBytes) {
    const low = formatBytes(minBytes);
    const high = formatBytes(maxBytes);
    if (low !== high)
        return `${low}–${high}`;
    if (minBytes === maxBytes)
        return `all ${low}`;
    return `${precise(minBytes)}–${precise(maxBytes)}`;
}
/** The baseline of the headline's phase, in plain words. */
function baselineLine(report) {
    const phase = headlinePhase(report);
    const stats = phase?.peak.baseline;
    if (!phase || !stats)
        return null;
    const spread = stats.medianBytes > 0 ? Math.round((stats.madBytes / stats.medianBytes) * 100) : 0;
    const where = report.phases.length > 1 ? ` of ${comment_name(phase)}` : '';
    return `Baseline${where}: ${stats.n} run(s) of the base branch, peaks ${rangeText(stats.minBytes, stats.maxBytes)} (median ${formatBytes(stats.medianBytes)}, a typical run within ±${spread}% of it).`;
}
/** Plain words for the test, with the statistics named for those who want them. */
function methodText(report) {
    const threshold = Math.round(report.thresholdFraction * 100);
    const methods = new Set(report.phases.map((phase) => phase.peak.method));
    const parts = [];
    if (methods.has('robust'))
        parts.push(`With ${ROBUST_MIN_RUNS} or more baseline runs, a peak is drift when it lies far outside the runs' usual spread and at least ${threshold}% above their median. "Far outside": a modified z-score of the log peak above ${MODIFIED_Z_LIMIT} (0.6745 × distance from the median ÷ the median absolute deviation, Iglewicz & Hoaglin).`);
    if (methods.has('max'))
        parts.push(`With fewer baseline runs, a peak is drift when it is more than ${threshold}% above the highest baseline peak.`);
    parts.push('A fall past the same tests is an improvement; an OOM kill is always drift. Peak: the highest sum of the job\u2019s processes\u2019 RSS in one sample.');
    return parts.join(' ');
}
const MARK = {
    drift: '🔺',
    improvement: '🟢',
    ok: '',
    'no-baseline': '',
};
function phaseTable(report) {
    const rows = report.phases.map((phase) => [
        `${MARK[phase.verdict]} ${escapeTableCell(phase.name, 64)}`.trim(),
        phase.peak.baseline ? formatBytes(phase.peak.baseline.medianBytes) : 'none',
        formatBytes(phase.peak.currentBytes),
        percent(phase.peak.changeFraction),
        phase.perWorker && phase.workerName
            ? `${escapeTableCell(phase.workerName, 40)}: ${change(phase.perWorker)}${phase.perWorker.baseline ? ` (${percent(phase.perWorker.changeFraction)})` : ''}`
            : '—',
        phase.oomKills > 0 ? `**${phase.oomKills}**` : '0',
    ]);
    return table([
        'Phase',
        'Baseline median peak',
        'This run',
        'Change',
        'Per worker (p90 of peaks)',
        'OOM kills',
    ], rows, ['left', 'right', 'right', 'right', 'left', 'right']);
}
function workersLine(report) {
    if (report.currentWorkers === null ||
        report.baselineWorkers === null ||
        report.currentWorkers === report.baselineWorkers)
        return null;
    return `Recommended workers: ${report.baselineWorkers} on the base branch → ${report.currentWorkers} here.`;
}
/**
 * Baseline median vs this run as bars, per phase (a one-point line would draw nothing, and a line
 * would join unrelated phases). At most BAR_MAX_SLOTS ÷ 2 phases: the ones that changed most.
 */
function comparisonChart(report) {
    const compared = report.phases.filter((phase) => phase.peak.baseline);
    if (compared.length === 0)
        return '';
    const room = Math.floor(BAR_MAX_SLOTS / 2);
    const shown = compared.length <= room
        ? compared
        : [...compared]
            .sort((a, b) => Math.abs(b.peak.changeFraction ?? 0) - Math.abs(a.peak.changeFraction ?? 0))
            .slice(0, room);
    const chart = barChart({
        title: 'Peak memory, baseline median vs this run',
        series: [
            { name: 'baseline median', colour: 'blue', short: 'base' },
            { name: 'this run', colour: 'red', short: 'now' },
        ],
        groups: shown.map((phase) => ({
            label: phase.name,
            values: [phase.peak.baseline?.medianBytes ?? 0, phase.peak.currentBytes],
        })),
    });
    const more = shown.length < compared.length
        ? `\n\n<sub>The ${shown.length} phases that changed most, of ${compared.length}.</sub>`
        : '';
    return `${chart}${more}`;
}
function groupsTable(current) {
    const rows = current.phases.flatMap((phase) => phase.workerGroups
        .slice(0, 10)
        .map((group) => [
        escapeTableCell(phase.name, 64),
        escapeTableCell(group.name, 64),
        String(group.maxConcurrency),
        formatBytes(group.peakRss.p90Bytes),
        formatBytes(group.peakRss.maxBytes),
    ]));
    return rows.length > 0
        ? table(['Phase', 'Process', 'At once', 'Peak p90', 'Peak max'], rows)
        : '';
}
/** Headline, what to do, the baseline of that phase, and the recommended-workers change. */
function leadLines(report, limitBytes, resolved) {
    const lines = [driftHeadline(report, limitBytes, resolved), '', nextStep(report, resolved)];
    const baseline = report.verdict === 'no-baseline' ? null : baselineLine(report);
    if (baseline)
        lines.push('', baseline);
    const workers = workersLine(report);
    if (workers)
        lines.push('', workers);
    return lines;
}
/** The drift section of the job summary (`current` gives the limit). */
function renderDriftSummary(report, current) {
    const limit = current ? current.host.memoryLimitBytes : null;
    const lines = [
        '### resource-planner: memory against the base branch',
        '',
        ...leadLines(report, limit, false),
    ];
    if (report.phases.length > 0 && report.verdict !== 'no-baseline') {
        lines.push('', phaseTable(report));
        const chart = comparisonChart(report);
        lines.push('', details('Chart and method', [chart, methodText(report)].filter(Boolean).join('\n\n')));
    }
    return `${lines.join('\n')}\n`;
}
function renderDriftComment({ report, current, identity, runUrl, resolved = false, }) {
    const marker = markerFor(identity);
    const title = [identity.workflow, identity.job]
        .filter((part) => !!part)
        .map((part) => escapeMarkdownText(part, 60))
        .join(' / ');
    const isResolved = resolved && report.verdict !== 'drift';
    const head = [
        marker,
        `#### resource-planner${title ? ` · ${title}` : ''}`,
        '',
        ...leadLines(report, current.host.memoryLimitBytes, isResolved),
    ];
    const sections = [{ markdown: head.join('\n'), priority: 100 }];
    if (report.phases.length > 0 && report.verdict !== 'no-baseline')
        sections.push({ markdown: phaseTable(report), priority: 80 });
    const parts = [
        { name: 'chart', markdown: comparisonChart(report) },
        { name: 'worker groups', markdown: groupsTable(current) },
        { name: 'method', markdown: report.verdict === 'no-baseline' ? '' : methodText(report) },
    ].filter((part) => part.markdown !== '');
    if (parts.length > 0) {
        const names = parts.map((part) => part.name);
        const title = `${names.slice(0, -1).join(', ')}${names.length > 1 ? ' and ' : ''}${names.at(-1) ?? ''}`;
        sections.push({
            markdown: details(title.charAt(0).toUpperCase() + title.slice(1), parts.map((part) => part.markdown).join('\n\n')),
            priority: 30,
        });
    }
    if (runUrl)
        sections.push({ markdown: `<sub>[This run](${runUrl})</sub>`, priority: 60 });
    // The marker section has the highest priority and comes first, so trimming never removes it.
    return fitToLimit(sections, COMMENT_LIMIT_CHARACTERS, (text) => text.length);
}

;// CONCATENATED MODULE: ./src/cli/compare.ts
/** `resource-planner compare`: test a profile for drift against baseline profiles in a folder. */






/** `10%` or `12.5%` → 0.1, 0.125. */
function parseThresholdPercent(text) {
    const match = /^(\d+(?:\.\d+)?)%$/.exec(text.trim());
    if (!match)
        throw new esm/* InvalidArgumentError */.Di('Expected a percentage such as 10% or 12.5%.');
    return Number(match[1]) / 100;
}
/** `resource-planner compare --baseline DIR FILE [--threshold 10%] [--fail-on-drift]` */
const compareCommand = {
    name: 'compare',
    declare(command) {
        command
            .summary('compare a profile with baseline profiles (drift)')
            .description('Test a run profile for memory drift against the profiles in a folder (e.g. filled by\n' +
            "'gh run download'): prints the verdict, the summary and the pull-request comment.")
            .argument('<FILE>', 'the run profile to test (JSON)')
            .requiredOption('--baseline <DIR>', 'folder of baseline run profiles')
            .addOption(new esm/* Option */.c$('--threshold <PERCENT>', 'smallest change of the peak that counts as drift')
            .argParser(parseThresholdPercent)
            .default(0.1, '10%'))
            .option('--fail-on-drift', 'exit 1 when the verdict is drift');
    },
    async run(command, io) {
        const [file] = command.processedArgs;
        const options = command.opts();
        const current = profile_parseProfile(files_readBoundedText(file, MAX_PROFILE_BYTES, { what: 'a run profile' }));
        const history = loadBaseline(options.baseline);
        for (const note of history.notes)
            io.stderr(`note: ${note}\n`);
        const report = detectDrift({
            current,
            baseline: history.profiles.map((entry) => entry.profile),
            thresholdFraction: options.threshold,
        });
        io.stdout(`verdict: ${report.verdict}\n\n`);
        io.stdout(renderDriftSummary(report));
        io.stdout('\n--- comment ---\n');
        io.stdout(`${renderDriftComment({ report, current, identity: { workflow: current.run.workflow, job: current.run.job, matrixKey: current.run.matrixKey }, runUrl: null })}\n`);
        return options.failOnDrift === true && report.verdict === 'drift' ? 1 : 0;
    },
};
/** The baseline folder's profiles; a folder that cannot be listed is named as `--baseline DIR`. */
function loadBaseline(directory) {
    try {
        return loadHistoryFromDirectory(directory);
    }
    catch (error) {
        throw namedByOption(error, '--baseline', directory);
    }
}

;// CONCATENATED MODULE: ./src/plan/exec.ts
/**
 * What `resource-planner exec` decides, pure: the command's arguments at a worker count, whether
 * an attempt was OOM-killed, and the count to run it again at. The CLI's `exec` (src/cli/exec.ts)
 * does the running and recording.
 */

/** `{name}` with a name as the placeholders are written: lower case, digits and hyphens. */
const PLACEHOLDER = /\{([a-z][a-z0-9-]*)\}/g;
/**
 * The arguments with `{workers}` and `{node-heap-mb}` replaced by the plan's values, anywhere in
 * an argument (`--maxWorkers={workers}`). Arguments stay separate strings: nothing is ever given
 * to a shell. Braces that are not a placeholder's shape (`{}`, JSON) are left as they are; a
 * placeholder of that shape that `exec` does not know is an error, so a typo never reaches the
 * command as a literal.
 *
 * @example substitutePlaceholders(['jest', '-w', '{workers}'], { workers: 3, nodeHeapMb: 512 })
 *   // → ['jest', '-w', '3']
 */
function substitutePlaceholders(args, values) {
    const known = {
        workers: String(values.workers),
        'node-heap-mb': String(values.nodeHeapMb),
    };
    return args.map((arg) => arg.replace(PLACEHOLDER, (whole, name) => {
        const value = known[name];
        if (value === undefined)
            throw new shared_errors/* InputError */.dz('exec -- COMMAND', arg.length > 80 ? `${arg.slice(0, 80)}…` : arg, `only the placeholders {workers} and {node-heap-mb} (found ${whole})`);
        return value;
    }));
}
/**
 * A sampled share of the memory limit at or above which a SIGKILL counts as an OOM kill. The
 * kernel kills when the charge reaches the limit, but a sampler every 250 ms misses the last
 * climb: workers that allocate ~100 MiB per sampling interval are seen a few percent short of it.
 */
const exec_NEAR_LIMIT_SHARE = 0.9;
/** The exit status a shell (and most runners of child processes) reports for a SIGKILLed child. */
const SIGKILL_EXIT_STATUS = 128 + 9;
/**
 * Whether an attempt's processes were OOM-killed. The cgroup's oom_kill counter rising during the
 * attempt is proof (the kernel counts every process of the cgroup it kills, Linux 4.13+ on v1).
 * Without a rise (no cgroup, an older kernel, a user-space killer such as systemd-oomd or
 * earlyoom), a command that ended by SIGKILL (or with status 137, a shell's report of it) while
 * memory stood at NEAR_LIMIT_SHARE of the limit or more counts as one. Node processes that stopped
 * at the V8 heap limit ran out of memory too (the heap cap is the plan's bound on a Node worker):
 * fewer workers get a larger cap, so the attempt is rerun as after an OOM kill.
 */
function oomVerdict(facts) {
    const counters = facts.samples
        .map((sample) => sample.oomKillCounter)
        .filter((value) => value !== null);
    const rise = counters.length >= 2 ? Math.max(0, counters.at(-1) - counters[0]) : 0;
    const peaks = facts.samples.map((sample) => Math.max(sample.treeRssBytes, (facts.cgroupBound ? sample.cgroupUsageBytes : sample.systemUsedBytes) ?? 0));
    const peakBytes = peaks.length > 0 ? Math.max(...peaks) : null;
    if (rise > 0)
        return {
            outOfMemory: true,
            kills: rise,
            evidence: 'oom-kill-counter',
            peakBytes,
            why: `the cgroup's oom_kill counter rose by ${rise}`,
        };
    const sigkilled = facts.signal === 'SIGKILL' || facts.exitCode === SIGKILL_EXIT_STATUS;
    const share = peakBytes === null ? 0 : peakBytes / facts.memoryLimitBytes;
    if (sigkilled && share >= exec_NEAR_LIMIT_SHARE)
        return {
            outOfMemory: true,
            kills: 1,
            evidence: 'sigkill-near-limit',
            peakBytes,
            why: `killed by SIGKILL with memory at ${Math.round(share * 100)}% of the limit`,
        };
    if (facts.heapLimitDeaths > 0)
        return {
            outOfMemory: true,
            kills: facts.heapLimitDeaths,
            evidence: 'heap-limit',
            peakBytes,
            why: `${facts.heapLimitDeaths} Node process(es) stopped at the V8 heap limit ("JavaScript heap out of memory")`,
        };
    return {
        outOfMemory: false,
        kills: 0,
        evidence: null,
        peakBytes,
        why: sigkilled
            ? `killed by SIGKILL, but memory stood at ${Math.round(share * 100)}% of the limit at most: not an OOM kill`
            : 'no OOM kill',
    };
}
/**
 * The count to run an OOM-killed attempt again at: the largest count proven safe on this memory
 * below the one that failed (the evidence ladder, ./ladder.ts), else half of it; null when the
 * attempt already ran one worker (no smaller count exists).
 */
function retryWorkers(failedWorkers, ladder) {
    const proven = ladder?.proven ?? null;
    if (proven !== null && proven >= 1 && proven < failedWorkers && !ladder?.risen)
        return {
            workers: proven,
            why: `the largest count proven safe on this memory${ladder?.provenRunId != null ? ` (run ${ladder.provenRunId})` : ''}`,
        };
    const half = Math.floor(failedWorkers / 2);
    if (half < 1)
        return null;
    return {
        workers: half,
        why: proven === null
            ? 'half the count (no count is proven safe on this memory yet)'
            : ladder?.risen
                ? `half the count (memory per worker has risen since ${proven} was proven)`
                : `half the count (the proven ${proven} is not below it)`,
    };
}

;// CONCATENATED MODULE: ./src/plan/ladder.ts
/** A limit within this share of another counts as the same (cgroup limits round to pages). */
const SAME_LIMIT_TOLERANCE = 0.02;
/** Evidence older than this many half-lives (14 days at the default 7-day half-life) is forgotten. */
const EVIDENCE_MAX_AGE_HALF_LIVES = 2;
/** Past this count the step is a share of it, not one worker. */
const STEP_SHARE = 0.25;
/**
 * Memory per worker this much above the run that proved a count means the proof no longer holds
 * (the drift test's default threshold, 10%).
 */
const RISEN_SHARE = 0.1;
/** One step past `count`: one worker, or 25% of it for counts of 8 and more. */
function stepAbove(count) {
    return count + Math.max(1, Math.floor(count * STEP_SHARE));
}
function buildLadder(input) {
    const ignored = [];
    const tolerance = input.memoryLimitBytes * SAME_LIMIT_TOLERANCE;
    const minWeight = 0.5 ** EVIDENCE_MAX_AGE_HALF_LIVES;
    const recent = input.evidence.filter((run) => run.weight >= minWeight);
    if (recent.length < input.evidence.length)
        ignored.push(`${input.evidence.length - recent.length} run(s) older than ${EVIDENCE_MAX_AGE_HALF_LIVES} half-lives`);
    const proofs = recent.filter((run) => run.clean && run.memoryLimitBytes <= input.memoryLimitBytes + tolerance);
    const looser = recent.filter((run) => run.clean && run.memoryLimitBytes > input.memoryLimitBytes + tolerance).length;
    if (looser > 0)
        ignored.push(`${looser} clean run(s) under a looser memory limit prove nothing here`);
    const best = proofs.reduce((top, run) => (top === null || run.workers > top.workers ? run : top), null);
    const timeOf = (run) => Date.parse(run.startedAt) || 0;
    const kills = recent.filter((run) => run.oomKills + run.heapLimitKills > 0 &&
        run.memoryLimitBytes >= input.memoryLimitBytes - tolerance &&
        // A later clean run at this count or more, on this memory, overrules the kill.
        !proofs.some((proof) => proof.workers >= run.workers && timeOf(proof) > timeOf(run)));
    const worst = kills.reduce((low, run) => (low === null || run.workers < low.workers ? run : low), null);
    // Risen against the most any proof needed, not against the one run that proved the count:
    // per-worker memory varies run to run (inputs, seeds, GC timing) by about the drift threshold
    // itself, and one ordinary run must not lift the floor.
    const provenNeed = Math.max(0, ...proofs.map((run) => run.perWorkerBytes));
    const risen = best !== null &&
        input.latestPerWorkerBytes !== null &&
        input.latestPerWorkerBytes > provenNeed * (1 + RISEN_SHARE);
    let ceiling = best === null ? null : stepAbove(best.workers);
    if (ceiling !== null && worst !== null)
        ceiling = Math.min(ceiling, worst.workers - 1);
    // Right after an OOM kill, fall back to the proof and take no step this time: the kill is the
    // newest thing known about this memory.
    const newest = recent.reduce((latest, run) => (latest === null || timeOf(run) > timeOf(latest) ? run : latest), null);
    if (ceiling !== null && best !== null && newest !== null && kills.includes(newest))
        ceiling = Math.min(ceiling, best.workers);
    return {
        proven: best?.workers ?? null,
        provenRunId: best?.runId ?? null,
        unsafe: worst?.workers ?? null,
        unsafeRunId: worst?.runId ?? null,
        unsafeCause: worst === null ? null : worst.oomKills > 0 ? 'oom-kill' : 'heap-limit',
        ceiling: ceiling === null ? null : Math.max(0, ceiling),
        risen,
        ignored,
    };
}
/**
 * The memory bound after the ladder: the predicted bound `predicted`, no higher than the ceiling
 * and below an unsafe count, no lower than the proven count (unless memory has risen or the
 * proof is contradicted by a later OOM kill at or below it).
 */
function laddered(predicted, ladder) {
    let bound = predicted;
    if (ladder.unsafe !== null)
        bound = Math.min(bound, ladder.unsafe - 1);
    if (ladder.ceiling !== null)
        bound = Math.min(bound, ladder.ceiling);
    if (ladder.proven !== null &&
        !ladder.risen &&
        (ladder.unsafe === null || ladder.proven < ladder.unsafe))
        bound = Math.max(bound, ladder.proven);
    return Math.max(0, bound);
}

;// CONCATENATED MODULE: ./src/plan/memory-bound.ts
/**
 * How many workers the memory budget holds, by the best model the evidence supports. Pure.
 *  - concurrency model (v2 history with 2+ workers at once): need(N) = predicted group peak
 *    × (1 + 15% margin) × the elastic prior's share;
 *  - lockstep (no such evidence): need(N) = N × the per-worker estimate (margins included);
 *  - elastic boundary (Node/JVM workers with a proven count and no OOM kill): need(N) = N × half
 *    the workers' peak, the measured pass/OOM boundary, so the ladder may step up where a static
 *    prediction would not. The heap cap (node-heap-mb) bounds the memory; the first OOM kill ends it.
 * Base memory comes off the budget first in every case.
 */



/** No plan considers more workers than this. */
const MAX_WORKERS_CONSIDERED = 4096;
function memoryBoundFor(estimate, budgetBytes, ladder) {
    const room = budgetBytes - Math.max(0, estimate.baseBytes);
    const model = estimate.concurrency
        ? concurrentBound(estimate.concurrency, estimate, room)
        : lockstepBound(estimate, room, ladder);
    // The elastic boundary only serves the ladder's next step, and only where the model refuses it.
    const elastic = elasticBound(estimate, room, ladder);
    const step = ladder?.ceiling ?? Number.POSITIVE_INFINITY;
    return elastic !== null && model.bound < step && elastic.bound > model.bound ? elastic : model;
}
/**
 * Each worker at its peak. With a proof on this memory the confidence factor √(1 + 1/n) is not
 * stacked on the +15% margin: as with the concurrency model, the ladder's one step bounds how far
 * little evidence can carry the plan.
 */
function lockstepBound(estimate, room, ladder) {
    const proven = ladder !== null && ladder.proven !== null && !ladder.risen;
    const perWorker = proven && estimate.memberPeakBytes !== null
        ? Math.max(1, estimate.memberPeakBytes * (1 + SAFETY_MARGIN) * estimate.elasticShare)
        : Math.max(1, estimate.perWorkerBytes);
    const bound = room <= 0 ? 0 : Math.min(MAX_WORKERS_CONSIDERED, Math.floor(room / perWorker));
    return {
        bound,
        kind: 'lockstep',
        why: estimate.source === 'history'
            ? 'no run recorded 2+ workers at once with per-sample figures: each worker is counted at its peak'
            : `no history: ${estimate.source === 'input' ? 'memory-per-worker' : 'fallback-memory-per-worker'} per worker`,
        text: `${bound} × ${formatBytes(perWorker)}`,
        needOf: (workers) => workers * perWorker,
    };
}
function concurrentBound(model, estimate, room) {
    const scale = (1 + SAFETY_MARGIN) * estimate.elasticShare;
    const needOf = (workers) => predictConcurrentPeakBytes(model, workers) * scale;
    const bound = room <= 0 ? 0 : maxWorkersWithin(model, room / scale, MAX_WORKERS_CONSIDERED);
    const share = estimate.elasticShare < 1 ? ` × ${estimate.elasticShare.toFixed(2)} elastic prior` : '';
    return {
        bound,
        kind: model.kind,
        why: `${model.reason}; +15% margin${share}`,
        text: `${bound} workers, predicted together at ${formatBytes(needOf(bound))} (${model.kind} model, +15%${share})`,
        needOf,
    };
}
function elasticBound(estimate, room, ladder) {
    if (!estimate.elastic || ladder === null || ladder.proven === null || ladder.risen)
        return null;
    // The largest per-worker peak history saw: the boundary is half the *unconstrained* peak, and
    // the largest seen is the nearest to it.
    const memberPeak = estimate.spread?.maxBytes ?? estimate.memberPeakBytes;
    if (memberPeak === null || memberPeak <= 0)
        return null;
    const perWorker = memberPeak * ELASTIC_MIN_SHARE;
    const bound = room <= 0 ? 0 : Math.min(MAX_WORKERS_CONSIDERED, Math.floor(room / perWorker));
    return {
        bound,
        kind: 'elastic-boundary',
        why: `'${estimate.workerName ?? 'node'}' workers size their heap from the memory they see: stepping on the measured pass/OOM boundary, half their peak (${formatBytes(perWorker)}), with node-heap-mb as the cap; an OOM kill stops it`,
        text: `${bound} × ${formatBytes(perWorker)} (half the workers' peak, the elastic boundary)`,
        needOf: (workers) => workers * perWorker,
    };
}

;// CONCATENATED MODULE: ./src/plan/planner.ts





/**
 * Share of a worker's memory slot given to the V8 old-space heap. The rest covers what the heap
 * limit does not bound: the young generation (up to 3 × 16 MiB semi-spaces on 64-bit V8), code,
 * and native memory such as Buffers. 75% keeps a 512 MiB slot's RSS inside it in practice.
 */
const NODE_HEAP_SHARE = 0.75;
/** Below this a Node worker cannot do useful work; the plan warns instead of going lower. */
const MIN_NODE_HEAP_MB = 128;
/**
 * workers = clamp(min, max, min(CPU bound, memory bound, speed-up bound)), where
 *   budget       = max(0, (available − reserve) × fraction)
 *   memory bound = the largest N whose predicted need fits the budget (./memory-bound.ts),
 *                  then held to what history proves on this memory (./ladder.ts)
 *   CPU bound    = max(1, floor(cpus ÷ cpus-per-worker))
 * The `workers` input and RESOURCE_PLANNER_WORKERS replace the result (limited-by `override`).
 */
function planWorkers({ capacity, settings, estimate }) {
    const warnings = [];
    const reserve = resolveReserve(settings.memoryReserveBytes, estimate.baseMeasured, capacity.memoryLimitBytes);
    const budget = memoryBudgetBytes(capacity.memoryAvailableBytes, {
        memoryReserveBytes: reserve.bytes,
        memoryFraction: settings.memoryFraction,
    });
    const perWorker = Math.max(1, estimate.perWorkerBytes);
    const base = Math.max(0, estimate.baseBytes);
    const ladder = estimate.countEvidence.length > 0
        ? buildLadder({
            evidence: estimate.countEvidence,
            memoryLimitBytes: capacity.memoryLimitBytes,
            latestPerWorkerBytes: latestPerWorker(estimate),
        })
        : null;
    const model = memoryBoundFor(estimate, budget, ladder);
    const memoryBound = ladder ? laddered(model.bound, ladder) : model.bound;
    const cpuBound = Math.max(1, Math.floor(capacity.cpus / settings.cpusPerWorker + 1e-9));
    const speedupBound = speedupBoundFor(estimate, memoryBound, ladder);
    if (capacity.memoryAvailableBytes <= reserve.bytes) {
        warnings.push(`Available memory (${formatBytes(capacity.memoryAvailableBytes)}) is no more than the reserve ` +
            `(${formatBytes(reserve.bytes)}): planning the minimum of ${settings.minWorkers} worker(s). ` +
            'Lower memory-reserve or give the job more memory.');
    }
    else if (memoryBound === 0) {
        warnings.push(`Not even one worker fits: the budget is ${formatBytes(budget)} but one worker needs ` +
            `${formatBytes(perWorker)} on top of ${formatBytes(base)} of base memory. Planning ${settings.minWorkers}.`);
    }
    let workers;
    let limitedBy;
    let reason;
    const override = settings.overrideWorkers ?? settings.forcedWorkers;
    if (override !== null) {
        workers = override;
        limitedBy = 'override';
        reason =
            settings.overrideWorkers !== null
                ? `RESOURCE_PLANNER_WORKERS=${override} overrides the plan.`
                : `The workers input fixes the count at ${override}.`;
        if (override > memoryBound) {
            warnings.push(`The forced ${override} workers exceed the ${memoryBound} that fit in the memory budget: expect swapping or OOM kills.`);
        }
        if (override > cpuBound) {
            warnings.push(`The forced ${override} workers exceed the ${cpuBound} that ${capacity.cpus} CPU(s) allow at ${settings.cpusPerWorker} per worker: they will wait for CPU time.`);
        }
    }
    else {
        ({ workers, limitedBy, reason } = boundedChoice(memoryBound, cpuBound, speedupBound, settings, {
            budget,
            base,
            perWorker,
            cpus: capacity.cpus,
            modelText: model.text,
            ladderBinds: ladder !== null && memoryBound !== model.bound,
            ladder,
            speedupKind: estimate.speedup?.kind ?? null,
        }));
    }
    const nodeHeapMb = nodeHeapFor(budget, base, workers);
    if (nodeHeapMb <= MIN_NODE_HEAP_MB) {
        warnings.push(`Each of ${workers} Node worker(s) gets a heap cap of only ${nodeHeapMb} MiB: tests may fail with "JavaScript heap out of memory".`);
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
        ladderLine: ladder ? ladderLine(ladder, model.bound, memoryBound) : null,
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
        predictedDurationMs: estimate.speedup ? predictDurationMs(estimate.speedup, workers) : null,
        estimate,
        warnings,
    };
}
/** The newest run's per-worker figure (to tell whether memory has risen since a proof). */
function latestPerWorker(estimate) {
    let latest = null;
    for (const run of estimate.countEvidence) {
        const t = Date.parse(run.startedAt) || 0;
        if (latest === null || t > latest.t)
            latest = { t, bytes: run.perWorkerBytes };
    }
    return latest?.bytes ?? null;
}
/** "proven 3 (run 42) · unsafe 5 · proposed 4 (one step up: predicted 1.1 GiB fits 1.2 GiB)". */
function ladderLine(ladder, predictedBound, bound) {
    const parts = [];
    parts.push(ladder.proven === null
        ? 'proven: none on this memory yet'
        : `proven ${ladder.proven}${ladder.provenRunId !== null ? ` (run ${ladder.provenRunId})` : ''}`);
    if (ladder.unsafe !== null)
        parts.push(`${ladder.unsafeCause === 'heap-limit' ? 'stopped at the V8 heap limit' : 'OOM-killed'} at ${ladder.unsafe}${ladder.unsafeRunId !== null ? ` (run ${ladder.unsafeRunId})` : ''}`);
    let why;
    if (ladder.proven === null)
        why = 'nothing proven here yet: the model alone decides';
    else if (ladder.risen)
        why = 'memory per worker has risen since that proof: the model alone decides';
    else if (bound > ladder.proven && predictedBound > bound)
        why = `one step past the proof (the model allows ${predictedBound}; the plan climbs one step at a time)`;
    else if (bound > ladder.proven)
        why = `one step past the proof, where the model predicts it fits`;
    else if (ladder.unsafe !== null && bound === ladder.unsafe - 1)
        why = `below the count that ${ladder.unsafeCause === 'heap-limit' ? 'ran out of heap' : 'was OOM-killed'}`;
    else if (predictedBound > bound)
        why = `the model allows ${predictedBound}, but the plan climbs one step at a time`;
    else if (predictedBound < bound)
        why = `held at the proof (the model alone would say ${predictedBound})`;
    else
        why = `the model predicts the next step does not fit`;
    parts.push(`memory allows ${bound}: ${why}`);
    if (ladder.ignored.length > 0)
        parts.push(`ignored: ${ladder.ignored.join('; ')}`);
    return parts.join(' · ');
}
/**
 * Where the durations say to stop. Amdahl's fit stops the climb where one more worker stops
 * paying, but never below a count proven on this memory: the fitted curve always falls, so going
 * below a proof would trade measured speed for a predicted saving, and a fit from a few noisy
 * durations flips easily. A `no-gain` model is measured, not extrapolated (runs at more workers
 * took longer, beyond the min-speedup-gain band), so it may go below the proof: fewer workers are
 * then both faster and lighter. Runs at the lower count keep testing it: if they turn out slower,
 * the model changes and the plan climbs back to the proof.
 */
function speedupBoundFor(estimate, memoryBound, ladder) {
    const speedup = estimate.speedup;
    if (!speedup)
        return null;
    if (speedup.kind === 'no-gain')
        return Math.max(1, speedup.maxUsefulWorkers);
    const provenFloor = ladder && !ladder.risen ? (ladder.proven ?? 1) : 1;
    return Math.max(1, Math.min(memoryBound, provenFloor), speedup.maxUsefulWorkers);
}
function boundedChoice(memoryBound, cpuBound, speedupBound, settings, terms) {
    const memoryText = terms.ladderBinds
        ? `${memoryBound} on the evidence ladder (${terms.modelText})`
        : `${formatBytes(terms.budget)} budget${terms.base > 0 ? ` − ${formatBytes(terms.base)} base` : ''} fits ${terms.modelText}`;
    const cpuText = `${terms.cpus} CPU(s) ÷ ${settings.cpusPerWorker} per worker = ${cpuBound}`;
    let workers = Math.min(memoryBound, cpuBound);
    // On a tie the CPU is named: adding memory alone would not allow more workers.
    let limitedBy = memoryBound < cpuBound ? (terms.ladderBinds ? 'ladder' : 'memory') : 'cpu';
    let reason = limitedBy === 'cpu'
        ? `CPU: ${cpuText} (memory allows ${memoryBound}).`
        : `Memory: ${memoryText} (CPUs allow ${cpuBound}).`;
    if (speedupBound !== null && speedupBound < workers) {
        workers = speedupBound;
        limitedBy = 'speedup';
        reason =
            terms.speedupKind === 'no-gain'
                ? `Speed-up: earlier runs at more than ${speedupBound} worker(s) took longer, not less (memory allows ${memoryBound}, CPUs ${cpuBound}).`
                : `Speed-up: past ${speedupBound} workers each extra worker gains too little (memory allows ${memoryBound}, CPUs ${cpuBound}).`;
    }
    if (settings.maxWorkers !== null && workers > settings.maxWorkers) {
        reason = `max-workers caps the count at ${settings.maxWorkers} (memory allows ${memoryBound}, CPUs ${cpuBound}).`;
        return { workers: settings.maxWorkers, limitedBy: 'max-workers', reason };
    }
    if (workers < settings.minWorkers) {
        reason = `min-workers raises the count to ${settings.minWorkers} (memory allows ${memoryBound}, CPUs ${cpuBound}).`;
        return { workers: settings.minWorkers, limitedBy: 'min-workers', reason };
    }
    return { workers, limitedBy, reason };
}
/** Per-worker V8 heap cap (MiB) so that `workers` Node workers stay inside the budget. */
function nodeHeapFor(budgetBytes, baseBytes, workers) {
    const slotBytes = Math.max(0, budgetBytes - baseBytes) / Math.max(1, workers);
    return Math.max(MIN_NODE_HEAP_MB, Math.floor((slotBytes * NODE_HEAP_SHARE) / units_MiB));
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/profile/node-report.ts
/**
 * Node's diagnostic report (`process.report`, https://nodejs.org/api/report.html), read for the
 * one thing the recorder needs: did this process stop at the V8 heap limit, and which PID was it.
 * Pure. The report is written by a process of the user's own command, so it is treated like any
 * other input: size-capped by the caller, parsed as JSON, and only two header fields are read;
 * nothing else of it (it holds the command line and stacks) is kept or logged.
 */
/** Reports larger than this are not read (a compact report is ~8–40 KiB). */
const MAX_NODE_REPORT_BYTES = 1024 * 1024;
/**
 * The header's `event` when V8 gave up: "Allocation failed - JavaScript heap out of memory" (Node
 * 24, trigger `OOMError`), "Reached heap limit Allocation failed - JavaScript heap out of memory"
 * (older releases, trigger `FatalError`). Matched on the phrase both share.
 */
const HEAP_LIMIT_EVENT = /JavaScript heap out of memory/i;
/** `report.YYYYMMDD.HHMMSS.PID.THREAD.SEQ.json`, Node's default report file name. */
const REPORT_FILE_NAME = /^report\.\d{8}\.\d{6}\.(\d{1,10})\.\d+\.\d+\.json$/;
/**
 * The PID and cause of a report, or null when it is not a Node report with a PID. A report cut
 * short is read too: a worker's parent may kill it while Node writes it (Jest's workers at the
 * heap limit were SIGTERMed with their reports still empty, zod's suite in bench/RESULTS.md §5d).
 * The header comes first and is all that is needed; with no header at all, Node's file name still
 * gives the PID, and the report counts as a stop at the heap limit: the folder only receives
 * reports of fatal errors (the preload asks for nothing else), and the heap limit is the fatal
 * error a Node process meets in practice (the others are internal errors of Node or an addon).
 */
function parseNodeReport(text, fileName) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return headerOfTruncated(text) ?? fromFileName(fileName);
    }
    const header = typeof value === 'object' && value !== null
        ? value.header
        : undefined;
    if (typeof header !== 'object' || header === null)
        return null;
    const { processId, event, trigger } = header;
    return reportOf(processId, event, trigger);
}
function reportOf(processId, event, trigger) {
    if (typeof processId !== 'number' || !Number.isInteger(processId) || processId <= 0)
        return null;
    const heapLimit = trigger === 'OOMError' || (typeof event === 'string' && HEAP_LIMIT_EVENT.test(event));
    return { pid: processId, heapLimit, cutShort: false };
}
function fromFileName(fileName) {
    const pid = Number(REPORT_FILE_NAME.exec(fileName ?? '')?.[1]);
    return Number.isInteger(pid) && pid > 0 ? { pid, heapLimit: true, cutShort: true } : null;
}
/** How far into a cut report its header is looked for (a header is ~1–2 KiB). */
const HEADER_SCAN_CHARACTERS = 16 * 1024;
/**
 * The header of a report cut short: `{"header":{...` as Node writes it (compact or indented),
 * its `event`, `trigger` and `processId` read as JSON values where they stand. Only the text up
 * to the first key of the next section counts, so a value further on cannot pose as the header's.
 */
function headerOfTruncated(text) {
    const start = /^\s*\{\s*"header"\s*:\s*\{/.exec(text);
    if (!start)
        return null;
    let header = text.slice(start[0].length, HEADER_SCAN_CHARACTERS);
    const end = header.search(/\}\s*,\s*"javascriptStack"\s*:/);
    if (end >= 0)
        header = header.slice(0, end);
    const field = (name, pattern) => {
        const match = new RegExp(`"${name}"\\s*:\\s*(${pattern})`).exec(header);
        if (!match)
            return undefined;
        try {
            return JSON.parse(match[1]);
        }
        catch {
            return undefined;
        }
    };
    const string = '"(?:[^"\\\\]|\\\\.)*"';
    const [event, trigger] = [field('event', string), field('trigger', string)];
    const report = reportOf(field('processId', '\\d{1,10}'), event, trigger);
    // Cut before the cause was written: as a report with no header (see parseNodeReport).
    if (report && event === undefined && trigger === undefined)
        return { ...report, heapLimit: true, cutShort: true };
    return report && { ...report, cutShort: true };
}

;// CONCATENATED MODULE: ./src/cli/heap-watch.ts
/**
 * Telling a Node process that stopped at the V8 heap limit from one that failed a test. Such a
 * process aborts (SIGABRT) after printing "JavaScript heap out of memory"; a worker's parent (Jest,
 * say) sees it die and the command exits 1, so neither the cgroup's OOM counter nor the exit
 * status says memory ran out. Node can say it: with `process.report.reportOnFatalError` it writes a
 * diagnostic report as it dies (https://nodejs.org/api/report.html).
 *
 * The recorder gives the command `NODE_OPTIONS=--require heap-watch-preload.cjs` (shipped beside
 * the CLI, so a process the command leaves behind still finds it) and a private folder (mode 0700)
 * in `RESOURCE_PLANNER_HEAP_REPORTS`: in every Node process of the command the preload turns those
 * reports on into the folder, compact and without environment variables (`process.report.excludeEnv`,
 * Node 22.13+/23.3+; where it is missing the preload does nothing, since a report would then hold
 * the environment's secrets). A process that asked for reports itself is left alone. After each
 * command the recorder reads each report's PID and cause, and deletes it at once.
 */





/** Reports read per command at most: a pool that crashed more often than this is counted as this. */
const MAX_REPORTS = 256;
/** The variable that names the report folder to the preload. */
const HEAP_REPORTS_VARIABLE = 'RESOURCE_PLANNER_HEAP_REPORTS';
/**
 * The preload beside this module: src/cli/ in the sources, dist/cli/ in the bundle (the build
 * copies it there).
 */
function defaultPreloadPath() {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)), 'heap-watch-preload.cjs');
}
/**
 * Sets up the report folder; null (nothing watched) when the preload is missing, its path cannot
 * be put in NODE_OPTIONS, or the temporary folder cannot be had.
 */
function startHeapWatch(preload = defaultPreloadPath()) {
    // NODE_OPTIONS takes a double-quoted path; backslashes would be read as escapes there, and
    // Node's require accepts forward slashes on Windows too.
    const quoted = preload.replaceAll('\\', '/');
    if (quoted.includes('"') || !(0,external_node_fs_.existsSync)(preload))
        return null;
    let directory;
    try {
        directory = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_namespaceObject.tmpdir)(), 'resource-planner-heap-'));
    }
    catch {
        return null;
    }
    return {
        nodeOption: `--require "${quoted}"`,
        variables: { [HEAP_REPORTS_VARIABLE]: directory },
        collect() {
            const pids = [];
            let names;
            try {
                names = (0,external_node_fs_.readdirSync)(directory).filter((name) => /^report\..*\.json$/.test(name));
            }
            catch {
                return pids;
            }
            for (const name of names.slice(0, MAX_REPORTS)) {
                const path = (0,external_node_path_.join)(directory, name);
                try {
                    if ((0,external_node_fs_.statSync)(path).size <= MAX_NODE_REPORT_BYTES) {
                        const report = parseNodeReport((0,external_node_fs_.readFileSync)(path, 'utf8'), name);
                        if (report?.heapLimit)
                            pids.push(report.pid);
                    }
                }
                catch {
                    // A report being written or removed under us: skipped, not fatal to the recording.
                }
                (0,external_node_fs_.rmSync)(path, { force: true });
            }
            for (const name of names.slice(MAX_REPORTS))
                (0,external_node_fs_.rmSync)((0,external_node_path_.join)(directory, name), { force: true });
            return pids;
        },
        close() {
            (0,external_node_fs_.rmSync)(directory, { recursive: true, force: true });
        },
    };
}

;// CONCATENATED MODULE: ./src/config/inputs.ts
/**
 * Every input of the action, parsed and validated once into one typed object.
 * Invalid configuration throws `InputError` naming the input, the value and the accepted format;
 * it is the only way the action fails a step besides the opt-in `fail-on-drift`.
 */


/** Defaults, the same as action.yml's (a test keeps the two in step). */
const INPUT_DEFAULTS = {
    mode: 'plan',
    profile: 'default',
    'memory-per-worker': 'auto',
    'fallback-memory-per-worker': '768M',
    'min-workers': '1',
    'max-workers': '',
    workers: '',
    'cpus-per-worker': '1',
    'memory-reserve': 'auto',
    'memory-fraction': '0.9',
    'export-env': 'false',
    summary: 'true',
    sample: 'true',
    'sample-interval': '500ms',
    upload: 'true',
    'retention-days': '30',
    history: 'true',
    'history-runs': '20',
    'history-timeout': '20s',
    'post-timeout': '60s',
    'baseline-branch': '',
    'min-speedup-gain': '5%',
    'elastic-memory': 'auto',
    'drift-threshold': '10%',
    'drift-method': 'auto',
    comment: 'on-drift',
    'fail-on-drift': 'false',
    'metrics-file': '',
    'pushgateway-url': '',
};
/** The environment variable that overrides the worker count everywhere. */
const OVERRIDE_VARIABLE = 'RESOURCE_PLANNER_WORKERS';
const PROFILE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const TRUE_VALUES = new Set(['true', 'True', 'TRUE']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE']);
const MIN_SAMPLE_INTERVAL_MS = 100;
/**
 * Parses all inputs. `getInput` returns the raw (trimmed) value, '' when unset; unset inputs take
 * the defaults above, so the CLI and tests can pass only what they change.
 */
function parseInputs(getInput) {
    const read = (name) => {
        const value = getInput(name).trim();
        if (value !== '')
            return value;
        return name in INPUT_DEFAULTS ? INPUT_DEFAULTS[name] : '';
    };
    const minWorkers = parseInteger(read, 'min-workers', 1);
    const maxWorkers = read('max-workers') === '' ? null : parseInteger(read, 'max-workers', 1);
    if (maxWorkers !== null && maxWorkers < minWorkers) {
        throw new shared_errors/* InputError */.dz('max-workers', String(maxWorkers), `a whole number no smaller than min-workers (${minWorkers})`);
    }
    const memoryPerWorker = read('memory-per-worker');
    const matrixKey = read('matrix-key');
    return {
        mode: parseChoice(read, 'mode', ['plan', 'report']),
        profile: parseProfileName(read('profile')),
        memoryPerWorkerBytes: memoryPerWorker.toLowerCase() === 'auto'
            ? null
            : parseSizeInput('memory-per-worker', memoryPerWorker, 1),
        fallbackMemoryPerWorkerBytes: parseSizeInput('fallback-memory-per-worker', read('fallback-memory-per-worker'), 1),
        plan: {
            memoryReserveBytes: read('memory-reserve') === 'auto'
                ? null
                : parseSizeInput('memory-reserve', read('memory-reserve'), 0, 'auto or '),
            memoryFraction: parseFraction(read, 'memory-fraction', { allowZero: false }),
            cpusPerWorker: parsePositiveNumber(read, 'cpus-per-worker'),
            minWorkers,
            maxWorkers,
            forcedWorkers: read('workers') === '' ? null : parseInteger(read, 'workers', 1),
        },
        exportEnv: parseBoolean(read, 'export-env'),
        summary: parseBoolean(read, 'summary'),
        githubToken: read('github-token'),
        sample: parseBoolean(read, 'sample'),
        sampleIntervalMs: parseDurationInput(read, 'sample-interval', MIN_SAMPLE_INTERVAL_MS),
        upload: parseBoolean(read, 'upload'),
        retentionDays: parseInteger(read, 'retention-days', 1, 90),
        history: parseBoolean(read, 'history'),
        historyRuns: parseInteger(read, 'history-runs', 1, 100),
        historyTimeoutMs: parseDurationInput(read, 'history-timeout', 1000),
        postTimeoutMs: parseDurationInput(read, 'post-timeout', 1000),
        baselineBranch: parseBranch(read('baseline-branch')),
        minSpeedupGain: parseFraction(read, 'min-speedup-gain', { allowZero: true }),
        elasticMemory: parseChoice(read, 'elastic-memory', ['auto', 'off']) === 'auto',
        driftThresholdFraction: parseFraction(read, 'drift-threshold', { allowZero: true }),
        driftMethod: parseChoice(read, 'drift-method', ['auto', 'robust', 'max']),
        comment: parseChoice(read, 'comment', ['on-drift', 'always', 'never']),
        failOnDrift: parseBoolean(read, 'fail-on-drift'),
        matrixKey: matrixKey === '' || matrixKey === 'null' ? null : matrixKey.slice(0, 4096),
        metricsFile: parseMetricsFile(read('metrics-file')),
        pushgatewayUrl: parsePushgatewayUrl(read('pushgateway-url')),
    };
}
/** Reads RESOURCE_PLANNER_WORKERS: a positive whole number, or null when unset/empty. */
function parseOverrideWorkers(value) {
    if (value === undefined || value.trim() === '')
        return null;
    const text = value.trim();
    if (!/^\d+$/.test(text) || Number(text) < 1) {
        throw new shared_errors/* InputError */.dz(OVERRIDE_VARIABLE, text, 'a whole number of workers, 1 or more');
    }
    return Number(text);
}
/** YAML 1.2 core booleans, as the runner documents them: true | True | TRUE | false | False | FALSE. */
function parseBooleanText(name, value) {
    if (TRUE_VALUES.has(value))
        return true;
    if (FALSE_VALUES.has(value))
        return false;
    throw new shared_errors/* InputError */.dz(name, value, 'true or false');
}
function parseBoolean(read, name) {
    return parseBooleanText(name, read(name));
}
function parseInteger(read, name, min, max = Number.MAX_SAFE_INTEGER) {
    const text = read(name);
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    if (!/^\d+$/.test(text))
        throw new shared_errors/* InputError */.dz(name, text, `a whole number ${range}`);
    const value = Number(text);
    if (value < min || value > max)
        throw new shared_errors/* InputError */.dz(name, text, `a whole number ${range}`);
    return value;
}
function parsePositiveNumber(read, name) {
    const text = read(name);
    const value = /^\d+(\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!(value > 0))
        throw new shared_errors/* InputError */.dz(name, text, 'a number greater than 0, such as 1 or 0.5');
    return value;
}
/** A fraction as `0.9`, `90%`; in (0, 1], or [0, 1] when zero is allowed. */
function parseFraction(read, name, options) {
    const text = read(name);
    const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
    const value = percent
        ? Number(percent[1]) / 100
        : /^\d+(\.\d+)?$|^\.\d+$/.test(text)
            ? Number(text)
            : Number.NaN;
    const low = options.allowZero ? value >= 0 : value > 0;
    if (!(low && value <= 1)) {
        const range = options.allowZero ? 'from 0 to 1' : 'greater than 0 and at most 1';
        throw new shared_errors/* InputError */.dz(name, text, `a fraction ${range}, such as 0.9 or 90%`);
    }
    return value;
}
function parseSizeInput(name, text, minBytes, alternatives = '') {
    const bytes = parseSize(text);
    if (bytes === null || bytes < minBytes)
        throw new shared_errors/* InputError */.dz(name, text, `${alternatives}${SIZE_FORMAT}`);
    if (minBytes > 0 && bytes < units_MiB) {
        throw new shared_errors/* InputError */.dz(name, text, `${SIZE_FORMAT}, at least 1M`);
    }
    return bytes;
}
function parseDurationInput(read, name, minMs) {
    const text = read(name);
    const ms = parseDurationMs(text);
    if (ms === null || ms < minMs)
        throw new shared_errors/* InputError */.dz(name, text, `${DURATION_FORMAT}, at least ${minMs} ms`);
    return ms;
}
function parseChoice(read, name, choices) {
    const text = read(name);
    if (!choices.includes(text))
        throw new shared_errors/* InputError */.dz(name, text, `one of ${choices.join(', ')}`);
    return text;
}
function parseProfileName(text) {
    if (!PROFILE_PATTERN.test(text)) {
        throw new shared_errors/* InputError */.dz('profile', text, 'a name of letters, digits, ".", "_" or "-", at most 64 characters');
    }
    return text;
}
function parseMetricsFile(text) {
    const hasControl = [...text].some((character) => character.charCodeAt(0) < 0x20);
    if (text.length > 4096 || hasControl)
        throw new shared_errors/* InputError */.dz('metrics-file', text, 'a file path, or empty for none');
    return text;
}
/** http(s) only, no credentials in the URL (they would reach the log), no query or fragment. */
function parsePushgatewayUrl(text) {
    if (text === '')
        return null;
    const format = 'an http:// or https:// URL such as http://pushgateway:9091, or empty for none';
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new shared_errors/* InputError */.dz('pushgateway-url', text, format);
    }
    // Credentials are refused without echoing them: the error reaches the log.
    if (url.username !== '' || url.password !== '')
        throw new shared_errors/* InputError */.dz('pushgateway-url', `${url.protocol}//***@${url.host}`, format);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') ||
        url.search !== '' ||
        url.hash !== '')
        throw new shared_errors/* InputError */.dz('pushgateway-url', text, format);
    return url;
}
function parseBranch(text) {
    // Git refuses these in branch names too; refusing them here keeps the value inert in API queries.
    const hasControl = [...text].some((character) => character.charCodeAt(0) < 0x20);
    if (text.length > 255 || hasControl || /[\s~^:?*[\\]/.test(text) || text.includes('..')) {
        throw new shared_errors/* InputError */.dz('baseline-branch', text, 'a branch name such as main, or empty for automatic');
    }
    return text;
}

;// CONCATENATED MODULE: ./src/estimate/choose.ts
/**
 * Which per-worker estimate a plan uses: the `memory-per-worker` input, one learned from history,
 * or the fallback. One function for the action and the CLI so that they cannot diverge.
 */


async function chooseEstimate(choice) {
    const fixed = choice.memoryPerWorkerBytes === null
        ? null
        : staticEstimate(choice.memoryPerWorkerBytes, 'input');
    const fallback = staticEstimate(choice.fallbackMemoryPerWorkerBytes, 'fallback');
    if ('unavailable' in choice.history) {
        const reason = choice.history.unavailable;
        return (fixed ??
            (reason === null
                ? fallback
                : staticEstimate(choice.fallbackMemoryPerWorkerBytes, 'fallback', [reason])));
    }
    try {
        const learned = await choice.history.learn(fallback);
        return fixed ?? learned;
    }
    catch (error) {
        if (choice.onLearnError === 'throw')
            throw error;
        choice.warn(`Could not learn from earlier runs, planning without history: ${(0,shared_errors/* errorMessage */.gJ)(error)}`);
        return fixed ?? fallback;
    }
}
/** The estimate used when nothing was learned: the input's figure or the fallback. */
function staticEstimate(perWorkerBytes, source, notes = []) {
    return {
        source,
        perWorkerBytes,
        memberPeakBytes: null,
        baseBytes: 0,
        confidence: 'none',
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
        notes: notes.length > 0
            ? notes
            : [
                source === 'input'
                    ? `memory-per-worker sets ${formatBytes(perWorkerBytes)} per worker.`
                    : `No history yet: assuming fallback-memory-per-worker, ${formatBytes(perWorkerBytes)} per worker.`,
            ],
    };
}

;// CONCATENATED MODULE: ./src/runner/cli-shim.ts
/**
 * The CLI on PATH for a job's later steps: a small launcher, `resource-planner`, in a folder
 * under RUNNER_TEMP, that runs the bundled CLI (dist/cli/index.js) with the Node that runs the
 * action, so a workflow needs no npm install. The main step adds the folder to PATH through the
 * runner's GITHUB_PATH file command.
 */



const CLI_COMMAND = 'resource-planner';
/**
 * The launcher sets this (unless the caller did) to the folder of earlier runs' profiles the
 * main step fetched, so `plan` and `exec` in later steps learn from the same history without
 * `--history` (src/cli/plan.ts).
 */
const HISTORY_DIR_VARIABLE = 'RESOURCE_PLANNER_HISTORY_DIR';
/** Single-quotes text for a POSIX shell: everything literal, `'` written as `'\''`. */
function shQuote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
/**
 * The launchers for `platform`: a POSIX sh script everywhere (Git Bash runs it on Windows
 * through its `#!` line), and on Windows a `.cmd` for cmd and PowerShell when both paths can be
 * written in one without quoting trouble (no `"`, `%` or line break; else cmd would read them).
 */
function shimFiles(options) {
    const { nodePath, cliScript, historyDir } = options;
    if (/[\r\n\0]/.test(nodePath + cliScript + historyDir))
        throw new Error('the path of Node, of the CLI or of the history holds a line break');
    // The caller's own setting wins; the value is single-quoted, so nothing in it is expanded.
    const history = historyDir === ''
        ? ''
        : `if [ -z "\${${HISTORY_DIR_VARIABLE}:-}" ]; then\n  ${HISTORY_DIR_VARIABLE}=${shQuote(historyDir)}\n  export ${HISTORY_DIR_VARIABLE}\nfi\n`;
    const files = [
        {
            name: CLI_COMMAND,
            content: `#!/bin/sh\n# Written by the resource-planner action: its CLI, run by the action's own Node.\n${history}exec ${shQuote(nodePath)} ${shQuote(cliScript)} "$@"\n`,
        },
    ];
    if (options.platform === 'win32' && !/["%]/.test(nodePath + cliScript + historyDir)) {
        const cmdHistory = historyDir === ''
            ? ''
            : `@if not defined ${HISTORY_DIR_VARIABLE} set "${HISTORY_DIR_VARIABLE}=${historyDir}"\r\n`;
        files.push({
            name: `${CLI_COMMAND}.cmd`,
            content: `@setlocal\r\n${cmdHistory}@"${nodePath}" "${cliScript}" %*\r\n`,
        });
    }
    return files;
}
/** Writes the launchers into `folder` (made if missing, one level), executable. */
function installCliShim(folder, options) {
    const files = shimFiles(options);
    ensureWritableDirectory(folder, 1);
    for (const file of files) {
        const path = join(folder, file.name);
        writeFileSync(path, file.content, { mode: 0o755 });
        // The mode of writeFileSync applies only to a new file: a launcher from an earlier step too.
        chmodSync(path, 0o755);
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/profile/build.ts


/** At most this many worker groups per phase are kept (largest first). */
const MAX_WORKER_GROUPS = 50;
/** Names and other strings are capped before they enter a profile. */
const MAX_NAME_LENGTH = 256;
/** PSI `some avg10` at or above this (percent) is reported as a pressure peak. */
const PRESSURE_PEAK_PERCENT = 10;
function capName(name) {
    return name.length > MAX_NAME_LENGTH ? name.slice(0, MAX_NAME_LENGTH) : name;
}
/**
 * Phase windows: each mark starts a phase that runs until the next mark or the end. Samples
 * before the first mark belong to the first phase; with no marks at all there is one phase,
 * `default`, over the whole recording.
 */
function phaseWindows(phases, startT, endT) {
    const marks = [...phases].sort((a, b) => a.t - b.t);
    if (marks.length === 0)
        return [{ name: 'default', start: startT, end: endT, workersRecommended: null }];
    return marks.map((mark, index) => ({
        name: capName(mark.name),
        start: index === 0 ? Math.min(startT, mark.t) : mark.t,
        end: Math.max(marks[index + 1]?.t ?? endT, mark.t),
        workersRecommended: mark.workersRecommended,
    }));
}
function phaseIndexAt(windows, t) {
    for (let index = windows.length - 1; index >= 0; index--) {
        if (t >= windows[index].start)
            return index;
    }
    return 0;
}
function newGroup(name, parentName) {
    return {
        name,
        parentName,
        members: new Map(),
        maxConcurrency: 0,
        peakTotal: 0,
        aliveAtPeak: 0,
        pairs: 0,
        rssSum: 0,
        rssSquares: 0,
        samplesWithMembers: 0,
        samplesByAlive: [],
    };
}
/** Adds `from` into `into`: pools of the same kind under different parents. */
function mergeGroup(into, from) {
    for (const [id, member] of from.members)
        into.members.set(id, member);
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
/** Sum of RSS in one sample. */
function treeRss(sample) {
    let sum = 0;
    for (const [, rss] of sample.p)
        sum += rss;
    return sum;
}
/** Worker groups of one phase: same executable name and same parent process. */
function summariseGroups(samples, procs) {
    const groups = new Map();
    for (const sample of samples) {
        const concurrent = new Map();
        for (const [id, rss] of sample.p) {
            const proc = procs.get(id);
            if (!proc)
                continue;
            const parent = proc.parent === null ? undefined : procs.get(proc.parent);
            // Same executable name and same parent process: one pool of workers.
            const key = `${proc.name}\u0000${proc.parent ?? 'none'}`;
            let group = groups.get(key);
            if (!group) {
                group = newGroup(proc.name, parent?.name ?? null);
                groups.set(key, group);
            }
            const member = group.members.get(id);
            if (member) {
                member.peak = Math.max(member.peak, rss);
                member.last = rss;
            }
            else
                group.members.set(id, { peak: rss, last: rss });
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
    // Pools of the same name under different parent processes of the same name (e.g. one jest
    // worker pool per test project) are merged: they are the same kind of worker.
    const merged = new Map();
    for (const group of groups.values()) {
        const key = `${group.name}\u0000${group.parentName ?? ''}`;
        const existing = merged.get(key);
        if (!existing)
            merged.set(key, group);
        else
            mergeGroup(existing, group);
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
            p50Bytes: Math.round(stats_quantileSorted(peaks, 0.5)),
            p90Bytes: Math.round(stats_quantileSorted(peaks, 0.9)),
            maxBytes: peaks[peaks.length - 1] ?? 0,
            meanBytes: Math.round(build_mean(peaks)),
        },
        meanEndRssBytes: Math.round(build_mean(ends)),
        peakTotalBytes: group.peakTotal,
        concurrency: {
            memberMeanBytes: Math.round(memberMean),
            memberSdBytes: Math.round(Math.sqrt(variance)),
            aliveAtPeak: group.aliveAtPeak,
            meanAlive: group.samplesWithMembers > 0
                ? Math.round((group.pairs / group.samplesWithMembers) * 100) / 100
                : 0,
            sustainedAlive: sustainedAlive(group.samplesByAlive),
        },
    };
}
/**
 * Share of the samples with members in which at least the sustained count was alive. 10%: a
 * helper or replacement worker alive for a sample or two does not count, while a pool that
 * ramps up and down (workers starting and finishing out of step) still counts at its full size.
 */
const SUSTAINED_SHARE = 0.1;
/** The largest count alive in at least SUSTAINED_SHARE of the samples (their 90th percentile). */
function sustainedAlive(samplesByAlive) {
    let total = 0;
    for (const samples of samplesByAlive)
        total += samples ?? 0;
    let atLeast = 0;
    for (let alive = samplesByAlive.length - 1; alive >= 1; alive--) {
        atLeast += samplesByAlive[alive] ?? 0;
        if (atLeast >= SUSTAINED_SHARE * total)
            return alive;
    }
    return 0;
}
function build_mean(values) {
    if (values.length === 0)
        return 0;
    let sum = 0;
    for (const value of values)
        sum += value;
    return sum / values.length;
}
function maxOrNull(values) {
    let max = null;
    for (const value of values)
        if (value !== null && (max === null || value > max))
            max = value;
    return max;
}
/**
 * Downsamples to at most `maxPoints` by taking the maximum in each bucket, so peaks survive.
 * Buckets never straddle phases: each point belongs to one phase.
 */
function downsample(samples, phaseOf, startT, maxPoints) {
    const timeline = {
        tMs: [],
        treeRssBytes: [],
        systemUsedBytes: [],
        cgroupUsageBytes: [],
        phase: [],
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
            if (taken > 0 && phaseOf(sample.t) !== phase)
                break;
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
    // Phase boundaries can add a point per phase beyond the budget: trim evenly if so.
    while (timeline.tMs.length > maxPoints) {
        const drop = Math.floor(timeline.tMs.length / 2);
        for (const column of Object.values(timeline))
            column.splice(drop, 1);
    }
    return timeline;
}
/** One phase's figures; pushes its OOM-kill and pressure-peak events. */
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
                    kind: 'oom-kill',
                    phase: window.name,
                    detail: null,
                    value: sample.oom - oom.previous,
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
            kind: 'pressure-peak',
            phase: window.name,
            detail: null,
            value: pressureMax,
        });
    }
    return {
        name: window.name,
        startMs: Math.max(0, Math.round(window.start - origin)),
        endMs: Math.max(0, Math.round(window.end - origin)),
        durationMs: Math.max(0, Math.round(window.end - window.start)),
        workersRecommended: window.workersRecommended,
        samples: inPhase.length,
        treeRss: {
            peakBytes: sorted[sorted.length - 1] ?? 0,
            p95Bytes: Math.round(stats_quantileSorted(sorted, 0.95)),
            meanBytes: Math.round(build_mean(trees)),
            endBytes: trees[trees.length - 1] ?? 0,
        },
        peakSystemUsedBytes: maxOrNull(inPhase.map((sample) => sample.sys)),
        peakCgroupUsageBytes: maxOrNull(inPhase.map((sample) => sample.cg)),
        oomKills,
        heapLimitKills: null,
        pressureMaxAvg10: pressureMax,
        workerGroups: summariseGroups(inPhase, procs),
    };
}
/**
 * Each phase's `heapLimitKills` (null when unwatched) and one `heap-limit` event per death, named
 * by the job process that had the PID at that time.
 */
function countHeapLimitDeaths(deaths, phases, procs, phaseOf, origin, events) {
    if (deaths === null)
        return;
    for (const phase of phases)
        phase.heapLimitKills = 0;
    for (const death of deaths) {
        const phase = phases[phaseOf(death.t)];
        if (!phase)
            continue;
        phase.heapLimitKills = (phase.heapLimitKills ?? 0) + 1;
        // PIDs are reused: the process that had it most recently before the death.
        let named;
        for (const proc of procs.values())
            if (proc.pid === death.pid && proc.t <= death.t && (!named || proc.t >= named.t))
                named = proc;
        events.push({
            tMs: death.t - origin,
            kind: 'heap-limit',
            phase: phase.name,
            detail: named ? capName(named.name) : null,
            value: null,
        });
    }
}
/** SIGKILLed processes and a sampler that died, as events. */
function exitEvents(input, procs, windows, phaseOf, origin, lastSampleT) {
    const events = [];
    for (const line of input.lines) {
        if (line.k === 'exit' && line.signal === 'SIGKILL') {
            const proc = procs.get(line.id);
            events.push({
                tMs: line.t - origin,
                kind: 'sigkill',
                phase: windows[phaseOf(line.t)]?.name ?? null,
                detail: proc ? capName(proc.name) : null,
                value: null,
            });
        }
    }
    if (input.samplerDied) {
        events.push({
            tMs: lastSampleT - origin,
            kind: 'sampler-died',
            phase: windows[phaseOf(lastSampleT)]?.name ?? null,
            detail: null,
            value: null,
        });
    }
    return events;
}
function buildProfile(input) {
    const samples = input.lines
        .filter((line) => line.k === 's')
        .sort((a, b) => a.t - b.t);
    const procs = new Map();
    for (const line of input.lines)
        if (line.k === 'proc')
            procs.set(line.id, line);
    const startLine = input.lines.find((line) => line.k === 'start');
    const firstMark = Math.min(...input.phases.map((mark) => mark.t));
    const startT = Math.min(startLine?.t ?? Number.POSITIVE_INFINITY, samples[0]?.t ?? Number.POSITIVE_INFINITY, firstMark);
    const origin = Number.isFinite(startT) ? startT : input.endT;
    const windows = phaseWindows(input.phases, origin, Math.max(input.endT, samples.at(-1)?.t ?? origin));
    const phaseOf = (t) => phaseIndexAt(windows, t);
    const events = [];
    const samplesByPhase = windows.map(() => []);
    for (const sample of samples)
        samplesByPhase[phaseOf(sample.t)]?.push(sample);
    const oom = { previous: null };
    const phaseProfiles = windows.map((window, index) => phaseProfileOf(window, samplesByPhase[index] ?? [], procs, origin, oom, events));
    countHeapLimitDeaths(input.heapLimitDeaths ?? null, phaseProfiles, procs, phaseOf, origin, events);
    events.push(...exitEvents(input, procs, windows, phaseOf, origin, samples.at(-1)?.t ?? origin));
    events.sort((a, b) => a.tMs - b.tMs);
    for (const event of events)
        event.tMs = Math.max(0, Math.round(event.tMs));
    return {
        kind: PROFILE_KIND,
        version: PROFILE_VERSION,
        tool: { name: 'resource-planner', version: input.toolVersion },
        host: input.host,
        run: { ...input.run, startedAt: startLine?.wall ?? input.run.startedAt },
        sampler: {
            intervalMs: input.intervalMs,
            source: input.source,
            samples: samples.length,
            died: input.samplerDied,
        },
        phases: phaseProfiles,
        timeline: downsample(samples, phaseOf, origin, TIMELINE_MAX_POINTS),
        events: events.slice(0, 1000),
    };
}

;// CONCATENATED MODULE: ./src/profile/identity.ts
function profileHost(capacity) {
    return {
        os: capacity.os,
        arch: capacity.arch,
        logicalCpus: capacity.logicalCpus,
        cpus: capacity.cpus,
        memoryTotalBytes: capacity.hostMemoryTotalBytes,
        memoryLimitBytes: capacity.memoryLimitBytes,
        cgroupMemoryLimitBytes: capacity.cgroup?.memoryLimitBytes ?? null,
        cgroupVersion: capacity.cgroup?.version ?? null,
    };
}
/** `matrixKey`: the matrix combination as canonical JSON, or null outside a matrix. */
function profileRun(context, matrixKey, startedAt, exitCode = null) {
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
    };
}

;// CONCATENATED MODULE: ./src/shared/record.ts
/** Untrusted JSON (event payloads, API responses) as a record to probe field by field. */
function record_asRecord(value) {
    return typeof value === 'object' && value !== null ? value : {};
}

;// CONCATENATED MODULE: ./src/runner/context.ts

function positiveInteger(value) {
    const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : null;
}
function context_text(value) {
    return typeof value === 'string' && value !== '' ? value : null;
}
/** `owner/repo/.github/workflows/ci.yml@refs/heads/main` → `ci.yml`. */
function workflowFileFromRef(workflowRef) {
    if (!workflowRef)
        return null;
    const path = workflowRef.split('@')[0] ?? '';
    const match = /\/\.github\/workflows\/([^/]+\.ya?ml)$/.exec(path);
    return match?.[1] ?? null;
}
function readRunContext(env, eventPayload) {
    const payload = record_asRecord(eventPayload);
    const pullRequest = record_asRecord(payload.pull_request);
    const repositoryPayload = record_asRecord(payload.repository);
    const [owner = null, repo = null] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const eventName = context_text(env.GITHUB_EVENT_NAME);
    const ref = context_text(env.GITHUB_REF);
    const headRef = context_text(env.GITHUB_HEAD_REF);
    const pushedBranch = ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
    return {
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        repository: context_text(env.GITHUB_REPOSITORY),
        owner: owner || null,
        repo: repo || null,
        repositoryId: positiveInteger(env.GITHUB_REPOSITORY_ID) ?? positiveInteger(repositoryPayload.id),
        workflow: context_text(env.GITHUB_WORKFLOW),
        workflowFile: workflowFileFromRef(env.GITHUB_WORKFLOW_REF),
        job: context_text(env.GITHUB_JOB),
        runId: positiveInteger(env.GITHUB_RUN_ID),
        runAttempt: positiveInteger(env.GITHUB_RUN_ATTEMPT),
        sha: context_text(env.GITHUB_SHA),
        ref,
        branch: headRef ?? pushedBranch,
        baseBranch: context_text(env.GITHUB_BASE_REF) ?? context_text(record_asRecord(pullRequest.base).ref),
        defaultBranch: context_text(repositoryPayload.default_branch),
        eventName,
        pullRequestNumber: positiveInteger(pullRequest.number),
        headRepositoryId: positiveInteger(record_asRecord(record_asRecord(pullRequest.head).repo).id) ??
            positiveInteger(env.GITHUB_REPOSITORY_ID),
        runnerTemp: context_text(env.RUNNER_TEMP),
        runnerOs: context_text(env.RUNNER_OS),
    };
}
/**
 * The branch whose runs form the history: the input, else the PR's base branch, else this run's
 * branch, else the repository's default branch.
 */
function baselineBranchFor(context, input) {
    return input || context.baseBranch || context.branch || context.defaultBranch;
}

;// CONCATENATED MODULE: ./src/runner/process.ts
/** Small process-level adapters shared by the entry points. */

/** Milliseconds of the system's monotonic clock (CLOCK_MONOTONIC on Linux, shared by all processes). */
function monotonicMs() {
    return Number(process.hrtime.bigint() / 1000000n);
}
/** The largest event payload read (GitHub's are far smaller). */
const MAX_EVENT_PAYLOAD_BYTES = (/* unused pure expression or super */ null && (8 * 1024 * 1024));
/**
 * The event payload, capped at 8 MiB while reading (a larger file is refused from its size, and
 * only a regular file is read: never a FIFO or a device); `{}` when there is none or it cannot be
 * read or parsed (the steps fail open: a broken payload only loses what it would have told them).
 *
 * The second parameter is accepted for the callers that still pass `readFileSync`, and ignored:
 * an unbounded reader cannot apply the cap while reading.
 */
function readEventPayload(path, _unboundedReader) {
    if (!path)
        return {};
    try {
        return JSON.parse(readBoundedText(path, MAX_EVENT_PAYLOAD_BYTES, { what: 'an event payload' }));
    }
    catch {
        return {};
    }
}

;// CONCATENATED MODULE: ./src/sampler/proc-reader.ts
/**
 * Reads every process's memory from Linux /proc with one read per process per tick.
 *
 * Cost (docs/measurements.md M3, ~280 processes): re-reading /proc/PID/stat through a file descriptor kept
 * open and read at offset 0 takes ~4 ms a tick, against ~10 ms for readFileSync and ~450 ms for a
 * `ps`-based listing. The descriptor is opened when a PID first appears and closed when it goes.
 * A process is identified by (pid, starttime), so a reused PID is a new process. A process that
 * execs keeps both, so its name is looked up again when its stat shows the exec (see `execed`).
 */


/** x86-64 and arm64 Linux use 4 KiB pages for RSS accounting in /proc/PID/stat. */
const DEFAULT_PAGE_SIZE_BYTES = 4096;
const STAT_BUFFER_BYTES = 1024;
/**
 * Parses /proc/PID/stat. The command name sits in parentheses and may itself contain spaces and
 * `)`, so the fields are counted from the LAST `)`: after it come state (field 3), ppid (4), ...,
 * starttime (22) and rss (24) (proc(5)).
 */
function parseStat(text) {
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    if (open < 0 || close < open)
        return null;
    const pid = Number(text.slice(0, open).trim());
    const fields = text.slice(close + 2).split(' ');
    // fields[0] is field 3 (state): field N is fields[N - 3].
    const ppid = Number(fields[1]);
    const startTime = Number(fields[19]);
    const rssPages = Number(fields[21]);
    if (![pid, ppid, startTime, rssPages].every(Number.isFinite))
        return null;
    const stat = { pid, comm: text.slice(open + 1, close), ppid, startTime, rssPages };
    const codeStart = Number(fields[23]);
    const codeEnd = Number(fields[24]);
    if (fields[24] !== undefined && fields[24] !== '' && Number.isFinite(codeStart + codeEnd)) {
        stat.codeStart = codeStart;
        stat.codeEnd = codeEnd;
    }
    return stat;
}
const CLOSE_PAREN = 0x29;
const SPACE = 0x20;
/**
 * The same fields as `parseStat`, read straight from the bytes without splitting the line into
 * ~50 strings: this runs for every process on every tick, so allocations matter.
 */
function parseStatBuffer(buffer, length, pid) {
    let close = length - 1;
    while (close >= 0 && buffer[close] !== CLOSE_PAREN)
        close--;
    const open = buffer.indexOf(0x28);
    if (close < 0 || open < 0 || open > close)
        return null;
    // Field 3 (state) starts two bytes after `)`; count fields from there.
    let field = 3;
    let value = 0;
    let ppid = -1;
    let startTime = -1;
    let rssPages = -1;
    let codeStart = -1;
    let codeEnd = -1;
    for (let index = close + 2; index <= length; index++) {
        const byte = index < length ? buffer[index] : SPACE;
        if (byte === SPACE || byte === 0x0a) {
            if (field === 4)
                ppid = value;
            else if (field === 22)
                startTime = value;
            else if (field === 24)
                rssPages = value;
            else if (field === 26)
                codeStart = value;
            else if (field === 27) {
                codeEnd = value;
                break;
            }
            if (byte === 0x0a)
                break;
            field++;
            value = 0;
        }
        else if (byte >= 0x30 && byte <= 0x39)
            value = value * 10 + (byte - 0x30);
    }
    if (ppid < 0 || startTime < 0 || rssPages < 0)
        return null;
    const comm = buffer.toString('latin1', open + 1, close);
    return codeEnd < 0
        ? { pid, comm, ppid, startTime, rssPages }
        : { pid, comm, ppid, startTime, rssPages, codeStart, codeEnd };
}
/**
 * Whether a process exec'd between two readings of its stat: comm changed (the new program's
 * name), or the program's text moved. The text range catches an exec that keeps comm (a shim
 * script named `python` exec'ing the real `python`, a wrapper `node` exec'ing node); it is only
 * compared while both readings have a memory map to show (0 and 1 are "none" and "hidden").
 */
function execed(before, after) {
    if (before.comm !== after.comm)
        return true;
    const shown = (value) => value !== undefined && value > 1;
    if (!shown(before.codeStart) || !shown(after.codeStart))
        return false;
    return before.codeStart !== after.codeStart || before.codeEnd !== after.codeEnd;
}
/** The executable's basename from an /proc/PID/exe link target (`/usr/bin/node (deleted)` → node). */
function nameFromExe(target) {
    return (0,external_node_path_.basename)(target.replace(/ \(deleted\)$/, ''));
}
/** The basename of argv[0] only: everything after the first NUL (the arguments) is dropped. */
function nameFromCmdline(cmdline) {
    const argv0 = cmdline.split('\0', 1)[0] ?? '';
    return (0,external_node_path_.basename)(argv0.split(' ', 1)[0] ?? '');
}
class ProcReader {
    procRoot;
    pageSize;
    tracked = new Map();
    buffer = Buffer.alloc(STAT_BUFFER_BYTES);
    /** PIDs listed in /proc by the last snapshot. */
    lastListed = new Set();
    constructor(options = {}) {
        this.procRoot = options.procRoot ?? '/proc';
        this.pageSize = options.pageSizeBytes ?? DEFAULT_PAGE_SIZE_BYTES;
    }
    /**
     * Every readable process now, except the PIDs in `skip` (listed but not read: the sampler
     * skips processes it already knows are outside the job, so a tick costs a read per job
     * process, not per process on the machine). Processes that vanish mid-read, or are not ours
     * (EACCES), are left out.
     */
    snapshot(skip) {
        const seen = new Set();
        const result = [];
        for (const entry of (0,external_node_fs_.readdirSync)(this.procRoot)) {
            const first = entry.charCodeAt(0);
            if (first < 48 || first > 57)
                continue;
            const pid = Number(entry);
            seen.add(pid);
            if (skip?.has(pid)) {
                this.forget(pid);
                continue;
            }
            const stat = this.readStat(pid);
            if (!stat)
                continue;
            const tracked = this.tracked.get(pid);
            if (!tracked)
                continue;
            // A new process, or one that exec'd (a forked shell becoming `node`): look the name up.
            if (tracked.name === null || tracked.startTime !== stat.startTime || execed(tracked, stat)) {
                tracked.name = this.nameOf(pid, stat.comm);
            }
            tracked.startTime = stat.startTime;
            tracked.comm = stat.comm;
            tracked.codeStart = stat.codeStart;
            tracked.codeEnd = stat.codeEnd;
            result.push({
                pid,
                ppid: stat.ppid,
                startTime: stat.startTime,
                rssBytes: stat.rssPages * this.pageSize,
                name: tracked.name,
            });
        }
        for (const pid of this.tracked.keys())
            if (!seen.has(pid))
                this.forget(pid);
        this.lastListed = seen;
        return result;
    }
    /** PIDs listed by the last snapshot, read or skipped. */
    listed() {
        return this.lastListed;
    }
    /** Closes every kept descriptor. */
    close() {
        for (const pid of [...this.tracked.keys()])
            this.forget(pid);
    }
    readStat(pid) {
        let tracked = this.tracked.get(pid);
        if (!tracked) {
            try {
                tracked = {
                    fd: (0,external_node_fs_.openSync)(`${this.procRoot}/${pid}/stat`, 'r'),
                    startTime: -1,
                    comm: '',
                    codeStart: undefined,
                    codeEnd: undefined,
                    name: null,
                };
            }
            catch {
                return null;
            }
            this.tracked.set(pid, tracked);
        }
        try {
            const bytes = (0,external_node_fs_.readSync)(tracked.fd, this.buffer, 0, STAT_BUFFER_BYTES, 0);
            return parseStatBuffer(this.buffer, bytes, pid);
        }
        catch {
            // ESRCH: the process exited after readdir; the descriptor is stale.
            this.forget(pid);
            return null;
        }
    }
    /**
     * The executable name, never the arguments: /proc/PID/exe, else argv[0] of /proc/PID/cmdline,
     * else comm. comm comes last because Node 24 renames its main thread `MainThread`.
     */
    nameOf(pid, comm) {
        try {
            const name = nameFromExe((0,external_node_fs_.readlinkSync)(`${this.procRoot}/${pid}/exe`));
            if (name)
                return name;
        }
        catch {
            // Another user's process (EACCES) or a kernel thread (ENOENT).
        }
        try {
            const name = nameFromCmdline((0,external_node_fs_.readFileSync)(`${this.procRoot}/${pid}/cmdline`, 'latin1'));
            if (name)
                return name;
        }
        catch {
            // Gone already.
        }
        return comm;
    }
    forget(pid) {
        const tracked = this.tracked.get(pid);
        if (!tracked)
            return;
        this.tracked.delete(pid);
        try {
            (0,external_node_fs_.closeSync)(tracked.fd);
        }
        catch {
            // Already closed.
        }
    }
}
/**
 * The job's processes: every descendant of `rootPid` (by ppid, transitively), excluding the
 * sampler and its own descendants. The root itself (the runner worker) is excluded too: its
 * memory is the runner's, not the job's.
 */
function jobProcesses(processes, rootPid, excludePid) {
    const children = new Map();
    for (const process of processes) {
        const siblings = children.get(process.ppid);
        if (siblings)
            siblings.push(process);
        else
            children.set(process.ppid, [process]);
    }
    const result = [];
    const stack = [rootPid];
    while (stack.length > 0) {
        const parent = stack.pop();
        for (const child of children.get(parent) ?? []) {
            if (child.pid === excludePid || child.pid === rootPid)
                continue;
            result.push(child);
            stack.push(child.pid);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/sampler/sampler.ts
/**
 * One sampling tick → lines of the samples file (see ./types.ts). The loop, the file and the
 * signals live in ./main.ts; this part is driven by tests directly.
 */




const MEMINFO_BUFFER_BYTES = 4096;
/** MemTotal − MemAvailable from /proc/meminfo text, in bytes; null when either is missing. */
function usedMemoryFromMeminfo(text) {
    const total = /^MemTotal:\s+(\d+) kB/m.exec(text)?.[1];
    const available = /^MemAvailable:\s+(\d+) kB/m.exec(text)?.[1];
    if (total === undefined || available === undefined)
        return null;
    return (Number(total) - Number(available)) * KiB;
}
function procSource(procRoot) {
    const reader = new ProcReader(procRoot === undefined ? {} : { procRoot });
    return {
        name: 'proc',
        snapshot: (skip) => reader.snapshot(skip),
        listed: () => reader.listed(),
        close: () => reader.close(),
    };
}
/** MemTotal − MemAvailable, re-read through a descriptor kept open (one read per tick). */
function meminfoReader(procRoot) {
    const buffer = Buffer.alloc(MEMINFO_BUFFER_BYTES);
    let fd = null;
    try {
        fd = (0,external_node_fs_.openSync)(`${procRoot}/meminfo`, 'r');
    }
    catch {
        fd = null;
    }
    return {
        usedBytes() {
            if (fd === null)
                return null;
            try {
                const bytes = (0,external_node_fs_.readSync)(fd, buffer, 0, MEMINFO_BUFFER_BYTES, 0);
                return usedMemoryFromMeminfo(buffer.toString('latin1', 0, bytes));
            }
            catch {
                return null;
            }
        },
        close() {
            if (fd !== null)
                (0,external_node_fs_.closeSync)(fd);
            fd = null;
        },
    };
}
/**
 * PIDs seen outside the job. A process never moves into the job's tree (a parent only changes by
 * reparenting to init or a subreaper), so they are not read again while their PID stays listed.
 * A PID reused within one interval would be missed; at 100 ms or more that is not a practical
 * risk. Outsiders no longer listed are forgotten; without a listing nothing is skipped.
 */
function nextOutsiders(outsiders, listed, all, inJob, rootPid) {
    const next = new Set();
    if (!listed)
        return next;
    for (const pid of outsiders)
        if (listed.has(pid))
            next.add(pid);
    for (const process of all)
        if (!inJob.has(process.pid) && process.pid !== rootPid)
            next.add(process.pid);
    return next;
}
/** The job's processes, parents before children (a child's `parent` id must exist first). */
function parentsFirst(job) {
    const byPid = new Map(job.map((process) => [process.pid, process]));
    const depth = (process) => {
        let level = 0;
        for (let parent = byPid.get(process.ppid); parent && level < 1000; parent = byPid.get(parent.ppid))
            level++;
        return level;
    };
    return [...job].sort((a, b) => depth(a) - depth(b));
}
function createSampler(options) {
    const reader = options.processSource ?? procSource(options.procRoot);
    const meminfo = meminfoReader(options.procRoot ?? '/proc');
    /** Job processes by "pid:starttime" → the id written in the samples file. */
    const ids = new Map();
    let nextId = 1;
    let alive = new Set();
    let outsiders = new Set();
    options.write({
        k: 'start',
        v: 1,
        t: options.clock(),
        wall: (options.now?.() ?? new Date()).toISOString(),
        intervalMs: options.intervalMs,
        source: reader.name,
        rootPid: options.rootPid,
        samplerPid: options.samplerPid,
    });
    /** The `proc` line last written for each id: written again when the process execs. */
    const written = new Map();
    /**
     * The process's id, writing its `proc` line the first time it is seen and again, with the same
     * id, when its name changes (it exec'd: `sh -c 'exec node …'` is a node worker, not `sh`).
     */
    const idOf = (process, byPid, t) => {
        const key = `${process.pid}:${process.startTime}`;
        let id = ids.get(key);
        if (id === undefined) {
            id = nextId++;
            ids.set(key, id);
            const parent = byPid.get(process.ppid);
            const parentId = parent ? (ids.get(`${parent.pid}:${parent.startTime}`) ?? null) : null;
            const line = {
                k: 'proc',
                id,
                pid: process.pid,
                parent: parentId,
                name: process.name,
                t,
            };
            written.set(id, line);
            options.write(line);
        }
        else {
            const last = written.get(id);
            if (last && last.name !== process.name) {
                const renamed = { ...last, name: process.name, t };
                written.set(id, renamed);
                options.write(renamed);
            }
        }
        return id;
    };
    return {
        tick() {
            const t = options.clock();
            const all = reader.snapshot(outsiders);
            const rootAlive = all.some((process) => process.pid === options.rootPid);
            const job = jobProcesses(all, options.rootPid, options.samplerPid);
            const inJob = new Set(job.map((process) => process.pid));
            outsiders = nextOutsiders(outsiders, reader.listed?.(), all, inJob, options.rootPid);
            const byPid = new Map(job.map((process) => [process.pid, process]));
            const sample = [];
            const nowAlive = new Set();
            for (const process of parentsFirst(job)) {
                const id = idOf(process, byPid, t);
                nowAlive.add(id);
                sample.push([id, process.rssBytes]);
            }
            for (const id of alive)
                if (!nowAlive.has(id)) {
                    options.write({ k: 'exit', id, t, signal: null });
                    written.delete(id);
                }
            alive = nowAlive;
            const cgroup = options.cgroup?.memoryCgroupDir ? readCgroupMemoryNow(options.cgroup) : null;
            options.write({
                k: 's',
                t,
                sys: meminfo.usedBytes(),
                cg: cgroup?.usageBytes ?? null,
                oom: cgroup?.oomKills ?? null,
                psi: cgroup?.pressureSomeAvg10 ?? null,
                p: sample,
            });
            return rootAlive;
        },
        close(reason) {
            options.write({ k: 'stop', t: options.clock(), reason });
            reader.close();
            meminfo.close();
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/record.ts
/**
 * Recording a command's memory in the CLI, shared by `run` and `exec`: an in-process sampler
 * whose job is the CLI's descendants, one phase per command run, and the run profile at the end.
 * A command that cannot start is told as a shell tells it; Ctrl-C, SIGTERM and SIGHUP reach the
 * command and the recording is still kept.
 */
















/** Missing folders of --out created at most (a bounded mkdir: /proc and the like end at once). */
const MAX_OUT_PARENTS = 8;
/** Signals passed on to the command while it runs; the recording is kept and reported after. */
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Exit statuses of a command that could not start, as a POSIX shell gives them. */
const NOT_FOUND_EXIT = 127;
const CANNOT_EXECUTE_EXIT = 126;
/** A folder for --out that cannot be had is said before the command runs, not after. */
function checkOutFolder(out) {
    if (out)
        files_ensureWritableDirectory((0,external_node_path_.dirname)(out), MAX_OUT_PARENTS);
}
/** Declares how the report is printed: the terminal report by default, or Markdown. */
function addReportOptions(command) {
    return command
        .option('--markdown', 'print the Markdown report (as the job summary) instead of the terminal one')
        .option('--summary <FILE>', 'also write the Markdown report to FILE');
}
/** A folder for --summary, like --out's, is checked before the command runs. */
function checkSummaryFolder(flags) {
    if (flags.summary)
        files_ensureWritableDirectory((0,external_node_path_.dirname)(flags.summary), MAX_OUT_PARENTS);
}
/**
 * The report once the command has ended: the terminal report on stdout (coloured when the
 * terminal is), or with `--markdown` the Markdown of the job summary; `--summary FILE` writes
 * that Markdown to FILE as well.
 */
function printReport(profile, io, flags, options) {
    const markdown = flags.markdown || flags.summary ? renderPostRunSummary(profile, options) : '';
    if (flags.summary)
        (0,external_node_fs_.writeFileSync)(flags.summary, markdown);
    io.stdout(flags.markdown
        ? markdown
        : renderTerminalReport(profile, {
            ...options,
            colour: io.colour === true,
            width: io.columns ?? TERMINAL_WIDTH,
        }));
}
/** Width of the terminal report when stdout is no terminal (a log, a file, a test). */
const TERMINAL_WIDTH = 100;
function writeProfile(out, profile) {
    if (out)
        (0,external_node_fs_.writeFileSync)(out, serializeProfile(profile));
}
function startRecording(options) {
    const { capacity, intervalMs, io, heapWatch } = options;
    const heapLimitDeaths = [];
    const lines = [];
    // The CLI is the root: its descendants (the command's tree) are the job. It samples in-process.
    const sampler = createSampler({
        rootPid: process.pid,
        samplerPid: -1,
        intervalMs,
        cgroup: capacity.cgroup,
        clock: monotonicMs,
        write: (line) => lines.push(line),
    });
    const started = new Date().toISOString();
    const phases = [];
    return {
        async run(argv, { phase, workers, sampleAfterExit = false, nodeHeapMb = null }) {
            phases.push({ name: phase, t: monotonicMs(), workersRecommended: workers });
            const from = lines.length;
            const file = argv[0];
            const child = (0,external_node_child_process_.spawn)(file, argv.slice(1), {
                stdio: 'inherit',
                // The CLI's own environment, as the command had it before the watch and the cap.
                env: commandEnv(process.env, heapWatch, nodeHeapMb),
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
                    heapLimitDeaths: 0,
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
            if (sampleAfterExit)
                sampler.tick();
            const endT = monotonicMs();
            // Found after the command, timed at its end: the deaths fall in this command's phase.
            const heapPids = heapWatch?.collect() ?? [];
            for (const pid of heapPids)
                heapLimitDeaths.push({ pid, t: endT });
            const root = lines.slice(from).find((line) => line.k === 'proc' && line.pid === child.pid);
            if (signal && root && root.k === 'proc')
                lines.push({ k: 'exit', id: root.id, t: endT, signal });
            return {
                exitCode: code,
                signal,
                exitStatus: signal ? 128 + (external_node_os_namespaceObject.constants.signals[signal] ?? 0) : (code ?? 1),
                notStarted: false,
                samples: lines.slice(from).filter((line) => line.k === 's'),
                heapLimitDeaths: heapPids.length,
            };
        },
        finish(exitStatus) {
            const endT = monotonicMs();
            sampler.close('command-exited');
            heapWatch?.close();
            const run = profileRun(readRunContext(io.env, {}), null, started, exitStatus);
            return buildProfile({
                lines,
                phases,
                endT,
                host: profileHost(capacity),
                // No workflow run names the job: the name given (or the command's) does.
                run: options.jobName === null ? run : { ...run, job: options.jobName },
                toolVersion: TOOL_VERSION,
                samplerDied: false,
                intervalMs,
                source: 'proc',
                heapLimitDeaths: heapWatch ? heapLimitDeaths : null,
            });
        },
        abandon() {
            sampler.close('command-exited');
            heapWatch?.close();
        },
    };
}
/**
 * The command's environment: the CLI's own, with the heap watch's preload and a heap cap added to
 * NODE_OPTIONS after what it holds (V8 takes the last of a repeated flag, so the cap wins over
 * one set there).
 */
function commandEnv(env, heapWatch, nodeHeapMb) {
    const nodeOptions = [
        env.NODE_OPTIONS,
        heapWatch?.nodeOption,
        nodeHeapMb === null ? undefined : `--max-old-space-size=${nodeHeapMb}`,
    ]
        .filter(Boolean)
        .join(' ');
    return {
        ...env,
        ...heapWatch?.variables,
        ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    };
}
/** The status line is redrawn at most this often (ms): often enough to look live. */
const STATUS_EVERY_MS = 500;
/**
 * The one-line status on a terminal's stderr while the command runs (`io.status`, absent off a
 * TTY): elapsed time, the memory of the command's processes in the last sample, and the peak so
 * far, from the samples the recording takes anyway.
 */
function liveStatus(io, lines, from) {
    const status = io.status;
    if (!status)
        return { update() { }, clear() { } };
    const startedMs = monotonicMs();
    let seen = from;
    let peakBytes = 0;
    let nowBytes = 0;
    let drawnMs = -Infinity;
    return {
        update() {
            for (; seen < lines.length; seen++) {
                const line = lines[seen];
                if (line.k !== 's')
                    continue;
                nowBytes = line.p.reduce((sum, [, rss]) => sum + rss, 0);
                peakBytes = Math.max(peakBytes, nowBytes);
            }
            const now = monotonicMs();
            if (now - drawnMs < STATUS_EVERY_MS)
                return;
            drawnMs = now;
            status(statusLine(now - startedMs, nowBytes, peakBytes));
        },
        clear: () => status(''),
    };
}
/** `resource-planner: 1 min 5 s · memory 1.2 GiB · peak 1.9 GiB` */
function statusLine(elapsedMs, nowBytes, peakBytes) {
    const seconds = Math.floor(elapsedMs / 1000);
    const elapsed = seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
    return `resource-planner: ${elapsed} · memory ${formatBytes(nowBytes)} · peak ${formatBytes(peakBytes)}`;
}
/** Resolves once the child runs (undefined) or could not be started (the error). */
function startOf(child) {
    return new Promise((resolve) => {
        child.once('spawn', () => {
            // Later errors are failed kills of a child that is already gone: its exit tells the rest.
            child.on('error', () => { });
            resolve(undefined);
        });
        child.once('error', (error) => resolve(error));
    });
}
/**
 * A command that could not start, as a shell says it: one line, and the exit status 127 when it
 * was not found, 126 when it could not be executed.
 */
function notStarted(file, error, io) {
    const notFound = error.code === 'ENOENT';
    const why = notFound ? 'command not found' : `cannot be started (${error.code ?? error.message})`;
    io.stderr(`resource-planner: ${(0,inert_text/* quoteUntrusted */.X0)(file, 200)}: ${why}\n`);
    return notFound ? NOT_FOUND_EXIT : CANNOT_EXECUTE_EXIT;
}
/**
 * Waits for the child to exit. Meanwhile SIGINT, SIGTERM and SIGHUP do not end the CLI: they are
 * passed on to the child (a signal sent to the CLI alone reaches the command, as npm's run-script
 * does), and the CLI reports once the child has exited.
 */
function waitForExit(child, io) {
    const forward = (signal) => {
        io.stderr(`resource-planner: ${signal} passed on to the command; the report follows when it ends.\n`);
        child.kill(signal);
    };
    for (const signal of FORWARDED_SIGNALS)
        process.on(signal, forward);
    return new Promise((resolve) => {
        child.once('exit', (code, signal) => {
            for (const name of FORWARDED_SIGNALS)
                process.off(name, forward);
            resolve({ code, signal });
        });
    });
}

;// CONCATENATED MODULE: ./src/cli/options.ts
/**
 * Options and arguments of the CLI commands that run a command (`run`, `exec`) and of those that
 * read recordings by job name (`plan`): their parsers and declarations, shared.
 */




/** The shortest sampling period: one /proc walk of a large tree takes a few ms (bench part 2). */
const MIN_INTERVAL_MS = 50;
/** `250ms`, `1s`, ... → ms, at least MIN_INTERVAL_MS. */
function parseIntervalMs(text) {
    const ms = parseDurationMs(text.trim());
    if (ms === null || ms < MIN_INTERVAL_MS)
        throw new esm/* InvalidArgumentError */.Di(`Expected a duration of at least ${MIN_INTERVAL_MS}ms, such as 250ms, 1s or 1m (a bare number is ms).`);
    return ms;
}
/** Longest job name a profile holds (its schema's limit for names). */
const MAX_JOB_NAME_LENGTH = 256;
/** `--name NAME`: the job's name in a recording, 1 to 256 characters. */
function parseJobName(text) {
    if (text === '' || text.length > MAX_JOB_NAME_LENGTH)
        throw new esm/* InvalidArgumentError */.Di(`Expected a name of 1 to ${MAX_JOB_NAME_LENGTH} characters.`);
    return text;
}
/**
 * Declares `-- CMD [ARGS...]`, read back as `command.processedArgs[0]` (the words of CMD). From
 * CMD on, every word is CMD's, `--help` included, with or without the `--`.
 */
function addCommandArgument(command) {
    return command
        .usage('[options] -- CMD [ARGS...]')
        .argument('<CMD...>', 'the command and its arguments (after --)')
        .passThroughOptions();
}
/** `--name`'s default: the command's first word (its file name), as the profile's job. */
function defaultJobName(argv) {
    const file = argv[0] ?? '';
    return (0,external_node_path_.basename)(file).slice(0, MAX_JOB_NAME_LENGTH) || file.slice(0, MAX_JOB_NAME_LENGTH);
}
/**
 * Declares what every command that records takes: `--out FILE`, `--interval DURATION`, and the
 * report's `--markdown` and `--summary FILE`.
 */
function addRecordingOptions(command) {
    command
        .option('--out <FILE>', 'write the run profile (JSON) to FILE')
        .addOption(new esm/* Option */.c$('--interval <DURATION>', `sampling period, at least ${MIN_INTERVAL_MS}ms`)
        .argParser(parseIntervalMs)
        .default(250, '250ms'))
        .option('--no-heap-reports', "do not ask the command's Node processes (via NODE_OPTIONS) for a report when they stop at the V8 heap limit");
    return addReportOptions(command);
}

;// CONCATENATED MODULE: ./src/cli/plan.ts








/**
 * Flags of `plan` that map one-to-one onto action inputs, with their help. Their values are
 * checked by `parseInputs`, the action's own parser, so an error names the input and its format.
 */
const PLAN_INPUT_FLAGS = [
    ['profile', 'NAME', 'phase to plan for (default: default)'],
    ['memory-per-worker', 'SIZE', 'auto (learn from --history; default) or a size: 512M, 1.5G'],
    ['fallback-memory-per-worker', 'SIZE', 'assumed without history (default: 768M)'],
    ['min-workers', 'N', 'lowest count to recommend (default: 1)'],
    ['max-workers', 'N', 'highest count to recommend (default: none)'],
    ['workers', 'N', 'force the count (warns if more than the memory or CPUs fit)'],
    ['cpus-per-worker', 'N', 'CPUs each worker should get (default: 1)'],
    ['memory-reserve', 'auto|SIZE', 'kept back for the OS and the runner (default: auto)'],
    ['memory-fraction', 'F', 'share of the rest that workers may use (default: 0.9)'],
    ['min-speedup-gain', 'F', 'least gain an extra worker must bring (default: 5%)'],
    ['elastic-memory', 'auto|off', 'Node/JVM workers need less with less memory (default: auto)'],
];
/** Sizes and the override, for the help of every command that takes the plan's flags. */
const PLAN_HELP_NOTE = `
Sizes: K/M/G/T are powers of 1024 (MB means MiB); fractions: 0.9 or 90%.
${OVERRIDE_VARIABLE}=N overrides the recommended count.`;
/**
 * Declares the flags that set the plan (--profile, --memory-per-worker, ..., --workers). Shared
 * by every command that plans: `planInputsFrom` reads them back as the action's inputs.
 */
function addPlanOptions(command) {
    for (const [flag, value, description] of PLAN_INPUT_FLAGS)
        command.option(`--${flag} <${value}>`, description);
    return command.addHelpText('after', PLAN_HELP_NOTE);
}
/**
 * The plan's flags as the action's inputs (validated; an error names the input). Only these
 * flags: a command's `--history DIR` is a folder, not the action's `history` switch.
 */
function planInputsFrom(command) {
    const inputFlags = new Set(PLAN_INPUT_FLAGS.map(([flag]) => `--${flag}`));
    const given = new Map(command.options
        .filter((option) => inputFlags.has(option.long ?? ''))
        .map((option) => [
        (option.long ?? '').slice(2),
        command.getOptionValue(option.attributeName()),
    ]));
    return parseInputs((name) => {
        const value = given.get(name);
        return typeof value === 'string' ? value : '';
    });
}
/** `resource-planner plan`, with its adapters. */
function planCommand(deps) {
    return {
        name: 'plan',
        declare(command) {
            command
                .summary('recommend a worker count for this machine')
                .description('Recommend a worker count for this machine: probe its memory and CPUs (cgroup limits\n' +
                "included) and, with --history, learn each worker's memory from earlier run profiles.")
                .option('--json', 'print the capacity and the whole plan as JSON');
            addHistoryOptions(command);
            addPlanOptions(command).option('--root <DIR>', 'read /proc and /sys under DIR (testing)');
        },
        run: (command, io) => plan(command, io, deps),
    };
}
async function plan(command, io, deps) {
    const { inputs, capacity, plan } = await planFromCommand(command, io, deps);
    // Warnings go to stderr, where they are seen even when stdout is piped (--json into jq).
    for (const warning of [...capacity.warnings, ...plan.warnings])
        io.stderr(`warning: ${warning}\n`);
    io.stdout(command.opts().json
        ? `${JSON.stringify({ capacity, plan }, null, 2)}\n`
        : formatPlanText(inputs.profile, capacity, plan));
    return 0;
}
/**
 * The plan from a command that declared the plan's flags (`addPlanOptions`, `--history`, `--name`,
 * `--root`): the inputs they set, the machine as probed, history from `--history DIR`, and
 * RESOURCE_PLANNER_WORKERS from the environment. `plan` prints it; `exec` runs it.
 */
async function planFromCommand(command, io, deps) {
    const flags = command.opts();
    const inputs = planInputsFrom(command);
    const overrideWorkers = parseOverrideWorkers(io.env[OVERRIDE_VARIABLE]);
    const capacity = await deps.probe(flags.root === undefined ? {} : { root: flags.root });
    // After the action's step, its launcher names the history it fetched: used when --history is
    // not given, and a folder that is not there (no earlier runs) means no history, not an error.
    const fromAction = flags.history === undefined ? io.env[HISTORY_DIR_VARIABLE] || null : null;
    const directory = flags.history ?? fromAction;
    const name = flags.name ?? null;
    const estimate = await chooseEstimate({
        memoryPerWorkerBytes: inputs.memoryPerWorkerBytes,
        fallbackMemoryPerWorkerBytes: inputs.fallbackMemoryPerWorkerBytes,
        // The CLI reads history only when asked, and not with a fixed memory-per-worker (no drift here).
        history: directory === null || inputs.memoryPerWorkerBytes !== null
            ? { unavailable: null }
            : {
                // A folder that cannot be read is named as given: `--history DIR: no such folder`.
                learn: (fallback) => deps
                    .learnFromDirectory({ directory, name, inputs, capacity, fallback })
                    .catch((error) => {
                    if (fromAction === null)
                        throw namedByOption(error, '--history', directory);
                    return {
                        ...fallback,
                        notes: [
                            `No history from the action's step (${HISTORY_DIR_VARIABLE}: ${(0,shared_errors/* errorMessage */.gJ)(error)}).`,
                            ...fallback.notes,
                        ],
                    };
                }),
            },
        onLearnError: 'throw',
        warn: (message) => io.stderr(`warning: ${message}\n`),
    });
    const plan = planWorkers({ capacity, settings: { ...inputs.plan, overrideWorkers }, estimate });
    return { inputs, capacity, plan };
}
/**
 * Declares what a command that plans reads besides the plan's flags: `--history DIR`,
 * `--name NAME` and `--root DIR` (`plan` and `exec`).
 */
function addHistoryOptions(command) {
    return command
        .option('--history <DIR>', "learn from the run profiles in DIR (from 'gh run download')")
        .option('--name <NAME>', "with --history: only recordings of this job ('run --name')", parseJobName);
}
/** The human-readable plan. */
function formatPlanText(profile, capacity, plan) {
    const cgroup = capacity.cgroup;
    const lines = [
        `resource-planner plan (profile: ${profile})`,
        ``,
        `Machine   ${capacity.os}/${capacity.arch}, ${capacity.logicalCpus} logical CPU(s)${capacity.physicalCpus ? ` (${capacity.physicalCpus} physical)` : ''}, ${formatBytes(capacity.hostMemoryTotalBytes)} RAM`,
        `Container ${cgroup ? `cgroup v${cgroup.version}: memory ${cgroup.memoryLimitBytes === null ? 'no limit' : formatBytes(cgroup.memoryLimitBytes)}, CPU quota ${cgroup.cpuQuota === null ? 'none' : cgroup.cpuQuota}` : 'no cgroup limits found'}`,
        `Memory    limit ${formatBytes(plan.memoryLimitBytes)} (${capacity.memoryBinding}), available ${formatBytes(plan.memoryAvailableBytes)}`,
        `Budget    (${formatBytes(plan.memoryAvailableBytes)} − ${formatBytes(plan.memoryReserveBytes)} reserve, ${plan.reserveSource}) × ${plan.memoryFraction} = ${formatBytes(plan.memoryBudgetBytes)}`,
        `Worker    ${formatBytes(plan.perWorkerBytes)} each (${plan.estimate.source}, confidence ${plan.estimate.confidence}${plan.estimate.historyRuns ? `, ${plan.estimate.historyRuns} run(s)` : ''})${plan.baseBytes ? ` + base ${formatBytes(plan.baseBytes)}` : ''}`,
        `CPUs      ${plan.cpus} (${capacity.cpuBinding}) ÷ ${plan.cpusPerWorker} per worker = ${plan.cpuBound}`,
        ``,
        `Model     ${plan.memoryModel.kind}: ${plan.memoryModel.why}`,
        ...(plan.ladderLine === null ? [] : [`Ladder    ${plan.ladderLine}`]),
        `Peak      predicted ${formatBytes(plan.predictedPeakBytes)} at ${plan.workers} worker(s), of ${formatBytes(plan.memoryLimitBytes)}`,
        ``,
        `Workers   ${plan.workers}  (limited by ${plan.limitedBy})`,
        `          ${plan.reason}`,
        `Node heap --max-old-space-size=${plan.nodeHeapMb} per worker`,
    ];
    if (plan.predictedDurationMs !== null)
        lines.push(`Predicted ${formatDuration(plan.predictedDurationMs)}`);
    for (const note of plan.estimate.notes)
        lines.push(`note: ${note}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/exec.ts
/**
 * `resource-planner exec [plan options] -- CMD ARGS...`: plan as `plan` does, run the command at
 * the planned count (`{workers}`, `{node-heap-mb}` filled in), record it as `run` does, and when
 * its processes are OOM-killed run it again at a count that is safe, so the build survives and
 * the next plan learns from both attempts (one phase each in the profile).
 */







/** Events a run profile holds at most (docs/profile-format.md). */
const MAX_EVENTS = 1000;
/** Runs again after an OOM kill by default: once. */
const DEFAULT_OOM_RETRIES = 1;
/** More runs than this after OOM kills would only halve a count that cannot fit. */
const MAX_OOM_RETRIES = 10;
/** `--retry-on-oom N`: 0 to MAX_OOM_RETRIES. */
function parseRetries(text) {
    if (!/^\d{1,2}$/.test(text.trim()) || Number(text) > MAX_OOM_RETRIES)
        throw new esm/* InvalidArgumentError */.Di(`Expected a whole number from 0 to ${MAX_OOM_RETRIES}.`);
    return Number(text);
}
/** `resource-planner exec [plan options] [--out FILE] [--retry-on-oom N | --no-retry] -- CMD...` */
function execCommand(deps) {
    return {
        name: 'exec',
        declare(command) {
            command
                .summary('plan, run a command at the planned count, and rerun it after an OOM kill')
                .description('Plan as `plan` does, run CMD with {workers} and {node-heap-mb} in its arguments replaced\n' +
                'by the plan (never through a shell), record its memory as `run` does and print the\n' +
                'report. When its processes are OOM-killed, run it again at the largest count proven\n' +
                'safe below (or half). Exits with the status of the last attempt.');
            addHistoryOptions(command);
            addPlanOptions(command).option('--root <DIR>', 'read /proc and /sys under DIR (testing)');
            addRecordingOptions(command)
                .addOption(new esm/* Option */.c$('--retry-on-oom <N>', `runs allowed after an OOM kill, 0 to ${MAX_OOM_RETRIES}`)
                .argParser(parseRetries)
                .default(DEFAULT_OOM_RETRIES, String(DEFAULT_OOM_RETRIES)))
                .option('--no-retry', 'never run it again after an OOM kill (as --retry-on-oom 0)')
                .option('--cap-node-heap', "give the command's Node processes the plan's heap cap (NODE_OPTIONS=--max-old-space-size={node-heap-mb}), recomputed for each attempt");
            addCommandArgument(command);
        },
        run: (command, io) => exec(command, io, deps),
    };
}
async function exec(command, io, deps) {
    const flags = command.opts();
    const [argv] = command.processedArgs;
    const options = {
        command: argv,
        out: flags.out,
        intervalMs: flags.interval,
        oomRetries: flags.retry ? flags.retryOnOom : 0,
    };
    // An unknown {placeholder} is refused before anything is planned or run.
    const takesCount = substitutePlaceholders(options.command, { workers: 1, nodeHeapMb: 1 }).join('\0') !==
        substitutePlaceholders(options.command, { workers: 2, nodeHeapMb: 2 }).join('\0');
    const { inputs, capacity, plan } = await planFromCommand(command, io, deps);
    checkOutFolder(options.out);
    checkSummaryFolder(flags);
    const say = (line) => io.stderr(`resource-planner exec: ${line}\n`);
    for (const warning of [...capacity.warnings, ...plan.warnings])
        say(`warning: ${warning}`);
    say(`${plan.workers} worker(s), limited by ${plan.limitedBy}. ${plan.reason}`);
    const recording = startRecording({
        capacity,
        intervalMs: options.intervalMs,
        io,
        jobName: flags.name ?? defaultJobName(argv),
        heapWatch: flags.heapReports ? startHeapWatch() : null,
    });
    const attempts = [];
    const notes = [];
    let next = {
        workers: plan.workers,
        nodeHeapMb: plan.nodeHeapMb,
    };
    while (next !== null) {
        const { workers, nodeHeapMb } = next;
        const number = attempts.length + 1;
        if (number > 1)
            say(`attempt ${number}: ${workers} worker(s), Node heap ${nodeHeapMb} MiB.`);
        const end = await recording.run(substitutePlaceholders(options.command, { workers, nodeHeapMb }), {
            phase: inputs.profile,
            workers,
            sampleAfterExit: true,
            nodeHeapMb: flags.capNodeHeap ? nodeHeapMb : null,
        });
        if (end.notStarted) {
            recording.abandon();
            return end.exitStatus;
        }
        const verdict = verdictOf(end, capacity);
        attempts.push({ workers, nodeHeapMb, end, verdict });
        next = null;
        if (!verdict.outOfMemory)
            continue;
        const killed = `attempt ${number} at ${workers} worker(s) ${verdict.evidence === 'heap-limit' ? 'ran out of heap' : 'was OOM-killed'} (${verdict.why})`;
        const retry = retryWorkers(workers, plan.ladder);
        if (attempts.length > options.oomRetries) {
            notes.push(`${killed}; ${options.oomRetries === 0 ? 'retries are off' : `no retry left (--retry-on-oom ${options.oomRetries})`}.`);
        }
        else if (retry === null) {
            notes.push(`${killed}; there is no smaller count to run it again at.`);
        }
        else {
            notes.push(`${killed}; running it again at ${retry.workers}: ${retry.why}${takesCount || flags.capNodeHeap ? '' : ' (the command takes no {workers} or {node-heap-mb}: it runs as it did)'}.`);
            next = {
                workers: retry.workers,
                nodeHeapMb: nodeHeapFor(plan.memoryBudgetBytes, plan.baseBytes, retry.workers),
            };
        }
        say(notes.at(-1));
    }
    const last = attempts.at(-1);
    if (attempts.length > 1)
        notes.push(`The last attempt, at ${last.workers} worker(s), exited with status ${last.end.exitStatus}${last.verdict.outOfMemory ? (last.verdict.evidence === 'heap-limit' ? ' (out of heap)' : ' (OOM-killed)') : ''}; the profile holds every attempt as a phase.`);
    const profile = markOomKills(recording.finish(last.end.exitStatus), attempts);
    writeProfile(options.out, profile);
    printReport(profile, io, flags, { budget: inputs.plan, notes });
    return last.end.exitStatus;
}
/** Whether an attempt was OOM-killed, from the samples taken while it ran and how it ended. */
function verdictOf(end, capacity) {
    return oomVerdict({
        samples: end.samples.map((sample) => ({
            oomKillCounter: sample.oom,
            cgroupUsageBytes: sample.cg,
            systemUsedBytes: sample.sys,
            treeRssBytes: sample.p.reduce((sum, [, rss]) => sum + rss, 0),
        })),
        exitCode: end.exitCode,
        signal: end.signal,
        memoryLimitBytes: capacity.memoryLimitBytes,
        cgroupBound: capacity.memoryBinding === 'cgroup',
        heapLimitDeaths: end.heapLimitDeaths,
    });
}
/**
 * Attempts judged OOM-killed by a SIGKILL near the limit, with no counter to show it, are marked
 * in their phase (`oomKills`) and as an `oom-kill` event, so the next plan treats their count as
 * unsafe as it does a counted kill. Phase i is attempt i: each attempt starts one phase.
 */
function markOomKills(profile, attempts) {
    const phases = profile.phases.map((phase, index) => {
        const verdict = attempts[index]?.verdict;
        if (!verdict || verdict.evidence !== 'sigkill-near-limit' || phase.oomKills > 0)
            return phase;
        return { ...phase, oomKills: verdict.kills };
    });
    const events = [...profile.events];
    phases.forEach((phase, index) => {
        // The format holds at most MAX_EVENTS events; a profile that full has its kill in the phase.
        if (phase !== profile.phases[index] && events.length < MAX_EVENTS)
            events.push({
                tMs: phase.endMs,
                kind: 'oom-kill',
                phase: phase.name,
                detail: 'SIGKILL near the memory limit',
                value: phase.oomKills,
            });
    });
    return { ...profile, phases, events };
}

;// CONCATENATED MODULE: ./src/cli/report.ts
/** `resource-planner report FILE`: render a saved run profile as Markdown. */




const reportCommand = {
    name: 'report',
    declare(command) {
        command
            .summary('render a saved run profile as Markdown')
            .description("Render a run profile (from 'run --out FILE' or the action's artifact) as the Markdown\n" +
            'report the action writes to the job summary.')
            .argument('<FILE>', 'the run profile (JSON)');
    },
    async run(command, io) {
        const [file] = command.processedArgs;
        // A FIFO, a device or a huge file is refused in one line, before it is read (runCli prints it).
        const text = files_readBoundedText(file, MAX_PROFILE_BYTES, { what: 'a run profile' });
        io.stdout(renderPostRunSummary(profile_parseProfile(text), { budget: parseInputs(() => '').plan }));
        return 0;
    },
};

;// CONCATENATED MODULE: ./src/cli/run.ts
/** `resource-planner run`: run a command, record its memory as the action does, print the report. */






/**
 * `resource-planner run [--profile P] [--name NAME] [--out FILE] [--interval 250ms] [--markdown]
 * [--summary FILE] -- CMD...`
 */
const runCommand = {
    name: 'run',
    declare(command) {
        command
            .summary('run a command, record its memory, print the report')
            .description('Run CMD, sample the memory of its process tree from /proc as the action does, and print\n' +
            "the report when it ends (--markdown: the job summary's Markdown instead). Exits with the status of CMD (127 when it cannot be found).\n" +
            'Ctrl-C (SIGINT), SIGTERM and SIGHUP are passed on to CMD; the recording is still kept.')
            .addOption(new esm/* Option */.c$('--profile <NAME>', 'name of the phase in the recording').default('default', 'default'))
            .option('--name <NAME>', "the job's name in the recording, which keeps recordings of different commands apart in " +
            "history ('plan --history DIR --name NAME'); default: the first word of CMD", parseJobName);
        addRecordingOptions(command);
        addCommandArgument(command);
    },
    run: (command, io) => run(command, io),
};
async function run(command, io) {
    const options = command.opts();
    const [argv] = command.processedArgs;
    checkOutFolder(options.out);
    checkSummaryFolder(options);
    const recording = startRecording({
        capacity: await probeMachine(),
        intervalMs: options.interval,
        io,
        jobName: options.name ?? defaultJobName(argv),
        heapWatch: options.heapReports ? startHeapWatch() : null,
    });
    const end = await recording.run(argv, { phase: options.profile, workers: null });
    if (end.notStarted) {
        recording.abandon();
        return end.exitStatus;
    }
    const profile = recording.finish(end.exitStatus);
    writeProfile(options.out, profile);
    // The report's advisory uses the plan's default budget (the CLI's run takes no budget flags).
    printReport(profile, io, options, { budget: parseInputs(() => '').plan });
    return end.exitStatus;
}

;// CONCATENATED MODULE: ./src/cli/deps.ts
/** The CLI's real adapters: the terminal, /proc and cgroups, and history folders. */











/**
 * The terminal as the CLI's io: every chunk written to stdout or stderr goes through
 * `inertStream` (one per stream, so a line split across writes is judged whole). The CLI often
 * runs inside a CI job whose log obeys workflow commands, and its output quotes untrusted text
 * (profile names, parser errors, file names): no line may start a command, and no terminal
 * control sequence or bidi override may reach the terminal.
 */
function terminalIo(env, streams, terminal = {}) {
    const colour = colourWanted(env, terminal.stdoutTty === true);
    // Only the renderer's own SGR codes pass, and only when colour is on (see SGR).
    const stdout = (0,inert_text/* inertStream */.lN)({ keepSgr: colour });
    const stderr = (0,inert_text/* inertStream */.lN)();
    const io = {
        stdout: (text) => streams.stdout(stdout(text)),
        stderr: (text) => streams.stderr(stderr(text)),
        env,
        colour,
        ...(terminal.columns === undefined ? {} : { columns: terminal.columns }),
    };
    if (terminal.stderrTty !== true)
        return io;
    io.status = deps_statusLine(streams.stderr, terminal.rows);
    return io;
}
/** ESC, CSI: the start of the terminal sequences (ECMA-48) the status line is drawn with. */
const ESC = '\u001b';
const CSI = `${ESC}[`;
/**
 * The status line on a terminal's stderr, kept on the terminal's last row while the command's own
 * output scrolls above it, as apt's progress bar does: a scrolling region (DECSTBM) of every row
 * but the last, and the status drawn there with the cursor saved and restored (DECSC/DECRC).
 * Without a known height (fewer than 3 rows) it is redrawn in place with CR instead. The text is
 * made one inert line; `status('')` clears it and gives the terminal its whole height back.
 */
function deps_statusLine(write, rows) {
    let region = 0;
    let shown = false;
    return (line) => {
        const text = (0,inert_text/* inertText */.UJ)(line, { fold: true, maxLength: 200 });
        if (line === '') {
            if (region > 0)
                write(`${ESC}7${CSI}r${CSI}${region};1H${CSI}2K${ESC}8`);
            else if (shown)
                write(`\r${CSI}K`);
            region = 0;
            shown = false;
            return;
        }
        const height = rows?.() ?? 0;
        if (height < 3) {
            shown = true;
            write(`\r${text}${CSI}K`);
            return;
        }
        if (region !== height) {
            // A new line first, so that the cursor's row is not the last one the region takes away.
            if (region === 0)
                write(`\n${CSI}1A`);
            write(`${ESC}7${CSI}1;${height - 1}r${ESC}8`);
            region = height;
        }
        shown = true;
        write(`${ESC}7${CSI}${height};1H${CSI}2K${text}${ESC}8`);
    };
}
/**
 * Every command, in the order the help lists them. A new command is one module exporting a
 * `CliCommand` (./io.ts) and one entry here.
 */
function realCommands() {
    // What planning reads: the machine, and history from a folder (`plan` and `exec`).
    const planDeps = {
        probe: (options) => probeMachine(options),
        learnFromDirectory: async ({ directory, name, inputs, capacity, fallback }) => estimateFromLoaded(onlyJob(loadHistoryFromDirectory(directory, inputs.historyRuns), name), inputs, capacity, fallback, Date.now()),
    };
    return [planCommand(planDeps), runCommand, execCommand(planDeps), reportCommand, compareCommand];
}
/**
 * A writer for a standard stream that stops writing, quietly, once the reader has gone (EPIPE:
 * `resource-planner plan --help | head`), instead of dying of an unhandled 'error' event. The
 * command itself runs on; its exit status is unchanged.
 */
function closableWriter(stream) {
    let closed = false;
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
        closed = true;
    });
    return (text) => {
        if (!closed)
            stream.write(text);
    };
}
function realCliDeps() {
    return {
        io: terminalIo(process.env, { stdout: closableWriter(process.stdout), stderr: closableWriter(process.stderr) }, {
            stdoutTty: process.stdout.isTTY === true,
            stderrTty: process.stderr.isTTY === true,
            rows: () => process.stderr.rows,
            ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
        }),
        commands: realCommands(),
        version: TOOL_VERSION,
    };
}


/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ak: () => (/* binding */ runCli)
/* harmony export */ });
/* unused harmony exports USAGE_EXIT, ERROR_MAX_LENGTH, errorLine */
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8179);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8382);
/* harmony import */ var _shared_inert_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1961);
/**
 * The command-line tool: the same engine as the action, for local use and other CI systems.
 *   resource-planner plan [--profile P] [--json] [--history DIR] [--memory-per-worker SIZE] ...
 *   resource-planner run [--profile P] [--name NAME] [--out FILE] [--interval 250ms] -- CMD...
 *   resource-planner exec [plan options] [--out FILE] [--retry-on-oom N | --no-retry] -- CMD...
 *   resource-planner report FILE
 *   resource-planner compare --baseline DIR FILE
 * This module only dispatches, through commander (help, usage errors); each command is a module
 * of its own that declares its options (./io.ts `CliCommand`), listed in ./deps.ts.
 */



/** Exit status of a usage mistake (unknown command or option, missing argument, bad value). */
const USAGE_EXIT = 2;
/** Width of the help text: fixed, so that it reads the same in a terminal, a log and a test. */
const HELP_WIDTH = 100;
async function runCli(argv, deps) {
    const { io } = deps;
    let status = 0;
    const program = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('resource-planner');
    configure(program, io, 'resource-planner');
    program
        .description('Measure CI memory and CPUs, learn from earlier runs, recommend safe parallelism.')
        .version(deps.version, '--version', 'print the version')
        .helpOption('-h, --help', 'show help (also: resource-planner COMMAND --help)')
        // Our own `help [command]`: commander's answers an unknown name with the whole help.
        .helpCommand(false)
        // Options after a command belong to it (`run` passes everything after its CMD to CMD).
        .enablePositionalOptions()
        .on('command:*', (operands) => unknownCommand(program, operands[0] ?? ''));
    for (const command of deps.commands) {
        const sub = program.command(command.name).helpOption('-h, --help', 'show this help');
        configure(sub, io, `resource-planner ${command.name}`);
        command.declare(sub);
        sub.action(async () => {
            // The command's own failures are told here, so that only commander's reach the catch below.
            try {
                status = await command.run(sub, io);
            }
            catch (error) {
                status = failed(error, io);
            }
        });
    }
    program
        .command('version')
        .description('print the version')
        .action(() => io.stdout(`${deps.version}\n`));
    program
        .command('help')
        .description('show help for a command')
        .argument('[command]')
        .action((name) => {
        if (name === undefined)
            return program.outputHelp();
        const command = program.commands.find((candidate) => candidate.name() === name);
        if (!command)
            unknownCommand(program, name);
        else
            command.outputHelp();
    });
    try {
        await program.parseAsync(argv, { from: 'user' });
        return status;
    }
    catch (error) {
        // Commander has already written the help, the version or the one-line usage error.
        if (error instanceof commander__WEBPACK_IMPORTED_MODULE_0__/* .CommanderError */ .b7)
            return error.exitCode === 0 ? 0 : USAGE_EXIT;
        return failed(error, io);
    }
}
/** A failed command: its one line, and exit 2 for bad input, 1 for the rest. */
function failed(error, io) {
    io.stderr(`${errorLine(error)}\n`);
    return error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz || error instanceof TypeError ? USAGE_EXIT : 1;
}
/** `resource-planner NAME` or `help NAME` for a command that does not exist: exit 2. */
function unknownCommand(program, name) {
    program.error(`unknown command ${(0,_shared_inert_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteUntrusted */ .X0)(name, 60)} (see resource-planner --help)`, {
        code: 'commander.unknownCommand',
        exitCode: USAGE_EXIT,
    });
}
/**
 * Commander writes to the injected io, throws instead of exiting, and prints a usage mistake as
 * the one line every CLI error is (`errorLine`), pointing at the command's help.
 */
function configure(command, io, usedAs) {
    command
        .exitOverride()
        .showSuggestionAfterError(true)
        .configureOutput({
        writeOut: (text) => io.stdout(text),
        writeErr: (text) => io.stderr(text),
        getOutHelpWidth: () => HELP_WIDTH,
        getErrHelpWidth: () => HELP_WIDTH,
        getOutHasColors: () => false,
        getErrHasColors: () => false,
        outputError: (text, write) => {
            const message = text.replace(/^error: /, '').replace(/\n$/, '');
            const hint = / \(see resource-planner[^)]*\)$/.test(message)
                ? ''
                : ` (see ${usedAs} --help)`;
            write(`${errorLine(message + hint)}\n`);
        },
    });
}
/** Longest error message the CLI prints (code points): one readable line, never a whole file. */
const ERROR_MAX_LENGTH = 300;
/**
 * The one line the CLI prints for a failed command: `resource-planner: <message>`, folded to one
 * line and cut. Messages quote untrusted text (a parser error quotes the file it read, a path may
 * hold a line break); one line keeps them from forging output or a workflow command.
 */
function errorLine(error) {
    return `resource-planner: ${(0,_shared_inert_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .UJ)((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error), { fold: true, maxLength: ERROR_MAX_LENGTH })}`;
}


/***/ }),

/***/ 3546:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_deps_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(137);
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2957);
// The resource-planner command-line tool: wires the real adapters into runCli.


process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .ak)(process.argv.slice(2), (0,_cli_deps_js__WEBPACK_IMPORTED_MODULE_0__/* .realCliDeps */ .n2)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8382:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eo: () => (/* binding */ ProfileError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/* unused harmony export UnsafeArtifactError */
/**
 * The few errors the product raises on purpose. Only `InputError` fails a step (invalid
 * configuration); everything else is caught at the boundary and turned into a warning.
 */
/** Invalid configuration: names the input, the value received and the accepted format. */
class InputError extends Error {
    name = 'InputError';
    input;
    value;
    expected;
    constructor(input, value, expected) {
        super(`Input '${input}' has an invalid value ${JSON.stringify(value)}: expected ${expected}.`);
        this.input = input;
        this.value = value;
        this.expected = expected;
    }
}
/** A run profile that failed validation; carries the reason so callers can count and report it. */
class ProfileError extends Error {
    name = 'ProfileError';
}
/** An artifact refused by the safe fetcher (too large, unsafe path, too many entries...). */
class UnsafeArtifactError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'UnsafeArtifactError';
}
/** The message of anything thrown, for warnings. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 1961:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ cut),
/* harmony export */   NT: () => (/* binding */ SGR),
/* harmony export */   R8: () => (/* binding */ codePointName),
/* harmony export */   UJ: () => (/* binding */ inertText),
/* harmony export */   X0: () => (/* binding */ quoteUntrusted),
/* harmony export */   jQ: () => (/* binding */ showInvisible),
/* harmony export */   l9: () => (/* binding */ quotedNames),
/* harmony export */   lN: () => (/* binding */ inertStream)
/* harmony export */ });
/* unused harmony export codePointEscape */
/**
 * Text made inert for a CI log: the one path every line the action and the CLI write goes through.
 *
 * The GitHub Actions runner reads a step's stdout line by line (a line ends at CR, LF or CRLF) and
 * obeys two kinds of commands in it:
 * - `::name props::data` when the line, trimmed (.NET `Trim`: any Unicode white space), starts
 *   with `::`; `::stop-commands::TOKEN` suspends this until a line that is exactly `::TOKEN::`;
 * - the older `##[name props]data` found anywhere in a line (`ActionCommand.TryParse` looks for
 *   the prefix with `IndexOf`); Azure Pipelines reads `##vso[` the same way.
 *
 * The rule chosen here, for every line:
 * 1. C0/C1 controls (except TAB), DEL, bidirectional controls and the Unicode line and paragraph
 *    separators are shown as `\uXXXX` text: no terminal escape, no reordering, no hidden break;
 * 2. after the line's leading run of white space and invisible format characters, a `::` gets a
 *    zero-width space between its colons (`:\u200b:`), so no trimming of any kind can bring a
 *    `::` to the start of the line, and no line can read `::TOKEN::` to end a stop-commands block;
 * 3. `##[` and `##vso[` anywhere get a zero-width space before their `[`.
 * The zero-width space keeps the text readable and, removed, gives the original back. Every
 * insertion sits just before the character that triggers it, so the rule can be applied to a
 * stream chunk by chunk (see `inertStream`) with the same result as on the whole text.
 */
/** Zero-width space: invisible in the log, and not white space to .NET's `Trim` or JavaScript's. */
const BREAK = '\u200b';
/** Line endings as the runner's line reader splits: CRLF, CR or LF. */
const LINE_BREAK = /\r\n|\r|\n/;
/**
 * What a reader cannot see or what reorders text: every control (C0, DEL, C1), every format
 * character (bidi controls, zero-width characters, soft hyphen, BOM, tags), the line and paragraph
 * separators and the other default-ignorable code points (Hangul fillers, variation selectors).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
/**
 * What the log shows as escapes: controls (TAB kept), bidi controls and the line and paragraph
 * separators. Zero-width characters stay: they cannot reorder or break a line, and the Markdown
 * the CLI prints uses a zero-width joiner to keep `@name` and `#123` inert.
 */
const LOG_HIDDEN = /[\p{Cc}\p{Bidi_Control}\p{Zl}\p{Zp}]/gu;
/** A line's leading characters that some trimming could remove. */
const LEADING_RUN = /^[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]*/u;
/** The same run with controls too: a superset, for deciding on raw text (see inertStream). */
const RAW_LEADING_RUN = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]*/u;
/**
 * The only terminal control sequences the CLI writes itself: SGR (Select Graphic Rendition, ECMA-48
 * §8.3.117) codes for bold, dim, three colours and reset, as its terminal report uses them. An
 * `inertStream` made with `keepSgr` lets exactly these through; every other escape, and these
 * from untrusted text (renderers show untrusted text with `showInvisible` first), is shown.
 */
const SGR = {
    reset: '\u001b[0m',
    bold: '\u001b[1m',
    dim: '\u001b[2m',
    red: '\u001b[31m',
    green: '\u001b[32m',
    yellow: '\u001b[33m',
};
/** Exactly the sequences of `SGR`, or one character to show (see LOG_HIDDEN). */
// eslint-disable-next-line no-control-regex -- ESC is what these sequences start with
const SGR_OR_HIDDEN = /\u001b\[(?:0|1|2|31|32|33)m|[\p{Cc}\p{Bidi_Control}\p{Zl}\p{Zp}]/gu;
/** A line's leading run when SGR sequences are kept: they hide no `::` either. */
const LEADING_RUN_SGR = 
// eslint-disable-next-line no-control-regex -- ESC is what these sequences start with
/^(?:[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]|\u001b\[(?:0|1|2|31|32|33)m)*/u;
/** A character as `\uXXXX` (`\u{XXXXX}` beyond the BMP): visible and unambiguous. */
function codePointEscape(character) {
    const code = character.codePointAt(0) ?? 0;
    const hex = code.toString(16).toUpperCase();
    return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}
/** A character as `U+XXXX`, for places that cannot carry a backslash (Mermaid labels). */
function codePointName(character) {
    const code = character.codePointAt(0) ?? 0;
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
/**
 * Shows every invisible or reordering character (controls, bidi controls, zero-width and other
 * format characters, line separators) with `show` (default `\uXXXX`), so untrusted text cannot
 * spoof what a reader sees.
 */
function showInvisible(text, show = codePointEscape) {
    return text.replace(INVISIBLE, show);
}
/** Cuts to `maxLength` code points, an ellipsis marking the cut. */
function cut(text, maxLength) {
    const characters = [...text];
    return characters.length > maxLength ? `${characters.slice(0, maxLength - 1).join('')}…` : text;
}
/** One line of the log made inert (rules 1–3 above); `line` holds no line break. */
function inertLine(line, keepSgr = false) {
    const shown = line.replace(keepSgr ? SGR_OR_HIDDEN : LOG_HIDDEN, (character) => character === '\t' || character.length > 1 ? character : codePointEscape(character));
    const lead = (keepSgr ? LEADING_RUN_SGR : LEADING_RUN).exec(shown)?.[0].length ?? 0;
    const rest = shown.slice(lead);
    const start = rest.startsWith('::') ? `:${BREAK}${rest.slice(1)}` : rest;
    return shown.slice(0, lead) + start.replace(/(##(?:vso)?)\[/gi, `$1${BREAK}[`);
}
/**
 * Makes text inert for the runner: no line of the result starts, after any white space, with
 * `::`, none contains `##[` or `##vso[`, and no control or bidi character survives. Line breaks
 * become LF (a lone CR would overwrite a terminal line; the runner reads it as a break anyway).
 * With `fold`, the result is one line, as an annotation must be.
 */
function inertText(text, options = {}) {
    let lines = text.split(LINE_BREAK);
    if (options.fold) {
        const parts = lines.map((line) => line.trim()).filter((line) => line !== '');
        lines = [parts.join(' ')];
    }
    if (options.maxLength !== undefined)
        lines = cut(lines.join('\n'), options.maxLength).split('\n');
    return lines.map((line) => inertLine(line, options.keepSgr)).join('\n');
}
/**
 * Untrusted text quoted for a one-line message: cut, in double quotes, with quotes, backslashes,
 * controls and invisible characters as escapes (JSON string syntax), so it reads as data and
 * cannot break the line it is quoted in.
 */
function quoteUntrusted(text, maxLength = 100) {
    return JSON.stringify(cut(text, maxLength)).replace(INVISIBLE, codePointEscape);
}
/** Names shown by `quotedNames`, at most. */
const NAMES_SHOWN = 5;
/**
 * Names from untrusted data (jobs, phases) for a one-line note: distinct, each quoted as
 * `quoteUntrusted` does, the first five then `…`; a null name reads `(no name)`.
 */
function quotedNames(names) {
    const unique = [...new Set(names)];
    const shown = unique
        .slice(0, NAMES_SHOWN)
        .map((name) => (name === null ? '(no name)' : quoteUntrusted(name, 60)));
    return unique.length > NAMES_SHOWN ? `${shown.join(', ')}, …` : shown.join(', ');
}
/**
 * `inertText` for a stream written in chunks that need not end at line breaks (the CLI's stdout
 * and stderr): each chunk is made inert knowing the unfinished line before it, so a `::` or `##[`
 * split across two writes is caught as in one. Returns the function that turns a chunk into what
 * to write.
 */
function inertStream(options = {}) {
    const inert = (text) => inertText(text, options);
    let carry = '';
    let afterCarriageReturn = false;
    return (chunk) => {
        if (chunk === '')
            return '';
        // A CRLF split across two chunks: the CR was already written as a line break.
        const text = afterCarriageReturn && chunk.startsWith('\n') ? chunk.slice(1) : chunk;
        afterCarriageReturn = chunk.endsWith('\r');
        const whole = carry + text;
        const before = inert(carry);
        const all = inert(whole);
        // An SGR sequence split across writes is shown, not kept: the carry's form may then differ.
        const output = all.startsWith(before) ? all.slice(before.length) : inert(text);
        const lastBreak = Math.max(whole.lastIndexOf('\n'), whole.lastIndexOf('\r'));
        carry = lastBreak >= 0 ? whole.slice(lastBreak + 1) : whole;
        // Keep long unfinished lines cheap: once two characters follow the leading run, the line's
        // start is decided, and only the last few characters matter (`##vso` before a `[`).
        const lead = RAW_LEADING_RUN.exec(carry)?.[0].length ?? 0;
        if (carry.length > 256 && carry.length - lead >= 2)
            carry = `x${carry.slice(-8)}`;
        return output;
    };
}


/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 8909:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { Argument } = __nccwpck_require__(9154);
const { Command } = __nccwpck_require__(4348);
const { CommanderError, InvalidArgumentError } = __nccwpck_require__(1135);
const { Help } = __nccwpck_require__(9754);
const { Option } = __nccwpck_require__(5240);

exports.DM = new Command();

exports.gu = (name) => new Command(name);
exports.Ww = (flags, description) => new Option(flags, description);
exports.er = (name, description) => new Argument(name, description);

/**
 * Expose classes
 */

exports.uB = Command;
exports.c$ = Option;
exports.ef = Argument;
exports._V = Help;

exports.b7 = CommanderError;
exports.Di = InvalidArgumentError;
exports.a2 = InvalidArgumentError; // Deprecated


/***/ }),

/***/ 9154:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Argument {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */

  constructor(name, description) {
    this.description = description || '';
    this.variadic = false;
    this.parseArg = undefined;
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.argChoices = undefined;

    switch (name[0]) {
      case '<': // e.g. <required>
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case '[': // e.g. [optional]
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }

    if (this._name.endsWith('...')) {
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
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
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
}

/**
 * Takes an argument and returns its human readable equivalent for help usage.
 *
 * @param {Argument} arg
 * @return {string}
 * @private
 */

function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
}

exports.Argument = Argument;
exports.humanReadableArgName = humanReadableArgName;


/***/ }),

/***/ 4348:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(8474).EventEmitter);
const childProcess = __nccwpck_require__(1421);
const path = __nccwpck_require__(6760);
const fs = __nccwpck_require__(3024);
const process = __nccwpck_require__(1708);

const { Argument, humanReadableArgName } = __nccwpck_require__(9154);
const { CommanderError } = __nccwpck_require__(1135);
const { Help, stripColor } = __nccwpck_require__(9754);
const { Option, DualOptions } = __nccwpck_require__(5240);
const { suggestSimilar } = __nccwpck_require__(5030);

class Command extends EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */

  constructor(name) {
    super();
    /** @type {Command[]} */
    this.commands = [];
    /** @type {Option[]} */
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    /** @type {Argument[]} */
    this.registeredArguments = [];
    this._args = this.registeredArguments; // deprecated old name
    /** @type {string[]} */
    this.args = []; // cli args with options removed
    this.rawArgs = [];
    this.processedArgs = []; // like .args but after custom processing and collecting variadic
    this._scriptPath = null;
    this._name = name || '';
    this._optionValues = {};
    this._optionValueSources = {}; // default, env, cli etc
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null; // custom name for executable
    this._executableDir = null; // custom search directory for subcommands
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = '';
    this._summary = '';
    this._argsDescription = undefined; // legacy
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {}; // a hash of arrays
    /** @type {(boolean | string)} */
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null; // used in save/restoreStateBeforeParse

    // see configureOutput() for docs
    this._outputConfiguration = {
      writeOut: (str) => process.stdout.write(str),
      writeErr: (str) => process.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () =>
        process.stdout.isTTY ? process.stdout.columns : undefined,
      getErrHelpWidth: () =>
        process.stderr.isTTY ? process.stderr.columns : undefined,
      getOutHasColors: () =>
        useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
      getErrHasColors: () =>
        useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
      stripColor: (str) => stripColor(str),
    };

    this._hidden = false;
    /** @type {(Option | null | undefined)} */
    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
    /** @type {Command} */
    this._helpCommand = undefined; // lazy initialised, inherited
    this._helpConfiguration = {};
    /** @type {string | undefined} */
    this._helpGroupHeading = undefined; // soft initialised when added to parent
    /** @type {string | undefined} */
    this._defaultCommandGroup = undefined;
    /** @type {string | undefined} */
    this._defaultOptionGroup = undefined;
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
    this._combineFlagAndOptionalValue =
      sourceCommand._combineFlagAndOptionalValue;
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
    // eslint-disable-next-line @typescript-eslint/no-this-alias
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
    if (typeof desc === 'object' && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
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

  createCommand(name) {
    return new Command(name);
  }

  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */

  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }

  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureHelp(configuration) {
    if (configuration === undefined) return this._helpConfiguration;

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
    if (configuration === undefined) return this._outputConfiguration;

    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration,
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
    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
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
    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

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

  createArgument(name, description) {
    return new Argument(name, description);
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
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === 'function') {
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
    names
      .trim()
      .split(/ +/)
      .forEach((detail) => {
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
        `only the last argument can be variadic '${previousArgument.name()}'`,
      );
    }
    if (
      argument.required &&
      argument.defaultValue !== undefined &&
      argument.parseArg === undefined
    ) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`,
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
    if (typeof enableOrNameAndArgs === 'boolean') {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        // make the command to store the group
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }

    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? 'display help for command';

    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    // init group unless lazy create
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
    // If not passed an object, call through to helpCommand for backwards compatibility,
    // as addHelpCommand was originally used like helpCommand is now.
    if (typeof helpCommand !== 'object') {
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
    const hasImplicitHelpCommand =
      this._addImplicitHelpCommand ??
      (this.commands.length &&
        !this._actionHandler &&
        !this._findCommand('help'));

    if (hasImplicitHelpCommand) {
      if (this._helpCommand === undefined) {
        this.helpCommand(undefined, undefined); // use default name and description
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
    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
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
        if (err.code !== 'commander.executeSubCommandAsync') {
          throw err;
        } else {
          // Async callback from spawn events, not useful to throw.
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
      this._exitCallback(new CommanderError(exitCode, code, message));
      // Expecting this line is not reached.
    }
    process.exit(exitCode);
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
      // The .action callback takes an extra parameter which is the command or options.
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
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
    return new Option(flags, description);
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
      if (err.code === 'commander.invalidArgument') {
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
    const matchingOption =
      (option.short && this._findOption(option.short)) ||
      (option.long && this._findOption(option.long));
    if (matchingOption) {
      const matchingFlag =
        option.long && this._findOption(option.long)
          ? option.long
          : option.short;
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

    const alreadyUsed = knownBy(command).find((name) =>
      this._findCommand(name),
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
      const newCmd = knownBy(command).join('|');
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
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
    const name = option.attributeName();

    // store default value
    if (option.negate) {
      // --no-foo is special and defaults foo to true, unless a --foo option is already defined
      const positiveLongFlag = option.long.replace(/^--no-/, '--');
      if (!this._findOption(positiveLongFlag)) {
        this.setOptionValueWithSource(
          name,
          option.defaultValue === undefined ? true : option.defaultValue,
          'default',
        );
      }
    } else if (option.defaultValue !== undefined) {
      this.setOptionValueWithSource(name, option.defaultValue, 'default');
    }

    // handler for cli and env supplied values
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      // val is null for optional option used without an optional-argument.
      // val is undefined for boolean and negated option.
      if (val == null && option.presetArg !== undefined) {
        val = option.presetArg;
      }

      // custom processing
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }

      // Fill-in appropriate missing values. Long winded but easy to follow.
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = ''; // not normal, parseArg might have failed or be a mock function for testing
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };

    this.on('option:' + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, 'cli');
    });

    if (option.envVar) {
      this.on('optionEnv:' + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, 'env');
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
    if (typeof flags === 'object' && flags instanceof Option) {
      throw new Error(
        'To add an Option object use addOption() instead of option() or requiredOption()',
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === 'function') {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      // deprecated
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
      defaultValue,
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
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
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
    if (
      this.parent &&
      this._passThroughOptions &&
      !this.parent._enablePositionalOptions
    ) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
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
      throw new Error('call .storeOptionsAsProperties() before adding options');
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        'call .storeOptionsAsProperties() before setting option values',
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
    return this.setOptionValueWithSource(key, value, undefined);
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
    // global overwrites local, like optsWithGlobals
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (cmd.getOptionValueSource(key) !== undefined) {
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
    if (argv !== undefined && !Array.isArray(argv)) {
      throw new Error('first parameter to parse must be array or undefined');
    }
    parseOptions = parseOptions || {};

    // auto-detect argument conventions if nothing supplied
    if (argv === undefined && parseOptions.from === undefined) {
      if (process.versions?.electron) {
        parseOptions.from = 'electron';
      }
      // check node specific options for scenarios where user CLI args follow executable without scriptname
      const execArgv = process.execArgv ?? [];
      if (
        execArgv.includes('-e') ||
        execArgv.includes('--eval') ||
        execArgv.includes('-p') ||
        execArgv.includes('--print')
      ) {
        parseOptions.from = 'eval'; // internal usage, not documented
      }
    }

    // default to using process.argv
    if (argv === undefined) {
      argv = process.argv;
    }
    this.rawArgs = argv.slice();

    // extract the user args and scriptPath
    let userArgs;
    switch (parseOptions.from) {
      case undefined:
      case 'node':
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case 'electron':
        // @ts-ignore: because defaultApp is an unknown property
        if (process.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case 'user':
        userArgs = argv.slice(0);
        break;
      case 'eval':
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`,
        );
    }

    // Find default name for program from arguments.
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || 'program';

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
      _optionValueSources: { ...this._optionValueSources },
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

    // clear state from _prepareUserArgs
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    // clear state from setOptionValueWithSource
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    // clear state from _parseCommand
    this.args = [];
    // clear state from _processArguments
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

    const executableDirMessage = executableDir
      ? `searched for local subcommand relative to directory '${executableDir}'`
      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
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
    let launchWithNode = false; // Use node for source targets so do not need to get permissions correct, and on Windows.
    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

    function findFile(baseDir, baseName) {
      // Look for specified file
      const localBin = path.resolve(baseDir, baseName);
      if (fs.existsSync(localBin)) return localBin;

      // Stop looking if candidate already has an expected extension.
      if (sourceExt.includes(path.extname(baseName))) return undefined;

      // Try all the extensions.
      const foundExt = sourceExt.find((ext) =>
        fs.existsSync(`${localBin}${ext}`),
      );
      if (foundExt) return `${localBin}${foundExt}`;

      return undefined;
    }

    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // executableFile and executableDir might be full path, or just a name
    let executableFile =
      subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || '';
    if (this._scriptPath) {
      let resolvedScriptPath; // resolve possible symlink for installed npm binary
      try {
        resolvedScriptPath = fs.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = path.resolve(
        path.dirname(resolvedScriptPath),
        executableDir,
      );
    }

    // Look for a local file in preference to a command in PATH.
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);

      // Legacy search using prefix of script name instead of command name
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = path.basename(
          this._scriptPath,
          path.extname(this._scriptPath),
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`,
          );
        }
      }
      executableFile = localFile || executableFile;
    }

    launchWithNode = sourceExt.includes(path.extname(executableFile));

    let proc;
    if (process.platform !== 'win32') {
      if (launchWithNode) {
        args.unshift(executableFile);
        // add executable arguments to spawn
        args = incrementNodeInspectorPort(process.execArgv).concat(args);

        proc = childProcess.spawn(process.argv[0], args, { stdio: 'inherit' });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: 'inherit' });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name,
      );
      args.unshift(executableFile);
      // add executable arguments to spawn
      args = incrementNodeInspectorPort(process.execArgv).concat(args);
      proc = childProcess.spawn(process.execPath, args, { stdio: 'inherit' });
    }

    if (!proc.killed) {
      // testing mainly to avoid leak warnings during unit tests with mocked spawn
      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
      signals.forEach((signal) => {
        process.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            // @ts-ignore because signals not typed to known strings
            proc.kill(signal);
          }
        });
      });
    }

    // By default terminate process when spawned process terminates.
    const exitCallback = this._exitCallback;
    proc.on('close', (code) => {
      code = code ?? 1; // code is null if spawned process terminated due to a signal
      if (!exitCallback) {
        process.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            'commander.executeSubCommandAsync',
            '(close)',
          ),
        );
      }
    });
    proc.on('error', (err) => {
      // @ts-ignore: because err.code is an unknown property
      if (err.code === 'ENOENT') {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name,
        );
        // @ts-ignore: because err.code is an unknown property
      } else if (err.code === 'EACCES') {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        process.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          'commander.executeSubCommandAsync',
          '(error)',
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });

    // Store the reference to the child process
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
      'preSubcommand',
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

    // Fallback to parsing the help flag to invoke the help.
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
    );
  }

  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */

  _checkNumberOfArguments() {
    // too few
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    // too many
    if (
      this.registeredArguments.length > 0 &&
      this.registeredArguments[this.registeredArguments.length - 1].variadic
    ) {
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
      // Extra processing for nice error message on parsing failure.
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage,
        );
      }
      return parsedValue;
    };

    this._checkNumberOfArguments();

    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        // Collect together remaining arguments for passing together as an array.
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === undefined) {
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
    // thenable
    if (promise?.then && typeof promise.then === 'function') {
      // already have a promise, chain callback
      return promise.then(() => fn());
    }
    // callback might return a promise
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
    this._getCommandAndAncestors()
      .reverse()
      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
      .forEach((hookedCommand) => {
        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
          hooks.push({ hookedCommand, callback });
        });
      });
    if (event === 'postAction') {
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
    if (this._lifeCycleHooks[event] !== undefined) {
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
    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);

    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (
      this._getHelpCommand() &&
      operands[0] === this._getHelpCommand().name()
    ) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown,
      );
    }
    if (
      this.commands.length &&
      this.args.length === 0 &&
      !this._actionHandler &&
      !this._defaultCommandName
    ) {
      // probably missing subcommand and no handler, user needs help (and exit)
      this.help({ error: true });
    }

    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // We do not always call this check to avoid masking a "better" error, like unknown command.
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
      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
      promiseChain = this._chainOrCall(promiseChain, () =>
        this._actionHandler(this.processedArgs),
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown); // legacy
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown); // legacy
    } else if (operands.length) {
      if (this._findCommand('*')) {
        // legacy default command
        return this._dispatchSubcommand('*', operands, unknown);
      }
      if (this.listenerCount('command:*')) {
        // skip option check, emit event for possible misspelling suggestion
        this.emit('command:*', operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
      // fall through for caller to handle after calling .parse()
    }
  }

  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return undefined;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name),
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
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (
          anOption.mandatory &&
          cmd.getOptionValue(anOption.attributeName()) === undefined
        ) {
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
      if (this.getOptionValue(optionKey) === undefined) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== 'default';
    });

    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0,
    );

    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
        option.conflictsWith.includes(defined.attributeName()),
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
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
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
    const operands = []; // operands, not options or values
    const unknown = []; // first unknown option and remaining unknown args
    let dest = operands;

    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === '-';
    }

    const negativeNumberArg = (arg) => {
      // return false if not a negative number
      if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
      // negative number is ok unless digit used as an option in command hierarchy
      return !this._getCommandAndAncestors().some((cmd) =>
        cmd.options
          .map((opt) => opt.short)
          .some((short) => /^-\d$/.test(short)),
      );
    };

    // parse options
    let activeVariadicOption = null;
    let activeGroup = null; // working through group of short options, like -abc
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;

      // literal
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }

      if (
        activeVariadicOption &&
        (!maybeOption(arg) || negativeNumberArg(arg))
      ) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;

      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        // recognised option, call listener to assign value with possible custom processing
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === undefined) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            // historical behaviour is optional value is following arg unless an option
            if (
              i < args.length &&
              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
            ) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            // boolean flag
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }

      // Look for combo options following single dash, eat first one if known.
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (
            option.required ||
            (option.optional && this._combineFlagAndOptionalValue)
          ) {
            // option with value following in same argument
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            // boolean option
            this.emit(`option:${option.name()}`);
            // remove the processed option and keep processing group
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }

      // Look for known long flag with value, like --foo=bar
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf('=');
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }

      // Not a recognised option by this command.
      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
      // A negative number in a leaf command is not an unknown option.
      if (
        dest === operands &&
        maybeOption(arg) &&
        !(this.commands.length === 0 && negativeNumberArg(arg))
      ) {
        dest = unknown;
      }

      // If using positionalOptions, stop processing our options at subcommand.
      if (
        (this._enablePositionalOptions || this._passThroughOptions) &&
        operands.length === 0 &&
        unknown.length === 0
      ) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (
          this._getHelpCommand() &&
          arg === this._getHelpCommand().name()
        ) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }

      // If using passThroughOptions, stop processing options at first command-argument.
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }

      // add arg
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
      // Preserve original behaviour so backwards compatible when still using properties
      const result = {};
      const len = this.options.length;

      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] =
          key === this._versionOptionName ? this._version : this[key];
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
    // globals overwrite locals
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {},
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
    // output handling
    this._outputConfiguration.outputError(
      `${message}\n`,
      this._outputConfiguration.writeErr,
    );
    if (typeof this._showHelpAfterError === 'string') {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr('\n');
      this.outputHelp({ error: true });
    }

    // exit handling
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || 'commander.error';
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
      if (option.envVar && option.envVar in process.env) {
        const optionKey = option.attributeName();
        // Priority check. Do not overwrite cli or options from unknown source (client-code).
        if (
          this.getOptionValue(optionKey) === undefined ||
          ['default', 'config', 'env'].includes(
            this.getOptionValueSource(optionKey),
          )
        ) {
          if (option.required || option.optional) {
            // option can take a value
            // keep very simple, optional always takes value
            this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
          } else {
            // boolean
            // keep very simple, only care that envVar defined and not the value
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
      return (
        this.getOptionValue(optionKey) !== undefined &&
        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
      );
    };
    this.options
      .filter(
        (option) =>
          option.implied !== undefined &&
          hasCustomOptionValue(option.attributeName()) &&
          dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option,
          ),
      )
      .forEach((option) => {
        Object.keys(option.implied)
          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
          .forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              'implied',
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

  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: 'commander.missingArgument' });
  }

  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */

  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: 'commander.optionMissingArgument' });
  }

  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */

  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
  }

  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    // The calling code does not know whether a negated option is the source of the
    // value, so do some work to take an educated guess.
    const findBestOptionFromValue = (option) => {
      const optionKey = option.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName(),
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName(),
      );
      if (
        negativeOption &&
        ((negativeOption.presetArg === undefined && optionValue === false) ||
          (negativeOption.presetArg !== undefined &&
            optionValue === negativeOption.presetArg))
      ) {
        return negativeOption;
      }
      return positiveOption || option;
    };

    const getErrorMessage = (option) => {
      const bestOption = findBestOptionFromValue(option);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === 'env') {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };

    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: 'commander.conflictingOption' });
  }

  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */

  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = '';

    if (flag.startsWith('--') && this._showSuggestionAfterError) {
      // Looping to pick up the global options too
      let candidateFlags = [];
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      let command = this;
      do {
        const moreFlags = command
          .createHelp()
          .visibleOptions(command)
          .filter((option) => option.long)
          .map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }

    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: 'commander.unknownOption' });
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
    const s = expected === 1 ? '' : 's';
    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
    this.error(message, { code: 'commander.excessArguments' });
  }

  /**
   * Unknown command.
   *
   * @private
   */

  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = '';

    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp()
        .visibleCommands(this)
        .forEach((command) => {
          candidateNames.push(command.name());
          // just visible alias
          if (command.alias()) candidateNames.push(command.alias());
        });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }

    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: 'commander.unknownCommand' });
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
    if (str === undefined) return this._version;
    this._version = str;
    flags = flags || '-V, --version';
    description = description || 'output the version number';
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);

    this.on('option:' + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}\n`);
      this._exit(0, 'commander.version', str);
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
    if (str === undefined && argsDescription === undefined)
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
    if (str === undefined) return this._summary;
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
    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

    /** @type {Command} */
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let command = this;
    if (
      this.commands.length !== 0 &&
      this.commands[this.commands.length - 1]._executableHandler
    ) {
      // assume adding alias for last added executable subcommand, rather than this
      command = this.commands[this.commands.length - 1];
    }

    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      // c.f. _registerCommand
      const existingCmd = [matchingCommand.name()]
        .concat(matchingCommand.aliases())
        .join('|');
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
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
    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
    if (aliases === undefined) return this._aliases;

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
    if (str === undefined) {
      if (this._usage) return this._usage;

      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return []
        .concat(
          this.options.length || this._helpOption !== null ? '[options]' : [],
          this.commands.length ? '[command]' : [],
          this.registeredArguments.length ? args : [],
        )
        .join(' ');
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
    if (str === undefined) return this._name;
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
    if (heading === undefined) return this._helpGroupHeading ?? '';
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
    if (heading === undefined) return this._defaultCommandGroup ?? '';
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
    if (heading === undefined) return this._defaultOptionGroup ?? '';
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

  executableDir(path) {
    if (path === undefined) return this._executableDir;
    this._executableDir = path;
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
      outputHasColors: context.hasColors,
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
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
    if (typeof contextOptions === 'function') {
      deprecatedCallback = contextOptions;
      contextOptions = undefined;
    }

    const outputContext = this._getOutputContext(contextOptions);
    /** @type {HelpTextEventContext} */
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this,
    };

    this._getCommandAndAncestors()
      .reverse()
      .forEach((command) => command.emit('beforeAllHelp', eventContext));
    this.emit('beforeHelp', eventContext);

    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (
        typeof helpInformation !== 'string' &&
        !Buffer.isBuffer(helpInformation)
      ) {
        throw new Error('outputHelp callback must return a string or a Buffer');
      }
    }
    outputContext.write(helpInformation);

    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long); // deprecated
    }
    this.emit('afterHelp', eventContext);
    this._getCommandAndAncestors().forEach((command) =>
      command.emit('afterAllHelp', eventContext),
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
    // Support enabling/disabling built-in help option.
    if (typeof flags === 'boolean') {
      if (flags) {
        if (this._helpOption === null) this._helpOption = undefined; // reenable
        if (this._defaultOptionGroup) {
          // make the option to store the group
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null; // disable
      }
      return this;
    }

    // Customise flags and description.
    this._helpOption = this.createOption(
      flags ?? '-h, --help',
      description ?? 'display help for command',
    );
    // init group unless lazy create
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
    // Lazy create help option on demand.
    if (this._helpOption === undefined) {
      this.helpOption(undefined, undefined);
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
    let exitCode = Number(process.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
    if (
      exitCode === 0 &&
      contextOptions &&
      typeof contextOptions !== 'function' &&
      contextOptions.error
    ) {
      exitCode = 1;
    }
    // message: do not have all displayed text available so only passing placeholder.
    this._exit(exitCode, 'commander.help', '(outputHelp)');
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

  addHelpText(position, text) {
    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }

    const helpEvent = `${position}Help`;
    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
      let helpStr;
      if (typeof text === 'function') {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      // Ignore falsy value when nothing to output.
      if (helpStr) {
        context.write(`${helpStr}\n`);
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
      // (Do not have all displayed text available so only passing placeholder.)
      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
    }
  }
}

/**
 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
 *
 * @param {string[]} args - array of arguments from node.execArgv
 * @returns {string[]}
 * @private
 */

function incrementNodeInspectorPort(args) {
  // Testing for these options:
  //  --inspect[=[host:]port]
  //  --inspect-brk[=[host:]port]
  //  --inspect-port=[host:]port
  return args.map((arg) => {
    if (!arg.startsWith('--inspect')) {
      return arg;
    }
    let debugOption;
    let debugHost = '127.0.0.1';
    let debugPort = '9229';
    let match;
    if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
      // e.g. --inspect
      debugOption = match[1];
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null
    ) {
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        // e.g. --inspect=1234
        debugPort = match[3];
      } else {
        // e.g. --inspect=localhost
        debugHost = match[3];
      }
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null
    ) {
      // e.g. --inspect=localhost:1234
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }

    if (debugOption && debugPort !== '0') {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}

/**
 * @returns {boolean | undefined}
 * @package
 */
function useColor() {
  // Test for common conventions.
  // NB: the observed behaviour is in combination with how author adds color! For example:
  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
  //   - we do test NO_COLOR, but Chalk does not
  //
  // References:
  // https://no-color.org
  // https://bixense.com/clicolors/
  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

  if (
    process.env.NO_COLOR ||
    process.env.FORCE_COLOR === '0' ||
    process.env.FORCE_COLOR === 'false'
  )
    return false;
  if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== undefined)
    return true;
  return undefined;
}

exports.Command = Command;
exports.useColor = useColor; // exporting for tests


/***/ }),

/***/ 1135:
/***/ ((__unused_webpack_module, exports) => {

/**
 * CommanderError class
 */
class CommanderError extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = undefined;
  }
}

/**
 * InvalidArgumentError class
 */
class InvalidArgumentError extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, 'commander.invalidArgument', message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
}

exports.CommanderError = CommanderError;
exports.InvalidArgumentError = InvalidArgumentError;


/***/ }),

/***/ 9754:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { humanReadableArgName } = __nccwpck_require__(9154);

/**
 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
 * @typedef { import("./argument.js").Argument } Argument
 * @typedef { import("./command.js").Command } Command
 * @typedef { import("./option.js").Option } Option
 */

// Although this is a class, methods are static in style to allow override using subclass or just functions.
class Help {
  constructor() {
    this.helpWidth = undefined;
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
    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        // @ts-ignore: because overloaded return type
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
      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
      return option.short
        ? option.short.replace(/^-/, '')
        : option.long.replace(/^--/, '');
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
    // Built-in help option.
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption); // no changes needed
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd.createOption(helpOption.long, helpOption.description),
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd.createOption(helpOption.short, helpOption.description),
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
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden,
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
    // Side effect! Apply the legacy descriptions before the arguments are displayed.
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description =
          argument.description || cmd._argsDescription[argument.name()] || '';
      });
    }

    // If there are any arguments with a description then return all the arguments.
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
    // Legacy. Ignores custom usage string, and nested commands.
    const args = cmd.registeredArguments
      .map((arg) => humanReadableArgName(arg))
      .join(' ');
    return (
      cmd._name +
      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
      (args ? ' ' + args : '')
    );
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
          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
        ),
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
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
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
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
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
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
        ),
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
    // Usage
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + '|' + cmd._aliases[0];
    }
    let ancestorCmdNames = '';
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
  }

  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandDescription(cmd) {
    // @ts-ignore: because overloaded return type
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
    // @ts-ignore: because overloaded return type
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
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (option.defaultValue !== undefined) {
      // default for boolean and negated more for programmer than end user,
      // but show true/false for boolean option as may be for hand-rolled env or config processing.
      const showDefault =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
        );
      }
    }
    // preset for boolean and negated are more for programmer than end user
    if (option.presetArg !== undefined && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== undefined) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
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
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (argument.defaultValue !== undefined) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
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

    return [helper.styleTitle(heading), ...items, ''];
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
    const result = new Map();
    // Add groups in order of appearance in unsortedItems.
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    // Add items in order of appearance in visibleItems.
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
    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }

    // Usage
    let output = [
      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      '',
    ];

    // Description
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth,
        ),
        '',
      ]);
    }

    // Arguments
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument)),
      );
    });
    output = output.concat(
      this.formatItemList('Arguments:', argumentList, helper),
    );

    // Options
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? 'Options:',
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });

    if (helper.showGlobalOptions) {
      const globalOptionList = helper
        .visibleGlobalOptions(cmd)
        .map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option)),
          );
        });
      output = output.concat(
        this.formatItemList('Global Options:', globalOptionList, helper),
      );
    }

    // Commands
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || 'Commands:',
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });

    return output.join('\n');
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
    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
    //    command subcommand [options] [command] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word === '[command]') return this.styleSubcommandText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleCommandText(word); // Restrict to initial words?
      })
      .join(' ');
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
    // This is very like usage with lots of parts! Assume default string which is formed like:
    //    subcommand [options] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleSubcommandText(word); // Restrict to initial words?
      })
      .join(' ');
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
      helper.longestArgumentTermLength(cmd, helper),
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
    const itemIndentStr = ' '.repeat(itemIndent);
    if (!description) return itemIndentStr + term;

    // Pad the term out to a consistent width, so descriptions are aligned.
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term),
    );

    // Format the description.
    const spacerWidth = 2; // between term and description
    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (
      remainingWidth < this.minWidthToWrap ||
      helper.preformatted(description)
    ) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        '\n' + ' '.repeat(termWidth + spacerWidth),
      );
    }

    // Construct and overall indent.
    return (
      itemIndentStr +
      paddedTerm +
      ' '.repeat(spacerWidth) +
      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
    );
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
    // split up text by whitespace
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push('');
        return;
      }

      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        // Accumulate chunks while they fit into width.
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(''));

        const nextChunk = chunk.trimStart(); // trim space at line break
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(''));
    });

    return wrappedLines.join('\n');
  }
}

/**
 * Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
 *
 * @param {string} str
 * @returns {string}
 * @package
 */

function stripColor(str) {
  // eslint-disable-next-line no-control-regex
  const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
  return str.replace(sgrPattern, '');
}

exports.Help = Help;
exports.stripColor = stripColor;


/***/ }),

/***/ 5240:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Option {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */

  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';

    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
    this.optional = flags.includes('['); // A value is optional when the option is specified.
    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
    this.variadic = /\w\.\.\.[>\]]$/.test(flags); // The option can take multiple values.
    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith('--no-');
    }
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.presetArg = undefined;
    this.envVar = undefined;
    this.parseArg = undefined;
    this.hidden = false;
    this.argChoices = undefined;
    this.conflictsWith = [];
    this.implied = undefined;
    this.helpGroupHeading = undefined; // soft initialised when option added to command
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
    if (typeof impliedOptionValues === 'string') {
      // string is not documented, but easy mistake and we can do what user probably intended.
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

  env(name) {
    this.envVar = name;
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
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
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
      return this.long.replace(/^--/, '');
    }
    return this.short.replace(/^-/, '');
  }

  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */

  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ''));
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
}

/**
 * This class is to make it easier to work with dual options, without changing the existing
 * implementation. We support separate dual options for separate positive and negative options,
 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
 * use cases, but is tricky for others where we want separate behaviours despite
 * the single shared option value.
 */
class DualOptions {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = new Map();
    this.negativeOptions = new Map();
    this.dualOptions = new Set();
    options.forEach((option) => {
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

    // Use the value to deduce if (probably) came from the option.
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== undefined ? preset : false;
    return option.negate === (negativeValue === value);
  }
}

/**
 * Convert string from kebab-case to camelCase.
 *
 * @param {string} str
 * @return {string}
 * @private
 */

function camelcase(str) {
  return str.split('-').reduce((str, word) => {
    return str + word[0].toUpperCase() + word.slice(1);
  });
}

/**
 * Split the short and long flag out of something like '-m,--mixed <value>'
 *
 * @private
 */

function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  // short flag, single dash and single character
  const shortFlagExp = /^-[^-]$/;
  // long flag, double dash and at least one character
  const longFlagExp = /^--[^-]/;

  const flagParts = flags.split(/[ |,]+/).concat('guard');
  // Normal is short and/or long.
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  // Long then short. Rarely used but fine.
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  // Allow two long flags, like '--ws, --workspace'
  // This is the supported way to have a shortish option flag.
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }

  // Check for unprocessed flag. Fail noisily rather than silently ignore.
  if (flagParts[0].startsWith('-')) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
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
  if (shortFlag === undefined && longFlag === undefined)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`,
    );

  return { shortFlag, longFlag };
}

exports.Option = Option;
exports.DualOptions = DualOptions;


/***/ }),

/***/ 5030:
/***/ ((__unused_webpack_module, exports) => {

const maxDistance = 3;

function editDistance(a, b) {
  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
  // Calculating optimal string alignment distance, no substring is edited more than once.
  // (Simple implementation.)

  // Quick early exit, return worst case.
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);

  // distance between prefix substrings of a and b
  const d = [];

  // pure deletions turn a into empty string
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  // pure insertions turn empty string into b
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }

  // fill matrix
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost = 1;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1, // deletion
        d[i][j - 1] + 1, // insertion
        d[i - 1][j - 1] + cost, // substitution
      );
      // transposition
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }

  return d[a.length][b.length];
}

/**
 * Find close matches, restricted to same number of edits.
 *
 * @param {string} word
 * @param {string[]} candidates
 * @returns {string}
 */

function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return '';
  // remove possible duplicates
  candidates = Array.from(new Set(candidates));

  const searchingOptions = word.startsWith('--');
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }

  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return; // no one character guesses

    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        // better edit distance, throw away previous worse matches
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
    return `\n(Did you mean one of ${similar.join(', ')}?)`;
  }
  if (similar.length === 1) {
    return `\n(Did you mean ${similar[0]}?)`;
  }
  return '';
}

exports.suggestSimilar = suggestSimilar;


/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
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
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

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
}


/***/ }),

/***/ 8179:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Di: () => (/* binding */ InvalidArgumentError),
/* harmony export */   b7: () => (/* binding */ CommanderError),
/* harmony export */   c$: () => (/* binding */ Option),
/* harmony export */   uB: () => (/* binding */ Command)
/* harmony export */ });
/* unused harmony exports program, createCommand, createArgument, createOption, InvalidOptionArgumentError, Argument, Help */
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8909);


// wrapper to provide named exports for ESM.
const {
  /* program */ "DM": program,
  /* createCommand */ "gu": createCommand,
  /* createArgument */ "er": createArgument,
  /* createOption */ "Ww": createOption,
  /* CommanderError */ "b7": CommanderError,
  /* InvalidArgumentError */ "Di": InvalidArgumentError,
  /* InvalidOptionArgumentError */ "a2": InvalidOptionArgumentError, // deprecated old name
  /* Command */ "uB": Command,
  /* Argument */ "ef": Argument,
  /* Option */ "c$": Option,
  /* Help */ "_V": Help,
} = _index_js__WEBPACK_IMPORTED_MODULE_0__;


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 2079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3546);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
