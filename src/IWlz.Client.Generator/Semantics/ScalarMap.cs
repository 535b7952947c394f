using System;
using System.Collections.Generic;
using IWlz.Client.Generator.Model;

namespace IWlz.Client.Generator.Semantics;

/// <summary>The CLR representations a GraphQL scalar can have in generated code.</summary>
internal enum ScalarKind
{
    String,
    Id,
    Int,
    Long,
    Double,
    Decimal,
    Boolean,
    Guid,
    DateOnly,
    DateTimeOffset,
    DateTime,
    TimeOnly,
    Uri,
    JsonElement,
}

/// <summary>
/// Maps GraphQL scalars to CLR types: the five spec scalars are fixed; then IWlzGraphQLScalars entries;
/// then the well-known custom scalars (UUID, Date, DateTime, Long, Decimal); everything else is JsonElement.
/// </summary>
internal sealed class ScalarMap
{
    public static readonly string[] SupportedClrTypes =
    {
        "string", "int", "long", "double", "decimal", "bool", "Guid", "DateOnly", "DateTimeOffset", "DateTime", "TimeOnly", "Uri", "JsonElement",
    };

    private static readonly Dictionary<string, ScalarKind> WellKnown = new(StringComparer.Ordinal)
    {
        ["String"] = ScalarKind.String,
        ["ID"] = ScalarKind.Id,
        ["Int"] = ScalarKind.Int,
        ["Float"] = ScalarKind.Double,
        ["Boolean"] = ScalarKind.Boolean,
        ["UUID"] = ScalarKind.Guid,
        ["Date"] = ScalarKind.DateOnly,
        ["DateTime"] = ScalarKind.DateTimeOffset,
        ["Long"] = ScalarKind.Long,
        ["Decimal"] = ScalarKind.Decimal,
    };

    private readonly Dictionary<string, ScalarKind> _configured = new(StringComparer.Ordinal);

    public ScalarMap(IEnumerable<ScalarMapping> mappings)
    {
        foreach (var mapping in mappings)
        {
            if (TryParseKind(mapping.ClrType, out var kind))
            {
                _configured[mapping.ScalarName] = kind;
            }
        }
    }

    public static bool IsSpecScalar(string name) => name is "String" or "ID" or "Int" or "Float" or "Boolean";

    public ScalarKind Resolve(string scalarName)
    {
        if (IsSpecScalar(scalarName))
        {
            return WellKnown[scalarName];
        }

        if (_configured.TryGetValue(scalarName, out var configured))
        {
            return configured;
        }

        return WellKnown.TryGetValue(scalarName, out var known) ? known : ScalarKind.JsonElement;
    }

    /// <summary>Accepts C# keywords, CLR names with or without "System.", and returns the canonical entry of <see cref="SupportedClrTypes"/>.</summary>
    public static string? NormalizeClrType(string text)
    {
        var value = text.Trim();
        if (value.StartsWith("global::", StringComparison.Ordinal))
        {
            value = value.Substring("global::".Length);
        }

        if (value.StartsWith("System.Text.Json.", StringComparison.Ordinal))
        {
            value = value.Substring("System.Text.Json.".Length);
        }
        else if (value.StartsWith("System.", StringComparison.Ordinal))
        {
            value = value.Substring("System.".Length);
        }

        return value.ToLowerInvariant() switch
        {
            "string" => "string",
            "int" or "int32" => "int",
            "long" or "int64" => "long",
            "double" => "double",
            "decimal" => "decimal",
            "bool" or "boolean" => "bool",
            "guid" => "Guid",
            "dateonly" => "DateOnly",
            "datetimeoffset" => "DateTimeOffset",
            "datetime" => "DateTime",
            "timeonly" => "TimeOnly",
            "uri" => "Uri",
            "jsonelement" => "JsonElement",
            _ => null,
        };
    }

    private static bool TryParseKind(string clrType, out ScalarKind kind)
    {
        switch (clrType)
        {
            case "string": kind = ScalarKind.String; return true;
            case "int": kind = ScalarKind.Int; return true;
            case "long": kind = ScalarKind.Long; return true;
            case "double": kind = ScalarKind.Double; return true;
            case "decimal": kind = ScalarKind.Decimal; return true;
            case "bool": kind = ScalarKind.Boolean; return true;
            case "Guid": kind = ScalarKind.Guid; return true;
            case "DateOnly": kind = ScalarKind.DateOnly; return true;
            case "DateTimeOffset": kind = ScalarKind.DateTimeOffset; return true;
            case "DateTime": kind = ScalarKind.DateTime; return true;
            case "TimeOnly": kind = ScalarKind.TimeOnly; return true;
            case "Uri": kind = ScalarKind.Uri; return true;
            case "JsonElement": kind = ScalarKind.JsonElement; return true;
            default: kind = ScalarKind.JsonElement; return false;
        }
    }
}
