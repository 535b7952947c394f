using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IWlz.Client.Generator.Tests.Infrastructure;

/// <summary>Reflection access to a compiled, loaded generator output.</summary>
internal sealed class GeneratedAssembly(Assembly assembly, string ns, string clientName)
{
    private static readonly Lazy<GeneratedAssembly> LibraryInstance = new(() =>
        new GeneratedAssembly(GeneratorHarness.CompileAndLoad(GeneratorHarness.Run(Infrastructure.Library.Files)), "Acme.Library", "Library"));

    /// <summary>The library schema and operations, generated and compiled once per test run.</summary>
    public static GeneratedAssembly Library => LibraryInstance.Value;

    public Assembly Assembly { get; } = assembly;

    public JsonSerializerOptions Options { get; } = new()
    {
        TypeInfoResolver = (IJsonTypeInfoResolver)Activator.CreateInstance(assembly.GetType($"{ns}.{clientName}JsonResolver", throwOnError: true)!)!,
    };

    /// <summary>A generated type; nested result classes use '+', as in "GetBookResult+BookData".</summary>
    public Type Type(string name) => Assembly.GetType($"{ns}.{name}", throwOnError: true)!;

    public object New(string typeName, params (string Property, object? Value)[] values)
    {
        var instance = Activator.CreateInstance(Type(typeName))!;
        foreach (var (property, value) in values)
        {
            instance.GetType().GetProperty(property)!.SetValue(instance, value);
        }

        return instance;
    }

    public object Enum(string typeName, string member) => System.Enum.Parse(Type(typeName), member);

    public string Serialize(object value) => JsonSerializer.Serialize(value, value.GetType(), Options);

    public object? Deserialize(string json, string typeName) => JsonSerializer.Deserialize(json, Type(typeName), Options);

    public static object? Get(object instance, string property) =>
        instance.GetType().GetProperty(property)?.GetValue(instance)
        ?? (instance.GetType().GetProperty(property) is null ? throw new MissingMemberException(instance.GetType().Name, property) : null);

    public static object? Path(object instance, params string[] properties)
    {
        object? current = instance;
        foreach (var property in properties)
        {
            current = current is null ? null : Get(current, property);
        }

        return current;
    }
}
