using System.Text.Json.Serialization;

namespace IWlz.Client.Tokens.Internal;

[JsonSerializable(typeof(string))]
internal sealed partial class TokenJsonContext : JsonSerializerContext;
