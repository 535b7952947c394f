using GraphQLParser;
using GraphQLParser.AST;
using IWlz.Client.GraphQL;
using IWlz.Client.Notifications;
using IWlz.Client.Registers;
using IWlz.Client.Tests.Schemas;

namespace IWlz.Client.Tests.Registers;

public sealed class TemplateCatalogueTests
{
    public static TheoryData<string> TemplateIds() => new(TemplateCatalogue.All.Select(t => t.TemplateId));

    [Fact]
    public void Lists_every_shipped_operation_file_once()
    {
        var files = TestFiles.Clients.SelectMany(TestFiles.OperationPaths)
            .Select(p => Path.GetRelativePath(TestFiles.ShippedSchemasDirectory, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        var listed = TemplateCatalogue.All.Select(t => t.OperationFile["Schemas/".Length..]).Order(StringComparer.Ordinal);

        Assert.Equal(files, listed);
        Assert.Equal(22, TemplateCatalogue.All.Count);
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Describes_its_operation_document_exactly(string templateId)
    {
        var template = TemplateCatalogue.Find(templateId)!;
        var path = Path.Combine(TestFiles.ShippedSchemasDirectory, template.OperationFile["Schemas/".Length..]);
        var operation = (GraphQLOperationDefinition)Parser.Parse(File.ReadAllText(path)).Definitions.Single();

        Assert.Equal(template.OperationName, operation.Name!.StringValue);
        Assert.Equal(template.Kind, operation.Operation == OperationType.Mutation ? GraphQLOperationKind.Mutation : GraphQLOperationKind.Query);
        var root = Assert.IsAssignableFrom<GraphQLField>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal(template.RootField, root.Name.StringValue);
        Assert.Equal(
            template.Variables.Select(v => $"{v.Name}: {v.GraphQLType}"),
            (operation.Variables?.Items ?? []).Select(v => $"{v.Variable.Name.StringValue}: {TypeText(v.Type)}"));
    }

    [Theory]
    [InlineData("QIR-0001-ZKi", "initieelVerantwoordelijkZorgkantoor", IDType.UZOVI)]
    [InlineData("QBR-0001-ZA", "Instelling", IDType.AGB)]
    [InlineData("QBR-0002-ZA", "Instelling", IDType.AGB)]
    [InlineData("QBR-0003-ZA", "Instelling", IDType.AGB)]
    [InlineData("QBR-0004-ZKu", "uitvoerendZorgkantoor", IDType.UZOVI)]
    [InlineData("QBR-0005-ZKu", "UitvoerendZorgkantoor", IDType.UZOVI)]
    [InlineData("QBR-0006-ZKu", "uitvoerendZorgkantoor", IDType.UZOVI)]
    [InlineData("QBR-0007-ZKn", "verantwoordelijkZorgkantoor", IDType.UZOVI)]
    [InlineData("QBR-0008-ZKn", "verantwoordelijkZorgkantoor", IDType.UZOVI)]
    [InlineData("QBR-0009-ZAr", "Instelling", IDType.AGB)]
    [InlineData("QLR-0002-ZA", "aanbieder", IDType.AGB)]
    public void Own_identity_variables_are_strings_compared_with_eq_in_the_document(string templateId, string variable, IDType idType)
    {
        var template = TemplateCatalogue.Find(templateId)!;

        Assert.Equal(variable, template.OwnIdentityVariable);
        Assert.Equal(idType, template.OwnIdentityType);
        Assert.Equal("String!", template.Variables.Single(v => v.Name == variable).GraphQLType);
        var text = File.ReadAllText(Path.Combine(TestFiles.ShippedSchemasDirectory, template.OperationFile["Schemas/".Length..]));
        Assert.Matches($@"\{{\s*eq:\s*\${variable}\s*\}}", text);
    }

    [Fact]
    public void Templates_without_an_own_identity_variable_are_exactly_these()
    {
        var without = TemplateCatalogue.All.Where(t => t.OwnIdentityVariable is null).Select(t => t.TemplateId);

        Assert.Equal(
            ["QIR-0004-ZKu", "QBR-0010-CIZ", "QLR-0001_1-ZA", "QLR-0001_2-ZA", "QLR-0003-ZK", "QLR-0004-ZK", "QLR-0006-ZK", "QLR-0007-ZK", "QLR-0009-ZK"],
            without);
        Assert.All(TemplateCatalogue.ForRegister(IWlzRegister.Netwerkpunt), t => Assert.Equal("afzenderID", t.OwnIdentityVariable));
    }

    [Fact]
    public void Only_QBR_0002_and_QBR_0005_have_derived_dates_computed_from_the_end_date()
    {
        foreach (var template in TemplateCatalogue.All)
        {
            if (template.TemplateId is "QBR-0002-ZA" or "QBR-0005-ZKu")
            {
                Assert.Equal(
                    [("ToewijzingEinddatum2Jaar", DerivedDateRule.PlusTwoYears), ("ToewijzingEinddatum31Mei", DerivedDateRule.ThirtyFirstOfMayNextYear)],
                    template.DerivedDateVariables.Select(v => (v.Name, v.DerivedDateRule!.Value)));
                Assert.All(template.DerivedDateVariables, v => Assert.Equal("ToewijzingEinddatum", v.DerivedFrom));
                Assert.Contains(template.Variables, v => v.Name == "ToewijzingEinddatum" && v.GraphQLType == "Date!");
            }
            else
            {
                Assert.Empty(template.DerivedDateVariables);
            }
        }
    }

    [Fact]
    public void Roles_registers_and_versions_follow_the_template_id()
    {
        foreach (var template in TemplateCatalogue.All.Where(t => t.Register != IWlzRegister.Netwerkpunt))
        {
            var suffix = template.TemplateId[(template.TemplateId.LastIndexOf('-') + 1)..];
            var expectedRole = suffix switch
            {
                "ZA" => TemplateRole.Zorgaanbieder,
                "ZAr" => TemplateRole.Regiehouder,
                "ZKi" => TemplateRole.InitieelVerantwoordelijkZorgkantoor,
                "ZKu" => TemplateRole.UitvoerendZorgkantoor,
                "ZKn" => TemplateRole.NieuwVerantwoordelijkZorgkantoor,
                "CIZ" => TemplateRole.Ciz,
                _ => template.TemplateId == "QLR-0009-ZK" ? TemplateRole.UitvoerendZorgkantoor : TemplateRole.Zorgkantoor,
            };
            Assert.Equal(expectedRole, template.Role);

            var (register, version, status) = template.TemplateId[..3] switch
            {
                "QIR" => (IWlzRegister.Indicatieregister, "IR-2", SpecificationStatus.Current),
                "QBR" => (IWlzRegister.Bemiddelingsregister, "BR-1", SpecificationStatus.Current),
                _ => (IWlzRegister.Leveringsregister, "LR-1", SpecificationStatus.InDevelopment),
            };
            Assert.Equal((register, version, status), (template.Register, template.RegisterVersion, template.Status));
            Assert.Equal(GraphQLOperationKind.Query, template.Kind);
        }
    }

    [Fact]
    public void Corrected_templates_say_so()
    {
        Assert.Equal(
            ["QLR-0002-ZA", "QLR-0004-ZK", "QLR-0009-ZK", "zendNotificatie"],
            TemplateCatalogue.All.Where(t => t.Correction is not null).Select(t => t.TemplateId));
    }

    [Fact]
    public void Lookup_ignores_case_and_unknown_templates_are_null()
    {
        Assert.Same(TemplateCatalogue.Find("QBR-0001-ZA"), TemplateCatalogue.Find("qbr-0001-za"));
        Assert.Null(TemplateCatalogue.Find("QLR-0008-ZK"));
        Assert.Null(TemplateCatalogue.Find(null));
        Assert.Equal(10, TemplateCatalogue.ForRegister(IWlzRegister.Bemiddelingsregister).Count);
    }

    private static string TypeText(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => TypeText(nonNull.Type) + "!",
        GraphQLListType list => "[" + TypeText(list.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new NotSupportedException(),
    };
}
