BRIEFINGS_SEARCH_WORDS("suc",{
"successifs":"2l",
"successives":"6",
"successor":"7a",
"such":"47,1d,1u,6"
});
