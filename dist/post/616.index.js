export const id = 616;
export const ids = [616];
export const modules = {

/***/ 4616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadProfileArtifact: () => (/* binding */ uploadProfileArtifact)
/* harmony export */ });
async function uploadProfileArtifact(upload) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(712)]).then(__webpack_require__.bind(__webpack_require__, 50712));
    const client = new DefaultArtifactClient();
    const response = await client.uploadArtifact(upload.name, upload.files, upload.rootDirectory, {
        retentionDays: upload.retentionDays,
        // Profiles are small JSON; the best compression costs nothing noticeable.
        compressionLevel: 9,
    });
    return { id: response.id ?? null, sizeBytes: response.size ?? null };
}


/***/ })

};
