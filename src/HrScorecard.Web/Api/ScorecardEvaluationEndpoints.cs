using System.Text.Json.Serialization;
using HrScorecard.Domain;
using HrScorecard.Domain.Hierarchy;
using HrScorecard.Domain.Scoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Api;

public sealed record ThresholdsBody(double? YellowFrom, double? GreenFrom);

public sealed record KpiBody(ScoringMethod? Method, double? Target, double? Actual, IReadOnlyList<double>? OmaxLevels);

public sealed record NodeBody(
    string? Name,
    IReadOnlyList<IReadOnlyList<JudgmentEntry>?>? Comparisons,
    IReadOnlyList<double>? Weights,
    IReadOnlyList<NodeBody?>? Children,
    KpiBody? Kpi,
    ThresholdsBody? Thresholds);

public sealed record EvaluateRequest(ThresholdsBody? Thresholds, double? ScoreCap, NodeBody? Root);

public sealed record EvaluatedNode(
    string Name,
    double LocalWeight,
    double GlobalWeight,
    double? Score,
    TrafficLight Light,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? ConsistencyRatio,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] KpiBody? Kpi,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EvaluatedNode>? Children);

public sealed record EvaluateResponse(ThresholdsBody Thresholds, double? ScoreCap, EvaluatedNode Root);

public static class ScorecardEvaluationEndpoints
{
    public static IEndpointRouteBuilder MapScorecardEvaluationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/scorecards/evaluate", (EvaluateRequest request, [FromServices] IStringLocalizer<ApiProblemHandler> text) =>
            {
                var thresholds = ToThresholds(request.Thresholds, "thresholds", text) ?? Thresholds.Default;
                if (request.Root is null)
                    throw new DomainValidationException(text["The scorecard's root node is required."], "root");
                var root = ToNode(request.Root, "root", text);
                ScoreCap.Check(request.ScoreCap);
                NodeEvaluation result;
                try { result = ScorecardEvaluator.Evaluate(root, new EvaluationSettings(thresholds, request.ScoreCap)); }
                catch (DomainValidationException e) { throw e.Under("root"); }
                return new EvaluateResponse(
                    new ThresholdsBody(thresholds.YellowFrom, thresholds.GreenFrom), request.ScoreCap, ToResponse(result));
            })
            .WithTags("Scorecards")
            .WithSummary("Weights, scores, roll-up and traffic lights of a scorecard given inline")
            .ProducesValidationProblem();
        return app;
    }

    private static Thresholds? ToThresholds(ThresholdsBody? body, string field, IStringLocalizer<ApiProblemHandler> text)
    {
        if (body is null) return null;
        if (body.YellowFrom is null) throw new DomainValidationException(text["Give the yellow threshold (yellowFrom)."], $"{field}.yellowFrom");
        if (body.GreenFrom is null) throw new DomainValidationException(text["Give the green threshold (greenFrom)."], $"{field}.greenFrom");
        try { return new Thresholds(body.YellowFrom.Value, body.GreenFrom.Value); }
        catch (DomainValidationException e) { throw e.Under(field); }
    }

    private static ScorecardNode ToNode(NodeBody body, string path, IStringLocalizer<ApiProblemHandler> text)
    {
        var name = string.IsNullOrWhiteSpace(body.Name)
            ? throw new DomainValidationException(text["Every node needs a name."], $"{path}.name")
            : body.Name.Trim();
        var thresholds = ToThresholds(body.Thresholds, $"{path}.thresholds", text);
        var children = body.Children ?? [];

        if (body.Kpi is { } kpi)
        {
            if (children.Count > 0)
                throw new DomainValidationException(text["\"{0}\" has both a KPI and children: a node is one or the other.", name], $"{path}.children");
            return ScorecardNode.Leaf(name, new KpiMeasurement(ToRule(kpi, $"{path}.kpi", text), kpi.Actual), thresholds);
        }
        if (children.Count == 0)
            throw new DomainValidationException(text["\"{0}\" has neither a KPI nor children.", name], path);
        if (body.Comparisons is not null && body.Weights is not null)
            throw new DomainValidationException(text["\"{0}\" has both comparisons and weights: give one of them.", name], $"{path}.weights");

        var nodes = new ScorecardNode[children.Count];
        for (var c = 0; c < nodes.Length; c++)
            nodes[c] = children[c] is { } child
                ? ToNode(child, $"{path}.children[{c}]", text)
                : throw new DomainValidationException(text["Child {0} of \"{1}\" is missing.", c, name], $"{path}.children[{c}]");

        NodeWeighting? weighting = body.Comparisons is not null
            ? new NodeWeighting.Pairwise(AhpEndpoints.ToMatrix(body.Comparisons, $"{path}.comparisons", text))
            : body.Weights is not null ? new NodeWeighting.Direct(body.Weights) : null;
        try { return ScorecardNode.Parent(name, weighting, nodes, thresholds); }
        catch (DomainValidationException e) { throw e.Under(path); }
    }

    private static KpiScoringRule ToRule(KpiBody kpi, string path, IStringLocalizer<ApiProblemHandler> text)
    {
        if (kpi.Method is null)
            throw new DomainValidationException(
                text["Give the KPI's scoring method: HigherIsBetter, LowerIsBetter, MustBeZero, MustBeOne or Omax."], $"{path}.method");
        if (kpi.Actual is { } actual && !double.IsFinite(actual))
            throw new DomainValidationException(text["The actual must be a number."], $"{path}.actual");
        try
        {
            var ladder = kpi.OmaxLevels is null ? null : WithField(() => new OmaxLadder(kpi.OmaxLevels), "omaxLevels");
            return new KpiScoringRule(kpi.Method.Value, kpi.Target, ladder);
        }
        catch (DomainValidationException e) { throw e.Under(path); }
    }

    private static T WithField<T>(Func<T> create, string field)
    {
        try { return create(); }
        catch (DomainValidationException e) { throw e.Under(field); }
    }

    private static EvaluatedNode ToResponse(NodeEvaluation node) => new(
        node.Name,
        node.LocalWeight,
        node.GlobalWeight,
        node.Score,
        node.Light,
        node.Priorities?.ConsistencyRatio,
        node.Kpi is { } kpi
            ? new KpiBody(kpi.Rule.Method, kpi.Rule.Target, kpi.Actual, kpi.Rule.Ladder?.Levels)
            : null,
        node.Kpi is null ? [.. node.Children.Select(ToResponse)] : null);
}
