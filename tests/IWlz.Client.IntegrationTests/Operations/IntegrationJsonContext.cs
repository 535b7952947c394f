// TEMPORARY: see TemplateOperations.cs.
using System.Text.Json.Serialization;

namespace IWlz.Client.IntegrationTests.Operations;

[JsonSerializable(typeof(Qbr0001ZaVariables))]
[JsonSerializable(typeof(Qbr0001ZaData))]
[JsonSerializable(typeof(Qir0001ZkiVariables))]
[JsonSerializable(typeof(Qir0004ZkuVariables))]
[JsonSerializable(typeof(WlzIndicatieData))]
internal sealed partial class IntegrationJsonContext : JsonSerializerContext;
