const GUIDELINE_BULLETS = new Map([
    ["win32", "*"],
    ["darwin", "-"],
    ["linux", "-"],
]);
function guidelineBullet() {
    return GUIDELINE_BULLETS.get(process.platform) ?? "-";
}
