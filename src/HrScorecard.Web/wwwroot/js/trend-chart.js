// Draws the line charts of the dashboard pages with Chart.js (wwwroot/lib/chartjs). The numbers come from
// <script type="application/json" data-chart-for="canvasId"> blocks and, for the per-KPI sparklines, from
// #sparkline-data; the pages print every number as text too, so nothing is lost without JavaScript.
(function () {
    'use strict';
    if (typeof Chart === 'undefined') return;

    // Okabe–Ito colours and distinct point shapes: lines stay apart for colour-blind readers.
    var colours = ['#000000', '#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'];
    var shapes = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross'];
    var thresholdColours = ['#9a7400', '#146c43'];

    document.querySelectorAll('script[type="application/json"][data-chart-for]').forEach(function (block) {
        var canvas = document.getElementById(block.getAttribute('data-chart-for'));
        if (!canvas) return;
        var data = JSON.parse(block.textContent);
        var line = 0, threshold = 0;
        var datasets = data.series.map(function (s) {
            if (s.dashed) {
                var c = thresholdColours[threshold++ % thresholdColours.length];
                return { label: s.label, data: s.data, borderColor: c, backgroundColor: c, borderDash: [6, 4], borderWidth: 1, pointRadius: 0 };
            }
            var i = line++;
            return {
                label: s.label, data: s.data, borderColor: colours[i % colours.length], backgroundColor: colours[i % colours.length],
                pointStyle: shapes[i % shapes.length], pointRadius: 4, borderWidth: i === 0 ? 3 : 2
            };
        });
        new Chart(canvas, {
            type: 'line',
            data: { labels: data.labels, datasets: datasets },
            options: {
                responsive: true, maintainAspectRatio: false, animation: false,
                scales: { y: { beginAtZero: true, title: { display: !!data.yTitle, text: data.yTitle } } },
                plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } }
            }
        });
        canvas.setAttribute('data-rendered', 'true');
    });

    var sparkBlock = document.getElementById('sparkline-data');
    if (!sparkBlock) return;
    var sparks = JSON.parse(sparkBlock.textContent);
    document.querySelectorAll('canvas[data-sparkline]').forEach(function (canvas) {
        var values = sparks.series[canvas.getAttribute('data-sparkline')];
        if (!values) return;
        new Chart(canvas, {
            type: 'line',
            data: { labels: sparks.labels, datasets: [{ data: values, borderColor: '#0072B2', borderWidth: 1.5, pointRadius: 1.5 }] },
            options: {
                responsive: false, animation: false, events: [],
                plugins: { legend: { display: false }, tooltip: { enabled: false } },
                scales: { x: { display: false }, y: { display: false } }
            }
        });
        canvas.setAttribute('data-rendered', 'true');
    });
})();
