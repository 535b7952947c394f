using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.Exceptions;
using GraphQLParser.AST;
using IWlz.Client.Testing.Internal.Hosting;
using IWlz.Client.Testing.Internal.Registers;
using IWlz.Client.Testing.Internal.Schemas;
using IWlz.Client.Testing.Internal.Tokens;
using Microsoft.AspNetCore.Http;

namespace IWlz.Client.Testing.Internal.Pep;

/// <summary>
/// The simulated PEP (security.md §4): certificate, token, one operation with one root field, route
/// by root field, scope, template or notification policy, then forward with a <c>claims</c> header
/// and relay the answer.
/// </summary>
internal sealed class PepHandler : IDisposable
{
    private readonly SimulatorContext context;
    private readonly NidTokenService tokens;
    private readonly Lazy<HttpClient> upstream;

    public PepHandler(SimulatorContext context, NidTokenService tokens)
    {
        this.context = context;
        this.tokens = tokens;
        upstream = new Lazy<HttpClient>(CreateUpstreamClient);
    }

    public async Task HandleAsync(HttpContext http)
    {
        var failure = context.Faults.TakePepFailure();
        if (failure != 0)
        {
            http.Response.StatusCode = failure;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(ReasonPhrase(failure), http.RequestAborted).ConfigureAwait(false);
            return;
        }

        var presenter = CertificateGate.Check(http, context, out var certificateFailure);
        if (presenter is null)
        {
            var message = certificateFailure == CertificateFailure.NotAllowed ? "Not Allowed" : "Invalid Client Certificate";
            await WriteErrorsAsync(http, new PepDenial(403, "FORBIDDEN", message)).ConfigureAwait(false);
            return;
        }

        var authorization = http.Request.Headers.Authorization.ToString();
        var parts = authorization.Split(' ', 2);
        if (parts is not ["Bearer", { Length: > 0 } jwt])
        {
            await WriteUnauthorizedAsync(http, "a Bearer token is required").ConfigureAwait(false);
            return;
        }

        var (token, tokenProblem) = await tokens.ValidateAsync(jwt, presenter).ConfigureAwait(false);
        var target = token is null ? null : context.Parties.FindService(token.Audience);
        if (token is null || target is null)
        {
            await WriteUnauthorizedAsync(http, token is null ? tokenProblem : "the token's audience is not a service in the address book").ConfigureAwait(false);
            return;
        }

        string body;
        using (var reader = new StreamReader(http.Request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        }

        JsonObject? request;
        try
        {
            request = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            request = null;
        }

        var queryText = request?["query"] is JsonValue q && q.TryGetValue<string>(out var text) ? text : null;
        if (request is null || queryText is null)
        {
            await WriteLegacyAsync(http, "Invalid Query Syntax").ConfigureAwait(false);
            return;
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(queryText);
        }
        catch (GraphQLParserException)
        {
            await WriteLegacyAsync(http, "Invalid Query Syntax").ConfigureAwait(false);
            return;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToArray();
        if (operations.Length == 0)
        {
            await WriteLegacyAsync(http, "No operation found to evaluate").ConfigureAwait(false);
            return;
        }

        var rootFields = RootFields(document, operations[0]).ToArray();
        var label = rootFields.FirstOrDefault()?.Name.StringValue ?? operations[0].Operation.ToString().ToLowerInvariant();
        if (operations.Length > 1)
        {
            await WriteErrorsAsync(http, new PepDenial(400, "BAD_REQUEST", $"{label}: Only one operation at the time is supported.")).ConfigureAwait(false);
            return;
        }

        if (rootFields.Length != 1)
        {
            await WriteErrorsAsync(http, new PepDenial(400, "BAD_REQUEST", $"{label}: Only one selectionset in an operation is supported.")).ConfigureAwait(false);
            return;
        }

        var operation = operations[0];
        var root = rootFields[0];
        var service = RegisterModel.ServiceOf(root.Name.StringValue);
        if (service is null || service != target.Kind)
        {
            await WriteLegacyAsync(http, "No operation found to evaluate").ConfigureAwait(false);
            return;
        }

        var variables = request["variables"] as JsonObject;
        PepDenial? denial;
        if (target.Kind == RegisterKind.Netwerkpunt)
        {
            denial = NotificationPolicy.Evaluate(token, target, root, operation, variables);
        }
        else
        {
            denial = ScopeCheck(token, target.Kind, label, operation)
                ?? TemplatePolicy.Evaluate(context, token, target, document, operation, root, variables).Denial;
        }

        if (denial is not null)
        {
            await WriteErrorsAsync(http, denial).ConfigureAwait(false);
            return;
        }

        await ForwardAsync(http, token, target, body, request).ConfigureAwait(false);
    }

    private static PepDenial? ScopeCheck(IssuedToken token, RegisterKind kind, string label, GraphQLOperationDefinition operation)
    {
        var (any, read) = kind switch
        {
            RegisterKind.Indicatieregister => ("registers/wlzindicatieregister", new[] { Scopes.IndicatieRead, Scopes.IndicatieReadLegacy }),
            RegisterKind.Bemiddelingsregister => ("registers/wlzbemiddelingsregister", new[] { Scopes.BemiddelingRead, Scopes.BemiddelingReadLegacy }),
            _ => ("registers/leveringsregister", new[] { Scopes.LeveringRead }),
        };
        if (!token.Scopes.Any(s => s.StartsWith(any, StringComparison.Ordinal)))
        {
            return new PepDenial(400, "BAD_REQUEST", $"{label}: Scope is not allowed");
        }

        if (operation.Operation != OperationType.Query || !token.Scopes.Any(read.Contains))
        {
            return new PepDenial(403, "FORBIDDEN", $"{label}: Request Does Not Match Scopes");
        }

        return null;
    }

    private async Task ForwardAsync(HttpContext http, IssuedToken token, ServiceTarget target, string body, JsonObject request)
    {
        if (target.External)
        {
            await ForwardExternalAsync(http, token, target, body).ConfigureAwait(false);
            return;
        }

        var graphQLRequest = GraphQLRunner.Serializer.Deserialize<GraphQLRequest>(body)!;
        _ = request;
        object root = target.Kind == RegisterKind.Netwerkpunt
            ? context.Store.Current
            : context.Store.Current.Partition(target.Kind, target.Owner.Code);
        var userContext = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["claims"] = token.PayloadJson,
            ["inbox"] = target.Kind == RegisterKind.Netwerkpunt ? new PartyInbox(target.Owner, token.PayloadJson) : null,
        };
        var (status, responseBody) = await GraphQLRunner.ExecuteAsync(target.Kind, graphQLRequest, root, userContext, http.RequestAborted).ConfigureAwait(false);
        http.Response.StatusCode = status;
        http.Response.ContentType = ResponseMediaType(http);
        await http.Response.WriteAsync(responseBody, http.RequestAborted).ConfigureAwait(false);
    }

    private async Task ForwardExternalAsync(HttpContext http, IssuedToken token, ServiceTarget target, string body)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, target.Uri)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        message.Headers.Accept.ParseAdd("application/graphql-response+json");
        message.Headers.Accept.ParseAdd("application/json;q=0.9");
        message.Headers.TryAddWithoutValidation("claims", token.PayloadJson);
        foreach (var header in new[] { "X-B3-TraceId", "X-B3-SpanId" })
        {
            if (http.Request.Headers.TryGetValue(header, out var value))
            {
                message.Headers.TryAddWithoutValidation(header, value.ToString());
            }
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(context.Options.NetwerkpuntTimeout);
        HttpResponseMessage response;
        try
        {
            response = await upstream.Value.SendAsync(message, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            http.Response.StatusCode = 504;
            await http.Response.WriteAsync(ReasonPhrase(504), http.RequestAborted).ConfigureAwait(false);
            return;
        }
        catch (HttpRequestException)
        {
            http.Response.StatusCode = 502;
            await http.Response.WriteAsync(ReasonPhrase(502), http.RequestAborted).ConfigureAwait(false);
            return;
        }

        using (response)
        {
            var content = await response.Content.ReadAsStringAsync(http.RequestAborted).ConfigureAwait(false);
            http.Response.StatusCode = (int)response.StatusCode;
            http.Response.ContentType = response.Content.Headers.ContentType?.ToString() ?? "application/json";
            await http.Response.WriteAsync(content, http.RequestAborted).ConfigureAwait(false);
        }
    }

    private HttpClient CreateUpstreamClient()
    {
        var certificate = context.PepCertificate.Value;
        var authority = context.CertificateAuthority;
        var handler = new SocketsHttpHandler();
        handler.SslOptions.ClientCertificates = [certificate];
        handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => certificate;
        handler.SslOptions.RemoteCertificateValidationCallback = (_, cert, _, errors) =>
            errors == System.Net.Security.SslPolicyErrors.None
            || (cert is System.Security.Cryptography.X509Certificates.X509Certificate2 c && authority.IsIssuedBy(c));
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    private static IEnumerable<GraphQLField> RootFields(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        IEnumerable<GraphQLField> Expand(GraphQLSelectionSet set) => set.Selections.SelectMany(selection => selection switch
        {
            GraphQLField { Name.StringValue: "__typename" } => [],
            GraphQLField field => [field],
            GraphQLInlineFragment inline => Expand(inline.SelectionSet),
            GraphQLFragmentSpread spread => document.Definitions.OfType<GraphQLFragmentDefinition>()
                .Where(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue)
                .SelectMany(f => Expand(f.SelectionSet)),
            _ => [],
        });
        return Expand(operation.SelectionSet);
    }

    private static string ResponseMediaType(HttpContext http)
    {
        var accept = http.Request.Headers.Accept.ToString();
        return accept.Length == 0 || accept.Contains("application/graphql-response+json", StringComparison.OrdinalIgnoreCase)
            ? "application/graphql-response+json; charset=utf-8"
            : "application/json; charset=utf-8";
    }

    private static async Task WriteUnauthorizedAsync(HttpContext http, string reason)
    {
        http.Response.StatusCode = 401;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync($"Unauthorized: {reason}", http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task WriteLegacyAsync(HttpContext http, string error)
    {
        http.Response.StatusCode = 400;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(new JsonObject { ["ErrorCode"] = "bad_request", ["Error"] = error }.ToJsonString(), http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task WriteErrorsAsync(HttpContext http, PepDenial denial)
    {
        http.Response.StatusCode = denial.Status;
        http.Response.ContentType = "application/json; charset=utf-8";
        var json = new JsonObject
        {
            ["errors"] = new JsonArray(new JsonObject
            {
                ["message"] = denial.Message,
                ["extensions"] = new JsonObject { ["code"] = denial.Code },
            }),
        };
        await http.Response.WriteAsync(json.ToJsonString(), http.RequestAborted).ConfigureAwait(false);
    }

    private static string ReasonPhrase(int status) =>
        $"{status} {Enum.GetName((System.Net.HttpStatusCode)status) ?? "Server Error"}";

    public void Dispose()
    {
        if (upstream.IsValueCreated)
        {
            upstream.Value.Dispose();
        }
    }
}
