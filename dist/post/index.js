import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42463:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(63893);
const draft7_1 = __nccwpck_require__(39941);
const discriminator_1 = __nccwpck_require__(28886);
const draft7MetaSchema = __nccwpck_require__(72079);
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
var validate_1 = __nccwpck_require__(87881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(81436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(33021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(53162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 80567:
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

/***/ 81436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(80567);
const scope_1 = __nccwpck_require__(77788);
var code_2 = __nccwpck_require__(80567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(77788);
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

/***/ 77788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(80567);
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

/***/ 81283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const names_1 = __nccwpck_require__(90630);
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
const codegen_1 = __nccwpck_require__(81436);
const validation_error_1 = __nccwpck_require__(33021);
const names_1 = __nccwpck_require__(90630);
const resolve_1 = __nccwpck_require__(24090);
const util_1 = __nccwpck_require__(84464);
const validate_1 = __nccwpck_require__(87881);
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

/***/ 90630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
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

/***/ 53162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(24090);
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

/***/ 24090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(84464);
const equal = __nccwpck_require__(23430);
const traverse = __nccwpck_require__(81167);
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

/***/ 84464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(81436);
const code_1 = __nccwpck_require__(80567);
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

/***/ 37692:
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

/***/ 35346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(81283);
const codegen_1 = __nccwpck_require__(81436);
const names_1 = __nccwpck_require__(90630);
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

/***/ 86685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(37692);
const errors_1 = __nccwpck_require__(81283);
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
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

/***/ 11699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
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

/***/ 87881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(35346);
const dataType_1 = __nccwpck_require__(86685);
const applicability_1 = __nccwpck_require__(37692);
const dataType_2 = __nccwpck_require__(86685);
const defaults_1 = __nccwpck_require__(11699);
const keyword_1 = __nccwpck_require__(15202);
const subschema_1 = __nccwpck_require__(26200);
const codegen_1 = __nccwpck_require__(81436);
const names_1 = __nccwpck_require__(90630);
const resolve_1 = __nccwpck_require__(24090);
const util_1 = __nccwpck_require__(84464);
const errors_1 = __nccwpck_require__(81283);
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

/***/ 15202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(81436);
const names_1 = __nccwpck_require__(90630);
const code_1 = __nccwpck_require__(28484);
const errors_1 = __nccwpck_require__(81283);
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

/***/ 26200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
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

/***/ 63893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(87881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(81436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(33021);
const ref_error_1 = __nccwpck_require__(53162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(81436);
const resolve_1 = __nccwpck_require__(24090);
const dataType_1 = __nccwpck_require__(86685);
const util_1 = __nccwpck_require__(84464);
const $dataRefSchema = __nccwpck_require__(63837);
const uri_1 = __nccwpck_require__(36285);
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

/***/ 24951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(23430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 36214:
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

/***/ 36285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(24352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 33021:
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

/***/ 73448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
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

/***/ 42431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(28484);
const codegen_1 = __nccwpck_require__(81436);
const names_1 = __nccwpck_require__(90630);
const util_1 = __nccwpck_require__(84464);
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

/***/ 39205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(84464);
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

/***/ 89380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(28484);
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

/***/ 16182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
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

/***/ 95826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const code_1 = __nccwpck_require__(28484);
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

/***/ 48584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
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

/***/ 28775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(73448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(75791);
const items2020_1 = __nccwpck_require__(52959);
const contains_1 = __nccwpck_require__(16182);
const dependencies_1 = __nccwpck_require__(95826);
const propertyNames_1 = __nccwpck_require__(71372);
const additionalProperties_1 = __nccwpck_require__(42431);
const properties_1 = __nccwpck_require__(88778);
const patternProperties_1 = __nccwpck_require__(50664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(89380);
const oneOf_1 = __nccwpck_require__(22490);
const allOf_1 = __nccwpck_require__(39205);
const if_1 = __nccwpck_require__(48584);
const thenElse_1 = __nccwpck_require__(46829);
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

/***/ 75791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const code_1 = __nccwpck_require__(28484);
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

/***/ 52959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const code_1 = __nccwpck_require__(28484);
const additionalItems_1 = __nccwpck_require__(73448);
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
const util_1 = __nccwpck_require__(84464);
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

/***/ 22490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
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

/***/ 50664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(28484);
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const util_2 = __nccwpck_require__(84464);
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
const items_1 = __nccwpck_require__(75791);
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

/***/ 88778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(87881);
const code_1 = __nccwpck_require__(28484);
const util_1 = __nccwpck_require__(84464);
const additionalProperties_1 = __nccwpck_require__(42431);
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

/***/ 71372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
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

/***/ 46829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(84464);
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

/***/ 28484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const names_1 = __nccwpck_require__(90630);
const util_2 = __nccwpck_require__(84464);
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

/***/ 69872:
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

/***/ 97397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(69872);
const ref_1 = __nccwpck_require__(92996);
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

/***/ 92996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(53162);
const code_1 = __nccwpck_require__(28484);
const codegen_1 = __nccwpck_require__(81436);
const names_1 = __nccwpck_require__(90630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(84464);
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

/***/ 28886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const types_1 = __nccwpck_require__(87115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(53162);
const util_1 = __nccwpck_require__(84464);
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

/***/ 87115:
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

/***/ 39941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(97397);
const validation_1 = __nccwpck_require__(85481);
const applicator_1 = __nccwpck_require__(28775);
const format_1 = __nccwpck_require__(72601);
const metadata_1 = __nccwpck_require__(56620);
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

/***/ 26402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
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

/***/ 72601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(26402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 56620:
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

/***/ 98026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const equal_1 = __nccwpck_require__(24951);
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

/***/ 93200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const equal_1 = __nccwpck_require__(24951);
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

/***/ 85481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(43723);
const multipleOf_1 = __nccwpck_require__(18132);
const limitLength_1 = __nccwpck_require__(46962);
const pattern_1 = __nccwpck_require__(96023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(94504);
const limitItems_1 = __nccwpck_require__(36296);
const uniqueItems_1 = __nccwpck_require__(65132);
const const_1 = __nccwpck_require__(98026);
const enum_1 = __nccwpck_require__(93200);
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

/***/ 36296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
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

/***/ 46962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const ucs2length_1 = __nccwpck_require__(36214);
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

/***/ 43723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
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
const codegen_1 = __nccwpck_require__(81436);
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

/***/ 18132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
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

/***/ 96023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(28484);
const util_1 = __nccwpck_require__(84464);
const codegen_1 = __nccwpck_require__(81436);
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

/***/ 94504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(28484);
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
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

/***/ 65132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(86685);
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const equal_1 = __nccwpck_require__(24951);
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

/***/ 23430:
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

/***/ 81167:
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

/***/ 73313:
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

/***/ 44248:
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

/***/ 33502:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
var fs = __nccwpck_require__(79896);
var util = __nccwpck_require__(39023);
var stream = __nccwpck_require__(2203);
var Readable = stream.Readable;
var PassThrough = stream.PassThrough;
var Pend = __nccwpck_require__(73313);
var EventEmitter = (__nccwpck_require__(24434).EventEmitter);

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

/***/ 20663:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;
var fs = __nccwpck_require__(79896);
var zlib = __nccwpck_require__(43106);
var fd_slicer = __nccwpck_require__(33502);
var util = __nccwpck_require__(39023);
var EventEmitter = (__nccwpck_require__(24434).EventEmitter);
var Transform = (__nccwpck_require__(2203).Transform);
var PassThrough = (__nccwpck_require__(2203).PassThrough);
var Writable = (__nccwpck_require__(2203).Writable);

// Node 20 added zlib.crc32.
const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : __nccwpck_require__(44248);

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

/***/ 45965:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ samplerIdentityPath),
/* harmony export */   Lm: () => (/* binding */ parseProcessIdentity),
/* harmony export */   d9: () => (/* binding */ fileJobStore),
/* harmony export */   zv: () => (/* binding */ StateKey)
/* harmony export */ });
/* unused harmony exports JOB_DIR_NAME, jobDirFor, jobStatePath, readJobState, writeJobState, writeSamplerIdentity, appendPhaseMark, readPhaseMarks */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * State shared between the action's steps. Two scopes:
 * - step state (STATE_* from main to its own post): which role this invocation plays;
 * - job state: a file under RUNNER_TEMP (a fresh directory per job) that every invocation of
 *   the action in the job reads, so only the first starts a sampler and later ones mark phases.
 */


/** Keys of step state, in one place. */
const StateKey = {
    /** JSON of `StepState`. */
    Step: 'resource-planner',
};
const JOB_DIR_NAME = 'resource-planner';
function jobDirFor(runnerTemp) {
    return join(runnerTemp, JOB_DIR_NAME);
}
function jobStatePath(jobDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(jobDir, 'job.json');
}
/** The job state, or null when no invocation has written it yet (or it is unreadable). */
function readJobState(jobDir) {
    try {
        const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(jobStatePath(jobDir), 'utf8'));
        return parsed.version === 1 ? parsed : null;
    }
    catch {
        return null;
    }
}
function writeJobState(jobDir, state) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(jobDir, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(jobStatePath(jobDir), JSON.stringify(state), 'utf8');
}
/**
 * A copy of the sampler's identity beside the job state, so that the post step that owns the
 * sampler can still stop it when the job state itself is unreadable.
 */
function samplerIdentityPath(jobDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(jobDir, 'sampler-identity.json');
}
function writeSamplerIdentity(jobDir, identity) {
    mkdirSync(jobDir, { recursive: true });
    writeFileSync(samplerIdentityPath(jobDir), JSON.stringify(identity), 'utf8');
}
/** A process identity from untrusted JSON (the job state, the identity file); null when malformed. */
function parseProcessIdentity(value) {
    if (typeof value !== 'object' || value === null)
        return null;
    const { pid, startTime, exe } = value;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0)
        return null;
    if (startTime !== null && typeof startTime !== 'string')
        return null;
    if (exe !== null && typeof exe !== 'string')
        return null;
    return { pid, startTime, exe };
}
function appendPhaseMark(phasesFile, mark) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(phasesFile, JSON.stringify(mark) + '\n', 'utf8');
}
/** Phase marks written by the invocations so far; unreadable lines are skipped. */
function readPhaseMarks(phasesFile) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(phasesFile, 'utf8');
    }
    catch {
        return [];
    }
    const marks = [];
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        try {
            const mark = JSON.parse(line);
            if (typeof mark.name === 'string' && typeof mark.t === 'number') {
                marks.push({
                    name: mark.name,
                    t: mark.t,
                    workersRecommended: typeof mark.workersRecommended === 'number' ? mark.workersRecommended : null,
                });
            }
        }
        catch {
            // A line cut short by a crash: the others still count.
        }
    }
    return marks;
}
/** The real store: files under RUNNER_TEMP. */
const fileJobStore = {
    read: readJobState,
    write: writeJobState,
    appendPhaseMark,
    readPhaseMarks,
};


/***/ }),

/***/ 90665:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ realPostDeps)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __nccwpck_require__(58382);
// EXTERNAL MODULE: ./src/profile/profile.ts + 1 modules
var profile_profile = __nccwpck_require__(31306);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var node_modules_yauzl = __nccwpck_require__(20663);
// EXTERNAL MODULE: ./src/shared/units.ts
var units = __nccwpck_require__(64886);
// EXTERNAL MODULE: ./src/profile/naming.ts
var naming = __nccwpck_require__(46549);
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

// EXTERNAL MODULE: ./src/profile/digest.ts
var digest = __nccwpck_require__(73449);
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
function readBoundedText(path, maxBytes, options = {}) {
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
            throw new FileError(path, 'too-large', `more than the ${(0,units/* formatBytes */.z3)(maxBytes)} ${what} may have (read past its stated size of ${(0,units/* formatBytes */.z3)(opened.size)})`);
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
        throw new FileError(path, 'too-large', `${(0,units/* formatBytes */.z3)(stat.size)}, more than the ${(0,units/* formatBytes */.z3)(maxBytes)} ${what} may have`);
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
function ensureWritableDirectory(path, maxMissingParents = 2) {
    createLevel(path, maxMissingParents);
    requireFolder(path);
    try {
        accessSync(path, constants.W_OK | constants.X_OK);
    }
    catch (error) {
        throw new FileError(path, 'unusable', `not writable (${errorCode(error) ?? 'refused'})`);
    }
}
function createLevel(path, parentsLeft) {
    const code = tryMkdir(path);
    if (code === null || code === 'EEXIST')
        return;
    const parent = dirname(path);
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
        mkdirSync(path);
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
const MAX_ZIP_BYTES = 8 * units/* MiB */.lv;
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
            if ((0,external_node_path_.basename)(file) === digest/* DIGEST_FILE_NAME */.wM) {
                // A downloaded artifact's digest: its entries count for runs no profile here covers.
                const parsed = (0,digest/* parseDigest */.m)(readBoundedText(file, digest/* MAX_DIGEST_BYTES */.oK, { what: 'a history digest', followLinks: false }));
                digests.push(...parsed.entries);
                if (parsed.problems.length > 0)
                    result.notes.push(`${shownPath(file)}: ${parsed.problems.length} digest entries left out.`);
                continue;
            }
            const text = readBoundedText(file, profile_profile/* MAX_PROFILE_BYTES */.Z9, {
                what: 'a run profile',
                followLinks: false,
            });
            const profile = (0,profile_profile/* parseProfile */.jZ)(text);
            result.profiles.push({ profile, runId: profile.run.runId, url: null, failed: false });
        }
        catch (error) {
            result.skipped.push({
                runId: null,
                reason: error instanceof FileError ? error.message : `${shownPath(file)}: ${(0,errors/* errorMessage */.gJ)(error)}`,
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
        result.notes.push(`Skipped ${(0,errors/* errorMessage */.gJ)(error)}.`);
        return [];
    }
    return entries
        .filter((inner) => inner.endsWith('.json') && !isFolder((0,external_node_path_.join)(folder, inner)))
        .map((inner) => (0,external_node_path_.join)(folder, inner));
}

// EXTERNAL MODULE: ./src/shared/stats.ts
var stats = __nccwpck_require__(83570);
// EXTERNAL MODULE: ./src/profile/types.ts
var types = __nccwpck_require__(86808);
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
            p50Bytes: Math.round((0,stats/* quantileSorted */.Z4)(peaks, 0.5)),
            p90Bytes: Math.round((0,stats/* quantileSorted */.Z4)(peaks, 0.9)),
            maxBytes: peaks[peaks.length - 1] ?? 0,
            meanBytes: Math.round(mean(peaks)),
        },
        meanEndRssBytes: Math.round(mean(ends)),
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
function mean(values) {
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
            p95Bytes: Math.round((0,stats/* quantileSorted */.Z4)(sorted, 0.95)),
            meanBytes: Math.round(mean(trees)),
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
        kind: types/* PROFILE_KIND */.Lr,
        version: types/* PROFILE_VERSION */.PL,
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
        timeline: downsample(samples, phaseOf, origin, types/* TIMELINE_MAX_POINTS */.x3),
        events: events.slice(0, 1000),
    };
}

;// CONCATENATED MODULE: ./src/profile/samples-file.ts
const KINDS = new Set(['start', 'proc', 's', 'exit', 'stop']);
function parseSamplesFile(text) {
    const lines = [];
    let skipped = 0;
    const truncatedTail = text.length > 0 && !text.endsWith('\n');
    const rows = text.split('\n');
    if (truncatedTail)
        rows.pop();
    for (const row of rows) {
        if (!row.trim())
            continue;
        try {
            const line = JSON.parse(row);
            if (typeof line === 'object' &&
                line !== null &&
                typeof line.k === 'string' &&
                KINDS.has(line.k)) {
                lines.push(line);
            }
            else
                skipped++;
        }
        catch {
            skipped++;
        }
    }
    return { lines, skipped, truncatedTail };
}

// EXTERNAL MODULE: ./src/profile/worker-group.ts
var worker_group = __nccwpck_require__(83537);
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
    const { slope, positiveShare } = (0,stats/* theilSen */.fR)(thinned);
    const growth = slope * span;
    return growth >= LEAK_GROWTH_SHARE_OF_PEAK * phase.treeRss.peakBytes &&
        positiveShare >= LEAK_POSITIVE_SHARE
        ? growth
        : null;
}
function advisePhase(profile, phaseIndex, settings) {
    const phase = profile.phases[phaseIndex];
    const group = (0,worker_group/* mainWorkerGroup */.Z)(phase);
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
const UNMEASURED_RESERVE_BYTES = 512 * units/* MiB */.lv;
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
const MEASURED_RESERVE_BYTES = 100 * units/* MiB */.lv;
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

// EXTERNAL MODULE: ./src/report/chart.ts
var chart = __nccwpck_require__(70194);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(14031);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(54285);
;// CONCATENATED MODULE: ./src/report/tasks.ts


/** Rows the Markdown table holds at most (every task that did not finish ok is listed first). */
const MAX_MARKDOWN_TASK_ROWS = 1000;
/** What a status reads as in a report. */
const STATUS_TEXT = {
    ok: 'ok',
    failed: 'failed',
    'oom-killed': 'OOM-killed',
    'not-started': 'could not start',
    'not-run': 'not run',
    stopped: 'stopped',
};
const TASK_HEADER = ['#', 'Task', 'Status', 'Exit', 'Runs', 'Duration', 'Peak'];
/** The cells of one task's row, its name left to the renderer to escape. */
function taskCells(task, index) {
    const ran = task.runs > 0;
    return {
        name: task.name,
        cells: [
            String(index + 1),
            '',
            STATUS_TEXT[task.status],
            task.exitStatus === null ? '—' : String(task.exitStatus),
            String(task.runs),
            ran ? humanDuration(task.durationMs) : '—',
            ran ? (0,units/* formatBytes */.z3)(task.peakBytes) : '—',
        ],
    };
}
/** One line: how many tasks finished, failed and never ran. */
function taskSummaryLine(profile) {
    const tasks = profile.tasks;
    if (!tasks || tasks.length === 0)
        return null;
    const count = (status) => tasks.filter((task) => task.status === status).length;
    const parts = [`${count('ok')} of ${tasks.length} task(s) finished ok`];
    for (const status of ['failed', 'oom-killed', 'not-started', 'stopped', 'not-run'])
        if (count(status) > 0)
            parts.push(`${count(status)} ${STATUS_TEXT[status]}`);
    return parts.join(', ');
}
/**
 * The tasks in the order the Markdown table lists them when it must be cut: every task that did
 * not finish ok first (none of them is ever left out below the cap), then the rest, in list order.
 */
function tasksForMarkdown(tasks) {
    const indexed = tasks.map((task, index) => ({ task, index }));
    if (indexed.length <= MAX_MARKDOWN_TASK_ROWS)
        return indexed;
    const notOk = indexed.filter(({ task }) => task.status !== 'ok');
    const ok = indexed.filter(({ task }) => task.status === 'ok');
    return [...notOk, ...ok].slice(0, MAX_MARKDOWN_TASK_ROWS).sort((a, b) => a.index - b.index);
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
        return (0,units/* formatDuration */.a3)(ms);
    const minutes = Math.round(ms / 60_000);
    return minutes % 60 === 0
        ? `${minutes / 60} h`
        : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
function orDash(bytes) {
    return bytes === null ? '—' : (0,units/* formatBytes */.z3)(bytes);
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
    phase: (name) => `**${(0,report_escape/* escapeMarkdownText */.m4)(name, 64)}**`,
    text: (value, maxLength) => (0,report_escape/* escapeMarkdownText */.m4)(value, maxLength),
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
    const peak = `peak ${(0,units/* formatBytes */.z3)(top.treeRss.peakBytes)} of the ${(0,units/* formatBytes */.z3)(limit)} limit (${share(top.treeRss.peakBytes, limit)}) in ${phaseName(top)}`;
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
    const memory = `${plural(advice.memoryFits, 'worker')} fit${advice.memoryFits === 1 ? 's' : ''} the ${(0,units/* formatBytes */.z3)(budgetBytes)} budget at ${(0,units/* formatBytes */.z3)(group.peakRss.p90Bytes)} each (p90 of their peaks)${advice.baseBytes > 0 ? ` beside ${(0,units/* formatBytes */.z3)(advice.baseBytes)} for the rest of the job` : ''}`;
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
            notes.push(`📈 Memory in ${name} kept rising through the second half of the phase, after the workers had started: +${(0,units/* formatBytes */.z3)(advice.leakGrowthBytes)}, ${share(advice.leakGrowthBytes, phase.treeRss.peakBytes)} of its peak. If it does so again, look for a leak (Node: a heap snapshot of one worker); Jest's ${code('--workerIdleMemoryLimit')} restarts workers that grow.`);
        }
        if (advice.swing && group) {
            notes.push(`ℹ️ The ${style.text(group.name, 40)} workers of ${name} used ${(0,units/* formatBytes */.z3)(advice.swing.meanBytes)} on average while alive but peaked at ${(0,units/* formatBytes */.z3)(advice.swing.peakBytes)} (p90): the count below assumes every worker at its peak at once. Planning from history (the action's main step) models how their peaks line up and may allow more.`);
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
    const unit = (0,chart/* timeAxisFor */.kz)(endMs).time;
    const phaseNotes = profile.phases.length > 1
        ? [
            `<sub>Phases (${unit.name}): ${profile.phases
                .slice(0, 20)
                .map((phase) => `${(0,report_escape/* escapeMarkdownText */.m4)(phase.name, 40)} ${(0,chart/* chartNumber */.s6)(phase.startMs / unit.ms)}–${(0,chart/* chartNumber */.s6)(phase.endMs / unit.ms)}`)
                .join(' · ')}</sub>`,
        ]
        : [];
    return (0,chart/* timeChart */.sd)({
        title: 'Memory over time',
        endMs,
        series: [
            { name: 'job processes (sum of RSS)', colour: 'red', points: points(timeline.treeRssBytes) },
            hasCgroup
                ? { name: 'cgroup charge', colour: 'blue', points: points(timeline.cgroupUsageBytes) }
                : { name: 'system used', colour: 'blue', points: points(timeline.systemUsedBytes) },
        ],
        limit: {
            name: `limit (${(0,units/* formatBytes */.z3)(profile.host.memoryLimitBytes)})`,
            bytes: profile.host.memoryLimitBytes,
        },
        notes: phaseNotes,
    });
}
function statisticsTable(profile) {
    return (0,markdown/* table */.tp)(['Phase', 'Peak', 'p95', 'Mean', 'Last sample', 'Cgroup peak', 'Pressure (PSI)'], profile.phases.map((phase) => [
        (0,report_escape/* escapeTableCell */.aL)(phase.name, 64),
        (0,units/* formatBytes */.z3)(phase.treeRss.peakBytes),
        (0,units/* formatBytes */.z3)(phase.treeRss.p95Bytes),
        (0,units/* formatBytes */.z3)(phase.treeRss.meanBytes),
        (0,units/* formatBytes */.z3)(phase.treeRss.endBytes),
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
            (0,report_escape/* escapeTableCell */.aL)(group.name, 64),
            (0,report_escape/* escapeTableCell */.aL)(group.parentName ?? '—', 64),
            String(group.maxConcurrency),
            String(group.processes),
            (0,units/* formatBytes */.z3)(group.peakRss.p50Bytes),
            (0,units/* formatBytes */.z3)(group.peakRss.p90Bytes),
            (0,units/* formatBytes */.z3)(group.peakRss.maxBytes),
            group.concurrency ? (0,units/* formatBytes */.z3)(group.concurrency.memberMeanBytes) : '—',
        ]);
        return `${phaseName(phase)}\n\n${(0,markdown/* table */.tp)(['Process', 'Parent', 'At once', 'Seen', 'Peak p50', 'Peak p90', 'Peak max', 'Mean while alive'], rows)}`;
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
        head.push('', `${humanDuration(totalMs)}${profile.phases.length > 1 ? ` in ${profile.phases.length} phases` : ''} on ${profile.host.cpus} CPU(s) with a ${(0,units/* formatBytes */.z3)(profile.host.memoryLimitBytes)} memory limit.`);
    sections.push({ markdown: head.join('\n'), priority: 100 });
    const notes = [
        ...(options.notes ?? []).map((note) => (0,report_escape/* escapeMarkdownText */.m4)(note, 300)),
        ...(sampled ? findings(profile, advices) : []),
    ];
    if (notes.length > 0)
        sections.push({ markdown: notes.map((note) => `- ${note}`).join('\n'), priority: 90 });
    if (!sampled)
        return `${(0,markdown/* fitToLimit */.Qt)(sections, markdown/* SUMMARY_LIMIT_BYTES */.Jz - 1024)}\n`;
    const tasks = profile.tasks ?? [];
    if (tasks.length > 0) {
        const shown = tasksForMarkdown(tasks);
        sections.push({
            markdown: [
                // Our own words and counts: nothing untrusted to escape.
                `**Tasks**: ${taskSummaryLine(profile) ?? ''}.`,
                '',
                (0,markdown/* table */.tp)(TASK_HEADER, shown.map(({ task, index }) => {
                    const { name, cells } = taskCells(task, index);
                    cells[1] = `\`${(0,report_escape/* escapeTableCell */.aL)(name, 80)}\``;
                    return cells;
                }), ['right', 'left', 'left', 'right', 'right', 'right', 'right']),
                ...(shown.length < tasks.length
                    ? ['', `${tasks.length - shown.length} more task(s) that finished ok are in the profile.`]
                    : []),
            ].join('\n'),
            priority: 84,
        });
    }
    if (profile.phases.length > 1) {
        // Deaths at the V8 heap limit get a column only where there were some (rare, and mostly null).
        const anyHeap = profile.phases.some((phase) => (phase.heapLimitKills ?? 0) > 0);
        const bold = (count) => (count > 0 ? `**${count}**` : '0');
        sections.push({
            markdown: (0,markdown/* table */.tp)([
                'Phase',
                'Duration',
                'Workers planned',
                'Peak',
                'Of the limit',
                'OOM kills',
                ...(anyHeap ? ['Out of heap'] : []),
            ], profile.phases.map((phase) => [
                (0,report_escape/* escapeTableCell */.aL)(phase.name, 64),
                humanDuration(phase.durationMs),
                phase.workersRecommended === null ? '—' : String(phase.workersRecommended),
                (0,units/* formatBytes */.z3)(phase.treeRss.peakBytes),
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
        markdown: (0,markdown/* details */.zH)('Memory statistics and worker groups (top 10 per phase)', detail),
        priority: 20,
    });
    sections.push({
        markdown: `<sub>Sampled every ${profile.sampler.intervalMs} ms from ${(0,report_escape/* escapeMarkdownText */.m4)(profile.sampler.source, 16)} (${profile.sampler.samples} samples) on ${(0,report_escape/* escapeMarkdownText */.m4)(profile.host.os, 16)}/${(0,report_escape/* escapeMarkdownText */.m4)(profile.host.arch, 16)}. Peak: the highest sum of the job's processes' RSS in one sample.</sub>`,
        priority: 10,
    });
    return `${(0,markdown/* fitToLimit */.Qt)(sections, markdown/* SUMMARY_LIMIT_BYTES */.Jz - 1024)}\n`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./src/shared/inert-text.ts
var inert_text = __nccwpck_require__(11961);
;// CONCATENATED MODULE: ./src/runner/actions-runner.ts
/**
 * The real `Runner`: the GitHub Actions runner's file-command protocol, implemented directly.
 *
 * Why not @actions/core: bundled, it brings an HTTP client (~1 MB of JavaScript) that the main
 * step never uses, and parsing it more than doubles the step's start-up time. The protocol is
 * small and documented (GitHub's "Workflow commands" docs; the runner's parser is
 * `EnvFileKeyValuePairs` in actions/runner): `NAME<<DELIMITER` heredocs appended to
 * the files named by GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV, Markdown appended to
 * GITHUB_STEP_SUMMARY, and `::command props::data` lines on stdout for annotations.
 *
 * Every line this adapter writes to the log goes through `inertText` (src/shared/inert-text.ts):
 * messages often quote untrusted text (an earlier run's artifact, a parser error quoting it, a
 * file name), and no part of them may start a workflow command. Info lines keep their line
 * breaks, each line made inert; annotations (notice, warning, error, setFailed) are folded to one
 * line and cut to ANNOTATION_MAX_LENGTH, since the runner shows an annotation as one message.
 */




/** Longest annotation message (code points): one readable line, never a whole quoted file. */
const ANNOTATION_MAX_LENGTH = 1000;
/** Longest annotation title (code points). */
const TITLE_MAX_LENGTH = 200;
/** The environment variable the runner sets for an input: spaces → `_`, upper-cased, hyphens kept. */
function inputVariableName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** Formats one file-command entry with a random heredoc delimiter, as the runner parses it. */
function formatFileCommand(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        // A random UUID cannot collide by accident; refusing keeps a forged one from ending the value.
        throw new Error(`Refusing to write '${name}': the value contains the heredoc delimiter.`);
    }
    if (name.includes('\n') || name.includes('\r') || name.includes('=') || name.includes('<<')) {
        throw new Error(`Refusing to write a file command with the unsafe name ${JSON.stringify(name)}.`);
    }
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
/** Escapes the data part of a workflow command (runner's ActionCommand escaping). */
function escapeCommandData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a property value of a workflow command. */
function escapeCommandProperty(text) {
    return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * Formats one workflow command line as the runner parses it. The protocol layer only: callers
 * with untrusted text go through the adapter, which makes the message inert first.
 */
function formatCommand(command, message, properties = {}) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined)
        .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeCommandData(message)}`;
}
function annotationProps(properties = {}) {
    const title = properties.title === undefined
        ? undefined
        : (0,inert_text/* inertText */.UJ)(properties.title, { fold: true, maxLength: TITLE_MAX_LENGTH });
    return { title, file: properties.file, line: properties.startLine };
}
/** An annotation's message: one inert line, cut (the runner shows it as one message). */
function annotationText(message) {
    return (0,inert_text/* inertText */.UJ)(message, { fold: true, maxLength: ANNOTATION_MAX_LENGTH });
}
function createActionsRunner(options = {}) {
    const env = options.env ?? process.env;
    const write = options.write ?? ((text) => void process.stdout.write(text));
    const onFailed = options.onFailed ?? (() => void (process.exitCode = 1));
    // Every log line: free text made inert line by line, or a command whose data is made inert.
    const line = (text) => write((0,inert_text/* inertText */.UJ)(text) + external_node_os_.EOL);
    const command = (name, message, properties = {}) => write(formatCommand(name, message, properties) + external_node_os_.EOL);
    const appendFileCommand = (variable, name, value) => {
        const path = env[variable];
        if (!path)
            return false;
        (0,external_node_fs_.appendFileSync)(path, formatFileCommand(name, value), 'utf8');
        return true;
    };
    return {
        getInput: (name) => (env[inputVariableName(name)] ?? '').trim(),
        getState: (name) => env[`STATE_${name}`] ?? '',
        setOutput(name, value) {
            // Outside a runner (no GITHUB_OUTPUT) the value is only logged, so local runs stay readable.
            if (!appendFileCommand('GITHUB_OUTPUT', name, value))
                line(`output ${name}=${value}`);
        },
        saveState(name, value) {
            appendFileCommand('GITHUB_STATE', name, value);
        },
        exportVariable(name, value) {
            if (!appendFileCommand('GITHUB_ENV', name, value))
                line(`env ${name}=${value}`);
        },
        addPath(folder) {
            // The runner reads GITHUB_PATH line by line: a line break would add a second folder.
            if (/[\r\n]/.test(folder))
                throw new Error(`Refusing to add ${JSON.stringify(folder)} to PATH: it holds a line break.`);
            const path = env.GITHUB_PATH;
            if (path)
                (0,external_node_fs_.appendFileSync)(path, `${folder}${external_node_os_.EOL}`, 'utf8');
            else
                line(`path ${folder}`);
        },
        appendSummary(markdown) {
            const path = env.GITHUB_STEP_SUMMARY;
            if (path)
                (0,external_node_fs_.appendFileSync)(path, markdown.endsWith('\n') ? markdown : markdown + '\n', 'utf8');
        },
        info: (message) => line(message),
        // The runner prints each line of a debug message (%0A) after `##[debug]`: lines kept, inert.
        debug: (message) => command('debug', (0,inert_text/* inertText */.UJ)(message)),
        notice: (message, properties) => command('notice', annotationText(message), annotationProps(properties)),
        warning: (message, properties) => command('warning', annotationText(message), annotationProps(properties)),
        error: (message, properties) => command('error', annotationText(message), annotationProps(properties)),
        setFailed(message) {
            command('error', annotationText(message));
            onFailed();
        },
    };
}

// EXTERNAL MODULE: ./src/action/job-state.ts
var job_state = __nccwpck_require__(45965);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/sampler/fallback.ts
/**
 * Process listings for macOS and Windows, where there is no /proc: ONE listing command per tick
 * (never one per process), at a lower rate than on Linux. Parsing is pure and tested with
 * captured output; the command runs in the sampler's own process, off the job's critical path.
 */



/** The slowest rate the fallbacks sample at: a listing costs tens of milliseconds of CPU. */
const fallback_FALLBACK_MIN_INTERVAL_MS = 2000;
/** `ps -axo pid=,ppid=,rss=,comm=` (macOS: rss in KiB, comm the executable's path). */
function parsePsOutput(text) {
    const processes = [];
    for (const line of text.split('\n')) {
        const match = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.+?)\s*$/.exec(line);
        if (!match)
            continue;
        const [, pid, ppid, rssKiB, command = ''] = match;
        processes.push({
            pid: Number(pid),
            ppid: Number(ppid),
            startTime: 0,
            rssBytes: Number(rssKiB) * KiB,
            name: basename(command),
        });
    }
    return processes;
}
/** Lines `pid,ppid,workingSetBytes,name` printed by the PowerShell command below. */
function parseWindowsListing(text) {
    const processes = [];
    for (const line of text.split(/\r?\n/)) {
        const match = /^(\d+),(\d+),(\d+),(.+)$/.exec(line.trim());
        if (!match)
            continue;
        const [, pid, ppid, workingSet, name = ''] = match;
        processes.push({
            pid: Number(pid),
            ppid: Number(ppid),
            startTime: 0,
            rssBytes: Number(workingSet),
            name: win32.basename(name),
        });
    }
    return processes;
}
const WINDOWS_LISTING = 'Get-CimInstance Win32_Process | ForEach-Object { "$($_.ProcessId),$($_.ParentProcessId),$($_.WorkingSetSize),$($_.Name)" }';
/** The listing source for this platform, or null on Linux (use /proc) and unknown systems. */
function listingSource(platform) {
    if (platform === 'darwin') {
        return {
            name: 'ps',
            snapshot: () => parsePsOutput(execFileSync('ps', ['-axo', 'pid=,ppid=,rss=,comm='], {
                encoding: 'utf8',
                maxBuffer: 16 * 1024 * 1024,
            })),
            close: () => undefined,
        };
    }
    if (platform === 'win32') {
        return {
            name: 'tasklist',
            snapshot: () => parseWindowsListing(execFileSync('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', WINDOWS_LISTING], {
                encoding: 'utf8',
                maxBuffer: 16 * 1024 * 1024,
                windowsHide: true,
            })),
            close: () => undefined,
        };
    }
    return null;
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
        for (const entry of readdirSync(this.procRoot)) {
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
                    fd: openSync(`${this.procRoot}/${pid}/stat`, 'r'),
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
            const bytes = readSync(tracked.fd, this.buffer, 0, STAT_BUFFER_BYTES, 0);
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
            const name = nameFromExe(readlinkSync(`${this.procRoot}/${pid}/exe`));
            if (name)
                return name;
        }
        catch {
            // Another user's process (EACCES) or a kernel thread (ENOENT).
        }
        try {
            const name = nameFromCmdline(readFileSync(`${this.procRoot}/${pid}/cmdline`, 'latin1'));
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
            closeSync(tracked.fd);
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

;// CONCATENATED MODULE: ./src/sampler/types.ts
/**
 * The samples file: JSON Lines appended by the sampler as it goes, so a crash loses at most the
 * last (possibly truncated) line. Times are milliseconds of the system's monotonic clock
 * (`process.hrtime`), shared by every process of the job. Sizes in bytes.
 * Never holds command-line arguments or environment values: only executable basenames.
 */

/**
 * The sampler's hard maximum lifetime: 6 h 10 min, past the longest a job runs by default
 * (`timeout-minutes` defaults to 360), so a sampler whose post step never ran cannot outlive it.
 */
const types_SAMPLER_MAX_LIFETIME_MS = (/* unused pure expression or super */ null && ((6 * 60 + 10) * 60_000));
/** Where a sampler started in `directory` writes its samples and its own log. */
function types_samplerFiles(directory) {
    return { samplesFile: join(directory, 'samples.jsonl'), logFile: join(directory, 'sampler.log') };
}

;// CONCATENATED MODULE: ./src/sampler/spawn.ts
/**
 * Starting and stopping the detached sampler from the action's steps (as the runner treats
 * background processes, actions/runner): spawned
 * detached with its output in files (a child holding the step's pipes would make the runner wait
 * and then kill it), unref()'d so the step can exit, and with the environment kept so the runner
 * can still find it by RUNNER_TRACKING_ID at job end.
 *
 * Post stops it by its identity, never by a bare PID: the system reuses PIDs, so a sampler that
 * crashed (or a job state naming another PID) must not turn into a signal to an unrelated
 * process. The identity (PID, start time, executable) is read when the sampler starts and again
 * before every signal; a process that does not match is not signalled. How well a process can be
 * identified depends on the system (see `readProcessStatus`).
 */





/** V8 flags for the sampler process: 1 MiB semi-spaces, 64 MiB old space. */
const SAMPLER_NODE_FLAGS = (/* unused pure expression or super */ null && (['--max-semi-space-size=1', '--max-old-space-size=64']));
function spawnSampler(options) {
    mkdirSync(options.directory, { recursive: true });
    const { samplesFile, logFile } = samplerFiles(options.directory);
    const platform = options.platform ?? process.platform;
    const args = [
        options.script,
        '--out',
        samplesFile,
        '--root-pid',
        String(options.rootPid),
        '--interval-ms',
        String(options.intervalMs),
        '--max-lifetime-ms',
        String(options.maxLifetimeMs ?? SAMPLER_MAX_LIFETIME_MS),
    ];
    // The root (the runner worker, this step's parent) is certainly alive now: its start time lets
    // the sampler tell it from a later process that reuses its PID. On Windows, where reading it
    // starts PowerShell, the sampler reads it itself, off this step's critical path.
    const owner = platform === 'win32' ? null : readProcessIdentity(options.rootPid, { platform });
    if (owner?.startTime)
        args.push('--root-start-time', owner.startTime);
    if (options.cgroup?.memoryCgroupDir) {
        args.push('--cgroup-dir', options.cgroup.memoryCgroupDir, '--cgroup-version', String(options.cgroup.version));
    }
    const log = openSync(logFile, 'a');
    try {
        // A small young generation and heap cap keep the sampler's own RSS low; it holds little.
        const child = spawn(process.execPath, [...SAMPLER_NODE_FLAGS, ...args], {
            detached: true,
            stdio: ['ignore', log, log],
            env: process.env,
            windowsHide: true,
        });
        child.unref();
        if (child.pid === undefined)
            throw new Error('the sampler process did not start');
        // Read at once: the child is not reaped before this step's event loop runs, so even one that
        // crashed at start still has its /proc entry. Its start time does not change at exec. (On
        // Windows this costs one PowerShell start, about half a second.)
        const identity = readProcessIdentity(child.pid, { platform }) ?? {
            pid: child.pid,
            startTime: null,
            exe: null,
        };
        return {
            pid: child.pid,
            samplesFile,
            logFile,
            source: platform === 'linux' ? 'proc' : platform === 'win32' ? 'tasklist' : 'ps',
            intervalMs: platform === 'linux'
                ? options.intervalMs
                : Math.max(options.intervalMs, FALLBACK_MIN_INTERVAL_MS),
            identity,
        };
    }
    finally {
        closeSync(log);
    }
}
/** True while the process exists and is not a zombie waiting to be reaped. */
function alive(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        return error.code === 'EPERM';
    }
    try {
        // A killed sampler reparented to an init that has not reaped it yet still answers signal 0.
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'latin1');
        return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z';
    }
    catch (error) {
        // Gone between the two checks; or no /proc at all (macOS, Windows), where signal 0 is all there is.
        return error.code !== 'ENOENT' || !(0,external_node_fs_.existsSync)('/proc/self/stat');
    }
}
const runCommand = (file, args) => (0,external_node_child_process_namespaceObject.execFileSync)(file, args, {
    encoding: 'utf8',
    timeout: 10_000,
    maxBuffer: 1024 * 1024,
    windowsHide: true,
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, LC_ALL: 'C' },
});
/**
 * The process's status now; null when there is no such process. The best identity each system
 * offers:
 * - Linux: start time from /proc/PID/stat (field 22, clock ticks since boot, unique with the PID)
 *   and the executable's basename from /proc/PID/exe (else argv[0] of /proc/PID/cmdline);
 * - macOS: `ps -o stat=,lstart=,comm=` (a start time to the second, the executable);
 * - Windows: the creation time (100 ns) and image name from Win32_Process, through PowerShell;
 * - elsewhere, or when the listing fails: whether the PID exists (signal 0), with no start time
 *   and no executable, so only the PID can be compared.
 */
function readProcessStatus(pid, options = {}) {
    if (!Number.isInteger(pid) || pid <= 0)
        return null;
    const platform = options.platform ?? process.platform;
    const procRoot = options.procRoot ?? '/proc';
    if (platform === 'linux' && (options.procRoot !== undefined || (0,external_node_fs_.existsSync)('/proc/self/stat')))
        return linuxStatus(pid, procRoot);
    const run = options.run ?? runCommand;
    if (platform === 'darwin') {
        try {
            return parseMacIdentity(pid, run('ps', ['-o', 'stat=', '-o', 'lstart=', '-o', 'comm=', '-p', String(pid)]));
        }
        catch {
            // `ps -p` exits 1 when there is no such process; anything else falls back to signal 0.
            return existsByPid(pid);
        }
    }
    if (platform === 'win32') {
        try {
            return parseWindowsIdentity(pid, run('powershell.exe', [
                '-NoProfile',
                '-NonInteractive',
                '-Command',
                `$p = Get-CimInstance Win32_Process -Filter 'ProcessId=${pid}'; if ($p) { '{0},{1}' -f $p.CreationDate.ToFileTimeUtc(), $p.Name }`,
            ]));
        }
        catch {
            return existsByPid(pid);
        }
    }
    return existsByPid(pid);
}
/** The identity of a live process (a zombie counts as gone); null when there is none. */
function readProcessIdentity(pid, options = {}) {
    const status = readProcessStatus(pid, options);
    return status && !status.zombie ? status.identity : null;
}
/**
 * Whether `now` is the process `recorded` was read from: the same PID, and every field recorded
 * (non-null) reads the same now. A field that was recorded but cannot be read now does not match.
 */
function sameProcess(recorded, now) {
    if (!now || now.pid !== recorded.pid)
        return false;
    if (recorded.startTime !== null && now.startTime !== recorded.startTime)
        return false;
    if (recorded.exe !== null && now.exe !== recorded.exe)
        return false;
    return true;
}
function linuxStatus(pid, procRoot) {
    let stat;
    try {
        stat = (0,external_node_fs_.readFileSync)(`${procRoot}/${pid}/stat`, 'latin1');
    }
    catch {
        return null;
    }
    const close = stat.lastIndexOf(')');
    const fields = close < 0 ? [] : stat.slice(close + 2).split(' ');
    // After the command name: field 3 (state) is fields[0], field 22 (starttime) fields[19].
    const state = fields[0] ?? '';
    const startTime = /^\d+$/.test(fields[19] ?? '') ? fields[19] : null;
    return {
        identity: { pid, startTime, exe: linuxExe(pid, procRoot) },
        zombie: state === 'Z' || state === 'X',
    };
}
function linuxExe(pid, procRoot) {
    try {
        const name = nameFromExe((0,external_node_fs_.readlinkSync)(`${procRoot}/${pid}/exe`));
        if (name)
            return name;
    }
    catch {
        // Another user's process (EACCES), a zombie or a kernel thread (ENOENT).
    }
    try {
        const name = nameFromCmdline((0,external_node_fs_.readFileSync)(`${procRoot}/${pid}/cmdline`, 'latin1'));
        if (name)
            return name;
    }
    catch {
        // Gone already.
    }
    return null;
}
/** `ps -o stat=,lstart=,comm= -p PID` (LC_ALL=C): `Ss   Tue Nov 24 10:00:01 2026     /path/node`. */
function parseMacIdentity(pid, text) {
    const match = /^\s*(\S+)\s+([A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2} \d{4})\s+(.+?)\s*$/m.exec(text);
    if (!match)
        return null;
    const [, state = '', start = '', command = ''] = match;
    return {
        identity: { pid, startTime: start.replace(/ +/g, ' '), exe: nameFromExe(command) || null },
        zombie: state.startsWith('Z'),
    };
}
/** `<creation FILETIME>,<image name>` from the PowerShell query; empty when there is no process. */
function parseWindowsIdentity(pid, text) {
    const match = /^(\d+),(.+)$/m.exec(text.trim());
    if (!match)
        return null;
    return {
        identity: { pid, startTime: match[1], exe: match[2].trim() || null },
        zombie: false,
    };
}
function existsByPid(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        if (error.code !== 'EPERM')
            return null;
    }
    return { identity: { pid, startTime: null, exe: null }, zombie: false };
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Stops the sampler `identity` names: checks that the process holding its PID is the sampler
 * (see `sameProcess`), SIGTERM, wait up to `timeoutMs`, check again, then SIGKILL. Never signals
 * a process that does not match: `not-ours` when the PID belongs to another process.
 */
async function stopSampler(identity, timeoutMs = 3000, options = {}) {
    const check = () => {
        const status = readProcessStatus(identity.pid, options);
        if (!status || status.zombie)
            return 'gone';
        return sameProcess(identity, status.identity) ? 'ours' : 'other';
    };
    const first = check();
    if (first === 'gone')
        return 'not-running';
    if (first === 'other')
        return 'not-ours';
    try {
        process.kill(identity.pid, 'SIGTERM');
    }
    catch {
        return 'not-running';
    }
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (!alive(identity.pid))
            return 'stopped';
        await sleep(25);
    }
    // It may have exited and its PID been taken since: check again before the harder signal.
    if (check() !== 'ours')
        return 'stopped';
    try {
        process.kill(identity.pid, 'SIGKILL');
    }
    catch {
        return 'stopped';
    }
    for (let i = 0; i < 40 && alive(identity.pid); i++)
        await sleep(25);
    return 'killed';
}

;// CONCATENATED MODULE: ./src/shared/version.ts
/** The tool's version, recorded in every run profile. Kept in step with package.json by a test. */
const TOOL_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/runner/process.ts
/** Small process-level adapters shared by the entry points. */

/** Milliseconds of the system's monotonic clock (CLOCK_MONOTONIC on Linux, shared by all processes). */
function monotonicMs() {
    return Number(process.hrtime.bigint() / 1000000n);
}
/** The largest event payload read (GitHub's are far smaller). */
const MAX_EVENT_PAYLOAD_BYTES = 8 * 1024 * 1024;
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

;// CONCATENATED MODULE: ./src/action/post-deps.ts
/** The real adapters of the post step. Heavy clients (artifact upload, Octokit) load on demand. */












function realPostDeps() {
    const env = process.env;
    const runner = createActionsRunner({ env });
    return {
        runner,
        env,
        monotonicMs: monotonicMs,
        readEventPayload: () => readEventPayload(env.GITHUB_EVENT_PATH, external_node_fs_.readFileSync),
        jobStore: job_state/* fileJobStore */.d9,
        stopSampler: (identity) => stopSampler(identity),
        readTextFile: (path) => {
            try {
                return (0,external_node_fs_.readFileSync)(path, 'utf8');
            }
            catch {
                return null;
            }
        },
        writeTextFile: (path, text) => {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
            (0,external_node_fs_.writeFileSync)(path, text, 'utf8');
        },
        parseSamples: parseSamplesFile,
        buildProfile: buildProfile,
        serializeProfile: profile_profile/* serializeProfile */.Kt,
        renderPostRunSummary: renderPostRunSummary,
        upload: async (request) => {
            const { uploadProfileArtifact } = await __nccwpck_require__.e(/* import() */ 616).then(__nccwpck_require__.bind(__nccwpck_require__, 4616));
            return uploadProfileArtifact(request);
        },
        loadBaseline: (historyDir) => {
            try {
                return loadHistoryFromDirectory(historyDir).profiles.map((entry) => entry.profile);
            }
            catch {
                return [];
            }
        },
        compare: async (request) => {
            const { compareAndPublish } = await __nccwpck_require__.e(/* import() */ 229).then(__nccwpck_require__.bind(__nccwpck_require__, 76229));
            return compareAndPublish(request, {
                env,
                request: async (token, apiUrl) => {
                    const { requestFor } = await Promise.all(/* import() */[__nccwpck_require__.e(351), __nccwpck_require__.e(584)]).then(__nccwpck_require__.bind(__nccwpck_require__, 96584));
                    return requestFor(token, apiUrl);
                },
                log: runner,
            });
        },
        pushMetrics: async (request) => {
            const { pushMetrics } = await __nccwpck_require__.e(/* import() */ 412).then(__nccwpck_require__.bind(__nccwpck_require__, 80412));
            return pushMetrics(request);
        },
        toolVersion: TOOL_VERSION,
        exitAbandoningPending: () => {
            // Everything the step writes is written (file commands synchronously); only the abandoned
            // request's sockets are left. End once stdout and stderr are flushed, keeping the exit code.
            process.stdout.write('', () => process.stderr.write('', () => process.exit()));
        },
    };
}


/***/ }),

/***/ 83574:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runPost)
});

// UNUSED EXPORTS: METRICS_FILE_NAME

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __nccwpck_require__(58382);
// EXTERNAL MODULE: ./src/profile/types.ts
var types = __nccwpck_require__(86808);
// EXTERNAL MODULE: ./src/shared/units.ts
var units = __nccwpck_require__(64886);
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
    'target-duration': '',
    'runner-catalog': '',
    shard: '',
    'history-job': '',
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
        throw new errors/* InputError */.dz('max-workers', String(maxWorkers), `a whole number no smaller than min-workers (${minWorkers})`);
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
        metricsFile: parseFilePath('metrics-file', read('metrics-file')),
        pushgatewayUrl: parsePushgatewayUrl(read('pushgateway-url')),
        targetDurationMs: read('target-duration') === ''
            ? null
            : parseDurationInput(read, 'target-duration', 1000, ', or empty for none'),
        runnerCatalog: parseFilePath('runner-catalog', read('runner-catalog')),
        shard: parseShard(read('shard'), matrixKey),
        historyJob: parseJobId(read('history-job')),
    };
}
/** Reads RESOURCE_PLANNER_WORKERS: a positive whole number, or null when unset/empty. */
function parseOverrideWorkers(value) {
    if (value === undefined || value.trim() === '')
        return null;
    const text = value.trim();
    if (!/^\d+$/.test(text) || Number(text) < 1) {
        throw new InputError(OVERRIDE_VARIABLE, text, 'a whole number of workers, 1 or more');
    }
    return Number(text);
}
/** YAML 1.2 core booleans, as the runner documents them: true | True | TRUE | false | False | FALSE. */
function parseBooleanText(name, value) {
    if (TRUE_VALUES.has(value))
        return true;
    if (FALSE_VALUES.has(value))
        return false;
    throw new errors/* InputError */.dz(name, value, 'true or false');
}
function parseBoolean(read, name) {
    return parseBooleanText(name, read(name));
}
function parseInteger(read, name, min, max = Number.MAX_SAFE_INTEGER) {
    const text = read(name);
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    if (!/^\d+$/.test(text))
        throw new errors/* InputError */.dz(name, text, `a whole number ${range}`);
    const value = Number(text);
    if (value < min || value > max)
        throw new errors/* InputError */.dz(name, text, `a whole number ${range}`);
    return value;
}
function parsePositiveNumber(read, name) {
    const text = read(name);
    const value = /^\d+(\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!(value > 0))
        throw new errors/* InputError */.dz(name, text, 'a number greater than 0, such as 1 or 0.5');
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
        throw new errors/* InputError */.dz(name, text, `a fraction ${range}, such as 0.9 or 90%`);
    }
    return value;
}
function parseSizeInput(name, text, minBytes, alternatives = '') {
    const bytes = (0,units/* parseSize */.DB)(text);
    if (bytes === null || bytes < minBytes)
        throw new errors/* InputError */.dz(name, text, `${alternatives}${units/* SIZE_FORMAT */.cy}`);
    if (minBytes > 0 && bytes < units/* MiB */.lv) {
        throw new errors/* InputError */.dz(name, text, `${units/* SIZE_FORMAT */.cy}, at least 1M`);
    }
    return bytes;
}
function parseDurationInput(read, name, minMs, alternatives = '') {
    const text = read(name);
    const ms = (0,units/* parseDurationMs */.yi)(text);
    if (ms === null || ms < minMs)
        throw new errors/* InputError */.dz(name, text, `${units/* DURATION_FORMAT */.nZ}, at least ${minMs} ms${alternatives}`);
    return ms;
}
function parseChoice(read, name, choices) {
    const text = read(name);
    if (!choices.includes(text))
        throw new errors/* InputError */.dz(name, text, `one of ${choices.join(', ')}`);
    return text;
}
function parseProfileName(text) {
    if (!PROFILE_PATTERN.test(text)) {
        throw new errors/* InputError */.dz('profile', text, 'a name of letters, digits, ".", "_" or "-", at most 64 characters');
    }
    return text;
}
const SHARD_FORMAT = `INDEX/TOTAL such as 2/3 (1 ≤ INDEX ≤ TOTAL ≤ ${types/* MAX_SHARDS */.hH}), or empty for none`;
/**
 * `2/3` → { index: 2, total: 3 }. A matrix that says which shard this job is (`shard: 2` in the
 * matrix key) must agree with it: a job that ran shard 2 recorded as shard 1 would mix histories.
 */
function parseShard(text, matrixKey) {
    if (text === '')
        return null;
    const shard = parseShardText(text);
    if (shard === null)
        throw new errors/* InputError */.dz('shard', text, SHARD_FORMAT);
    const { index, total } = shard;
    const fromMatrix = matrixShard(matrixKey);
    if (fromMatrix !== null && fromMatrix !== index)
        throw new errors/* InputError */.dz('shard', text, `${SHARD_FORMAT}, whose index agrees with the matrix's shard (${fromMatrix}): use shard: \${{ matrix.shard }}/TOTAL`);
    return { index, total };
}
/** `2/3` → { index: 2, total: 3 }; null for anything else (SHARD_FORMAT says what is accepted). */
function parseShardText(text) {
    const match = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(text.trim());
    const index = Number(match?.[1]);
    const total = Number(match?.[2]);
    return match && index >= 1 && index <= total && total <= types/* MAX_SHARDS */.hH ? { index, total } : null;
}
/** The matrix's `shard` value when it is a whole number (`{"shard":2}` or `"2"`); null otherwise. */
function matrixShard(matrixKey) {
    let matrix;
    try {
        matrix = JSON.parse(matrixKey);
    }
    catch {
        return null;
    }
    if (typeof matrix !== 'object' || matrix === null)
        return null;
    const value = matrix.shard;
    const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    return typeof number === 'number' && Number.isInteger(number) ? number : null;
}
/** A workflow job id: a letter or `_`, then letters, digits, `-` or `_` (GitHub's rule). */
function parseJobId(text) {
    if (text !== '' && !/^[A-Za-z_][A-Za-z0-9_-]{0,99}$/.test(text))
        throw new errors/* InputError */.dz('history-job', text, 'the id of a job in this workflow (a letter or "_", then letters, digits, "-" or "_"), or empty for this job');
    return text;
}
function parseFilePath(name, text) {
    const hasControl = [...text].some((character) => character.charCodeAt(0) < 0x20);
    if (text.length > 4096 || hasControl)
        throw new errors/* InputError */.dz(name, text, 'a file path, or empty for none');
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
        throw new errors/* InputError */.dz('pushgateway-url', text, format);
    }
    // Credentials are refused without echoing them: the error reaches the log.
    if (url.username !== '' || url.password !== '')
        throw new errors/* InputError */.dz('pushgateway-url', `${url.protocol}//***@${url.host}`, format);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') ||
        url.search !== '' ||
        url.hash !== '')
        throw new errors/* InputError */.dz('pushgateway-url', text, format);
    return url;
}
function parseBranch(text) {
    // Git refuses these in branch names too; refusing them here keeps the value inert in API queries.
    const hasControl = [...text].some((character) => character.charCodeAt(0) < 0x20);
    if (text.length > 255 || hasControl || /[\s~^:?*[\\]/.test(text) || text.includes('..')) {
        throw new errors/* InputError */.dz('baseline-branch', text, 'a branch name such as main, or empty for automatic');
    }
    return text;
}

// EXTERNAL MODULE: ./src/action/job-state.ts
var job_state = __nccwpck_require__(45965);
;// CONCATENATED MODULE: ./src/report/job-summary.ts
/**
 * The order of the post step's job summary. Pure. On a pull request the reader's question is
 * "did this change make memory worse?", so the drift verdict comes first; elsewhere the job's
 * own report leads and the comparison with the base branch follows.
 */
function jobSummarySections(postRun, drift) {
    if (!drift)
        return [postRun];
    return drift.pullRequest ? [drift.summary, postRun] : [postRun, drift.summary];
}

// EXTERNAL MODULE: ./src/profile/digest.ts
var digest = __nccwpck_require__(73449);
// EXTERNAL MODULE: ./src/profile/naming.ts
var naming = __nccwpck_require__(46549);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(54285);
// EXTERNAL MODULE: ./src/drift/drift.ts
var drift_drift = __nccwpck_require__(22320);
// EXTERNAL MODULE: ./src/profile/worker-group.ts
var worker_group = __nccwpck_require__(83537);
;// CONCATENATED MODULE: ./src/report/openmetrics.ts

/** Every metric name starts with this (Prometheus' naming: the program as the namespace). */
const METRIC_PREFIX = 'resource_planner_';
/** Longest label value written (code points); phase names are user input and may be long. */
const MAX_LABEL_LENGTH = 128;
/**
 * A label value as the text format requires: backslash, double quote and line feed escaped
 * (the only three escapes the format has), other control characters dropped, length capped.
 */
function escapeLabelValue(value) {
    const kept = [...value]
        .filter((character) => {
        const code = character.charCodeAt(0);
        return code === 0x0a || (code >= 0x20 && code !== 0x7f);
    })
        .slice(0, MAX_LABEL_LENGTH)
        .join('');
    return kept.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
/** A sample value: integers as they are, others with up to 6 decimals (no exponent, no NaN). */
function formatValue(value) {
    if (!Number.isFinite(value))
        return 'NaN';
    return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6);
}
function renderFamily(family) {
    if (family.samples.length === 0)
        return [];
    const name = `${METRIC_PREFIX}${family.name}`;
    const lines = [`# TYPE ${name} gauge`];
    if (family.unit)
        lines.push(`# UNIT ${name} ${family.unit}`);
    lines.push(`# HELP ${name} ${family.help}`);
    for (const sample of family.samples) {
        const labels = Object.entries(sample.labels)
            .map(([key, value]) => `${key}="${escapeLabelValue(value)}"`)
            .join(',');
        lines.push(`${name}${labels ? `{${labels}}` : ''} ${formatValue(sample.value)}`);
    }
    return lines;
}
/** Workers of the main group that ran at once (see `workersRan`). */
function workersUsed(phase) {
    const group = (0,worker_group/* mainWorkerGroup */.Z)(phase);
    return group ? (0,worker_group/* workersRan */.B)(group) : null;
}
/**
 * The profile (and, where there was a baseline, its drift) as OpenMetrics text, ending in `# EOF`.
 * Every phase sample carries `phase`; job identity travels in the Pushgateway's grouping key
 * (docs/metrics.md), not in labels, so the series of one job line up run after run.
 */
function renderOpenMetrics(profile, drift = null) {
    const perPhase = (pick) => profile.phases.flatMap((phase) => {
        const value = pick(phase);
        return value === null ? [] : [{ labels: { phase: phase.name }, value }];
    });
    const families = [
        {
            name: 'memory_limit_bytes',
            help: 'Memory the job could use: the cgroup limit, else the runner memory.',
            unit: 'bytes',
            samples: [{ labels: {}, value: profile.host.memoryLimitBytes }],
        },
        {
            name: 'cpus',
            help: 'CPUs the job could use (cgroup quota and affinity included).',
            samples: [{ labels: {}, value: profile.host.cpus }],
        },
        {
            name: 'phase_peak_bytes',
            help: "Highest sum of the job's processes' RSS in one sample of the phase.",
            unit: 'bytes',
            samples: perPhase((phase) => phase.treeRss.peakBytes),
        },
        {
            name: 'phase_cgroup_peak_bytes',
            help: "Highest memory charge of the job's cgroup in the phase.",
            unit: 'bytes',
            samples: perPhase((phase) => phase.peakCgroupUsageBytes),
        },
        {
            name: 'phase_duration_seconds',
            help: 'Duration of the phase.',
            unit: 'seconds',
            samples: perPhase((phase) => phase.durationMs / 1000),
        },
        {
            name: 'phase_workers_planned',
            help: 'Workers the plan recommended for the phase.',
            samples: perPhase((phase) => phase.workersRecommended),
        },
        {
            name: 'phase_workers_used',
            help: 'Workers of the main worker group that ran at once for a sustained part of the phase.',
            samples: perPhase(workersUsed),
        },
        {
            name: 'phase_oom_kills',
            help: 'Processes OOM-killed during the phase (this run; not a running total).',
            samples: perPhase((phase) => phase.oomKills),
        },
        {
            name: 'phase_heap_limit_kills',
            help: 'Node processes that stopped at the V8 heap limit during the phase (recorded by run/exec; absent where nobody watched).',
            samples: perPhase((phase) => phase.heapLimitKills),
        },
        {
            name: 'phase_peak_change_ratio',
            help: "The phase's peak against the baseline runs' median: (this run - median) / median.",
            samples: (drift?.phases ?? []).flatMap((phase) => phase.peak.changeFraction === null
                ? []
                : [{ labels: { phase: phase.name }, value: phase.peak.changeFraction }]),
        },
        {
            name: 'phase_drift',
            help: 'Whether the phase drifted against the baseline: 1 drift, 0 not, -1 an improvement.',
            samples: (drift?.phases ?? []).flatMap((phase) => phase.verdict === 'no-baseline'
                ? []
                : [
                    {
                        labels: { phase: phase.name },
                        value: phase.verdict === 'drift' ? 1 : phase.verdict === 'improvement' ? -1 : 0,
                    },
                ]),
        },
    ];
    return `${[...families.flatMap(renderFamily), '# EOF'].join('\n')}\n`;
}
/**
 * The Pushgateway path of a job's group: `/metrics/job/resource-planner` plus one `name@base64/
 * value` pair per label (base64url: any value, slashes included, fits a path segment; the
 * Pushgateway's documented form). Empty values are left out.
 */
function pushgatewayPath(grouping) {
    const parts = ['metrics', 'job', 'resource-planner'];
    for (const [name, value] of Object.entries(grouping)) {
        if (!value)
            continue;
        parts.push(`${name}@base64`, Buffer.from(value, 'utf8').toString('base64url') || '=');
    }
    return `/${parts.join('/')}`;
}

;// CONCATENATED MODULE: ./src/action/post.ts
/**
 * The post step. Only the invocation that started the sampler (the job's first) reports: it runs
 * last of all posts, so its report covers every phase. It stops the sampler, turns the samples
 * into a run profile, uploads it, writes the post-run advisory, and compares with the baseline.
 *
 * It signals the sampler only when the process holding its PID is still the sampler (the identity
 * recorded at its start), and gives each network operation `post-timeout`: one that takes longer
 * is abandoned with a warning, and the process is ended once everything else is written.
 */










/** The run's metrics beside its profile in the artifact (OpenMetrics text; docs/metrics.md). */
const METRICS_FILE_NAME = 'metrics.txt';
async function runPost(deps) {
    const { runner } = deps;
    const pending = { abandoned: false };
    try {
        const stepState = parseStepState(runner.getState(job_state/* StateKey */.zv.Step));
        if (!stepState) {
            runner.info('resource-planner: nothing to report (the main step did not record anything).');
            return;
        }
        if (stepState.role === 'phase') {
            runner.info(`resource-planner: phase '${stepState.profile}' is reported by the job's first resource-planner step.`);
            return;
        }
        const inputs = parseInputs((name) => runner.getInput(name));
        const job = deps.jobStore.read(stepState.jobDir);
        if (!job) {
            runner.warning(`resource-planner: the job state is missing, so there is no memory report for this job.${await stopWithoutJobState(deps, stepState.jobDir)}`);
            return;
        }
        await reportJob(deps, inputs, stepState, job, pending);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz) {
            runner.setFailed(error.message);
            return;
        }
        runner.warning(`resource-planner could not finish its report: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    finally {
        if (pending.abandoned)
            deps.exitAbandoningPending?.();
    }
}
/** The sampler's identity kept beside the job state (see `samplerIdentityPath`), or null. */
function identityFromFile(deps, jobDir) {
    const text = deps.readTextFile((0,job_state/* samplerIdentityPath */.EG)(jobDir));
    if (text === null)
        return null;
    try {
        return (0,job_state/* parseProcessIdentity */.Lm)(JSON.parse(text));
    }
    catch {
        return null;
    }
}
/**
 * The owner's post without a readable job state: still stops the sampler the main step started
 * (by the identity kept beside the job state), so it does not run on after the job. Returns what
 * to add to the warning.
 */
async function stopWithoutJobState(deps, jobDir) {
    const identity = identityFromFile(deps, jobDir);
    if (!identity)
        return '';
    const outcome = await deps.stopSampler(identity);
    if (outcome === 'stopped' || outcome === 'killed')
        return ' The sampler was stopped.';
    if (outcome === 'not-ours')
        return ` ${notOursNote(identity.pid)}`;
    return '';
}
function notOursNote(pid) {
    return `The sampler's PID (${pid}) now belongs to another process: not signalled.`;
}
const TIMED_OUT = Symbol('timed out');
/**
 * `work` raced against a timer of `ms`. The timer is cleared as soon as either settles, so it never
 * holds the process; it is not unref()'d, because if the pending request held no handle of its own
 * an unref()'d timer would let Node leave the step half done. A late failure of abandoned work is
 * swallowed.
 */
async function withinTimeLimit(work, ms) {
    const promise = Promise.resolve().then(work);
    promise.catch(() => undefined);
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve(TIMED_OUT), ms);
    });
    try {
        return await Promise.race([promise, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** `60 s`, `2.5 s`: the limit as the warning states it. */
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(1))} s`;
}
function parseStepState(text) {
    if (!text)
        return null;
    try {
        const state = JSON.parse(text);
        if ((state.role === 'owner' || state.role === 'phase') && typeof state.jobDir === 'string') {
            return {
                role: state.role,
                jobDir: state.jobDir,
                profile: String(state.profile ?? 'default'),
            };
        }
    }
    catch {
        // Unreadable state is the same as none.
    }
    return null;
}
async function reportJob(deps, inputs, step, job, pending) {
    const { runner } = deps;
    const notes = [];
    const limitMs = inputs.postTimeoutMs;
    let samplerDied = false;
    if (job.samplerPid !== null) {
        // Signal only the process the sampler was: never a bare PID, which may have been reused.
        const fromFile = identityFromFile(deps, step.jobDir);
        const identity = (0,job_state/* parseProcessIdentity */.Lm)(job.samplerIdentity) ??
            (fromFile?.pid === job.samplerPid ? fromFile : null);
        if (!identity) {
            notes.push(`The job state does not record who the sampler is, so PID ${job.samplerPid} was not signalled; the sampler stops by itself when the job ends.`);
        }
        else {
            if (identity.pid !== job.samplerPid)
                notes.push(`The job state names PID ${job.samplerPid}, not the sampler's PID (${identity.pid}): PID ${job.samplerPid} was not signalled.`);
            const stopped = await deps.stopSampler(identity);
            if (stopped === 'killed')
                notes.push('The sampler did not stop on SIGTERM and was killed.');
            if (stopped === 'not-running')
                samplerDied = true;
            if (stopped === 'not-ours') {
                notes.push(notOursNote(identity.pid));
                samplerDied = true;
            }
        }
    }
    else if (job.samplerProblem) {
        notes.push(`The sampler never started: ${job.samplerProblem}`);
    }
    const samplesText = deps.readTextFile(job.samplesFile);
    const samples = deps.parseSamples(samplesText ?? '');
    // A sampler that ended by itself but wrote its stop line (root exited) did not die.
    if (samplerDied && samples.lines.some((line) => line.k === 'stop'))
        samplerDied = false;
    if (samplerDied)
        notes.push('The sampler died before the job ended: the report covers what it recorded.');
    if (samples.truncatedTail)
        notes.push('The last sample line was cut short and was skipped.');
    if (samplesText === null && job.samplerPid !== null)
        notes.push('The samples file is missing.');
    const profile = deps.buildProfile({
        lines: samples.lines,
        phases: deps.jobStore.readPhaseMarks(job.phasesFile),
        endT: deps.monotonicMs(),
        host: job.host,
        run: job.run,
        toolVersion: deps.toolVersion,
        samplerDied,
        intervalMs: job.intervalMs,
        source: job.source,
    });
    const profileDir = (0,external_node_path_.join)(step.jobDir, 'profile');
    const profileFile = (0,external_node_path_.join)(profileDir, naming/* PROFILE_FILE_NAME */.N8);
    deps.writeTextFile(profileFile, deps.serializeProfile(profile));
    // The baseline the main step saved: compared with below, and carried forward in the digest.
    let baseline = [];
    try {
        baseline = deps.loadBaseline(job.historyDir);
    }
    catch (error) {
        runner.warning(`Could not read the baseline the main step saved: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    // The drift test, once: for the metrics here and the summary and comment below. Without a
    // baseline every phase is 'no-baseline', which the metrics leave out.
    const driftReport = (0,drift_drift/* driftReportFor */.NO)(profile, baseline, inputs);
    // The metrics: in the artifact, at `metrics-file`, and pushed below (all fail open).
    const metrics = renderOpenMetrics(profile, driftReport);
    const metricsFile = (0,external_node_path_.join)(profileDir, METRICS_FILE_NAME);
    let metricsWritten = false;
    try {
        deps.writeTextFile(metricsFile, metrics);
        metricsWritten = true;
        if (inputs.metricsFile !== '')
            deps.writeTextFile(inputs.metricsFile, metrics);
    }
    catch (error) {
        runner.warning(`Could not write the run's metrics: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    if (inputs.upload) {
        const files = metricsWritten ? [profileFile, metricsFile] : [profileFile];
        try {
            // The history this run learned from, with this run, so the next run fetches one artifact.
            const digestFile = (0,external_node_path_.join)(profileDir, digest/* DIGEST_FILE_NAME */.wM);
            deps.writeTextFile(digestFile, (0,digest/* serializeDigest */.LH)((0,digest/* buildDigest */.PW)(profile, baseline, inputs.historyRuns)));
            files.push(digestFile);
        }
        catch (error) {
            runner.debug(`No history digest in this run's artifact: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        const name = (0,naming/* profileArtifactName */.Ho)(job.run.job ?? 'job', job.run.matrixKey, job.run.runAttempt ?? 1);
        try {
            const uploaded = await withinTimeLimit(() => deps.upload({
                name,
                files,
                rootDirectory: profileDir,
                retentionDays: inputs.retentionDays,
            }), limitMs);
            if (uploaded === TIMED_OUT) {
                pending.abandoned = true;
                runner.warning(`The run-profile upload did not finish within ${seconds(limitMs)} (post-timeout): skipped; later runs cannot learn from this one.`);
            }
            else {
                runner.info(`Uploaded the run profile as artifact '${name}'${uploaded.sizeBytes ? ` (${uploaded.sizeBytes} bytes)` : ''}.`);
            }
        }
        catch (error) {
            runner.warning(`Could not upload the run profile, so later runs cannot learn from this one: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    let drift = null;
    try {
        const compared = await withinTimeLimit(() => deps.compare({
            inputs,
            profile,
            report: driftReport,
            eventPayload: deps.readEventPayload(),
        }), limitMs);
        if (compared === TIMED_OUT) {
            pending.abandoned = true;
            runner.warning(`The baseline comparison did not finish within ${seconds(limitMs)} (post-timeout): skipped; no drift check or pull-request comment for this run.`);
        }
        else
            drift = compared;
    }
    catch (error) {
        runner.warning(`Could not compare with the baseline: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    if (inputs.pushgatewayUrl)
        await push(deps, inputs, profile, metrics, pending);
    if (inputs.summary) {
        const postRun = deps.renderPostRunSummary(profile, { notes, budget: inputs.plan });
        const sections = jobSummarySections(postRun, drift);
        runner.appendSummary((0,markdown/* joinWithinLimit */.Pj)(sections, markdown/* SUMMARY_LIMIT_BYTES */.Jz));
    }
    else {
        for (const note of notes)
            runner.info(note);
    }
    if (drift) {
        for (const warning of drift.warnings)
            runner.warning(warning);
        for (const notice of drift.notices)
            runner.notice(notice);
        if (inputs.failOnDrift && drift.report.verdict === 'drift') {
            runner.setFailed('Peak memory drifted against the baseline (fail-on-drift is true).');
        }
    }
}
/** Pushes the metrics to the job's group on the Pushgateway, within post-timeout; fails open. */
async function push(deps, inputs, profile, metrics, pending) {
    const baseUrl = inputs.pushgatewayUrl;
    const path = pushgatewayPath({
        repository: profile.run.repository,
        workflow: profile.run.workflow,
        job_name: profile.run.job,
        matrix: profile.run.matrixKey,
    });
    try {
        const pushed = await withinTimeLimit(() => deps.pushMetrics({ baseUrl, path, body: metrics }), inputs.postTimeoutMs);
        if (pushed === TIMED_OUT) {
            pending.abandoned = true;
            deps.runner.warning(`The metrics push to ${baseUrl.host} did not finish within ${seconds(inputs.postTimeoutMs)} (post-timeout): skipped.`);
        }
        else
            deps.runner.info(`Pushed the run's metrics to ${baseUrl.host}.`);
    }
    catch (error) {
        deps.runner.warning(`Could not push the run's metrics to ${baseUrl.host}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}


/***/ }),

/***/ 22320:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NO: () => (/* binding */ driftReportFor),
/* harmony export */   Xy: () => (/* binding */ MODIFIED_Z_LIMIT),
/* harmony export */   ql: () => (/* binding */ ROBUST_MIN_RUNS)
/* harmony export */ });
/* unused harmony exports MAD_FLOOR_LOG, phasePeak, compareMetric, detectDrift */
/* harmony import */ var _profile_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(75963);
/* harmony import */ var _profile_worker_group_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(83537);
/* harmony import */ var _shared_stats_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83570);
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
        medianBytes: (0,_shared_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(values),
        minBytes: Math.min(...values),
        maxBytes: Math.max(...values),
        madBytes: (0,_shared_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .medianAbsoluteDeviation */ .hK)(values),
    };
    const changeFraction = (current - stats.medianBytes) / stats.medianBytes;
    const robust = method === 'robust' || (method === 'auto' && values.length >= ROBUST_MIN_RUNS);
    if (robust) {
        const logs = values.map(Math.log);
        const mad = Math.max((0,_shared_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .medianAbsoluteDeviation */ .hK)(logs), MAD_FLOOR_LOG);
        const zScore = (0.6745 * (Math.log(Math.max(1, current)) - (0,_shared_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(logs))) / mad;
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
    const all = baseline;
    baseline = all.filter((profile) => (0,_profile_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .sameShard */ .zr)(profile.run.shard, current.run.shard));
    const phases = current.phases.map((phase) => {
        const matching = baseline
            .map((profile) => profile.phases.find((candidate) => candidate.name === phase.name))
            .filter((candidate) => candidate !== undefined);
        const peak = compareMetric(phasePeak(phase), matching.map(phasePeak), thresholdFraction, method);
        const group = (0,_profile_worker_group_js__WEBPACK_IMPORTED_MODULE_2__/* .mainWorkerGroup */ .Z)(phase);
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
        otherShardRuns: all.length - baseline.length,
        baselineWorkers: baselineWorkers.length > 0 ? Math.round((0,_shared_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(baselineWorkers)) : null,
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


/***/ }),

/***/ 74520:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_post_deps_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(90665);
/* harmony import */ var _action_post_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(83574);
// The action's post step: wires the real adapters into runPost.


await (0,_action_post_js__WEBPACK_IMPORTED_MODULE_1__/* .runPost */ .a)((0,_action_post_deps_js__WEBPACK_IMPORTED_MODULE_0__/* .realPostDeps */ .h)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 73449:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ serializeDigest),
/* harmony export */   PW: () => (/* binding */ buildDigest),
/* harmony export */   m: () => (/* binding */ parseDigest),
/* harmony export */   oK: () => (/* binding */ MAX_DIGEST_BYTES),
/* harmony export */   wM: () => (/* binding */ DIGEST_FILE_NAME)
/* harmony export */ });
/* unused harmony exports DIGEST_KIND, DIGEST_VERSION, MAX_DIGEST_ENTRIES, compactProfile, trustedEntries */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(58382);
/* harmony import */ var _shared_units_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(64886);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(31306);
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
const DIGEST_FILE_NAME = 'history-digest.json';
/** No digest holds more entries than this, whatever history-runs says (its input maximum). */
const MAX_DIGEST_ENTRIES = 100;
/** A digest larger than this is refused whole (an entry is a few KiB; 100 fit in well under it). */
const MAX_DIGEST_BYTES = 4 * _shared_units_js__WEBPACK_IMPORTED_MODULE_1__/* .MiB */ .lv;
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
function parseDigest(text) {
    if (Buffer.byteLength(text, 'utf8') > MAX_DIGEST_BYTES)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProfileError */ .eo(`history digest is larger than ${MAX_DIGEST_BYTES} bytes`);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProfileError */ .eo('history digest is not JSON');
    }
    const digest = (typeof value === 'object' && value !== null ? value : {});
    if (digest.kind !== DIGEST_KIND)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProfileError */ .eo('not a resource-planner history digest');
    if (digest.version !== DIGEST_VERSION)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProfileError */ .eo(`unsupported history digest version ${String(digest.version).slice(0, 16)}`);
    if (!Array.isArray(digest.entries))
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProfileError */ .eo('history digest has no entries');
    const problems = [];
    const entries = [];
    const raw = digest.entries;
    if (raw.length > MAX_DIGEST_ENTRIES)
        problems.push(`${raw.length - MAX_DIGEST_ENTRIES} entries past the first ${MAX_DIGEST_ENTRIES} ignored`);
    for (const [index, entry] of raw.slice(0, MAX_DIGEST_ENTRIES).entries()) {
        try {
            entries.push((0,_profile_js__WEBPACK_IMPORTED_MODULE_2__/* .parseProfile */ .jZ)(JSON.stringify(entry), MAX_ENTRY_BYTES));
        }
        catch (error) {
            problems.push(`entry ${index + 1}: ${error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProfileError */ .eo ? error.message : 'unreadable'}`);
        }
    }
    return { entries, problems };
}
/**
 * The entries a trusted run's digest may contribute: only runs that would themselves count as
 * history (the same rules as fetching their profiles), one per run id; the rest are dropped with
 * a reason each.
 */
function trustedEntries(entries, rules) {
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


/***/ }),

/***/ 75963:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ shardLabel),
/* harmony export */   zr: () => (/* binding */ sameShard)
/* harmony export */ });
/* unused harmony exports profileHost, profileRun */
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
/**
 * Whether two runs ran the same part of the work: the same shard of a split of the same size, or
 * both the whole (no shard, or shard 1 of 1). A shard measures part of the suite: compared with
 * the whole, or with another split's shard, it would read as a large change that is not one.
 */
function sameShard(a, b) {
    const whole = (shard) => shard === null || shard.total === 1;
    if (whole(a) || whole(b))
        return whole(a) && whole(b);
    return a?.index === b?.index && a?.total === b?.total;
}
/** `shard 2/3`, or null for the whole. */
function shardLabel(shard) {
    return shard === null || shard.total === 1 ? null : `shard ${shard.index}/${shard.total}`;
}
/** `matrixKey`: the matrix combination as canonical JSON, or null outside a matrix. */
function profileRun(context, matrixKey, startedAt, exitCode = null, shard = null) {
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
        shard,
    };
}


/***/ }),

/***/ 46549:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ho: () => (/* binding */ profileArtifactName),
/* harmony export */   N8: () => (/* binding */ PROFILE_FILE_NAME)
/* harmony export */ });
/* unused harmony exports ARTIFACT_PREFIX, matrixHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Names of the run-profile artifact. One artifact per job, matrix combination and attempt:
 * the same name twice in one run is rejected (409), and a later run must find it by exact name
 * (`GET /repos/{o}/{r}/actions/artifacts?name=`), so the name is built from stable parts only.
 */

const ARTIFACT_PREFIX = 'resource-planner';
/** The file inside the artifact. */
const PROFILE_FILE_NAME = 'run-profile.json';
/** Characters GitHub refuses in artifact names, plus anything outside a conservative set. */
const UNSAFE_NAME_CHARACTERS = /[^A-Za-z0-9._-]+/g;
/** A short, stable hash of the matrix combination ('none' outside a matrix). */
function matrixHash(matrixKey) {
    if (matrixKey === null || matrixKey === '' || matrixKey === 'null')
        return 'none';
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(matrixKey).digest('hex').slice(0, 8);
}
/** `resource-planner-<job>-<matrix hash>-<attempt>`, with the job id made safe and short. */
function profileArtifactName(job, matrixKey, attempt) {
    const safeJob = job.replace(UNSAFE_NAME_CHARACTERS, '_').slice(0, 64) || 'job';
    return `${ARTIFACT_PREFIX}-${safeJob}-${matrixHash(matrixKey)}-${attempt}`;
}


/***/ }),

/***/ 31306:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Z9: () => (/* binding */ MAX_PROFILE_BYTES),
  jZ: () => (/* binding */ parseProfile),
  Kt: () => (/* binding */ serializeProfile)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __nccwpck_require__(42463);
// EXTERNAL MODULE: ./src/shared/errors.ts
var shared_errors = __nccwpck_require__(58382);
// EXTERNAL MODULE: ./src/shared/inert-text.ts
var inert_text = __nccwpck_require__(11961);
// EXTERNAL MODULE: ./src/shared/units.ts
var units = __nccwpck_require__(64886);
// EXTERNAL MODULE: ./src/profile/types.ts
var types = __nccwpck_require__(86808);
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
    return { type: 'array', maxItems: types/* TIMELINE_MAX_POINTS */.x3, items };
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
/** v4: which shard of how many, or null outside a split. */
const shard = {
    type: ['object', 'null'],
    additionalProperties: false,
    required: ['index', 'total'],
    properties: {
        index: { type: 'integer', minimum: 1, maximum: types/* MAX_SHARDS */.hH },
        total: { type: 'integer', minimum: 1, maximum: types/* MAX_SHARDS */.hH },
    },
};
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
    const exitCode = { type: ['integer', 'null'], minimum: -1_000_000, maximum: 1_000_000 };
    const run = version === 1
        ? object(runV1)
        : version <= 3
            ? object({ ...runV1, exitCode })
            : object({ ...runV1, exitCode, shard });
    const schema = {
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
    if (version < 4)
        return schema;
    // v4, optional: only task lists of `exec --tasks` / `--each` write it.
    const properties = schema.properties;
    return {
        ...schema,
        properties: {
            ...properties,
            tasks: {
                type: 'array',
                maxItems: types/* MAX_PROFILE_TASKS */.i1,
                items: object({
                    name: schema_name,
                    status: { enum: ['ok', 'failed', 'oom-killed', 'not-started', 'not-run', 'stopped'] },
                    exitStatus: { type: ['integer', 'null'], minimum: -1_000_000, maximum: 1_000_000 },
                    runs: count,
                    durationMs: ms,
                    peakBytes: bytes,
                }),
            },
        },
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
const MAX_PROFILE_BYTES = 4 * units/* MiB */.lv;
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
        version: types/* PROFILE_VERSION */.PL,
        run: { ...profile.run, exitCode: profile.run.exitCode ?? null, shard: null },
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
function parseProfile(text, maxBytes = MAX_PROFILE_BYTES) {
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
    if (header.kind !== types/* PROFILE_KIND */.Lr)
        throw new shared_errors/* ProfileError */.eo('not a resource-planner run profile');
    if (typeof header.version === 'number' && header.version > types/* PROFILE_VERSION */.PL) {
        throw new shared_errors/* ProfileError */.eo(`unsupported version ${header.version} (this is version ${types/* PROFILE_VERSION */.PL}; update the action)`);
    }
    const version = header.version === 1 || header.version === 2 || header.version === 3 ? header.version : 4;
    const errors = validate(value, version);
    if (errors) {
        const first = errors[0];
        throw new shared_errors/* ProfileError */.eo(`profile does not match the schema: ${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}`);
    }
    const profile = version < types/* PROFILE_VERSION */.PL ? upgrade(value) : value;
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
    const shard = profile.run.shard;
    if (shard && shard.index > shard.total)
        throw new shared_errors/* ProfileError */.eo('profile run.shard has an index above its total');
}


/***/ }),

/***/ 86808:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lr: () => (/* binding */ PROFILE_KIND),
/* harmony export */   PL: () => (/* binding */ PROFILE_VERSION),
/* harmony export */   hH: () => (/* binding */ MAX_SHARDS),
/* harmony export */   i1: () => (/* binding */ MAX_PROFILE_TASKS),
/* harmony export */   x3: () => (/* binding */ TIMELINE_MAX_POINTS)
/* harmony export */ });
/**
 * Run profile v4: the compact record of one run that later runs learn from.
 * Written and read only through ./profile.ts; documented in docs/profile-format.md and
 * validated against ./schema.ts. Sizes in bytes, times in milliseconds.
 * Untrusted when read back: every string may be hostile (escape before rendering).
 */
const PROFILE_KIND = 'resource-planner/run-profile';
/** Written by this version; readers also accept (and upgrade) v1–v3. See docs/profile-format.md. */
const PROFILE_VERSION = 4;
/** The most shards a split may have (the `shard` input and the `shards` output). */
const MAX_SHARDS = 256;
const TIMELINE_MAX_POINTS = 600;
/** Tasks a profile holds at most (the task list's own cap). */
const MAX_PROFILE_TASKS = 10_000;


/***/ }),

/***/ 83537:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ workersRan),
/* harmony export */   Z: () => (/* binding */ mainWorkerGroup)
/* harmony export */ });
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


/***/ }),

/***/ 70194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S9: () => (/* binding */ barChart),
/* harmony export */   bn: () => (/* binding */ BAR_MAX_SLOTS),
/* harmony export */   kz: () => (/* binding */ timeAxisFor),
/* harmony export */   s6: () => (/* binding */ chartNumber),
/* harmony export */   sd: () => (/* binding */ timeChart)
/* harmony export */ });
/* unused harmony exports CHART_MAX_POINTS, CHART_MAX_LABELS, COLOURS, resampleMax, sizeUnitFor, axisTickCount, niceAxisMax */
/* harmony import */ var _shared_units_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(64886);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(14031);
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
    return maxBytes >= 2 * _shared_units_js__WEBPACK_IMPORTED_MODULE_0__/* .GiB */ .T3 ? { name: 'GiB', bytes: _shared_units_js__WEBPACK_IMPORTED_MODULE_0__/* .GiB */ .T3 } : { name: 'MiB', bytes: _shared_units_js__WEBPACK_IMPORTED_MODULE_0__/* .MiB */ .lv };
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
        `  title "${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMermaidLabel */ .x2)(input.title, 60)}"`,
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
            return `"${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMermaidLabel */ .x2)(series.name, 30)}"`;
        return `"${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMermaidLabel */ .x2)(group.label, 10)} ${series.short}"`;
    }));
    const bars = input.series.map((_, seriesIndex) => groups.flatMap((group) => input.series.map((__, slot) => slot === seriesIndex
        ? chartNumber((group.values[seriesIndex] ?? 0) / size.bytes, 2)
        : EMPTY_BAR)));
    return [
        '```mermaid',
        initDirective(input.series.map((series) => series.colour), true),
        'xychart-beta',
        `  title "${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMermaidLabel */ .x2)(input.title, 60)}"`,
        `  x-axis [${labels.join(', ')}]`,
        `  y-axis "${size.name}" 0 --> ${chartNumber((max * 1.1) / size.bytes, 2)}`,
        ...bars.map((values) => `  bar [${values.join(', ')}]`),
        '```',
        '',
        caption(input.series.map((series) => ({ colour: series.colour, name: series.name }))),
    ].join('\n');
}


/***/ }),

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   aL: () => (/* binding */ escapeTableCell),
/* harmony export */   m4: () => (/* binding */ escapeMarkdownText),
/* harmony export */   x2: () => (/* binding */ escapeMermaidLabel)
/* harmony export */ });
/* unused harmony exports UNTRUSTED_MAX_LENGTH, truncate, oneLine, escapeHtmlComment */
/* harmony import */ var _shared_inert_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(11961);
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
    return (0,_shared_inert_text_js__WEBPACK_IMPORTED_MODULE_0__/* .cut */ .Jj)(text, maxLength);
}
/**
 * Untrusted text as inert inline Markdown: no HTML, links, images, emphasis, code spans,
 * mentions or issue references; one line; bounded length; controls, bidi controls and
 * zero-width characters shown as `\uXXXX` text (the backslash is escaped below, so GitHub shows
 * `\u202E` where a right-to-left override was).
 */
function escapeMarkdownText(text, maxLength = UNTRUSTED_MAX_LENGTH) {
    return (truncate((0,_shared_inert_text_js__WEBPACK_IMPORTED_MODULE_0__/* .showInvisible */ .jQ)(oneLine(text)), maxLength)
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
    return truncate((0,_shared_inert_text_js__WEBPACK_IMPORTED_MODULE_0__/* .showInvisible */ .jQ)(oneLine(text), (character) => ` ${(0,_shared_inert_text_js__WEBPACK_IMPORTED_MODULE_0__/* .codePointName */ .R8)(character)} `)
        .replace(/["'`[\]{}();:#%<>\\|\r\n]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(), maxLength);
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ COMMENT_LIMIT_CHARACTERS),
/* harmony export */   Jz: () => (/* binding */ SUMMARY_LIMIT_BYTES),
/* harmony export */   Pj: () => (/* binding */ joinWithinLimit),
/* harmony export */   Qt: () => (/* binding */ fitToLimit),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
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


/***/ }),

/***/ 58382:
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

/***/ 11961:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ cut),
/* harmony export */   R8: () => (/* binding */ codePointName),
/* harmony export */   UJ: () => (/* binding */ inertText),
/* harmony export */   X0: () => (/* binding */ quoteUntrusted),
/* harmony export */   jQ: () => (/* binding */ showInvisible)
/* harmony export */ });
/* unused harmony exports SGR, codePointEscape, quotedNames, inertStream */
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

/***/ 83570:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   Z4: () => (/* binding */ quantileSorted),
/* harmony export */   fR: () => (/* binding */ theilSen),
/* harmony export */   hK: () => (/* binding */ medianAbsoluteDeviation)
/* harmony export */ });
/* unused harmony exports quantile, weightedQuantile */
/**
 * Small statistics helpers shared by the profile builder, the estimator and the drift test.
 * Pure; inputs are not modified.
 */
/**
 * Quantile of an ascending-sorted array by linear interpolation between order statistics
 * (Hyndman & Fan type 7, the default of R and numpy). 0 for an empty array.
 * @example quantileSorted([1, 2, 3, 4], 0.5) === 2.5
 */
function quantileSorted(sorted, p) {
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
function quantile(values, p) {
    return quantileSorted([...values].sort((a, b) => a - b), p);
}
/** The median (type 7: the mean of the two middle values for an even count). */
function median(values) {
    return quantile(values, 0.5);
}
/** Median absolute deviation from the median (unscaled). */
function medianAbsoluteDeviation(values) {
    const center = median(values);
    return median(values.map((value) => Math.abs(value - center)));
}
/**
 * Weighted quantile: the smallest value whose cumulative weight reaches p of the total
 * (the inverse of the weighted empirical CDF). Weights must be non-negative.
 * @example weightedQuantile([10, 20, 30], [1, 1, 2], 0.5) === 20
 */
function weightedQuantile(values, weights, p) {
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
        slope: median(slopes),
        positiveShare: slopes.filter((slope) => slope > 0).length / slopes.length,
    };
}


/***/ }),

/***/ 64886:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   T3: () => (/* binding */ GiB),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   cy: () => (/* binding */ SIZE_FORMAT),
/* harmony export */   lv: () => (/* binding */ MiB),
/* harmony export */   nZ: () => (/* binding */ DURATION_FORMAT),
/* harmony export */   yi: () => (/* binding */ parseDurationMs),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports KiB, TiB, toMiB */
/**
 * Sizes and durations: the one place that converts and parses them.
 *
 * Binary units throughout: `M`, `MB`, `MiB` and `m` all mean 2^20 bytes, because that is what
 * memory limits (`docker --memory 2g`, Kubernetes `Gi`, cgroup files) and `ps` mean in practice.
 * Reading `MB` as MiB gives 4.9% more bytes than the SI reading; README and action.yml say so.
 */
const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
const TiB = 1024 * GiB;
const SIZE_PATTERN = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([kmgt]?)(i?b?)\s*$/i;
const UNIT_BYTES = { '': 1, k: KiB, m: MiB, g: GiB, t: TiB };
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
    return Math.floor(bytes / MiB);
}
/** A short human form: `512 MiB`, `1.5 GiB`, `23.5 GiB`. */
function formatBytes(bytes) {
    if (!Number.isFinite(bytes))
        return String(bytes);
    const sign = bytes < 0 ? '-' : '';
    const abs = Math.abs(bytes);
    if (abs >= GiB)
        return `${sign}${trimZeros((abs / GiB).toFixed(abs >= 100 * GiB ? 0 : 1))} GiB`;
    if (abs >= MiB)
        return `${sign}${Math.round(abs / MiB)} MiB`;
    if (abs >= KiB)
        return `${sign}${Math.round(abs / KiB)} KiB`;
    return `${sign}${abs} B`;
}
/** A short human duration: `850 ms`, `12.3 s`, `4 min 5 s`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 59_950)
        return `${trimZeros((ms / 1000).toFixed(1))} s`;
    // Whole seconds first, so that 299,999.9 ms reads 5 min, not 4 min 60 s.
    const totalSeconds = Math.round(ms / 1000);
    const minutes = Math.floor(totalSeconds / 60);
    const seconds = totalSeconds % 60;
    return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}
function trimZeros(fixed) {
    return fixed.replace(/\.0+$/, '');
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 24352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(15077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(75300)

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

/***/ 75300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(15077)
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

/***/ 15077:
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

/***/ 63837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 72079:
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
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
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
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
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
/******/ var __webpack_exports__ = __nccwpck_require__(74520);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
