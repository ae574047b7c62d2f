BRIEFINGS_SEARCH_WORDS("suc",{
"successifs":"2m",
"successives":"6",
"successor":"7a",
"such":"48,1g,1q,6"
});
