BRIEFINGS_SEARCH_WORDS("suc",{
"successifs":"2m",
"successives":"6",
"successor":"7v",
"such":"4u,1f,1q,6"
});
