using System.Reflection;
using IWlz.Client.GraphQL;
using IWlz.Client.Registers;
using IWlz.Client.Tests.Registers.Infrastructure;

namespace IWlz.Client.Tests.Registers;

/// <summary>The template IDs are discoverable: as constants, on the generated operations and on every typed client method.</summary>
public sealed class IWlzTemplatesTests
{
    private static readonly Type[] TypedClients =
    [
        typeof(IWlz.Client.Indicatieregister.IIndicatieregisterClient),
        typeof(IWlz.Client.Bemiddelingsregister.IBemiddelingsregisterClient),
#pragma warning disable IWLZEXP001
        typeof(IWlz.Client.Leveringsregister.ILeveringsregisterClient),
#pragma warning restore IWLZEXP001
    ];

    [Fact]
    public void There_is_one_constant_per_catalogue_entry_and_it_holds_the_template_ID()
    {
        var constants = typeof(IWlzTemplates).GetFields(BindingFlags.Public | BindingFlags.Static)
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);

        Assert.Equal(TemplateCatalogue.All.Select(t => t.TemplateId).Order(StringComparer.Ordinal), constants.Values.Order(StringComparer.Ordinal));
        foreach (var (name, id) in constants)
        {
            Assert.Equal(char.ToUpperInvariant(id[0]) + id[1..].Replace("-", string.Empty, StringComparison.Ordinal), name);
        }
    }

    [Fact]
    public void Every_catalogue_entry_has_a_generated_operation_with_the_same_template_ID_name_and_root()
    {
        Assert.Equal(TemplateCatalogue.All.Select(t => t.TemplateId).Order(StringComparer.Ordinal), GeneratedTemplates.TemplateIds.Order(StringComparer.Ordinal));
        foreach (var template in TemplateCatalogue.All)
        {
            dynamic descriptor = GeneratedTemplates.Descriptor(template.TemplateId);
            Assert.Equal(template.OperationName, (string)descriptor.Name);
            Assert.Equal(template.Register.ToString(), (string)descriptor.ClientName);
            Assert.Equal(template.Kind, (GraphQLOperationKind)descriptor.Kind);
            Assert.Equal([template.RootField], (IReadOnlyList<string>)descriptor.RootFields);
        }
    }

    [Fact]
    public void Every_register_template_has_exactly_one_typed_method_marked_with_its_ID_on_the_interface_and_the_class()
    {
        var methods = TypedClients
            .SelectMany(t => t.GetMethods())
            .Select(m => (Method: m, Template: m.GetCustomAttribute<GraphQLTemplateAttribute>()?.TemplateId))
            .ToList();
        Assert.All(methods, m => Assert.NotNull(m.Template));

        var registerTemplates = TemplateCatalogue.All.Where(t => t.Register != IWlzRegister.Netwerkpunt).Select(t => t.TemplateId);
        Assert.Equal(registerTemplates.Order(StringComparer.Ordinal), methods.Select(m => m.Template!).Order(StringComparer.Ordinal));

        foreach (var contract in TypedClients)
        {
            var implementation = contract.Assembly.GetType(contract.Namespace + "." + contract.Name[1..])!;
            foreach (var method in contract.GetMethods())
            {
                var implemented = implementation.GetMethod(method.Name, [.. method.GetParameters().Select(p => p.ParameterType)])!;
                Assert.True(implemented.IsVirtual && !implemented.IsFinal, $"{implementation.Name}.{method.Name} is not overridable");
                Assert.Equal(method.GetCustomAttribute<GraphQLTemplateAttribute>()!.TemplateId, implemented.GetCustomAttribute<GraphQLTemplateAttribute>()?.TemplateId);
                Assert.StartsWith("Get", method.Name, StringComparison.Ordinal);
                Assert.EndsWith("Async", method.Name, StringComparison.Ordinal);
                var parameters = method.GetParameters();
                Assert.Equal(typeof(CancellationToken), parameters[^1].ParameterType);
                Assert.Equal(typeof(RegisterRequestOptions), parameters[^2].ParameterType);
                Assert.True(parameters[^2].IsOptional && parameters[^1].IsOptional);
            }
        }
    }

    [Fact]
    public void The_method_name_is_Get_plus_the_operation_name_of_its_template()
    {
        foreach (var method in TypedClients.SelectMany(t => t.GetMethods()))
        {
            var template = TemplateCatalogue.Find(method.GetCustomAttribute<GraphQLTemplateAttribute>()!.TemplateId)!;
            Assert.Equal("Get" + template.OperationName + "Async", method.Name);
        }
    }

    [Fact]
    public void The_Leveringsregister_client_is_marked_experimental()
    {
#pragma warning disable IWLZEXP001
        var types = new[] { typeof(IWlz.Client.Leveringsregister.ILeveringsregisterClient), typeof(IWlz.Client.Leveringsregister.LeveringsregisterClient) };
#pragma warning restore IWLZEXP001
        foreach (var type in types)
        {
            var attribute = type.GetCustomAttribute<System.Diagnostics.CodeAnalysis.ExperimentalAttribute>();
            Assert.Equal("IWLZEXP001", attribute?.DiagnosticId);
        }

        Assert.Null(typeof(IWlz.Client.Bemiddelingsregister.IBemiddelingsregisterClient).GetCustomAttribute<System.Diagnostics.CodeAnalysis.ExperimentalAttribute>());
    }
}
