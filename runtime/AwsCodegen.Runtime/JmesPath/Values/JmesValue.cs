using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using AwsCodegen.Runtime.JmesPath.Ast;

namespace AwsCodegen.Runtime.JmesPath.Values;

/// <summary>
/// One value during evaluation: either a borrowed <see cref="JsonElement"/> of the input or a value built by the
/// evaluation itself.
/// </summary>
/// <remarks>
/// Why this shape: most of what an expression does is select parts of its input (<c>Reservations[].Instances[]</c>,
/// <c>Table.TableStatus</c>), so a selected part stays a <see cref="JsonElement"/>, which is a view into the parsed
/// document and costs nothing to pass around. Only what the expression builds (lists of a projection, hashes,
/// numbers of <c>length</c>, ...) is new, and it is small. A <see cref="System.Text.Json.Nodes.JsonNode"/> tree
/// would have to be materialized from the whole input first, and cannot hold a node in two parents. The struct
/// is a plain tagged union: no reflection, so it is AOT- and trim-safe, and evaluating allocates only what it builds.
/// </remarks>
internal readonly struct JmesValue
{
    private readonly JsonElement _element;
    // string, List<JmesValue>, JmesObject or JmesNode (expression references), per Kind; null for elements.
    private readonly object? _reference;
    // The number of a built Number, 1 or 0 for a built Boolean.
    private readonly double _number;
    private readonly bool _isElement;

    public readonly JmesKind Kind;

    private JmesValue(JmesKind kind, double number, object? reference)
    {
        Kind = kind;
        _number = number;
        _reference = reference;
        _element = default;
        _isElement = false;
    }

    private JmesValue(JsonElement element, JmesKind kind)
    {
        Kind = kind;
        _element = element;
        _isElement = true;
        _number = 0;
        _reference = null;
    }

    public static JmesValue Null => default;
    public static JmesValue True => new(JmesKind.Boolean, 1, null);
    public static JmesValue False => new(JmesKind.Boolean, 0, null);

    public static JmesValue FromBoolean(bool value) => value ? True : False;
    public static JmesValue FromNumber(double value) => new(JmesKind.Number, value, null);
    public static JmesValue FromString(string value) => new(JmesKind.String, 0, value);
    public static JmesValue FromList(List<JmesValue> items) => new(JmesKind.Array, 0, items);
    public static JmesValue FromObject(JmesObject members) => new(JmesKind.Object, 0, members);
    public static JmesValue FromExpression(JmesNode expression) => new(JmesKind.Expression, 0, expression);

    public static JmesValue FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object: return new JmesValue(element, JmesKind.Object);
            case JsonValueKind.Array: return new JmesValue(element, JmesKind.Array);
            case JsonValueKind.String: return new JmesValue(element, JmesKind.String);
            case JsonValueKind.Number: return new JmesValue(element, JmesKind.Number);
            // Booleans are stored unboxed: reading them back from the element would only cost a lookup.
            case JsonValueKind.True: return True;
            case JsonValueKind.False: return False;
            default: return Null; // Null and Undefined (a default JsonElement) are both JMESPath null.
        }
    }

    public bool IsNull => Kind == JmesKind.Null;

    /// <summary>True when this value is a part of the input (or of a literal), not built by the evaluation.</summary>
    public bool IsElement => _isElement;

    public JsonElement Element => _element;

    /// <summary>The spec's truthiness: false, null, "", [] and {} are false; everything else (0 too) is true.</summary>
    public bool IsTruthy
    {
        get
        {
            switch (Kind)
            {
                case JmesKind.Null: return false;
                case JmesKind.Boolean: return _number != 0;
                case JmesKind.String: return _isElement ? !_element.ValueEquals(string.Empty) : ((string)_reference!).Length != 0;
                case JmesKind.Array: return GetArrayLength() != 0;
                case JmesKind.Object: return _isElement ? HasAnyProperty(_element) : ((JmesObject)_reference!).Count != 0;
                default: return true;
            }
        }
    }

    public bool GetBoolean() => _number != 0;

    public double GetNumber()
    {
        if (!_isElement) return _number;
        // Out-of-range literals (1e400) are not doubles to TryGetDouble; they are infinities to JMESPath.
        return _element.TryGetDouble(out double value)
            ? value
            : double.Parse(_element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public string GetString() => _isElement ? _element.GetString()! : (string)_reference!;

    /// <summary>Ordinal equality with a string, without allocating for input strings.</summary>
    public bool StringEquals(string text) => _isElement ? _element.ValueEquals(text) : string.Equals((string)_reference!, text, System.StringComparison.Ordinal);

    public JmesNode GetExpression() => (JmesNode)_reference!;

    public int GetArrayLength() => _isElement ? _element.GetArrayLength() : ((List<JmesValue>)_reference!).Count;

    public JmesValue GetArrayItem(int index) => _isElement ? FromElement(_element[index]) : ((List<JmesValue>)_reference!)[index];

    public ArrayEnumerator EnumerateArray() => new(this);

    /// <summary>The member's value when this is an object that has it; JMESPath treats a missing member as null.</summary>
    public bool TryGetProperty(string name, out JmesValue value)
    {
        if (_isElement)
        {
            if (_element.TryGetProperty(name, out JsonElement member))
            {
                value = FromElement(member);
                return true;
            }
            value = Null;
            return false;
        }
        return ((JmesObject)_reference!).TryGetValue(name, out value);
    }

    public ObjectEnumerator EnumerateObject() => new(this);

    public int GetObjectCount()
    {
        if (!_isElement) return ((JmesObject)_reference!).Count;
        int count = 0;
        foreach (JsonProperty _ in _element.EnumerateObject()) count++;
        return count;
    }

    private static bool HasAnyProperty(JsonElement element)
    {
        JsonElement.ObjectEnumerator members = element.EnumerateObject();
        return members.MoveNext();
    }

    internal List<JmesValue>? BuiltList => _isElement ? null : _reference as List<JmesValue>;
    internal JmesObject? BuiltObject => _isElement ? null : _reference as JmesObject;

    /// <summary>Walks an array value of either origin without allocating.</summary>
    public struct ArrayEnumerator
    {
        private readonly List<JmesValue>? _list;
        private JsonElement.ArrayEnumerator _elements;
        private int _index;
        private JmesValue _current;

        internal ArrayEnumerator(JmesValue array)
        {
            _list = array.BuiltList;
            _elements = _list is null ? array._element.EnumerateArray() : default;
            _index = -1;
            _current = default;
        }

        public readonly JmesValue Current => _current;

        public readonly ArrayEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_list is not null)
            {
                if (++_index >= _list.Count) return false;
                _current = _list[_index];
                return true;
            }
            if (!_elements.MoveNext()) return false;
            _current = FromElement(_elements.Current);
            return true;
        }
    }

    /// <summary>Walks an object value's members in document order.</summary>
    public struct ObjectEnumerator
    {
        private readonly JmesObject? _built;
        private JsonElement.ObjectEnumerator _members;
        private int _index;
        private KeyValuePair<string, JmesValue> _current;

        internal ObjectEnumerator(JmesValue obj)
        {
            _built = obj.BuiltObject;
            _members = _built is null ? obj._element.EnumerateObject() : default;
            _index = -1;
            _current = default;
        }

        public readonly KeyValuePair<string, JmesValue> Current => _current;

        public readonly ObjectEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_built is not null)
            {
                if (++_index >= _built.Count) return false;
                _current = _built[_index];
                return true;
            }
            if (!_members.MoveNext()) return false;
            JsonProperty member = _members.Current;
            _current = new KeyValuePair<string, JmesValue>(member.Name, FromElement(member.Value));
            return true;
        }
    }
}
