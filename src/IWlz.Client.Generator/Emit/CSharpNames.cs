using System.Collections.Generic;
using IWlz.Client.Generator.Infrastructure;
using IWlz.Client.Generator.Semantics;

namespace IWlz.Client.Generator.Emit;

/// <summary>C# type expressions and XML documentation helpers shared by the emitters.</summary>
internal static class CSharpNames
{
    public const string Json = "global::System.Text.Json";
    public const string Runtime = "global::IWlz.Client.GraphQL";
    public const string Helpers = "global::IWlz.Client.GraphQL.Serialization.GraphQLJson";

    public static string TypeName(CsType type, string ns)
    {
        var name = type.Kind switch
        {
            CsKind.Enum => $"global::{ns}.{type.Enum!.Name}",
            CsKind.Input => $"global::{ns}.{type.Input!.Name}",
            CsKind.Object => $"global::{ns}.{type.Class!.FullName}",
            CsKind.List => $"global::System.Collections.Generic.IReadOnlyList<{TypeName(type.Element!, ns)}>",
            _ => ScalarName(type.Scalar),
        };
        return type.Nullable ? name + "?" : name;
    }

    /// <summary>The type of a local that receives a value while reading: reference types get a nullable annotation.</summary>
    public static string LocalTypeName(CsType type, string ns) => type.IsValueType ? TypeName(type, ns) : TypeName(type.WithNullable(true), ns);

    public static string ScalarName(ScalarKind kind) => kind switch
    {
        ScalarKind.String or ScalarKind.Id => "string",
        ScalarKind.Int => "int",
        ScalarKind.Long => "long",
        ScalarKind.Double => "double",
        ScalarKind.Decimal => "decimal",
        ScalarKind.Boolean => "bool",
        ScalarKind.Guid => "global::System.Guid",
        ScalarKind.DateOnly => "global::System.DateOnly",
        ScalarKind.DateTimeOffset => "global::System.DateTimeOffset",
        ScalarKind.DateTime => "global::System.DateTime",
        ScalarKind.TimeOnly => "global::System.TimeOnly",
        ScalarKind.Uri => "global::System.Uri",
        _ => "global::System.Text.Json.JsonElement",
    };

    public static void Summary(CodeWriter writer, string? description, string fallback)
    {
        var text = string.IsNullOrWhiteSpace(description) ? fallback : Naming.EscapeXmlLines(description!.Trim());
        if (text.IndexOf('\n') < 0)
        {
            writer.Line($"/// <summary>{text}</summary>");
            return;
        }

        writer.Line("/// <summary>");
        foreach (var line in SplitLines(text))
        {
            writer.Line(line.Length == 0 ? "///" : "/// " + line);
        }

        writer.Line("/// </summary>");
    }

    public static void Remarks(CodeWriter writer, IEnumerable<string> sentences)
    {
        var lines = new List<string>();
        foreach (var sentence in sentences)
        {
            if (!string.IsNullOrEmpty(sentence))
            {
                lines.Add(sentence);
            }
        }

        if (lines.Count == 0)
        {
            return;
        }

        if (lines.Count == 1 && lines[0].IndexOf('\n') < 0)
        {
            writer.Line($"/// <remarks>{lines[0]}</remarks>");
            return;
        }

        writer.Line("/// <remarks>");
        foreach (var line in lines)
        {
            foreach (var part in SplitLines(line))
            {
                writer.Line(part.Length == 0 ? "///" : "/// " + part);
            }
        }

        writer.Line("/// </remarks>");
    }

    /// <summary>Escaped inline code for XML docs.</summary>
    public static string Code(string text) => "<c>" + Naming.EscapeXml(text) + "</c>";

    /// <summary>Escaped text for one line of an XML doc comment (line breaks become spaces).</summary>
    public static string Escape(string text) => Naming.EscapeXml(text);

    /// <summary>Escaped text for <see cref="Remarks"/>, which writes each of its lines behind its own <c>///</c>.</summary>
    public static string EscapeLines(string text) => Naming.EscapeXmlLines(text);

    private static IEnumerable<string> SplitLines(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            yield return line.TrimEnd();
        }
    }
}
