BRIEFINGS_SEARCH_WORDS("suc",{
"successifs":"2m",
"successives":"6",
"successor":"79",
"such":"48,1f,1q,6"
});
