using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IncidentExtract.Gazetteers;

/// <summary>A minimal YAML node tree built from YamlDotNet's event stream (no reflection), with positions for errors.</summary>
internal abstract record YamlNode(Mark Start);

internal sealed record YamlScalar(Mark Start, string Value, bool IsPlain) : YamlNode(Start)
{
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed record YamlList(Mark Start, List<YamlNode> Items) : YamlNode(Start);

internal sealed record YamlMap(Mark Start, List<KeyValuePair<string, YamlNode>> Entries) : YamlNode(Start)
{
    public YamlNode? Get(string key)
    {
        foreach (var (k, v) in Entries)
        {
            if (k == key) return v;
        }
        return null;
    }

    public string? String(string key, string source) => Get(key) switch
    {
        null => null,
        YamlScalar s when s.IsNull => null,
        YamlScalar s => s.Value,
        var other => throw GazetteerLoader.Error(other, source, $"'{key}' must be a single value"),
    };

    public IReadOnlyList<string> Strings(string key, string source)
    {
        switch (Get(key))
        {
            case null:
            case YamlScalar { IsNull: true }:
                return [];
            case YamlScalar s:
                return [s.Value];
            case YamlList list:
                var result = new List<string>(list.Items.Count);
                foreach (var item in list.Items)
                {
                    result.Add(GazetteerLoader.Expect<YamlScalar>(item, source, $"'{key}' must be a list of names").Value);
                }
                return result;
            case var other:
                throw GazetteerLoader.Error(other, source, $"'{key}' must be a list of names");
        }
    }

    public double? Number(string key, string source)
    {
        var node = Get(key);
        if (node is null or YamlScalar { IsNull: true }) return null;
        if (node is YamlScalar s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        throw GazetteerLoader.Error(node, source, $"'{key}' must be a number");
    }
}

internal static class YamlTree
{
    /// <summary>The document's root node, or null for an empty document. Throws <see cref="YamlException"/> on bad YAML.</summary>
    public static YamlNode? Parse(string text)
    {
        var parser = new Parser(new StringReader(text));
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _)) return null;
        parser.Consume<DocumentStart>();
        var root = ReadNode(parser);
        parser.Consume<DocumentEnd>();
        if (!parser.Accept<StreamEnd>(out _))
        {
            var extra = parser.Current!;
            throw new YamlException(extra.Start, extra.End, "only one YAML document is allowed");
        }
        return root;
    }

    private static YamlNode ReadNode(IParser parser)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            return new YamlScalar(scalar.Start, scalar.Value, scalar.Style == ScalarStyle.Plain);
        }
        if (parser.TryConsume<SequenceStart>(out var seq))
        {
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser));
            return new YamlList(seq.Start, items);
        }
        if (parser.TryConsume<MappingStart>(out var map))
        {
            var entries = new List<KeyValuePair<string, YamlNode>>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = ReadNode(parser);
                if (key is not YamlScalar k) throw new YamlException(key.Start, key.Start, "a mapping key must be a plain name");
                entries.Add(new(k.Value, ReadNode(parser)));
            }
            return new YamlMap(map.Start, entries);
        }
        var current = parser.Current!;
        throw new YamlException(current.Start, current.End, $"anchors, aliases and tags are not supported here ({current.GetType().Name})");
    }
}
