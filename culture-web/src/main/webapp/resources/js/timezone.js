// Tells the server the reader's time zone (a cookie), so pages show times in it; exports stay in UTC.
(function () {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf('tz=' + encodeURIComponent(zone)) < 0) {
        document.cookie = 'tz=' + encodeURIComponent(zone) + '; path=/; SameSite=Lax; max-age=31536000';
    }
})();
