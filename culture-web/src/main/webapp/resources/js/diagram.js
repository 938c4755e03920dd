// Shows a process instance's BPMN diagram with bpmn-js: completed steps marked done, current ones highlighted.
(function () {
    var viewer = null;

    function show(processInstanceId) {
        var container = document.getElementById('diagram');
        if (!container) {
            return;
        }
        fetch(container.ownerDocument.location.origin + '/api/audit/processes/' + encodeURIComponent(processInstanceId) + '/diagram',
            {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(function (response) { return response.json(); })
            .then(function (diagram) {
                if (viewer) {
                    viewer.destroy();
                }
                viewer = new BpmnJS({container: container});
                return viewer.importXML(diagram.bpmnXml).then(function () {
                    var canvas = viewer.get('canvas');
                    canvas.zoom('fit-viewport');
                    diagram.completedActivities.forEach(function (id) { mark(canvas, id, 'done'); });
                    diagram.activeActivities.forEach(function (id) { mark(canvas, id, 'current'); });
                    container.setAttribute('data-shown', processInstanceId);
                });
            })
            .catch(function (error) {
                container.textContent = String(error);
            });
    }

    function mark(canvas, id, marker) {
        try {
            canvas.addMarker(id, marker);
        } catch (e) {
            // an activity of an older model version that this diagram does not draw
        }
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest('.diagram-link');
        if (link) {
            show(link.getAttribute('data-process'));
        }
    });
    document.addEventListener('DOMContentLoaded', function () {
        var first = document.querySelector('.diagram-link');
        if (first) {
            show(first.getAttribute('data-process'));
        }
    });
})();
